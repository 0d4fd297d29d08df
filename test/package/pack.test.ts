import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { base62, crc32 } from '../../src/scan/evidence/crc.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * The npm package as a user gets it: packed from this checkout (after the build the suite runs
 * first), installed from the tarball into a temporary prefix with no network, and run.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let bin = '';
let packed: { unpackedSize: number; files: { path: string }[] };

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'rg-pack-'));
  packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0];
  const prefix = join(out, 'prefix');
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(out, (packed as unknown as { filename: string }).filename)], { cwd: out, stdio: 'ignore' });
  bin = join(prefix, 'bin', 'readiness-gate');
});

describe('the npm package', () => {
  it('carries the CLI, the bundles and the schemas only: no Action bundle, no runtime dependencies, at most 1.5 MB', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain('dist/cli/index.js');
    expect(paths).toContain('docs/policy.schema.json');
    expect(paths).toContain('policies/cavra-enterprise-trial/policy.yml');
    expect(paths).toContain('LICENSE');
    expect(paths.filter((p) => p === 'dist/index.js' || p.startsWith('src/') || p.startsWith('test/'))).toEqual([]);
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(packed.unpackedSize).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });

  it('installed from the tarball without network: --version, check on the demo, scan, schema', () => {
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
    const demo = mkdtempSync(join(tmpdir(), 'rg-demo-'));
    cpSync(join(ROOT, 'examples', 'demo'), demo, { recursive: true });
    const check = spawnSync(bin, ['check', '--cwd', demo], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^PASS /m);
    // A token whose CRC32 holds, as GitHub issues them: found at its full severity, evidence checksum.
    const body = fake('', 30, undefined, 77);
    const token = `${'gh' + 'p_'}${body}${base62(crc32(body), 6)}`;
    const scan = spawnSync(bin, ['scan', '.'], { cwd: makeRepo({ 'src/config.ts': `export const t = '${token}';\n` }), encoding: 'utf8' });
    expect(scan.status).toBe(1);
    expect(scan.stdout).toMatch(/src\/config\.ts:1:\d+\s+critical\s+github-token.*evidence: checksum/);
    expect(scan.stdout + scan.stderr).not.toContain(token);
    expect(JSON.parse(execFileSync(bin, ['schema', 'policy'], { encoding: 'utf8' })).title).toMatch(/Readiness Gate policy/);
  });
});
