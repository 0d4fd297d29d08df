/**
 * The scan's summary says what it narrowed (src/scan/narrowing.ts): files scanned as third-party
 * content, as test content, and documentation, with what ran there, what was left out, the globs
 * that decided and a few of the files; in text, JSON and SARIF, for folders, archives, pull
 * requests and history. Real files in temporary folders, scanned through the CLI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { CATEGORIES, emptyNarrowed, mergeNarrowed, type Narrowed } from '../../src/scan/narrowing.js';
import { mergeParts } from '../../src/scan/parallel.js';
import { emptyStats } from '../../src/scan/targets/source.js';
import { cli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { HistoryRepo } from '../helpers/history-repo.js';
import { makeRepo } from '../helpers/repo.js';
import { tgz } from '../helpers/tar.js';
import { scanArchiveBytes } from '../helpers/archive-scan.js';

const CREDENTIALS = ['package-token', 'cloud-key', 'saas-key', 'private-key', 'jwt', 'private-registry', 'signed-url', 'license-key', 'smtp-credentials', 'url-credentials'];
const address = '34.120.7.201';

async function scanJson(dir: string, ...args: string[]): Promise<{ summary: { narrowed: Narrowed }; findings: { file: string; ruleId: string }[] }> {
  const r = await cli(['scan', ...args, '--format', 'json', '--no-gitignore'], dir);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

function tree(): string {
  const files: Record<string, string> = {
    'src/server.yml': `server: ${address}\n`,
    'test/env.yml': `server: ${address}\n`,
    'src/api.test.ts': `const host = '${address}';\n`,
    'yarn.lock': 'x@1:\n  version "1.0.0"\n',
    'README.md': `# Service\n\nRuns on \`10.0.0.5\`.\n`,
    'docs/setup.rst': 'Setup\n=====\n',
  };
  for (let i = 7; i >= 1; i--) files[`node_modules/pkg${i}/index.js`] = `// contact ${address}\n`;
  return makeRepo(files);
}

describe('the summary says what was narrowed', () => {
  it('JSON: files per kind, what ran and what was left out, the globs that decided, the first five files in order', async () => {
    const report = await scanJson(tree(), '.');
    expect(report.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['src/server.yml ipv4-address']);
    const { thirdParty, testContent, documentation } = report.summary.narrowed;
    expect(thirdParty).toEqual({
      files: 8,
      ran: CREDENTIALS,
      leftOut: ['generic-secret', 'identity', 'ip-address', 'payload', 'source-code', 'archive'],
      readAsExamples: [],
      globs: [
        { glob: '**/node_modules/**', files: 7 },
        { glob: '**/yarn.lock', files: 1 },
      ],
      examples: ['node_modules/pkg1/index.js', 'node_modules/pkg2/index.js', 'node_modules/pkg3/index.js', 'node_modules/pkg4/index.js', 'node_modules/pkg5/index.js'],
    });
    expect(testContent).toMatchObject({ files: 2, leftOut: ['private-key', 'generic-secret', 'identity', 'ip-address'], examples: ['src/api.test.ts', 'test/env.yml'] });
    expect(testContent.ran).toEqual([...CREDENTIALS.filter((c) => c !== 'private-key'), 'payload', 'source-code', 'archive']);
    expect(testContent.globs).toEqual([
      { glob: '**/*.test.*', files: 1 },
      { glob: '**/test/**', files: 1 },
    ]);
    expect(documentation).toEqual({ files: 2, ran: CATEGORIES, leftOut: [], readAsExamples: ['generic-secret', 'identity', 'ip-address'], globs: [{ glob: '*.md', files: 1 }, { glob: '*.rst', files: 1 }], examples: ['README.md', 'docs/setup.rst'] });
  });

  it('text: one block naming each kind, only when something was narrowed', async () => {
    const r = await cli(['scan', '.', '--no-gitignore'], tree());
    const block = r.stdout.slice(r.stdout.indexOf('Narrowed'));
    expect(block).toMatch(/^ {2}third-party content: 8 files \(\*\*\/node_modules\/\*\* 7, \*\*\/yarn\.lock 1\)$/m);
    expect(block).toMatch(/^ {4}ran: package-token, .*url-credentials; left out: generic-secret, identity, ip-address, payload, source-code, archive$/m);
    expect(block).toMatch(/^ {4}e\.g\. node_modules\/pkg1\/index\.js, .*node_modules\/pkg5\/index\.js, \.\.\.$/m);
    expect(block).toMatch(/^ {2}test content: 2 files \(\*\*\/\*\.test\.\* 1, \*\*\/test\/\*\* 1\)$/m);
    expect(block).toMatch(/^ {2}documentation: 2 files \(\*\.md 1, \*\.rst 1\)\n {4}every category ran; code in them .* read as examples by generic-secret, identity, ip-address$/m);
    const plain = await cli(['scan', '.', '--no-gitignore'], makeRepo({ 'src/a.ts': 'export const a = 1;\n' }));
    expect(plain.stdout).not.toContain('Narrowed');
    const empty = await scanJson(makeRepo({ 'src/a.ts': 'export const a = 1;\n' }), '.');
    expect(empty.summary.narrowed).toEqual(emptyNarrowed());
  });

  it("a policy's globs and categories are what the summary names", async () => {
    const dir = makeRepo({
      '.readiness-gate.yml': 'version: 1\nscan:\n  third-party:\n    paths: ["third_party/**"]\n    categories: [package-token, identity]\n  test-content:\n    paths: []\n',
      'third_party/a/x.c': `const char* s = "${address}";\n`,
      'node_modules/y/index.js': `const s = '${address}';\n`,
      'test/a.yml': `server: ${address}\n`,
    });
    const report = await scanJson(dir, '.');
    expect(report.findings.map((f) => f.file)).toEqual(['node_modules/y/index.js', 'test/a.yml']);
    expect(report.summary.narrowed.thirdParty).toMatchObject({ files: 1, ran: ['package-token', 'identity'], globs: [{ glob: 'third_party/**', files: 1 }], examples: ['third_party/a/x.c'] });
    expect(report.summary.narrowed.thirdParty.leftOut).toHaveLength(CATEGORIES.length - 2);
    expect(report.summary.narrowed.testContent.files).toBe(0);
  });

  it('SARIF: the same tally in the run invocation property bag, and the log still validates', async () => {
    const dir = tree();
    const json = await scanJson(dir, '.');
    const r = await cli(['scan', '.', '--format', 'sarif', '--no-gitignore'], dir);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.runs[0].invocations).toEqual([{ executionSuccessful: true, properties: { narrowed: json.summary.narrowed } }]);
    const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url)), 'utf8'));
    const Ajv04 = (Ajv04Module as unknown as { default: typeof Ajv04Module }).default ?? Ajv04Module;
    const addFormats = (addFormatsModule as unknown as { default: (a: unknown) => void }).default ?? addFormatsModule;
    const ajv = new (Ajv04 as unknown as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } })({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
  });

  it('archive entries are counted by their own path', async () => {
    const r = await scanArchiveBytes('release.tgz', tgz([['package/node_modules/dep/index.js', `// ${address}\n`], ['package/README.md', '# hi\n'], ['package/lib/a.js', 'x\n']]));
    expect(r.report.summary.narrowed.thirdParty).toMatchObject({ files: 1, globs: [{ glob: '**/node_modules/**', files: 1 }], examples: ['release.tgz!package/node_modules/dep/index.js'] });
    expect(r.report.summary.narrowed.documentation).toMatchObject({ files: 1, examples: ['release.tgz!package/README.md'] });
  });

  it("a pull request's scan: test content also ran generic-secret on the added lines", async () => {
    const repo = gitRepo({ 'README.md': '# hi\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit({ 'test/env.yml': `password: "${fake('', 20, undefined, 61)}"\n`, 'src/a.ts': 'export {};\n' }, 'add');
    const report = await scanJson(repo.dir, '--diff', 'main...feature');
    expect(report.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['test/env.yml generic-secret']);
    expect(report.summary.narrowed.testContent.ran).toContain('generic-secret');
    expect(report.summary.narrowed.testContent.leftOut).toEqual(['identity', 'ip-address']);
  });

  it('a history scan counts each blob read', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'tests/a.yml': `server: ${address}\n` });
    repo.commit({ 'tests/a.yml': `server: ${address}\nport: 8080\n`, 'docs/x.md': '# x\n' });
    const r = await cli(['scan', '--history', '--format', 'json'], repo.dir);
    const report = JSON.parse(r.stdout);
    expect(report.findings).toEqual([]);
    expect(report.summary.narrowed.testContent).toMatchObject({ files: 2, globs: [{ glob: '**/tests/**', files: 2 }], examples: ['tests/a.yml'] });
    expect(report.summary.narrowed.documentation.files).toBe(1);
  });

  it('shards and threads merge to the tally of one scan', async () => {
    const dir = tree();
    const full = await scanJson(dir, '.');
    const parts: string[] = [];
    for (const i of [1, 2, 3]) {
      const r = await cli(['scan', '.', '--format', 'json', '--no-gitignore', '--shard', `${i}/3`], dir);
      writeFileSync(join(dir, `s${i}.json`), r.stdout);
      parts.push(`s${i}.json`);
    }
    const merged = JSON.parse((await cli(['merge', ...parts, '--format', 'json'], dir)).stdout);
    expect(merged.summary.narrowed).toEqual(full.summary.narrowed);
    const a = { findings: [], stats: { ...emptyStats(), narrowed: full.summary.narrowed } };
    const b = { findings: [], stats: { ...emptyStats(), narrowed: mergeNarrowed(undefined, full.summary.narrowed) } };
    const both = mergeParts(a, [b]).stats.narrowed!;
    expect(both.thirdParty.files).toBe(16);
    expect(both.thirdParty.examples).toEqual(full.summary.narrowed.thirdParty.examples);
    expect(both.thirdParty.globs).toEqual([
      { glob: '**/node_modules/**', files: 14 },
      { glob: '**/yarn.lock', files: 2 },
    ]);
  });

  it('documentation is what the rules read as documentation (DOC_FILE of src/scan/rules/context.ts)', () => {
    const source = (path: string) => readFileSync(fileURLToPath(new URL(`../../src/scan/${path}`, import.meta.url)), 'utf8');
    const extensions = (text: string) => /const DOC_FILE = \/\\\.\(\??:?([a-z|]+)\)\$\/i;/.exec(text)?.[1];
    expect(extensions(source('narrowing.ts'))).toBeDefined();
    expect(extensions(source('narrowing.ts'))).toBe(extensions(source('rules/context.ts')));
  });
});

