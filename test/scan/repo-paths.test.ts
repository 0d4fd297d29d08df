import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { runActionBundle } from '../helpers/runner.js';

const token = fake('gh' + 'p_', 36, undefined, 71);

type Sarif = { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
const uris = (sarif: Sarif) => sarif.runs.flatMap((run) => run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));

describe('paths: what the user typed in text and JSON, the repository root in SARIF and on GitHub', () => {
  it('scan from a subfolder: text and JSON name files from there, SARIF from the repository root', async () => {
    const repo = gitRepo({ 'svc/api/a.py': `TOKEN = "${token}"\n`, 'svc/api/deep/b.env': `GITHUB_TOKEN=${token}\n`, 'README.md': 'x\n' });
    const cwd = join(repo.dir, 'svc');
    const json = JSON.parse((await cli(['scan', 'api', '--format', 'json'], cwd)).stdout);
    expect(json.findings.map((f: { file: string }) => f.file)).toEqual(['api/a.py', 'api/deep/b.env']);
    expect((await cli(['scan', 'api/a.py'], cwd)).stdout).toMatch(/^api\/a\.py:1:/m);
    expect(uris(JSON.parse((await cli(['scan', 'api', '--format', 'sarif'], cwd)).stdout))).toEqual(['svc/api/a.py', 'svc/api/deep/b.env']);
    expect(uris(JSON.parse((await cli(['scan', '../../svc/api/a.py', '--format', 'sarif'], join(cwd, 'api'))).stdout))).toEqual(['svc/api/a.py']);
  });

  it('outside a git repository SARIF keeps the paths as given', async () => {
    const { makeRepo } = await import('../helpers/repo.js');
    const dir = makeRepo({ 'sub/a.py': `TOKEN = "${token}"\n` });
    expect(uris(JSON.parse((await cli(['scan', 'sub', '--format', 'sarif', '--no-gitignore'], dir)).stdout))).toEqual(['sub/a.py']);
  });

  it('the Action in a working-directory annotates and writes SARIF with repository paths', () => {
    const repo = gitRepo({ 'pkg/src/config.ts': `export const t = '${token}';\n`, 'pkg/.readiness-gate.yml': 'version: 1\n' });
    const r = runActionBundle(repo.dir, { mode: 'scan', 'working-directory': 'pkg', 'sarif-file': 'out.sarif', annotations: 'on' });
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/::error title=[^\n]*file=pkg\/src\/config\.ts,line=1/);
    expect(uris(JSON.parse(readFileSync(join(repo.dir, 'pkg', 'out.sarif'), 'utf8')))).toEqual(['pkg/src/config.ts']);
  });
});
