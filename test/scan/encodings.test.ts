import { describe, expect, it } from 'vitest';
import { decoderFor, sniffEncoding } from '../../src/scan/decode.js';
import { buildScanSettings } from '../../src/scan/config.js';
import { scanTarget } from '../../src/scan/scan.js';
import { fake } from '../../src/scan/rules/fake.js';
import { cliBundle } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * Text saved as UTF-16 or UTF-32 (PowerShell's `>`, .reg and .rc files) holds a NUL in every other
 * byte: it was taken for a binary and never read, so a token saved that way passed every scan.
 * It is decoded (by BOM, else by its NUL pattern) and scanned as text, at line and column in the
 * decoded text.
 */
const settings = () => buildScanSettings(undefined, () => undefined);
const token = fake('gh' + 'p_', 36, undefined, 20);
const text = `# settings\r\nname = build\r\n  TOKEN=${token}\r\n`; // token at line 3, column 9

function encode(s: string, encoding: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be', bom: boolean): Buffer {
  const cps = [...(bom ? '\ufeff' : ''), ...s].map((c) => c.codePointAt(0)!);
  if (encoding.startsWith('utf-32')) {
    const out = Buffer.alloc(cps.length * 4);
    cps.forEach((cp, i) => (encoding === 'utf-32le' ? out.writeUInt32LE(cp, i * 4) : out.writeUInt32BE(cp, i * 4)));
    return out;
  }
  const le = Buffer.from((bom ? '\ufeff' : '') + s, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}

async function scanOne(bytes: Buffer) {
  const r = await scanTarget({ kind: 'directory', root: makeRepo({ 'conf.ini': bytes }) }, settings(), {});
  return { found: r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`), stats: r.stats };
}

describe('UTF-16 and UTF-32 text is decoded and scanned', () => {
  const cases = [
    ['utf-16le', true],
    ['utf-16be', true],
    ['utf-32le', true],
    ['utf-32be', true],
    ['utf-16le', false],
    ['utf-16be', false],
    ['utf-32le', false],
  ] as const;
  for (const [encoding, bom] of cases) {
    it(`${encoding} ${bom ? 'with' : 'without'} a BOM: the token at its line and column, the file scanned as text`, async () => {
      const { found, stats } = await scanOne(encode(text, encoding, bom));
      expect(found).toEqual(['3:9 github-token']);
      expect(stats).toMatchObject({ scanned: 1, skippedBinary: 0, skipped: [] });
    });
  }

  it('a UTF-16LE file of several chunks: a token past the first MiB, a surrogate pair cut by the chunk boundary', async () => {
    // BOM (2 bytes) + filler so that the emoji's high surrogate ends the first 1 MiB chunk and its low one starts the next.
    const unitsBefore = (1024 * 1024 - 2) / 2 - 1;
    const line = 'x'.repeat(63) + '\n';
    const filler = line.repeat(Math.floor(unitsBefore / line.length)) + 'y'.repeat(unitsBefore % line.length);
    const body = `${filler}\u{1F600}tail\nTOKEN=${token}\n${line.repeat(20_000)}`;
    const bytes = encode(body, 'utf-16le', true);
    expect(bytes.readUInt16LE(1024 * 1024 - 2)).toBe(0xd83d); // the high surrogate is the first chunk's last unit
    const { found, stats } = await scanOne(bytes);
    const lineNo = filler.split('\n').length + 1;
    expect(found).toEqual([`${lineNo}:7 github-token`]);
    expect(stats).toMatchObject({ scanned: 1, skippedBinary: 0 });
  });

  it('a code unit cut anywhere between pieces decodes the same as whole', () => {
    for (const encoding of ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'] as const) {
      const bytes = encode(`é ${token} \u{1F600} end`, encoding, true);
      const whole = decoderFor(sniffEncoding(bytes)).decode(bytes, false);
      for (let cut = 1; cut < bytes.length; cut += 1) {
        const d = decoderFor(sniffEncoding(bytes));
        expect(d.decode(bytes.subarray(0, cut), true) + d.decode(bytes.subarray(cut), false)).toBe(whole);
      }
      expect(whole).toBe(`é ${token} \u{1F600} end`);
    }
  });

  it('the NUL pattern needs most units to match: a binary with some NULs is not taken for UTF-16', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6]);
    expect(sniffEncoding(png).encoding).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('plain text')).encoding).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('A\0')).encoding).toBe('utf-8'); // too short to say
  });

  it('the bundled CLI finds a token in a UTF-16LE file (PowerShell output) and exits 1', () => {
    const dir = makeRepo({ 'out.txt': encode(text, 'utf-16le', true) });
    const r = cliBundle(['scan', '.', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { file: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column}`)).toEqual(['out.txt:3:9']);
    expect(report.summary.skippedBinary).toBe(0);
    expect(r.stdout).not.toContain(token);
  });
});

describe('a BOM or a page of UTF-16 cannot turn ASCII text into noise', () => {
  const ascii = Buffer.from(`key ${token}\n`);
  const password = Buffer.from(`DB_PASSWORD="${fake('', 22, undefined, 77)}"\n`);
  const page = Buffer.from('a page of wide text\n'.repeat(500), 'utf16le');
  const cases: [string, Buffer][] = [
    ['FF FE before ASCII', Buffer.concat([Buffer.from([0xff, 0xfe]), ascii])],
    ['FE FF before ASCII', Buffer.concat([Buffer.from([0xfe, 0xff]), ascii])],
    ['FF FE 00 00 before ASCII', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ascii])],
    ['FF FE, some UTF-16, then an ASCII line', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('wide\n', 'utf16le'), ascii])],
    ['a page of UTF-16 (no BOM), then an ASCII line', Buffer.concat([page, ascii])],
    ['a page of UTF-16 at an odd offset, then an ASCII line', Buffer.concat([Buffer.from('x'), page, ascii])],
    ['an ASCII line, then a page of UTF-16', Buffer.concat([ascii, page])],
  ];
  for (const [name, bytes] of cases) {
    it(`${name}: the token is found`, async () => {
      expect((await scanOne(bytes)).found.map((f) => f.split(' ')[1])).toContain('github-token');
    });
  }

  it('every rule reads the raw bytes, not only the credential ones: a password in a .env file behind a BOM', async () => {
    const r = await scanTarget({ kind: 'directory', root: makeRepo({ '.env': Buffer.concat([Buffer.from([0xff, 0xfe]), password]) }) }, settings(), {});
    expect(r.findings.map((f) => f.ruleId)).toEqual(['generic-secret']);
  });

  it('past the first MiB too: a 2 MiB file behind a BOM, its ASCII token at the end', async () => {
    const filler = Buffer.from('plain ascii filler line\n'.repeat(90_000));
    expect((await scanOne(Buffer.concat([Buffer.from([0xff, 0xfe]), filler, ascii]))).found.map((f) => f.split(' ')[1])).toContain('github-token');
  });

  it('a real UTF-16 file is not read twice: one finding for its token', async () => {
    expect((await scanOne(encode(text, 'utf-16le', true))).found).toEqual(['3:9 github-token']);
  });
});
