import type { Rule } from '../types.js';
import { mixedAlnum } from './provider-devops.js';

// Widespread providers whose keys have no prefix: a documented length and alphabet, read only
// beside the names their own documentation and tools give them (in any spelling: DD_API_KEY,
// dd.api.key, ddApiKey, <ddApiKey>, 'dd_api_key' =>).

/** Between a name and its value: =, :, => (with optional quotes), or an XML element's ">". */
const SEP = `(?:["']?[ \\t]*(?:=>|[:=])[ \\t]*["']?|>)`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A name, its separator and a value that ends where a token's characters end. */
const named = (name: string, value: string) => new RegExp(`${name}${SEP}(?<secret>${value})(?![A-Za-z0-9_-])`, 'gi');

export const cloudflareApiToken: Rule = {
  id: 'cloudflare-api-token',
  description: 'Cloudflare API token (40 characters) or Global API Key (37 hex) beside a Cloudflare name',
  severity: 'critical',
  category: 'cloud-key',
  // Cloudflare API tokens are 40 characters of [A-Za-z0-9_-]; the legacy Global API Key is 37 hex characters
  // (CLOUDFLARE_API_TOKEN / CF_API_TOKEN, CLOUDFLARE_API_KEY / CF_API_KEY, as its tools read them).
  keywords: ['cloudflare', 'cf_api', 'cf.api', 'cf-api', 'cfapi', 'cf_token', 'cf_key', 'cf_auth', 'cf_global', 'cftoken', 'cfauth', 'cfglobal'],
  pattern: named('(?:cloudflare|\\bcf)[._-]?(?:api[._-]?|global[._-]?api[._-]?|auth[._-]?)?(?:token|key)', '[A-Za-z0-9_-]{40}|[a-f0-9]{37}'),
  entropy: 3,
  validate: (value) => value.length === 37 ? /^[a-f0-9]{37}$/.test(value) : /[0-9]/.test(value) && /[A-Za-z]/.test(value),
};

export const datadogKey: Rule = {
  id: 'datadog-key',
  description: 'Datadog API key (32 hex) or application key (40 hex) beside a Datadog name',
  severity: 'high',
  category: 'saas-key',
  // Datadog API keys are 32 hex characters, application keys 40 (DD_API_KEY, DD_APP_KEY / DD_APPLICATION_KEY).
  keywords: ['datadog', 'dd_api', 'dd_app', 'dd.api', 'dd.app', 'ddapi', 'ddapp', 'dd-api', 'dd-app'],
  pattern: named('(?:datadog|\\bdd)[._-]?(?:api|app(?:lication)?)[._-]?key', '[a-f0-9]{40}|[a-f0-9]{32}'),
  entropy: 3,
  validate: (value) => /^[a-f0-9]+$/.test(value),
};

export const snykToken: Rule = {
  id: 'snyk-token',
  description: 'Snyk API token (a UUID) beside a Snyk name',
  severity: 'high',
  category: 'saas-key',
  // Snyk API tokens are UUIDs, read by the CLI from SNYK_TOKEN (or `snyk auth <token>`).
  keywords: ['snyk'],
  pattern: new RegExp(`(?:snyk[._-]?(?:api[._-]?)?(?:token|key)${SEP}|snyk auth[ \\t]+)(?<secret>${UUID})(?![A-Za-z0-9_-])`, 'gi'),
  entropy: 3,
};

export const wandbKey: Rule = {
  id: 'wandb-api-key',
  description: 'Weights & Biases API key (40 hex) beside WANDB_API_KEY',
  severity: 'high',
  category: 'saas-key',
  // W&B API keys are 40 hex characters, read from WANDB_API_KEY (or `wandb login <key>`).
  keywords: ['wandb'],
  pattern: new RegExp(`(?:wandb[._-]?api[._-]?key${SEP}|wandb login[ \\t]+(?:--relogin[ \\t]+)?)(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])`, 'gi'),
  entropy: 3,
};

export const launchdarklyKey: Rule = {
  id: 'launchdarkly-key',
  description: 'LaunchDarkly API access token (api-<uuid>) or server-side SDK key (sdk-<uuid>) in a file that names LaunchDarkly',
  severity: 'high',
  category: 'saas-key',
  // LaunchDarkly API access tokens are "api-" + a UUID and server-side SDK keys "sdk-" + a UUID (mobile keys and
  // client-side ids are public); read only where LaunchDarkly is named.
  keywords: ['launchdarkly'],
  pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>(?:api|sdk)-${UUID})(?![A-Za-z0-9_-])`, 'g'),
  entropy: 3,
};

export const algoliaAdminKey: Rule = {
  id: 'algolia-admin-key',
  description: 'Algolia admin or write API key (32 hex) beside its name (search-only keys are public)',
  severity: 'high',
  category: 'saas-key',
  // Algolia API keys are 32 hex characters; the admin key (ALGOLIA_ADMIN_KEY / ALGOLIA_ADMIN_API_KEY) and write keys
  // are secrets, the search-only key is published in front ends.
  keywords: ['algolia'],
  pattern: named('algolia[._-]?(?:admin|write)[._-]?(?:api[._-]?)?key', '[a-f0-9]{32}'),
  entropy: 3,
};

export const fastlyToken: Rule = {
  id: 'fastly-api-token',
  description: 'Fastly API token (32 characters) beside FASTLY_API_TOKEN / FASTLY_API_KEY',
  severity: 'high',
  category: 'saas-key',
  // Fastly API tokens are 32 characters of [A-Za-z0-9_-] (FASTLY_API_TOKEN, read by the Fastly CLI and Terraform provider).
  keywords: ['fastly'],
  pattern: named('fastly[._-]?(?:api[._-]?)?(?:token|key)', '[A-Za-z0-9_-]{32}'),
  entropy: 3.5,
  validate: (value) => mixedAlnum(value) || /^[a-f0-9]{32}$/.test(value),
};

export const jenkinsToken: Rule = {
  id: 'jenkins-api-token',
  description: 'Jenkins API token (11 + 32 hex) beside a Jenkins name',
  severity: 'high',
  category: 'package-token',
  // Jenkins API tokens (2.129+) are 34 hex characters starting with the version marker "11" (JENKINS_API_TOKEN,
  // jenkins.token, or user:token in a Jenkins URL).
  keywords: ['jenkins'],
  pattern: named('jenkins[._-]?(?:api[._-]?)?(?:token|key|password)', '11[a-f0-9]{32}'),
  entropy: 3,
};

export const PROVIDER_NAMED_RULES: readonly Rule[] = [cloudflareApiToken, datadogKey, snykToken, wandbKey, launchdarklyKey, algoliaAdminKey, fastlyToken, jenkinsToken];
