import { gcpServiceAccount } from '../rules/cloud-keys.js';
import { ageSecretKey } from '../rules/dev-platforms.js';
import { githubToken } from '../rules/github-token.js';
import { jwt } from '../rules/jwt.js';
import { npmToken, pypiToken } from '../rules/package-tokens.js';
import { privateKey } from '../rules/private-key.js';
import { npmrcAuth } from '../rules/registry.js';
import { checkAgeKey } from './age-key.js';
import { checkGcpServiceAccountKey } from './gcp-key.js';
import { checkAuthorizationHeader, checkDockerAuth, checkNpmrcAuth } from './basic-auth.js';
import { checkGithubToken, checkNpmToken } from './github-crc32.js';
import type { Rule } from '../types.js';
import { type Check, type Judge, judgeOf } from './judge.js';
import { checkJwt } from './jwt.js';
import { checkPrivateKey, checkPrivateKeyBase64 } from './private-key.js';
import { checkPypiToken } from './pypi-macaroon.js';

/**
 * Offline evidence, by rule id (issue 21, part 4): what a rule's value shows about itself beyond its
 * shape. Kept apart from the rules so that the checks (checksums, decoders) live in one place and a
 * rule file stays data. See verdictOf in ../verdict.ts; each check says which documented format it
 * relies on. A failed checksum lowers the finding one severity step (never drops it); a private key
 * whose body is no key is low.
 */
export const CHECKS: Readonly<Record<string, { rule?: Pick<Rule, 'severity'>; check: Check }>> = {
  'github-token': { rule: githubToken, check: checkGithubToken },
  'npm-token': { rule: npmToken, check: checkNpmToken },
  'npmrc-auth': { rule: npmrcAuth, check: checkNpmrcAuth },
  'pypi-token': { rule: pypiToken, check: checkPypiToken },
  'jwt': { rule: jwt, check: checkJwt },
  'private-key': { rule: privateKey, check: checkPrivateKey },
  // A PEM key base64-encoded as a whole (rule beside private-key, issue 21 part 1): same severity.
  'private-key-base64': { rule: privateKey, check: checkPrivateKeyBase64 },
  'age-secret-key': { rule: ageSecretKey, check: checkAgeKey },
  'gcp-service-account-key': { rule: gcpServiceAccount, check: checkGcpServiceAccountKey },
  'authorization-header': { check: checkAuthorizationHeader },
  // Docker's config.json / .dockercfg `auths.*.auth` (rule in credential-files-registry.ts, issue 21 part 1).
  'docker-config-auth': { check: checkDockerAuth },
};

/** The checks as judges (see judgeOf): what verdictOf in ../verdict.ts looks up by rule id. */
export const JUDGES: Readonly<Record<string, Judge>> = Object.fromEntries(Object.entries(CHECKS).map(([id, { rule, check }]) => [id, judgeOf(rule, check)]));
