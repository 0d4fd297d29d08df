import { describe, expect, it } from 'vitest';
import { scanBinaryStrings, stringRuns } from '../../src/scan/binary-strings.js';
import { buildScanSettings } from '../../src/scan/config.js';
import { scanTarget, scannerFor } from '../../src/scan/scan.js';
import { fake } from '../../src/scan/rules/fake.js';
import { cliBundle } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * One NUL byte made a file "binary" and unread, so a NUL anywhere hid a token. A binary's printable
 * strings (ASCII and UTF-16, as `strings` finds them) are scanned for credentials; positions are
 * lines as `grep -a -n` counts them and the byte offset in that line.
 */
const settings = () => buildScanSettings(undefined, () => undefined);
const token = fake('gh' + 'p_', 36, undefined, 31);
const aws = fake('AK' + 'IA', 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 5);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

/** Bytes that no string run comes out of: no 8 printable bytes in a row, no text byte beside a NUL. */
function noise(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = 0x80 + ((s >>> 16) % 0x7f); // high bytes only
  }
  return out;
}

async function scanFiles(files: Record<string, Buffer>) {
  const r = await scanTarget({ kind: 'directory', root: makeRepo(files) }, settings(), {});
  return { found: r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`), stats: r.stats };
}

describe('printable strings inside binary files', () => {
  it('finds runs as strings does: ASCII of 8 or more, UTF-16 at both byte orders', () => {
    const bytes = Buffer.concat([noise(10), Buffer.from('short\0'), Buffer.from('long enough run'), noise(3), Buffer.from('wide text', 'utf16le'), noise(3), Buffer.from('big endian', 'utf16le').swap16(), noise(2)]);
    expect(stringRuns(bytes).map((r) => [r.stride, r.text])).toEqual([
      [1, 'long enough run'],
      [2, 'wide text'],
      [2, 'big endian'],
    ]);
  });

  it('a token after a NUL in a small file is found, at grep -a line and byte column; the file is still listed as binary', async () => {
    const bytes = Buffer.concat([PNG, noise(100), Buffer.from('\nx\n'), noise(5), Buffer.from(`key=${token}`), noise(40)]);
    const { found, stats } = await scanFiles({ 'logo.png': bytes });
    // Lines: the PNG header's two LFs and the two around "x": the token's run is on line 5.
    const at = bytes.indexOf(token);
    const lineStart = bytes.lastIndexOf(0x0a, at) + 1;
    expect(found).toEqual([`logo.png:5:${at - lineStart + 1} github-token`]);
    expect(stats).toMatchObject({ scanned: 0, skippedBinary: 1, skipped: [{ file: 'logo.png', reason: 'binary' }] });
  });

  it('UTF-16LE and UTF-16BE strings in a binary are found (an .exe resource, a .NET string)', async () => {
    const le = Buffer.concat([PNG, noise(64), Buffer.from(`AWS=${aws};`, 'utf16le'), noise(64)]);
    const be = Buffer.concat([PNG, noise(63), Buffer.from(`AWS=${aws};`, 'utf16le').swap16(), noise(64)]);
    const { found } = await scanFiles({ 'le.dll': le, 'be.dll': be });
    expect(found.map((f) => f.replace(/:\d+:\d+ /, ' '))).toEqual(['be.dll aws-access-key-id', 'le.dll aws-access-key-id']);
  });

  it('addresses, people and version strings in a binary are not reported (credential rules only)', async () => {
    const strings = ['contact ops.lead@tenant-42.io', 'server 34.120.7.201:8443', 'GCC: (GNU) 13.2.0', 'password=%s user=%s'];
    const bytes = Buffer.concat([PNG, ...strings.flatMap((s) => [Buffer.from(s), noise(9)])]);
    const { found } = await scanFiles({ 'lib.so': bytes });
    expect(found).toEqual([]);
    // In a text file the same address is a finding: the binary's silence is the category filter.
    expect((await scanFiles({ 'notes.txt': Buffer.from(strings.join('\n')) })).found.length).toBeGreaterThan(0);
  });

  it('a binary larger than one chunk: a token past the first MiB and one across the chunk boundary, each found once', async () => {
    const head = Buffer.concat([PNG, noise(1024 * 1024 - PNG.length - 10)]);
    const across = Buffer.from(`TOKEN=${token}`); // starts 10 bytes before the 1 MiB boundary
    const far = Buffer.from(`id ${aws} `);
    const bytes = Buffer.concat([head, across, noise(300_000), far, noise(1000)]);
    const { found, stats } = await scanFiles({ 'model.bin': bytes });
    expect(found.map((f) => f.replace(/:\d+:\d+ /, ' '))).toEqual(['model.bin github-token', 'model.bin aws-access-key-id']);
    expect(stats.skippedBinary).toBe(1);
  });

  it('a text file with a NUL past its first MiB: the text before it and the strings after it are both read', async () => {
    const text = Buffer.from(`TOKEN=${token}\n${'filler line of text\n'.repeat(60_000)}`);
    const bytes = Buffer.concat([text, Buffer.from([0, 1, 2, 0]), Buffer.from(`\nAWS=${aws}\n`)]);
    const { found } = await scanFiles({ 'dump.log': bytes });
    expect(found).toEqual(['dump.log:1:7 github-token', 'dump.log:60003:5 aws-access-key-id']);
  });

  it('a binary over max-file-bytes is not read: it is reported too large, not binary', async () => {
    const root = makeRepo({ 'big.bin': Buffer.concat([PNG, noise(4000), Buffer.from(`TOKEN=${token}`)]) });
    const r = await scanTarget({ kind: 'directory', root }, buildScanSettings({ 'max-file-bytes': 2048 }, () => undefined), {});
    expect(r.stats.skipped).toEqual([{ file: 'big.bin', reason: 'too-large' }]);
  });

  it('positions map back through the UTF-16 run: column counts bytes', () => {
    const bytes = Buffer.concat([noise(5), Buffer.from('\n'), noise(3), Buffer.from(`T=${token}`, 'utf16le')]);
    const [f] = scanBinaryStrings('x.bin', bytes, scannerFor(settings(), undefined, true));
    expect([f!.line, f!.column, f!.endColumn - f!.column]).toEqual([2, 3 + 4 + 1, token.length * 2]);
  });

  it('the bundled CLI reports a token behind a NUL byte and exits 1, without printing it', () => {
    const dir = makeRepo({ 'app.bin': Buffer.concat([Buffer.from('\0'), Buffer.from(`TOKEN=${token}\n`)]) });
    const r = cliBundle(['scan', '.', '--no-gitignore'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/app\.bin:1:8 .*github-token/);
    expect(r.stdout).toMatch(/skipped app\.bin: binary \(holds a NUL byte\): only its printable strings were scanned/);
    expect(r.stdout).not.toContain(token);
  });
});
