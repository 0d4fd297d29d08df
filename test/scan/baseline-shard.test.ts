import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { inShard, parseShard } from '../../src/scan/shard.js';
import { cli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';

const tok = (seed: number) => fake('gh' + 'p_', 36, undefined, seed);

function corpus(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`dir${i % 5}/file-${i}.md`] = i % 3 === 0 ? `line\ntoken ${tok(i)}\nmail ops.${i}@acme-corp.com\n` : `clean ${i}\n`;
  return makeRepo(files);
}

describe('baseline', () => {
  it('hides the findings it lists, counts them, and lets new ones through', async () => {
    const dir = makeRepo({ 'a.md': `old ${tok(1)}\n` });
    expect((await cli(['baseline', '--output', 'base.json'], dir)).code).toBe(0);
    const base = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8'));
    expect(base.entries).toHaveLength(1);
    expect(JSON.stringify(base)).not.toContain(tok(1));
    expect((await cli(['scan', '--baseline', 'base.json'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'b.md'), `new ${tok(2)}\n`);
    const r = await cli(['scan', '--baseline', 'base.json', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['b.md']);
    expect(report.summary.baselined).toBe(1);
  });

  it('an entry past its expiry counts again', async () => {
    const dir = makeRepo({ 'a.md': `old ${tok(1)}\n` });
    await cli(['baseline', '--output', 'base.json'], dir);
    const base = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8'));
    base.entries[0].expires = '2026-12-01';
    base.entries[0].reason = 'rotation ticket SEC-42';
    writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
    expect((await cli(['scan', '--baseline', 'base.json', '--now', '2026-11-30T00:00:00Z'], dir)).code).toBe(0);
    expect((await cli(['scan', '--baseline', 'base.json', '--now', '2026-12-02T00:00:00Z'], dir)).code).toBe(1);
  });

  it('a malformed baseline is a usage error with its line', async () => {
    const dir = makeRepo({ 'a.md': 'x\n', 'bad.json': '{\n  "baselineVersion": 1,\n  "entries": [\n    {"rule": "x"}\n  ]\n}\n', 'broken.json': '{"entries": [' });
    const r = await cli(['scan', '--baseline', 'bad.json'], dir);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/bad\.json:4:5: entry 0 needs a "fingerprint"/)]);
    expect((await cli(['scan', '--baseline', 'broken.json'], dir)).stderr).toMatch(/broken\.json:1:\d+: /);
  });
});

describe('sharding', () => {
  it('parses i/n and splits files deterministically and completely', async () => {
    expect(parseShard('2/4')).toEqual({ index: 1, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'x', '1-4']) expect(parseShard(bad), bad).toBeUndefined();
    const paths = Array.from({ length: 200 }, (_, i) => `p/${i}.txt`);
    const counts = [0, 1, 2, 3].map((index) => paths.filter((p) => inShard(p, { index, count: 4 })).length);
    expect(counts.reduce((a, b) => a + b)).toBe(200);
    for (const c of counts) expect(c).toBeGreaterThan(25);
  });

  it('n shards merged equal one full scan, in JSON and in SARIF', async () => {
    const dir = corpus();
    const out = mkdtempSync(join(tmpdir(), 'rg-shards-'));
    const full = await cli(['scan', '--format', 'json'], dir);
    const fullSarif = await cli(['scan', '--format', 'sarif'], dir);
    const parts: string[] = [];
    const sarifParts: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await cli(['scan', '--format', 'json', '--shard', `${i}/3`], dir);
      writeFileSync(join(out, `s${i}.json`), r.stdout);
      parts.push(join(out, `s${i}.json`));
      writeFileSync(join(out, `s${i}.sarif`), (await cli(['scan', '--format', 'sarif', '--shard', `${i}/3`], dir)).stdout);
      sarifParts.push(join(out, `s${i}.sarif`));
      expect(JSON.parse(r.stdout).shard).toBe(`${i}/3`);
    }
    const merged = await cli(['merge', ...parts, '--format', 'json'], dir);
    expect(merged.code).toBe(1);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(full.stdout));
    const mergedSarif = await cli(['merge', ...sarifParts], dir);
    expect(JSON.parse(mergedSarif.stdout)).toEqual(JSON.parse(fullSarif.stdout));
    expect(JSON.parse(full.stdout).findings.length).toBe(28);
  });

  it('refuses to merge mixed or foreign files', async () => {
    const dir = makeRepo({ 'a.json': '{"scanVersion": 1, "findings": []}', 'b.sarif': '{"version": "2.1.0", "runs": []}', 'c.json': '{"x": 1}' });
    expect((await cli(['merge', 'a.json', 'b.sarif'], dir)).stderr).toMatch(/cannot merge JSON reports with SARIF logs/);
    expect((await cli(['merge', 'c.json'], dir)).stderr).toMatch(/neither a readiness-gate scan report/);
    expect((await cli(['scan', '--shard', '3/2'], dir)).stderr).toMatch(/--shard must be i\/n/);
  });
});
