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
import { type Judge, judgeOf } from './judge.js';
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
export const JUDGES: Readonly<Record<string, Judge>> = {
  'github-token': judgeOf(githubToken, checkGithubToken),
  'npm-token': judgeOf(npmToken, checkNpmToken),
  'npmrc-auth': judgeOf(npmrcAuth, checkNpmrcAuth),
  'pypi-token': judgeOf(pypiToken, checkPypiToken),
  'jwt': judgeOf(jwt, checkJwt),
  'private-key': judgeOf(privateKey, checkPrivateKey),
  // A PEM key base64-encoded as a whole (rule beside private-key, issue 21 part 1): same severity.
  'private-key-base64': judgeOf(privateKey, checkPrivateKeyBase64),
  'age-secret-key': judgeOf(ageSecretKey, checkAgeKey),
  'gcp-service-account-key': judgeOf(gcpServiceAccount, checkGcpServiceAccountKey),
  'authorization-header': judgeOf(undefined, checkAuthorizationHeader),
  // Docker's config.json / .dockercfg `auths.*.auth` (rule in credential-files.ts, issue 21 part 1).
  'docker-config-auth': judgeOf(undefined, checkDockerAuth),
};
