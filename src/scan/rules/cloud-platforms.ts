import type { Rule } from '../types.js';
import { B64, fake, HEX, URLSAFE } from './fake.js';

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
  samples: {
    positive: [
      `AWS_BEARER_TOKEN_BEDROCK=${'AB' + 'SK'}${Buffer.from('BedrockAPIKey-' + fake('', 20) + ':' + fake('', 60, undefined, 5)).toString('base64')}`,
      `token: ${'bedrock-' + 'api-key-'}${Buffer.from('bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=' + fake('', 80, undefined, 6)).toString('base64')}`,
    ],
    negative: ['AWS_BEARER_TOKEN_BEDROCK=ABSK...', 'export AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-<token>'],
  },
};

export const gcpApiKey: Rule = {
  id: 'gcp-api-key',
  description: 'Google Cloud / Firebase / Gemini API key (AIza...)',
  severity: 'high',
  category: 'cloud-key',
  keywords: ['aiza'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
  samples: { positive: [`GOOGLE_API_KEY=${fake('AI' + 'za', 35, URLSAFE)}`, `apiKey: "${fake('AI' + 'za', 35, URLSAFE, 4)}",`], negative: ['apiKey: "AIza..."', 'GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'] },
};

export const googleOauthSecret: Rule = {
  id: 'google-oauth-client-secret',
  description: 'Google OAuth client secret (GOCSPX-...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['gocspx-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
  samples: { positive: [`"client_secret": "${fake('GOC' + 'SPX-', 28, URLSAFE)}"`], negative: ['"client_secret": "GOCSPX-..."', 'GOCSPX- marks a Google client secret'] },
};

export const googleOauthToken: Rule = {
  id: 'google-oauth-access-token',
  description: 'Google OAuth 2.0 access token (ya29....)',
  severity: 'high',
  category: 'cloud-key',
  keywords: ['ya29.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>ya29\.[A-Za-z0-9_-]{30,2048})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  samples: { positive: [`Authorization: Bearer ${fake('ya' + '29.', 150, URLSAFE)}`], negative: ['Authorization: Bearer ya29.xxx', 'access tokens start with ya29.'] },
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
  samples: {
    positive: [`AZURE_CLIENT_SECRET=${fake('', 3)}8Q~${fake('', 34, URLSAFE, 9)}`, `"clientSecret": "${fake('', 3, undefined, 2)}7Q~${fake('', 31, URLSAFE, 10)}"`],
    negative: ['AZURE_CLIENT_SECRET=abc8Q~', 'the value looks like xxx8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};

export const alibabaAccessKey: Rule = {
  id: 'alibaba-access-key-id',
  description: 'Alibaba Cloud AccessKey ID (LTAI...)',
  severity: 'high',
  category: 'cloud-key',
  keywords: ['ltai'],
  pattern: /(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/g,
  entropy: 3.5,
  samples: { positive: [`ALIBABA_CLOUD_ACCESS_KEY_ID=${fake('LT' + 'AI', 20)}`], negative: ['ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI****************', 'SALTAIRE is a town'] },
};

export const digitaloceanToken: Rule = {
  id: 'digitalocean-token',
  description: 'DigitalOcean personal access, OAuth or refresh token',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/g,
  entropy: 3,
  samples: { positive: [`DIGITALOCEAN_TOKEN=${fake('do' + 'p_v1_', 64, HEX)}`], negative: ['DIGITALOCEAN_TOKEN=dop_v1_...', 'tokens look like dop_v1_<64 hex>'] },
};

export const herokuKey: Rule = {
  id: 'heroku-api-key',
  description: 'Heroku API key (HRKU-...)',
  severity: 'high',
  category: 'cloud-key',
  keywords: ['hrku-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>HRKU-[A-Za-z0-9_-]{58,60})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
  samples: { positive: [`HEROKU_API_KEY=${fake('HR' + 'KU-AA', 58, URLSAFE)}`], negative: ['HEROKU_API_KEY=HRKU-...', 'HRKU- is the prefix of Heroku keys'] },
};

export const cloudflareOriginCaKey: Rule = {
  id: 'cloudflare-origin-ca-key',
  description: 'Cloudflare Origin CA key (v1.0-...)',
  severity: 'high',
  category: 'cloud-key',
  keywords: ['v1.0-'],
  pattern: /(?<![A-Za-z0-9._-])(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9_-])/g,
  entropy: 3,
  samples: { positive: [`CF_ORIGIN_CA_KEY=${'v1' + '.0-'}${fake('', 24, HEX)}-${fake('', 146, HEX, 3)}`], negative: ['release v1.0-beta', 'v1.0-0123456789abcdef'] },
};

export const flyioToken: Rule = {
  id: 'flyio-token',
  description: 'Fly.io access token (fo1_..., fm1/fm2 macaroon tokens)',
  severity: 'high',
  category: 'cloud-key',
  keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>fo1_[A-Za-z0-9_-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,4096}={0,3})(?![A-Za-z0-9+/=_-])/g,
  entropy: 4,
  samples: { positive: [`FLY_API_TOKEN=${fake('fo' + '1_', 43, URLSAFE)}`, `FLY_API_TOKEN="FlyV1 ${fake('fm' + '2_', 220, B64, 5)}"`], negative: ['FLY_API_TOKEN=fo1_...', 'FlyV1 fm2_<token>'] },
};

export const terraformToken: Rule = {
  id: 'terraform-cloud-token',
  description: 'HashiCorp Terraform Cloud / Enterprise API token (....atlasv1....)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['atlasv1'],
  pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/g,
  entropy: 4,
  samples: { positive: [`token = "${fake('', 14)}.atlas${'v1.'}${fake('', 67, URLSAFE, 4)}"`], negative: ['token = "xxxxxxxxxxxxxx.atlasv1.xxxx"', 'atlasv1 tokens are team or user tokens'] },
};

export const vaultToken: Rule = {
  id: 'vault-token',
  description: 'HashiCorp Vault service or batch token (hvs., hvb.)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['hvs.', 'hvb.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  samples: { positive: [`VAULT_TOKEN=${fake('hv' + 's.', 95, URLSAFE)}`, `VAULT_TOKEN=${fake('hv' + 'b.', 140, URLSAFE, 6)}`], negative: ['VAULT_TOKEN=hvs.xxxx', 'a token prefixed hvs. is a service token'] },
};

export const dopplerToken: Rule = {
  id: 'doppler-token',
  description: 'Doppler personal, service, service account, CLI, SCIM or audit token',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,64}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  samples: { positive: [`DOPPLER_TOKEN=${fake('dp.' + 'pt.', 43)}`, `DOPPLER_TOKEN=${'dp.' + 'st.'}prd.${fake('', 43, undefined, 9)}`], negative: ['DOPPLER_TOKEN=dp.st.xxxx', 'dp.pt. marks a personal token'] },
};

export const pulumiToken: Rule = {
  id: 'pulumi-access-token',
  description: 'Pulumi access token (pul-...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['pul-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/g,
  entropy: 3,
  samples: { positive: [`PULUMI_ACCESS_TOKEN=${fake('pu' + 'l-', 40, HEX)}`], negative: ['PULUMI_ACCESS_TOKEN=pul-...', 'pul-request merged'] },
};

export const databricksToken: Rule = {
  id: 'databricks-token',
  description: 'Databricks personal access token (dapi...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['dapi'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9_-])/g,
  entropy: 3,
  samples: { positive: [`DATABRICKS_TOKEN=${fake('da' + 'pi', 32, HEX)}`, `token = "${fake('da' + 'pi', 32, HEX, 3)}-2"`], negative: ['DATABRICKS_TOKEN=dapi...', 'the dapi prefix; dapi0000000000000000000000000000000'] },
};

export const planetscaleToken: Rule = {
  id: 'planetscale-token',
  description: 'PlanetScale service token, OAuth token or database password (pscale_...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_=.-])/g,
  entropy: 4,
  samples: { positive: [`DATABASE_PASSWORD=${fake('pscale' + '_pw_', 43, URLSAFE)}`], negative: ['DATABASE_PASSWORD=pscale_pw_...', 'pscale_tkn_ is a service token prefix'] },
};

export const supabaseToken: Rule = {
  id: 'supabase-secret',
  description: 'Supabase management access token (sbp_...) or secret API key (sb_secret_...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['sbp_', 'sb_secret_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{30,64})(?![A-Za-z0-9_-])/g,
  entropy: 3,
  samples: { positive: [`SUPABASE_ACCESS_TOKEN=${fake('sb' + 'p_', 40, HEX)}`, `SUPABASE_SECRET_KEY=${fake('sb_' + 'secret_', 31, URLSAFE, 2)}`], negative: ['SUPABASE_ACCESS_TOKEN=sbp_...', 'sb_secret_ keys replace the service_role key'] },
};

export const CLOUD_PLATFORM_RULES: readonly Rule[] = [
  awsBedrockKey, gcpApiKey, googleOauthSecret, googleOauthToken, azureAdClientSecret, alibabaAccessKey, digitaloceanToken, herokuKey,
  cloudflareOriginCaKey, flyioToken, terraformToken, vaultToken, dopplerToken, pulumiToken, databricksToken, planetscaleToken, supabaseToken,
];

