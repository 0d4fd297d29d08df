import { describe, expect, it } from 'vitest';
import { ageSecretKey } from '../../../src/scan/rules/dev-platforms.js';
import { githubToken } from '../../../src/scan/rules/github-token.js';
import { authorizationHeader } from '../../../src/scan/rules/http-credentials.js';
import { jwt } from '../../../src/scan/rules/jwt.js';
import { npmToken, pypiToken } from '../../../src/scan/rules/package-tokens.js';
import { npmrcAuth } from '../../../src/scan/rules/registry.js';
import { Scanner } from '../../../src/scan/scanner.js';
import { fake } from '../../../src/scan/rules/fake.js';
import { ageKey, checksummed, macaroon, oneCharChanged } from './build.js';

// The rules whose values these tests judge, and only those: which rule wins is rules.test.ts's subject.
const scanner = new Scanner({ rules: [githubToken, npmToken, pypiToken, jwt, authorizationHeader, npmrcAuth, ageSecretKey] });

function judged(file: string, text: string) {
  const found = scanner.scanText(file, text);
  expect(found, text).toHaveLength(1);
  return { rule: found[0]!.ruleId, evidence: found[0]!.evidence, severity: found[0]!.severity };
}

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('the scanner reports evidence and the severity that follows', () => {
  it.each([
    ['a GitHub token with its checksum', '.env', `GITHUB_TOKEN=${checksummed('gh' + 'p_', 3)}\n`, 'github-token', 'checksum', 'critical'],
    ['the same with one character changed', '.env', `GITHUB_TOKEN=${oneCharChanged(checksummed('gh' + 'p_', 3), 12)}\n`, 'github-token', 'shape', 'high'],
    ['a fine-grained GitHub token', 'ci.yml', `token: github_pat_${fake('', 22, undefined, 4)}_${fake('', 59, undefined, 5)}\n`, 'github-token', 'structure', 'critical'],
    ['an npm token with its checksum', 'publish.sh', `export NPM_TOKEN=${checksummed('np' + 'm_', 4)}\n`, 'npm-token', 'checksum', 'critical'],
    ['an npm token without', 'publish.sh', `export NPM_TOKEN=${fake('np' + 'm_', 36, undefined, 12)}\n`, 'npm-token', 'shape', 'high'],
    // The npm-token rule is the more specific one for an npm_ value; npmrc-auth judges the same way when it reports it.
    ['an .npmrc _authToken with the npm checksum', '.npmrc', `//registry.npmjs.org/:_authToken=${checksummed('np' + 'm_', 5)}\n`, 'npm-token', 'checksum', 'critical'],
    ['an .npmrc _auth of user:password', '.npmrc', `_auth=${Buffer.from('ci-bot:Tr0ub4dor-and-3').toString('base64')}\n`, 'npmrc-auth', 'structure', 'critical'],
    ['a PyPI macaroon', '.pypirc', `[pypi]\nusername = __token__\npassword = ${macaroon({ location: 'pypi.org', caveats: ['{"version": 1, "permissions": "user"}'] })}\n`, 'pypi-token', 'structure', 'critical'],
    ['a PyPI token cut short', '.pypirc', `password = ${macaroon({ location: 'pypi.org', caveats: ['{"version": 1, "permissions": "user"}'] }).slice(0, -20)}\n`, 'pypi-token', 'shape', 'high'],
    ['a JWT', 'client.ts', `const t = "${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'svc-7', tenant: 'acme' })}.${fake('', 43, undefined, 6)}";\n`, 'jwt', 'structure', 'high'],
    ['a JWT header without alg', 'client.ts', `const t = "${b64({ typ: 'JWT', kid: 'k1' })}.${b64({ sub: 'svc-7', tenant: 'acme' })}.${fake('', 43, undefined, 6)}";\n`, 'jwt', 'shape', 'high'],
    ['a Basic header of user:password', 'call.sh', `curl -H "Authorization: Basic ${Buffer.from('deploy:Wint3r-is-coming').toString('base64')}" https://ci.internal/api\n`, 'authorization-header', 'structure', 'high'],
    ['a Bearer header', 'call.sh', `curl -H "Authorization: Bearer ${fake('', 40, undefined, 8)}" https://ci.internal/api\n`, 'authorization-header', 'shape', 'high'],
    ['an age key with its checksum', 'key.txt', `# created: 2026-01-01\n${ageKey(3)}\n`, 'age-secret-key', 'checksum', 'critical'],
    ['an age key with one character changed', 'key.txt', `${oneCharChanged(ageKey(3), 40)}\n`, 'age-secret-key', 'shape', 'high'],
  ])('%s', (_name, file, text, rule, evidence, severity) => {
    expect(judged(file, text)).toEqual({ rule, evidence, severity });
  });

  it('a rule with no check says shape at its own severity', () => {
    const found = new Scanner({ rules: [{ id: 'custom-thing', description: 'a custom thing', severity: 'medium', category: 'generic-secret', keywords: ['thing'], pattern: /thing=(?<secret>\w{8,})/g }] }).scanText('a.txt', 'thing=Qx7vLm2Rp9Tz');
    expect(found.map((f) => [f.evidence, f.severity])).toEqual([['shape', 'medium']]);
  });
});

describe('npmrc-auth alone (npm-token disabled) judges an npm_ value by its checksum', () => {
  it('checksum when it holds, shape one step lower when not', () => {
    const only = new Scanner({ rules: [npmrcAuth] });
    const token = checksummed('np' + 'm_', 5);
    const verdict = (t: string) => only.scanText('.npmrc', `//registry.npmjs.org/:_authToken=${t}\n`).map((f) => [f.evidence, f.severity]);
    expect(verdict(token)).toEqual([['checksum', 'critical']]);
    expect(verdict(oneCharChanged(token, 8))).toEqual([['shape', 'high']]);
  });
});
