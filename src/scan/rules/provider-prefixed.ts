import type { Rule } from '../types.js';
import { mixedAlnum } from './provider-devops.js';

// Widespread providers whose tokens carry a documented prefix or structure of their own.

export const airtableToken: Rule = {
  id: 'airtable-token',
  description: 'Airtable personal access token (pat + 14 characters, ".", 64 hex)',
  severity: 'high',
  category: 'saas-key',
  // Airtable personal access tokens: the 17-character token id (starting "pat"), ".", then a 64-hex secret.
  keywords: ['pat'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_])/g,
  entropy: 3.5,
};

export const hubspotToken: Rule = {
  id: 'hubspot-private-app-token',
  description: 'HubSpot private app access token (pat-na1-..., pat-eu1-...)',
  severity: 'high',
  category: 'saas-key',
  // HubSpot private app tokens: "pat-" + the account's region (na1, eu1) + "-" + a UUID.
  keywords: ['pat-na1-', 'pat-eu1-', 'pat-na2-', 'pat-ap1-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pat-(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const openshiftToken: Rule = {
  id: 'openshift-token',
  description: 'OpenShift OAuth access token (sha256~...)',
  severity: 'critical',
  category: 'cloud-key',
  // OpenShift 4 OAuth access tokens (`oc whoami -t`) are "sha256~" + 43 base64url characters.
  keywords: ['sha256~'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const dropboxToken: Rule = {
  id: 'dropbox-token',
  description: 'Dropbox short-lived access token (sl. + 130 or more characters)',
  severity: 'high',
  category: 'saas-key',
  // Dropbox short-lived OAuth access tokens start "sl." (newer ones "sl.u."), then some 140+ base64url characters.
  keywords: ['sl.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_-])/g,
  entropy: 4.5,
};

export const fcmServerKey: Rule = {
  id: 'fcm-server-key',
  description: 'Firebase Cloud Messaging legacy server key (AAAA...:APA91b...)',
  severity: 'high',
  category: 'cloud-key',
  // FCM legacy server keys: "AAAA" + 7 characters, ":", then "APA91b" + about 134 base64url characters.
  keywords: ['apa91b'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{120,160})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

/** A Discord token's first part is the bot's user id (a snowflake: 17 to 20 digits) in base64. */
function discordIdPart(value: string): boolean {
  const id = Buffer.from(value.slice(0, value.indexOf('.')), 'base64').toString('latin1');
  return /^\d{17,20}$/.test(id);
}

export const discordBotToken: Rule = {
  id: 'discord-bot-token',
  description: 'Discord bot token (base64 of the bot id, timestamp, HMAC) in a file that names Discord',
  severity: 'critical',
  category: 'saas-key',
  // Discord bot tokens: base64 of the bot's user id, ".", a 6-character timestamp, ".", a 27-38 character HMAC.
  // Checked: the first part decodes to the 17-20 digit id. Read only where Discord is named.
  keywords: ['discord'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/g,
  entropy: 4,
  validate: (value) => discordIdPart(value) && mixedAlnum(value.slice(value.lastIndexOf('.') + 1)),
};

export const harnessToken: Rule = {
  id: 'harness-token',
  description: 'Harness personal access or service account token (pat.<account>.<token id>.<secret>, sat....)',
  severity: 'high',
  category: 'package-token',
  // Harness API tokens: "pat." (personal) or "sat." (service account), the 22-character account id, the 24-hex token
  // id and a 20-character secret, dot-separated.
  keywords: ['pat.', 'sat.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>[ps]at\.[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])/g,
  entropy: 3.5,
};

export const infracostKey: Rule = {
  id: 'infracost-api-key',
  description: 'Infracost API key (ico- + 32 alphanumerics)',
  severity: 'high',
  category: 'saas-key',
  // Infracost API keys are "ico-" followed by 32 alphanumerics (INFRACOST_API_KEY).
  keywords: ['ico-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
  validate: (value) => mixedAlnum(value.slice(4)),
};

export const maxmindKey: Rule = {
  id: 'maxmind-license-key',
  description: 'MaxMind license key (6 + _ + 29 alphanumerics + _mmk)',
  severity: 'high',
  category: 'license-key',
  // MaxMind (GeoIP) license keys issued since 2024 are 40 characters: 6 alphanumerics, "_", 29, then "_mmk".
  keywords: ['_mmk'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_])/g,
  entropy: 3.5,
};

export const scalingoToken: Rule = {
  id: 'scalingo-api-token',
  description: 'Scalingo API token (tk-us-...)',
  severity: 'high',
  category: 'cloud-key',
  // Scalingo API tokens are "tk-us-" followed by 48 characters of [A-Za-z0-9_-].
  keywords: ['tk-us-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const tencentSecretId: Rule = {
  id: 'tencent-cloud-secret-id',
  description: 'Tencent Cloud API SecretId (AKID + 32 alphanumerics)',
  severity: 'high',
  category: 'cloud-key',
  // Tencent Cloud API keys: the SecretId is "AKID" + 32 alphanumerics (36 characters), used with a 32-character SecretKey.
  keywords: ['akid'],
  pattern: /(?<![A-Za-z0-9])(?<secret>AKID[A-Za-z0-9]{32})(?![A-Za-z0-9])/g,
  entropy: 3.5,
  validate: (value) => mixedAlnum(value.slice(4)),
};

export const packagistToken: Rule = {
  id: 'private-packagist-token',
  description: 'Private Packagist token (packagist_ + ort/out/uut/... + _ + 68 hex)',
  severity: 'critical',
  category: 'private-registry',
  // Private Packagist tokens: "packagist_", a three-letter type (organization/user, read/update: ort, out, urt, uut),
  // "_", then 68 hex characters.
  keywords: ['packagist_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>packagist_[ou][ru]t_[a-f0-9]{68})(?![A-Za-z0-9_])/g,
  entropy: 3,
};

export const PROVIDER_PREFIXED_RULES: readonly Rule[] = [
  airtableToken, hubspotToken, openshiftToken, dropboxToken, fcmServerKey, discordBotToken, harnessToken, infracostKey, maxmindKey, scalingoToken,
  tencentSecretId, packagistToken,
];
