/**
 * Every built-in rule's samples, keyed by rule id. Only the tests import this: the samples stay
 * beside their rules in the sources and out of the shipped bundles (where other scanners, and our
 * own publish gate, would report the literal ones).
 */
import type { RuleSamples } from '../types.js';
import { SAMPLES as aiKeys } from './ai-keys.samples.js';
import { SAMPLES as cloudKeys } from './cloud-keys.samples.js';
import { SAMPLES as cloudPlatforms } from './cloud-platforms.samples.js';
import { SAMPLES as credentialApps } from './credential-apps.samples.js';
import { SAMPLES as credentialFiles } from './credential-files.samples.js';
import { SAMPLES as devPlatforms } from './dev-platforms.samples.js';
import { SAMPLES as dockerfileSecret } from './dockerfile-secret.samples.js';
import { SAMPLES as genericSecret } from './generic-secret.samples.js';
import { SAMPLES as githubToken } from './github-token.samples.js';
import { SAMPLES as httpCredentials } from './http-credentials.samples.js';
import { SAMPLES as identity } from './identity.samples.js';
import { SAMPLES as ipAddress } from './ip-address.samples.js';
import { SAMPLES as jwt } from './jwt.samples.js';
import { SAMPLES as licenseKey } from './license-key.samples.js';
import { SAMPLES as packageTokens } from './package-tokens.samples.js';
import { SAMPLES as passwordArgument } from './password-argument.samples.js';
import { SAMPLES as passwordAssignment } from './password-assignment.samples.js';
import { SAMPLES as payload } from './payload.samples.js';
import { SAMPLES as providerFormats } from './provider-formats.samples.js';
import { SAMPLES as privateKey } from './private-key.samples.js';
import { SAMPLES as registry } from './registry.samples.js';
import { SAMPLES as saasKeys } from './saas-keys.samples.js';
import { SAMPLES as saasServices } from './saas-services.samples.js';
import { SAMPLES as signedUrl } from './signed-url.samples.js';
import { SAMPLES as urlCredentials } from './url-credentials.samples.js';

export const RULE_SAMPLES: Readonly<Record<string, RuleSamples>> = { ...aiKeys, ...cloudKeys, ...cloudPlatforms, ...credentialApps, ...credentialFiles, ...devPlatforms, ...dockerfileSecret, ...genericSecret, ...githubToken, ...httpCredentials, ...identity, ...ipAddress, ...jwt, ...licenseKey, ...packageTokens, ...passwordArgument, ...passwordAssignment, ...payload, ...privateKey, ...providerFormats, ...registry, ...saasKeys, ...saasServices, ...signedUrl, ...urlCredentials };
