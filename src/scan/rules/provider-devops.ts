import type { Rule } from '../types.js';

// Tokens of package registries, CI servers and infrastructure tools, by the shapes their own
// documentation gives. Shapes that alone would match ordinary text (a bootstrap token, an Okta
// token, a TrueNAS key) are read only beside the names their tools write them under.

/**
 * Random mixed-case alphanumerics hold both cases (28 random characters miss one with odds below
 * 1 in 10^6); a hand-typed filler ("your_key_here", "YOURAPIKEY") or a lower-case digest does not.
 */
export function mixedAlnum(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value);
}

export const cratesIoToken: Rule = {
  id: 'crates-io-token',
  description: 'crates.io API token (cio + 32 alphanumerics)',
  severity: 'critical',
  category: 'package-token',
  // crates.io issues API tokens as "cio" followed by 32 random alphanumerics.
  keywords: ['cio'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>cio[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  validate: (value) => mixedAlnum(value.slice(3)),
};

export const dependencyTrackKey: Rule = {
  id: 'dependency-track-api-key',
  description: 'OWASP Dependency-Track API key (odt_...)',
  severity: 'high',
  category: 'saas-key',
  // Dependency-Track 4.9+ prefixes API keys with "odt_" (then 32 alphanumerics); 4.13+ keys are "odt_" + public id + "_" + secret.
  keywords: ['odt_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>odt_(?:[A-Za-z0-9]{8}_)?[A-Za-z0-9]{32})(?![A-Za-z0-9_])/g,
  entropy: 4,
  validate: (value) => mixedAlnum(value.slice(4)),
};

export const gradlePublishKey: Rule = {
  id: 'gradle-publish-key',
  description: 'Gradle Plugin Portal publishing key or secret (gradle.publish.key / gradle.publish.secret)',
  severity: 'critical',
  category: 'package-token',
  // The Plugin Portal's publish credentials are the gradle.publish.key and gradle.publish.secret properties (or
  // GRADLE_PUBLISH_KEY / GRADLE_PUBLISH_SECRET), each 32 alphanumerics.
  keywords: ['gradle.publish.', 'gradle_publish_', 'gradle-publish-', 'gradlepublish'],
  pattern: /gradle[._]?publish[._]?(?:key|secret)(?:["']?[ \t]*(?:=>|[:=])[ \t]*["']?|>)(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])/gi,
  entropy: 3.5,
};

export const teamcityToken: Rule = {
  id: 'teamcity-token',
  description: 'JetBrains TeamCity access token (eyJ0eXAiOiAiVENWMiJ9....)',
  severity: 'critical',
  category: 'package-token',
  // TeamCity access tokens start with the base64 of {"typ": "TCV2"}, then two dot-separated base64url parts.
  keywords: ['eyj0exaioiaivenwmij9'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{20,100}\.[A-Za-z0-9_-]{20,150})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const azureDevopsPat: Rule = {
  id: 'azure-devops-pat',
  description: 'Azure DevOps personal access token (84 characters with AZDO, or the legacy 52-character form beside its name)',
  severity: 'critical',
  category: 'package-token',
  // New PATs are 84 characters with the "JQQJ99" signature at offset 52 and "AZDO" at offset 76; legacy PATs are
  // 52 characters of lower-case base32 ([a-z2-7]), readable only beside an Azure DevOps name or in a dev.azure.com /
  // <org>.visualstudio.com clone URL.
  keywords: ['jqqj99', 'azure_devops', 'azure-devops', 'azure.devops', 'azuredevops', 'ado_pat', 'adopat', 'ado.pat', 'ado_token', 'adotoken', 'ado.token', 'ado-pat', 'ado-token', 'ado_personal', 'adopersonal', 'vsts', 'dev.azure.com', 'visualstudio.com'],
  pattern:
    /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{18}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])|(?:azure[_.-]?devops|\bado|vsts)[A-Za-z0-9_.-]{0,24}?(?:pat|token|password)(?:["']?[ \t]*(?:=>|[:=])[ \t]*["']?|>)(?<secret2>[a-z2-7]{52})(?![A-Za-z0-9])|[:/](?<secret3>[a-z2-7]{52})@(?:dev\.azure\.com|[a-z0-9-]{1,64}\.visualstudio\.com)/gi,
  entropy: 3.5,
  validate: (value) => value.length === 84 || /^[a-z2-7]{52}$/.test(value),
};

/** A documented example a reader copies: kubeadm's and the Kubernetes docs' sample tokens. */
const KUBERNETES_DOC_TOKENS = ['07401b.f395accd246ae52d', '5emitj.kq4gihvszzgn1p0r', 'kq4gihvszzgn1p0r', 'f395accd246ae52d'];

export const kubernetesBootstrapToken: Rule = {
  id: 'kubernetes-bootstrap-token',
  description: 'Kubernetes bootstrap token (id.secret) in a kubeadm config or command, or a bootstrap-token Secret',
  severity: 'critical',
  category: 'cloud-key',
  // Bootstrap tokens match "[a-z0-9]{6}.[a-z0-9]{16}" (public token id . token secret); a bootstrap-token Secret
  // (type bootstrap.kubernetes.io/token) holds the secret half as token-secret. That shape alone is common text:
  // only files that name kubeadm or bootstrap tokens are read.
  keywords: ['kubeadm', 'bootstraptoken', 'bootstrap-token', 'bootstrap.kubernetes.io'],
  pattern:
    /(?:--(?:discovery-|tls-bootstrap-)?token[= \t]+|\b(?:token|tlsBootstrapToken)["']?[ \t]*:[ \t]*["']?)(?<secret>[a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9._-])|\btoken-secret["']?[ \t]*:[ \t]*["']?(?<secret2>[a-z0-9]{16}(?![A-Za-z0-9+/=])|[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9_-])/g,
  entropy: 3,
  validate: (value) => {
    if (KUBERNETES_DOC_TOKENS.includes(value)) return false;
    // The base64 form (a Secret's data:) decodes to the 16-character secret.
    return value.length !== 24 || /^[a-z0-9]{16}$/.test(Buffer.from(value, 'base64').toString('latin1'));
  },
};

export const vaultUnsealKey: Rule = {
  id: 'vault-unseal-key',
  description: 'HashiCorp Vault unseal or recovery key share (vault operator init output)',
  severity: 'critical',
  category: 'cloud-key',
  // `vault operator init` prints "Unseal Key N: <base64>" (a Shamir share of the 32-byte root key: 33 bytes,
  // 44 base64 characters) and, as JSON, "unseal_keys_b64" / "unseal_keys_hex" (66 hex); recovery keys alike.
  keywords: ['unseal key', 'recovery key', 'unseal_keys_', 'recovery_keys_'],
  pattern:
    /(?:(?:Unseal|Recovery) Key \d{1,2}:[ \t]*|"(?:unseal|recovery)_keys_(?:b64|hex)"[ \t]*:[ \t]*\[\s{0,64}")(?<secret>[A-Za-z0-9+/]{43}[A-Za-z0-9+/=]|[a-f0-9]{66})(?![A-Za-z0-9+/=])/g,
  entropy: 3.5,
};

export const trueNasKey: Rule = {
  id: 'truenas-api-key',
  description: 'TrueNAS API key (key id, dash, 64 alphanumerics) in a file that names TrueNAS',
  severity: 'critical',
  category: 'cloud-key',
  // TrueNAS API keys are "<key id>-<64 alphanumerics>" (sent as a Bearer token); read only where TrueNAS/FreeNAS is named.
  keywords: ['truenas', 'freenas'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>\d{1,6}-[A-Za-z0-9]{64})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  validate: (value) => mixedAlnum(value.slice(value.indexOf('-') + 1)),
};

export const oktaToken: Rule = {
  id: 'okta-api-token',
  description: 'Okta API token (00 + 40 characters) sent as SSWS or assigned beside an Okta name',
  severity: 'critical',
  category: 'saas-key',
  // Okta API tokens are 42 characters starting "00", sent as "Authorization: SSWS <token>".
  keywords: ['okta', 'ssws'],
  pattern: /(?:\bSSWS[ \t]+|okta[A-Za-z0-9_.-]{0,30}?(?:token|key|secret)(?:["']?[ \t]*(?:=>|[:=])[ \t]*["']?|>))(?<secret>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/gi,
  entropy: 4,
};

export const PROVIDER_DEVOPS_RULES: readonly Rule[] = [
  cratesIoToken, dependencyTrackKey, gradlePublishKey, teamcityToken, azureDevopsPat, kubernetesBootstrapToken, vaultUnsealKey, trueNasKey, oktaToken,
];
