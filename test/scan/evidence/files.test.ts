import { describe, expect, it } from 'vitest';
import { gcpServiceAccount } from '../../../src/scan/rules/cloud-keys.js';
import { dockerConfigAuth } from '../../../src/scan/rules/credential-files-registry.js';
import { Scanner } from '../../../src/scan/scanner.js';
import { fake, HEX } from '../../../src/scan/rules/fake.js';
import { madeUp, pem } from './keys.js';

// Only the rules under test: which rule wins on a text is rules.test.ts's subject.
const scanner = new Scanner({ rules: [dockerConfigAuth, gcpServiceAccount] });
const judged = (file: string, text: string) => scanner.scanText(file, text).map((f) => [f.ruleId, f.evidence, f.severity]);
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('Docker config.json auths', () => {
  it('auth that is base64 of user:password: structure; an identity token that is a JWT: structure; an opaque one: shape', () => {
    const auth = Buffer.from('robot$ci:Ha9-rd-t0-Guess').toString('base64');
    expect(judged('.docker/config.json', JSON.stringify({ auths: { 'registry.example.io': { auth } } }, null, 2))).toEqual([['docker-config-auth', 'structure', 'critical']]);
    const jwt = `${b64url({ alg: 'RS256', kid: 'k' })}.${b64url({ sub: 'robot', aud: 'registry' })}.${fake('', 86, undefined, 3)}`;
    expect(judged('.docker/config.json', JSON.stringify({ auths: { 'ghcr.io': { identitytoken: jwt } } }, null, 2))).toEqual([['docker-config-auth', 'structure', 'critical']]);
    expect(judged('.docker/config.json', JSON.stringify({ auths: { 'ghcr.io': { identitytoken: fake('', 40, undefined, 8) } } }, null, 2))).toEqual([['docker-config-auth', 'shape', 'critical']]);
  });
});

describe('Google Cloud service-account key files', () => {
  const file = (privateKey: string) => JSON.stringify({ type: 'service_account', project_id: 'acme-prod', private_key_id: fake('', 40, HEX, 5), private_key: privateKey, client_email: 'deployer@acme-prod.iam.gserviceaccount.com' }, null, 2);
  it('a private_key that loads: structure; a made-up one: shape at the rule\'s severity', () => {
    expect(judged('sa.json', file(pem.pkcs8()))).toEqual([['gcp-service-account-key', 'structure', 'critical']]);
    expect(judged('sa.json', file(madeUp('PRIVATE KEY', 3)))).toEqual([['gcp-service-account-key', 'shape', 'critical']]);
    expect(judged('sa.json', JSON.stringify({ private_key_id: fake('', 40, HEX, 5) }))).toEqual([['gcp-service-account-key', 'shape', 'critical']]);
  });
});
