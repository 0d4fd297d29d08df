import type { Rule } from '../types.js';

export const awsAccessKeyId: Rule = {
  id: 'aws-access-key-id',
  description: 'AWS access key id (long-term AKIA, temporary ASIA, bearer-token ABIA, context-specific ACCA)',
  severity: 'high',
  category: 'cloud-key',
  // IAM unique-id prefixes (IAM User Guide, "Unique identifiers"): AKIA access key, ASIA temporary (STS) key, ABIA
  // STS service bearer token, ACCA context-specific credential; the other prefixes (AIDA user, AROA role...) name, not grant.
  keywords: ['akia', 'asia', 'abia', 'acca'],
  pattern: /(?<![A-Z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Z0-9])/g,
  entropy: 3,
};

export const awsSecretKey: Rule = {
  id: 'aws-secret-access-key',
  description: 'AWS secret access key, beside a name that says so',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['aws'],
  pattern: /aws.{0,24}?(?:secret|sk)[a-z_]*["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
  entropy: 4,
};

export const gcpServiceAccount: Rule = {
  id: 'gcp-service-account-key',
  description: 'Google Cloud service-account key file (its private key id)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['private_key_id'],
  pattern: /"private_key_id"\s*:\s*"(?<secret>[a-f0-9]{40})"/g,
};

export const azureStorageKey: Rule = {
  id: 'azure-storage-key',
  description: 'Azure storage account key in a connection string',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['accountkey='],
  pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g,
};
