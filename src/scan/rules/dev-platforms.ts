import type { Rule } from '../types.js';

// Tokens of source hosting, CI, package registries and developer tooling, by their published prefixes.

export const gitlabRunnerToken: Rule = {
  id: 'gitlab-runner-token',
  description: 'GitLab runner authentication token (glrt-) or runner registration token (GR1348941...)',
  severity: 'critical',
  category: 'package-token',
  keywords: ['glrt-', 'gr1348941'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>glrt-(?:t\d_)?[A-Za-z0-9_-]{20,64}|GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
};

export const gitlabPipelineTriggerToken: Rule = {
  id: 'gitlab-pipeline-trigger-token',
  description: 'GitLab pipeline trigger token (glptt-)',
  severity: 'high',
  category: 'package-token',
  keywords: ['glptt-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>glptt-[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const gitlabOtherToken: Rule = {
  id: 'gitlab-service-token',
  description: 'GitLab deploy, CI job, OAuth application, feed, incoming mail, SCIM, feature flag or agent token, or a session cookie',
  severity: 'high',
  category: 'package-token',
  // GitLab's token prefixes (docs "Token prefixes"): gldt- deploy, glcbt- CI/CD job, gloas- OAuth application secret,
  // glft- feed, glimt- incoming mail, glsoat- SCIM, glffct- feature flags client, glagent- agent; and the
  // _gitlab_session= session cookie (32 hex).
  keywords: ['gldt-', 'glcbt-', 'gloas-', 'glft-', 'glimt-', 'glsoat-', 'glffct-', 'glagent-', '_gitlab_session='],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>gl(?:dt|cbt|oas|ft|imt|soat|ffct|agent)-[A-Za-z0-9_-]{20,80})(?![A-Za-z0-9_-])|_gitlab_session=(?<secret2>[a-f0-9]{32})(?![A-Za-z0-9])/g,
  entropy: 3,
};

export const sonarToken: Rule = {
  id: 'sonarqube-token',
  description: 'SonarQube / SonarCloud user, project or global analysis token (squ_, sqp_, sqa_, or a legacy 40-hex token under sonar.login / sonar.token / SONAR_TOKEN)',
  severity: 'high',
  category: 'package-token',
  // SonarQube 9.5+ prefixes tokens squ_/sqp_/sqa_ (+ 40 hex); older tokens are 40 bare hex characters, passed as
  // sonar.login (sonar.token since 10.0) or SONAR_TOKEN / SONAR_LOGIN / SONAR_AUTH_TOKEN.
  keywords: ['squ_', 'sqp_', 'sqa_', 'sonar.login', 'sonar.token', 'sonar_token', 'sonar_login', 'sonar_auth_token', 'sonarlogin', 'sonartoken', 'sonarauthtoken', 'sonar.auth.token', 'sonar-login', 'sonar-token', 'sonar-auth-token'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sq[upa]_[a-f0-9]{40})(?![A-Za-z0-9_])|sonar[._-]?(?:login|token|auth[._-]?token)(?:["']?[ \t]*(?:=>|[:=])[ \t]*["']?|>)(?<secret2>[a-f0-9]{40})(?![A-Za-z0-9_])/gi,
  entropy: 3,
};

export const buildkiteToken: Rule = {
  id: 'buildkite-token',
  description: 'Buildkite user API access token (bkua_...)',
  severity: 'high',
  category: 'package-token',
  keywords: ['bkua_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>bkua_[a-f0-9]{40})(?![A-Za-z0-9_])/g,
  entropy: 3,
};

export const circleciToken: Rule = {
  id: 'circleci-token',
  description: 'CircleCI personal or project API token (CCIPAT_, CCIPRJ_)',
  severity: 'high',
  category: 'package-token',
  keywords: ['ccipat_', 'cciprj_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>CCI(?:PAT|PRJ)_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_])/g,
  entropy: 3.5,
};

export const tailscaleKey: Rule = {
  id: 'tailscale-key',
  description: 'Tailscale API, auth, OAuth client, SCIM or webhook key (tskey-...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['tskey-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{20,64})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
};

export const ageSecretKey: Rule = {
  id: 'age-secret-key',
  description: 'age encryption secret key (AGE-SECRET-KEY-1...)',
  severity: 'critical',
  category: 'private-key',
  keywords: ['age-secret-key-1'],
  pattern: /(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Z0-9])/g,
};

export const onepasswordToken: Rule = {
  id: '1password-service-account-token',
  description: '1Password service account token (ops_eyJ...)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['ops_eyj'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>ops_eyJ[A-Za-z0-9+/_-]{200,2000}={0,3})(?![A-Za-z0-9+/=_-])/g,
  entropy: 4,
};

export const jfrogToken: Rule = {
  id: 'jfrog-token',
  description: 'JFrog Artifactory API key (AKCp...) or identity/reference token',
  severity: 'critical',
  category: 'private-registry',
  // Reference tokens are base64 of "reftkn:01:...".
  keywords: ['akcp', 'cmvmdgtuojaxoj'],
  pattern: /(?<![A-Za-z0-9])(?<secret>AKCp[A-Za-z0-9]{69}|cmVmdGtuOjAxOj[A-Za-z0-9]{50,100})(?![A-Za-z0-9])/g,
  entropy: 4,
};

export const atlassianToken: Rule = {
  id: 'atlassian-api-token',
  description: 'Atlassian API token (ATATT3...), Bitbucket access token (ATCTT3...) or Bitbucket app password (ATBB...)',
  severity: 'high',
  category: 'saas-key',
  // Atlassian (Bitbucket Cloud support, 2025): API tokens start ATAT, app passwords ATBB, workspace/project/repository
  // access tokens ATCT (ATCTT3xFfGN0...).
  keywords: ['atatt3', 'atbb', 'atctt3'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AT(?:AT|CT)T3[A-Za-z0-9_=-]{180,200}|ATBB[A-Za-z0-9]{32})(?![A-Za-z0-9_=-])/g,
  entropy: 4,
};

export const postmanKey: Rule = {
  id: 'postman-api-key',
  description: 'Postman API key (PMAK-...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['pmak-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const rubygemsKey: Rule = {
  id: 'rubygems-api-key',
  description: 'RubyGems API key (rubygems_...)',
  severity: 'critical',
  category: 'package-token',
  keywords: ['rubygems_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])/g,
  entropy: 3,
};

export const nugetKey: Rule = {
  id: 'nuget-api-key',
  description: 'NuGet.org API key (oy2...)',
  severity: 'critical',
  category: 'package-token',
  keywords: ['oy2'],
  pattern: /(?<![A-Za-z0-9])(?<secret>oy2[a-z0-9]{43})(?![A-Za-z0-9])/g,
  entropy: 4,
};

export const clojarsToken: Rule = {
  id: 'clojars-token',
  description: 'Clojars deploy token (CLOJARS_...)',
  severity: 'critical',
  category: 'package-token',
  keywords: ['clojars_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9_])/gi,
  entropy: 4,
};

export const sentryToken: Rule = {
  id: 'sentry-token',
  description: 'Sentry user auth token (sntryu_) or organization token (sntrys_)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['sntryu_', 'sntrys_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sntryu_[a-f0-9]{64}|sntrys_eyJ[A-Za-z0-9+/=_-]{60,400})(?![A-Za-z0-9+/=_-])/g,
  entropy: 3.5,
};

export const grafanaToken: Rule = {
  id: 'grafana-token',
  description: 'Grafana Cloud access policy token (glc_), service account token (glsa_) or legacy API key (eyJrIjoi...)',
  severity: 'high',
  category: 'saas-key',
  // Grafana: glc_ (Cloud access policies) and glsa_ + 32 + _ + 8 hex (service accounts); legacy API keys are base64
  // of {"k":"...","n":"...","id":N}, so they start "eyJrIjoi".
  keywords: ['glc_', 'glsa_', 'eyjrijoi'],
  pattern: /(?<![A-Za-z0-9_+/])(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}|eyJrIjoi[A-Za-z0-9+/]{40,200}={0,2})(?![A-Za-z0-9+/=_])/g,
  entropy: 4,
};

export const newRelicKey: Rule = {
  id: 'new-relic-key',
  description: 'New Relic user (NRAK-), admin (NRAA-) or REST (NRRA-) API key, or Insights insert (NRII-) or query (NRIQ-) key',
  severity: 'high',
  category: 'saas-key',
  // New Relic key prefixes: NRAK- user key (27 upper-case alphanumerics), NRAA- admin key (27 alphanumerics), NRII- insert and
  // NRIQ- query keys (32 characters), NRRA- REST API key (42 hex).
  keywords: ['nrak-', 'nraa-', 'nrii-', 'nriq-', 'nrra-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NRAK-[A-Z0-9]{27}|NRAA-[A-Za-z0-9]{27}|NRI[IQ]-[A-Za-z0-9_-]{32}|NRRA-[a-f0-9]{42})(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const newRelicLicenseKey: Rule = {
  id: 'new-relic-license-key',
  description: 'New Relic ingest license key (40 characters ending in NRAL)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['nral'],
  // "nral" is in every "general": the pattern runs only where the case-sensitive "NRAL" is.
  anchor: { text: 'NRAL', back: 36, lead: /[a-f0-9]/ },
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{36}NRAL)(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const dynatraceToken: Rule = {
  id: 'dynatrace-token',
  description: 'Dynatrace API token (dt0c01....)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['dt0c01.'],
  pattern: /(?<![A-Za-z0-9_.])(?<secret>dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_])/g,
  entropy: 3.5,
};

export const sourcegraphToken: Rule = {
  id: 'sourcegraph-token',
  description: 'Sourcegraph access token (sgp_...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['sgp_', 'sourcegraph'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})(?![A-Za-z0-9_])|sourcegraph[\w "':=]{0,20}?(?<![A-Za-z0-9])(?<secret2>[a-fA-F0-9]{40})(?![A-Za-z0-9])/gi,
  entropy: 3,
};

export const prefectKey: Rule = {
  id: 'prefect-api-key',
  description: 'Prefect Cloud API key (pnu_...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['pnu_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
  entropy: 4,
};

export const contentfulToken: Rule = {
  id: 'contentful-token',
  description: 'Contentful personal access token (CFPAT-...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['cfpat-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const octopusDeployKey: Rule = {
  id: 'octopus-deploy-api-key',
  description: 'Octopus Deploy API key (API- and 26 capitals or digits)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['api-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>API-[A-Z0-9]{26})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
};

export const DEV_PLATFORM_RULES: readonly Rule[] = [
  octopusDeployKey,
  gitlabRunnerToken, gitlabPipelineTriggerToken, gitlabOtherToken, sonarToken, buildkiteToken, circleciToken, tailscaleKey, ageSecretKey,
  onepasswordToken, jfrogToken, atlassianToken, postmanKey, rubygemsKey, nugetKey, clojarsToken, sentryToken, grafanaToken, newRelicKey, newRelicLicenseKey,
  dynatraceToken, sourcegraphToken, prefectKey, contentfulToken,
];
