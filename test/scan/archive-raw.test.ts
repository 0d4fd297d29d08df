import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { tar } from '../helpers/tar.js';
import { zip } from '../helpers/zip.js';

/**
 * What is published with an archive but sits in no entry (issue 20, items 9 and 11; found by an
 * outside review): a zip comment, bytes before or after the archive, data past a tar's end marker,
 * a gzip header's file name, a file in no known format. The archive's own bytes are read for
 * credentials as a binary's strings are; a file that is no archive is unreadable (unknown).
 */
const token = fake('gh' + 'p_', 36, undefined, 4242);
const line = Buffer.from(`token = ${token}\n`);

function withComment(archive: Buffer, comment: Buffer): Buffer {
  // The end record's last field is the comment length; the comment follows it.
  const out = Buffer.concat([archive, comment]);
  out.writeUInt16LE(comment.length, archive.length - 2);
  return out;
}

function gzipWithName(body: Buffer, name: string): Buffer {
  const plain = gzipSync(body);
  const header = Buffer.from(plain.subarray(0, 10));
  header[3] = header[3]! | 0x08; // FNAME: a zero-terminated name follows the header
  return Buffer.concat([header, Buffer.from(name + '\0', 'latin1'), plain.subarray(10)]);
}

async function scanArchive(name: string, bytes: Buffer) {
  const dir = makeRepo({});
  writeFileSync(join(dir, name), bytes);
  const r = await cli(['scan', '--archive', name, '--format', 'json'], dir);
  const report = JSON.parse(r.stdout) as { findings: { file: string; ruleId: string }[] };
  return { code: r.code, found: report.findings.map((f) => `${f.file} ${f.ruleId}`), all: r.stdout + r.stderr };
}

describe("an archive's own bytes are read for credentials", () => {
  const clean = zip([['a.txt', 'nothing here\n']]);
  const cases: [string, string, Buffer][] = [
    ['a zip comment', 'c.zip', withComment(clean, line)],
    ['bytes after the zip', 't.zip', Buffer.concat([clean, line])],
    ['a tar after the first tar’s end marker', 'e.tar', Buffer.concat([tar([['a.txt', 'nothing\n']]), tar([['b.txt', line]])])],
    ['a gzip header’s file name', 'n.gz', gzipWithName(Buffer.from('nothing\n'), `x-${token}`)],
  ];
  for (const [name, file, bytes] of cases) {
    it(`${name}: the token is a finding, never printed`, async () => {
      const r = await scanArchive(file, bytes);
      expect(r.code).toBe(1);
      expect(r.found).toContain(`${file} github-token`);
      expect(r.all).not.toContain(token);
    });
  }

  it('a value inside a stored entry is one finding, under the entry, not again under the archive', async () => {
    const r = await scanArchive('s.zip', zip([{ path: 'a.txt', content: line, method: 0 }]));
    expect(r.found).toEqual(['s.zip!a.txt github-token']);
  });

  it('a clean archive stays clean', async () => {
    expect((await scanArchive('ok.zip', zip([['a.txt', 'nothing\n'], ['b.bin', Buffer.from([0, 1, 2, 3])]]))).code).toBe(0);
  });
});

describe('a file in no known archive format is not an empty archive', () => {
  for (const [name, bytes] of [
    ['short.dat', line],
    ['x.7z', Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), Buffer.alloc(20), line])],
    ['long.dat', Buffer.concat(Array.from({ length: 40 }, () => line))],
  ] as const) {
    it(`${name}: archive-unreadable, and its plain token found`, async () => {
      const r = await scanArchive(name, bytes);
      expect(r.code).toBe(1);
      expect(r.found).toEqual(expect.arrayContaining([`${name} archive-unreadable`, `${name} github-token`]));
    });
  }

  it('as a payload, it leaves the gate unknown or blocked, never ready', async () => {
    const dir = makeRepo({
      '.readiness-gate.yml': stringify({ payloads: [{ id: 'app', kind: 'archive', path: 'dist/app.7z' }], gates: [{ id: 'ship', checks: [{ check: 'payload', payload: 'app' }] }] }),
      'dist/app.7z': Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), Buffer.alloc(20), Buffer.from('nothing to see\n')]),
    });
    const r = await cli(['check', '--publish', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { gates: { state: string }[] }).gates[0]!.state).toBe('unknown');
  });
});

describe('what the summary says about an archive it did not open', () => {
  it('nested past the depth: "nested too deep", not "over the size limit"', async () => {
    let inner = zip([['a.txt', 'nothing\n']]);
    for (let i = 0; i < 5; i++) inner = zip([[`level${i}.zip`, inner]]);
    const dir = makeRepo({});
    writeFileSync(join(dir, 'deep.zip'), inner);
    const r = await cli(['scan', '--archive', 'deep.zip'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/archive-too-deep/);
    expect(r.stdout).toMatch(/skipped: 1 nested too deep/);
    expect(r.stdout).not.toMatch(/over the size limit|max-file-bytes/);
  });
});
