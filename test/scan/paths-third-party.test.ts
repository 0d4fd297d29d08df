import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { makeRepo } from '../helpers/repo.js';

const token = fake('gh' + 'p_', 36, undefined, 99);

describe('scan paths are reported as the user named them', () => {
  it('scan sub/ reports sub/a.py in text, JSON and SARIF; scan FILE scans one file', async () => {
    const dir = makeRepo({ 'sub/a.py': `TOKEN = "${token}"\n`, 'sub/deep/b.env': `GITHUB_TOKEN=${token}\n`, 'other/c.txt': `x ${token}\n` });
    const json = JSON.parse((await cli(['scan', 'sub/', '--format', 'json', '--no-gitignore'], dir)).stdout);
    expect(json.findings.map((f: { file: string }) => f.file)).toEqual(['sub/a.py', 'sub/deep/b.env']);
    const sarif = JSON.parse((await cli(['scan', './sub', '--format', 'sarif', '--no-gitignore'], dir)).stdout);
    expect(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['sub/a.py', 'sub/deep/b.env']);
    expect((await cli(['scan', 'sub', '--no-gitignore'], dir)).stdout).toMatch(/^sub\/a\.py:1:/m);
    const one = JSON.parse((await cli(['scan', 'other/c.txt', '--format', 'json'], dir)).stdout);
    expect([one.summary.files, one.findings.map((f: { file: string }) => f.file)]).toEqual([1, ['other/c.txt']]);
  });
});

