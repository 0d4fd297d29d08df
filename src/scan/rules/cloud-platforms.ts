import type { Rule } from '../types.js';

// Cloud platform credentials with a published, recognisable shape.

export const awsBedrockKey: Rule = {
  id: 'aws-bedrock-api-key',
  description: 'Amazon Bedrock API key (long-term ABSK... or short-term bedrock-api-key-...)',
  severity: 'critical',
  category: 'cloud-key',
  // Long-term keys are ABSK + base64 of "BedrockAPIKey-..."; short-term ones base64 of "bedrock.amazonaws.com/...".
  keywords: ['absk', 'bedrock-api-key-'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{80,400}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{60,4096}={0,2})(?![A-Za-z0-9+/=])/g,
  entropy: 4,
};

export const gcpApiKey: Rule = {
  id: 'gcp-api-key',
  description: 'Google Cloud / Firebase / Gemini API key (AIza...)',
  severity: 'high',
  category: 'cloud-key',
  keywords: ['aiza'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
};

export const googleOauthSecret: Rule = {
  id: 'google-oauth-client-secret',
  description: 'Google OAuth client secret (GOCSPX-...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['gocspx-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
};

export const googleOauthToken: Rule = {
  id: 'google-oauth-access-token',
  description: 'Google OAuth 2.0 access token (ya29....) or refresh token (1//0...)',
  severity: 'high',
  category: 'cloud-key',
  // Google OAuth access tokens start "ya29."; refresh tokens (gcloud's application_default_credentials.json) "1//0".
  keywords: ['ya29.', '1//0'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>ya29\.[A-Za-z0-9_-]{30,2048}|1\/\/0[A-Za-z0-9_-]{40,400})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const azureAdClientSecret: Rule = {
  id: 'azure-ad-client-secret',
  description: 'Microsoft Entra ID (Azure AD) application client secret',
  severity: 'critical',
  category: 'cloud-key',
  // Secret values issued since 2021: three characters, a digit, "Q~", then 31 to 34 more.
  keywords: ['q~'],
  pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g,
  entropy: 3.5,
};

export const alibabaAccessKey: Rule = {
  id: 'alibaba-access-key-id',
  description: 'Alibaba Cloud AccessKey ID (LTAI...)',
  severity: 'high',
  category: 'cloud-key',
  keywords: ['ltai'],
  pattern: /(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/g,
  entropy: 3.5,
};

export const digitaloceanToken: Rule = {
  id: 'digitalocean-token',
  description: 'DigitalOcean personal access, OAuth or refresh token',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/g,
  entropy: 3,
};

export const herokuKey: Rule = {
  id: 'heroku-api-key',
  description: 'Heroku API key (HRKU-..., or a legacy UUID key beside HEROKU_API_KEY)',
  severity: 'high',
  category: 'cloud-key',
  // Heroku API keys: "HRKU-" + 60 characters since 2024; before, a UUID (HEROKU_API_KEY, `heroku auth:token`).
  keywords: ['hrku-', 'heroku'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>HRKU-[A-Za-z0-9_-]{58,60})(?![A-Za-z0-9_-])|heroku[._-]?(?:api[._-]?)?(?:key|token)(?:["']?[ \t]*(?:=>|[:=])[ \t]*["']?|>)(?<secret2>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/gi,
  entropy: 3,
};

export const cloudflareOriginCaKey: Rule = {
  id: 'cloudflare-origin-ca-key',
  description: 'Cloudflare Origin CA key (v1.0-...)',
  severity: 'high',
  category: 'cloud-key',
  keywords: ['v1.0-'],
  pattern: /(?<![A-Za-z0-9._-])(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const flyioToken: Rule = {
  id: 'flyio-token',
  description: 'Fly.io access token (fo1_..., fm1/fm2 macaroon tokens)',
  severity: 'high',
  category: 'cloud-key',
  keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>fo1_[A-Za-z0-9_-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,4096}={0,3})(?![A-Za-z0-9+/=_-])/g,
  entropy: 4,
};

export const terraformToken: Rule = {
  id: 'terraform-cloud-token',
  description: 'HashiCorp Terraform Cloud / Enterprise API token (....atlasv1....)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['atlasv1'],
  pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/g,
  entropy: 4,
};

export const vaultToken: Rule = {
  id: 'vault-token',
  description: 'HashiCorp Vault service or batch token (hvs., hvb.; legacy s. / b. under a Vault name)',
  severity: 'critical',
  category: 'cloud-key',
  // Vault 1.10+ tokens: "hvs." service (90+ characters) and "hvb." batch; before 1.10, "s." + 24 alphanumerics and
  // "b." batch tokens, and root tokens "hvs." + 24: too short to tell apart alone, so only as VAULT_TOKEN, X-Vault-Token,
  // a root or client token.
  keywords: ['hvs.', 'hvb.', 'vault_token', 'vaulttoken', 'vault.token', 'vault-token', 'x-vault-token', 'root token', 'root_token', 'roottoken', 'client_token', 'clienttoken', 'vault token'],
  pattern:
    /(?<![A-Za-z0-9_.-])(?<secret>hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])|(?:vault[_ .-]?token|x-vault-token|root[_ .-]?token|client[_.]?token)(?:["']?[ \t]*(?:=>|[:=])[ \t]*["']?|>)(?<secret2>(?:hvs|s)\.[A-Za-z0-9]{24}|b\.[A-Za-z0-9_-]{80,300})(?![A-Za-z0-9_-])/gi,
  entropy: 4,
};

export const dopplerToken: Rule = {
  id: 'doppler-token',
  description: 'Doppler personal, service, service account, CLI, SCIM or audit token',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,64}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const pulumiToken: Rule = {
  id: 'pulumi-access-token',
  description: 'Pulumi access token (pul-...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['pul-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const databricksToken: Rule = {
  id: 'databricks-token',
  description: 'Databricks personal access token (dapi...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['dapi'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const planetscaleToken: Rule = {
  id: 'planetscale-token',
  description: 'PlanetScale service token, OAuth token or database password (pscale_...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_=.-])/g,
  entropy: 4,
};

export const supabaseToken: Rule = {
  id: 'supabase-secret',
  description: 'Supabase management access token (sbp_...) or secret API key (sb_secret_...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['sbp_', 'sb_secret_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{30,64})(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const CLOUD_PLATFORM_RULES: readonly Rule[] = [
  awsBedrockKey, gcpApiKey, googleOauthSecret, googleOauthToken, azureAdClientSecret, alibabaAccessKey, digitaloceanToken, herokuKey,
  cloudflareOriginCaKey, flyioToken, terraformToken, vaultToken, dopplerToken, pulumiToken, databricksToken, planetscaleToken, supabaseToken,
];

