import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { json, makeRepo } from '../helpers/repo.js';

const token = fake('gh' + 'p_', 36, undefined, 61);

describe('scan --npm-pack: exactly what npm would publish', () => {
  it('finds a secret in a file git ignores but npm packs, which a plain repository scan does not see', async () => {
    const repo = gitRepo({
      'package.json': json({ name: 'acme-widget', version: '2.4.0', files: ['dist/', 'README.md'] }),
      '.gitignore': 'dist/\n',
      'README.md': '# acme-widget\n',
      'src/index.ts': 'export const x = 1;\n',
    });
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    mkdirSync(join(repo.dir, 'dist'));
    writeFileSync(join(repo.dir, 'dist', 'config.js'), `export const token = "${token}";\n`);

    const plain = await cli(['scan', '--format', 'json'], repo.dir);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).findings).toEqual([]);

    const packed = await cli(['scan', '--npm-pack', '--format', 'json'], repo.dir);
    expect(packed.code).toBe(1);
    const report = JSON.parse(packed.stdout);
    expect(report.target.kind).toBe('npm-pack');
    expect(report.findings.map((f: { file: string; line: number; ruleId: string }) => [f.file, f.line, f.ruleId])).toEqual([['dist/config.js', 1, 'github-token']]);
    // Only what npm packs was scanned: src/ is not in "files".
    expect(report.summary.files).toBe(3); // README.md, dist/config.js, package.json
  });

  it('a folder npm cannot pack is a clear usage error', async () => {
    const dir = makeRepo({ 'package.json': '{ not json' });
    const r = await cli(['scan', '--npm-pack'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/npm pack --dry-run failed in /);
  });

  it('the tarball npm pack really writes is scanned in place, and a packed-payload gate blocks on it', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const repo = gitRepo({
      'package.json': json({ name: 'acme-widget', version: '2.4.0', files: ['lib/'] }),
      '.gitignore': 'lib/generated/\n*.tgz\n',
      '.readiness-gate.yml': 'version: 1\npayloads:\n  - { id: pkg, kind: archive, path: acme-widget-2.4.0.tgz }\ngates:\n  - id: package-safe\n    checks:\n      - { check: payload, payload: pkg }\n',
      'lib/index.js': 'module.exports = 1;\n',
    });
    mkdirSync(join(repo.dir, 'lib', 'generated'));
    writeFileSync(join(repo.dir, 'lib', 'generated', 'env.js'), `module.exports = { token: "${token}" };\n`);
    execFileSync('npm', ['pack', '--ignore-scripts', '--silent'], { cwd: repo.dir, stdio: 'pipe' });

    const r = await cli(['scan', '--archive', 'acme-widget-2.4.0.tgz', '--format', 'json'], repo.dir);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['acme-widget-2.4.0.tgz!package/lib/generated/env.js:1']);
    const gate = await cli(['check', '--publish', '--format', 'json'], repo.dir);
    expect(gate.code).toBe(1);
    expect(JSON.parse(gate.stdout).gates[0]).toMatchObject({ id: 'package-safe', state: 'blocked' });
  });
});