describe('third-party content: dependency trees and lock files', () => {
  const noisy = [
    '"evaluator": "jordan.harbor@gmail.com"',
    '// 7.3.1.2 Get (O, P)',
    'const questionToken = parseOptionalToken(58);',
    'resolved "https://registry.yarnpkg.com/x/-/x-1.0.0.tgz#0123456789abcdef"',
  ].join('\n');

  it('only credentials are found there by default: author addresses, section numbers and code are not', async () => {
    const dir = makeRepo({ 'node_modules/pkg/package.json': noisy, 'vendor/lib/x.go': noisy, 'yarn.lock': noisy, 'node_modules/pkg/.npmrc': `//registry.npmjs.org/:_authToken=${fake('npm_', 36, undefined, 5)}\n` });
    const r = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-gitignore'], dir)).stdout);
    expect(r.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['node_modules/pkg/.npmrc npm-token']);
  });

  it('the same content in the project itself is scanned with every rule', async () => {
    const dir = makeRepo({ 'src/evidence.json': noisy });
    const r = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-gitignore'], dir)).stdout);
    expect(r.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('email-address');
  });

  it('a policy can change what third-party content is and what is scanned there', async () => {
    const dir = makeRepo({ '.readiness-gate.yml': 'version: 1\nscan:\n  third-party:\n    paths: ["third_party/**"]\n    categories: [package-token, identity]\n', 'third_party/a/recipients.txt': 'send to jane.doe@acme-corp.com\n', 'node_modules/x/recipients.txt': 'send to jane.doe@acme-corp.com\n' });
    const r = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-gitignore'], dir)).stdout);
    expect(r.findings.map((f: { file: string }) => f.file).sort()).toEqual(['node_modules/x/recipients.txt', 'third_party/a/recipients.txt']);
  });
});

describe('test content: tests, fixtures and benchmarks', () => {
  const data = `server: 34.120.7.201\nowner: priya.raman@acme-corp.com\npassword: "${fake('', 20, undefined, 61)}"\n`;
  const token = fake('gh' + 'p_', 36, undefined, 62);

  it('addresses, people and generic assignments there are test data (Django tests.py and conftest.py too); a provider credential is still found', async () => {
    const py = `SERVER = "34.120.7.201"\nOWNER = "priya.raman@acme-corp.com"\n`;
    const dir = makeRepo({ 'test/fixtures/env.yml': data, 'src/api.test.ts': data, 'benchmark/run.js': data, 'shop/tests.py': py, 'conftest.py': py, 'tests/ci.env': `GITHUB_TOKEN=${token}\n`, 'config/prod.yml': data });
    const r = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-gitignore'], dir)).stdout);
    expect(r.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`).sort()).toEqual(['config/prod.yml email-address', 'config/prod.yml generic-secret', 'config/prod.yml ipv4-address', 'tests/ci.env github-token']);
  });

  it('the folder a scan is named with does not make its files test content (scan /tmp/test-app, scan test-app)', async () => {
    const dir = makeRepo({ 'test-app/config/prod.yml': data, 'test-app/test/env.yml': data, 'elsewhere/README.md': 'x\n' });
    const r = JSON.parse((await cli(['scan', `${dir}/test-app`, '--format', 'json', '--no-gitignore'], `${dir}/elsewhere`)).stdout);
    expect(r.findings.map((f: { file: string; ruleId: string }) => `${f.file.slice(dir.length)} ${f.ruleId}`).sort()).toEqual(['/test-app/config/prod.yml email-address', '/test-app/config/prod.yml generic-secret', '/test-app/config/prod.yml ipv4-address']);
    const above = JSON.parse((await cli(['scan', '../test-app', '--format', 'json', '--no-gitignore'], `${dir}/elsewhere`)).stdout);
    expect(above.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`).sort()).toEqual(['../test-app/config/prod.yml email-address', '../test-app/config/prod.yml generic-secret', '../test-app/config/prod.yml ipv4-address']);
    // Inside the working directory too: the folder named is where the globs start (a repository cloned
    // as test-app or examples is scanned as itself); its own test/ folder is still test content.
    const inside = JSON.parse((await cli(['scan', 'test-app', '--format', 'json', '--no-gitignore'], dir)).stdout);
    expect(inside.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`).sort()).toEqual(['test-app/config/prod.yml email-address', 'test-app/config/prod.yml generic-secret', 'test-app/config/prod.yml ipv4-address']);
  });

  it('a private key there is a test fixture in a tree scan; one a pull request adds there is still found', async () => {
    const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();
    const goTest = `package tls\n\nconst serverKey = \`${key}\`\n`;
    const dir = makeRepo({ 'testdata/server.key': key, 'tls/conn_test.go': goTest, 'config/server.key': key });
    const tree = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-gitignore'], dir)).stdout);
    expect(tree.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['config/server.key private-key']);
    expect(tree.summary.narrowed.testContent.leftOut).toContain('private-key');
    const repo = gitRepo({ 'README.md': '# hi\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit({ 'testdata/server.key': key, 'tls/conn_test.go': goTest }, 'add fixtures');
    const diff = JSON.parse((await cli(['scan', '--diff', 'main...feature', '--format', 'json'], repo.dir)).stdout);
    expect(diff.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`).sort()).toEqual(['testdata/server.key private-key', 'tls/conn_test.go private-key']);
    // A project that must not publish even test keys says so.
    writeFileSync(join(dir, '.readiness-gate.yml'), `version: 1\nscan:\n  test-content:\n    categories: [private-key, cloud-key]\n`);
    const strict = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-gitignore'], dir)).stdout);
    expect(strict.findings.map((f: { file: string }) => f.file).sort()).toEqual(['config/server.key', 'testdata/server.key', 'tls/conn_test.go']);
  });

  it('a policy can scan tests for everything', async () => {
    const dir = makeRepo({ '.readiness-gate.yml': 'version: 1\nscan:\n  test-content:\n    paths: []\n', 'test/env.yml': data });
    const r = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-gitignore'], dir)).stdout);
    expect(r.findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['email-address', 'generic-secret', 'ipv4-address']);
  });
});

describe('attribution and notices', () => {
  it('third-party notices, credits and attribution blocks credit people; they do not leak them', async () => {
    const dir = makeRepo({
      'THIRD-PARTY-NOTICES.md': '- Priya Raman <priya.raman@acme-corp.com> (https://acme-corp.com)\n',
      'lib/parse.js': '/***********************************************************************\n  A JavaScript tokenizer\n  Author: Priya Raman\n\n    <priya.raman@acme-corp.com>\n ***********************************************************************/\n',
      'docs/support.md': 'Write to [us](mailto:help.desk@acme-corp.com).\n',
      'docs/team.md': 'On call this week: priya.raman@acme-corp.com\n',
    });
    const r = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-gitignore'], dir)).stdout);
    expect(r.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['docs/team.md email-address']);
  });
});