describe('example content', () => {
  function examples(): string {
    return makeRepo({
      'examples/site.yml': `- hosts: web\n  vars:\n    server: ${address}\n    admin_password: "Adm1n-Pass2024"\n`,
      'ansible_collections/acme/net/playbooks/bgp.yml': `neighbor: ${address}\n`,
      'ansible_collections/acme/net/plugins/modules/bgp.py': `PEER = "${address}"\n`,
      'demos/keys.env': `AWS_ACCESS_KEY_ID=${fake('AKIA', 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 7)}\n`,
      'src/main/java/com/example/App.java': `class App { String peer = "${address}"; }\n`,
    });
  }

  it('examples, demos and an Ansible collection\'s playbooks read addresses and passwords as stand-ins; a provider key is still found', async () => {
    const report = await scanJson(examples(), '.');
    expect(report.findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual([
      'ansible_collections/acme/net/plugins/modules/bgp.py ipv4-address',
      'demos/keys.env aws-access-key-id',
      'src/main/java/com/example/App.java ipv4-address',
    ]);
    expect(report.summary.narrowed.exampleContent).toMatchObject({
      files: 3,
      leftOut: ['private-key', 'generic-secret', 'identity', 'ip-address'],
      globs: [{ glob: '**/ansible_collections/*/*/playbooks/**', files: 1 }, { glob: '**/demos/**', files: 1 }, { glob: '**/examples/**', files: 1 }],
    });
    const text = await cli(['scan', '.', '--no-gitignore'], examples());
    expect(text.stdout).toMatch(/example content: 3 files/);
  });

  it('the folder a scan is named with is not judged: a repository cloned as examples/ is scanned for everything', async () => {
    const parent = makeRepo({ 'examples/config/prod.yml': `db_host: ${address}\n` });
    const report = await scanJson(parent, 'examples');
    expect(report.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['examples/config/prod.yml ipv4-address']);
    expect(report.summary.narrowed.exampleContent.files).toBe(0);
  });

  it('a policy that publishes its examples scans them for everything (paths: [])', async () => {
    const dir = examples();
    writeFileSync(join(dir, 'policy.yml'), 'version: 1\nscan:\n  example-content:\n    paths: []\n');
    const report = await scanJson(dir, '.', '--policy', 'policy.yml');
    expect(report.findings.filter((f) => f.file.startsWith('examples/')).map((f) => f.ruleId).sort()).toEqual(['ipv4-address', 'password-assignment']);
    expect(report.summary.narrowed.exampleContent.files).toBe(0);
  });
});
