import { describe, expect, it } from 'vitest';
import { isIgnored, parseDockerignore } from '../../src/scan/targets/dockerignore.js';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';

describe('.dockerignore with Docker\'s documented semantics', () => {
  const rules = parseDockerignore(['# comment', '', 'node_modules', '*.log', '/secrets', '!secrets/public.txt', '**/*.pem', 'docs/**/draft-*', './tmp/', '!tmp/keep.md'].join('\n'));
  const cases: [string, boolean][] = [
    ['node_modules/pkg/index.js', true], // a directory pattern covers its contents
    ['app.log', true],
    ['logs/app.log', false], // *.log matches at the root only
    ['secrets/key.txt', true],
    ['secrets/public.txt', false], // re-included by a later !
    ['deep/nested/cert.pem', true], // ** spans directories
    ['cert.pem', true], // ** matches no directory too
    ['docs/a/b/draft-1.md', true],
    ['docs/final.md', false],
    ['tmp/x.txt', true], // ./ and a trailing / are cleaned
    ['tmp/keep.md', false],
    ['src/index.ts', false],
    ['.env', false],
  ];
  for (const [path, ignored] of cases) it(`${path} is ${ignored ? 'left out' : 'sent'}`, () => expect(isIgnored(path, rules)).toBe(ignored));

  it('the last matching line wins', () => {
    expect(isIgnored('a.txt', parseDockerignore('*.txt\n!a.txt\n*.txt\n'))).toBe(true);
    expect(isIgnored('a.txt', parseDockerignore('*.txt\n!a.txt\n'))).toBe(false);
  });
});

describe('scan --docker-context', () => {
  it('scans what docker build sends: not the ignored files, always the Dockerfile', async () => {
    const token = (seed: number) => fake('gh' + 'p_', 36, undefined, seed);
    const dir = makeRepo({
      '.dockerignore': 'node_modules\n*.env\nDockerfile\n',
      Dockerfile: 'FROM node:24\nENV API_TOKEN=Zt8qK2mV9xR4wL7nB3cH\nENV DB_PASSWORD hunter2-Prod-2026x\nARG NPM_TOKEN\nRUN git clone https://ci:q8RtZ2vL9xK3@git.acme.io/acme/app.git\n',
      'node_modules/dep/index.js': `token ${token(1)}\n`,
      'local.env': `TOKEN=${token(2)}\n`,
      'src/config.js': `const t = "${token(3)}";\n`,
    });
    const r = await cli(['scan', '--docker-context', '.', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).findings.map((f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`);
    expect(found).toEqual(['Dockerfile:2 dockerfile-secret', 'Dockerfile:3 dockerfile-secret', 'Dockerfile:5 url-credentials', 'src/config.js:1 github-token']);
  });

  it('usage errors are clear', async () => {
    const dir = makeRepo({ Dockerfile: 'FROM scratch\n' });
    expect((await cli(['scan', '--dockerfile', 'Dockerfile'], dir)).stderr).toMatch(/--dockerfile goes with --docker-context/);
    expect((await cli(['scan', '--docker-context', 'nope'], dir)).stderr).toMatch(/no such file or directory: nope/);
  });
});
