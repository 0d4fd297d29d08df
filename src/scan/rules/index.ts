import type { Rule } from '../types.js';
import { AI_KEY_RULES } from './ai-keys.js';
import { CLOUD_PLATFORM_RULES } from './cloud-platforms.js';
import { DEV_PLATFORM_RULES } from './dev-platforms.js';
import { authorizationHeader, curlUserPassword } from './http-credentials.js';
import { SAAS_SERVICE_RULES } from './saas-services.js';
import { awsAccessKeyId, awsSecretKey, azureStorageKey, gcpServiceAccount } from './cloud-keys.js';
import { CREDENTIAL_APP_RULES } from './credential-apps.js';
import { CREDENTIAL_FILE_RULES } from './credential-files.js';
import { dockerfileSecret } from './dockerfile-secret.js';
import { genericSecret } from './generic-secret.js';
import { passwordArgument } from './password-argument.js';
import { passwordAssignment } from './password-assignment.js';
import { githubToken } from './github-token.js';
import { email } from './identity.js';
import { ipv4, ipv6 } from './ip-address.js';
import { jwt } from './jwt.js';
import { PROVIDER_FORMAT_RULES } from './provider-formats.js';
import { cavraLicenseKey, licenseKeyAssignment } from './license-key.js';
import { dockerHubToken, gitlabToken, npmToken, pypiToken } from './package-tokens.js';
import { providerPayload } from './payload.js';
import { privateKey } from './private-key.js';
import { npmrcAuth, registryUrlToken } from './registry.js';
import { mailgunKey, sendgridKey, slackToken, stripeKey, twilioKey } from './saas-keys.js';
import { signedUrl } from './signed-url.js';
import { smtpCredentials, urlCredentials } from './url-credentials.js';

/** The built-in `public-safety` rule set, most specific first. */
export const PUBLIC_SAFETY_RULES: readonly Rule[] = [
  githubToken,
  npmToken,
  gitlabToken,
  pypiToken,
  dockerHubToken,
  awsAccessKeyId,
  awsSecretKey,
  gcpServiceAccount,
  azureStorageKey,
  slackToken,
  stripeKey,
  sendgridKey,
  twilioKey,
  mailgunKey,
  ...AI_KEY_RULES,
  ...CLOUD_PLATFORM_RULES,
  ...DEV_PLATFORM_RULES,
  ...SAAS_SERVICE_RULES,
  ...PROVIDER_FORMAT_RULES,
  privateKey,
  jwt,
  smtpCredentials,
  urlCredentials,
  ...CREDENTIAL_FILE_RULES,
  ...CREDENTIAL_APP_RULES,
  npmrcAuth,
  registryUrlToken,
  signedUrl,
  authorizationHeader,
  curlUserPassword,
  cavraLicenseKey,
  licenseKeyAssignment,
  email,
  ipv4,
  ipv6,
  providerPayload,
  dockerfileSecret,
  genericSecret,
  passwordAssignment,
  passwordArgument,
];

/**
 * Where rules overlap on the same text, the most specific wins: a named token over the URL or
 * assignment around it, a URL credential over the address-like text inside it, anything over the
 * generic secret rule. Rules not listed are the most specific (3).
 */
export const RULE_PRIORITY: Readonly<Record<string, number>> = {
  'smtp-credentials': 2,
  'url-credentials': 2,
  'npmrc-auth': 2,
  'private-registry-url': 2,
  'signed-url': 2,
  'authorization-header': 2,
  // Credential-file keys (credential-files-*.ts) name a value by where it stands; a token rule that
  // recognises the value itself (aws-secret-access-key, npm-token, pypi-token, jwt, private-key) says more.
  ...Object.fromEntries(
    ['pgpass-password', 'mysql-option-password', 's3cfg-secret', 'boto-credential', 'aws-credentials-file', 'pypirc-password', 'yarnrc-auth', 'docker-config-auth', 'password-file-hash', 'sql-dump-password-hash', 'kubeconfig-credential', 'terraform-state-secret', 'terraform-tfvars-secret', 'ansible-password', 'maven-settings-password', 'gradle-properties-credential'].map((id) => [id, 2]),
  ),
  'curl-user-password': 2,
  // H6's credential files: a token rule that knows the value (vault-token on a .vault-token file) says
  // more; a history's NAME=value line is shell-history-secret's (shell-inline-password reads the rest).
  ...Object.fromEntries(['vault-token-file', 'kaggle-api-key', 'bundler-config-credential', 'shell-inline-password', 'proxy-authorization-header', 'traefik-basicauth-hash'].map((id) => [id, 2])),
  // A base64-wrapped PEM key found anywhere: a file format's own rule (kubeconfig client-key-data) names it better.
  'private-key-base64': 1,
  // A provider key known only by the name beside it (provider-named.ts): a file format's own rule on the same value names it as well.
  ...Object.fromEntries(['cloudflare-api-token', 'datadog-key', 'snyk-token', 'wandb-api-key', 'algolia-admin-key', 'fastly-api-token', 'jenkins-api-token'].map((id) => [id, 1])),
  'license-key-assignment': 1,
  'email-address': 1,
  'ipv4-address': 1,
  'ipv6-address': 1,
  'provider-payload': 1,
  'dockerfile-secret': 1,
  'generic-secret': 0,
  // A word-like password under a password's name: the least specific reading of any value.
  'password-assignment': -1,
  'password-argument': -1,
};

export function priorityOf(ruleId: string): number {
  return RULE_PRIORITY[ruleId] ?? 3;
}
