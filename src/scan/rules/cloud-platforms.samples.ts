import type { RuleSamples } from '../types.js';
import { B64, fake, HEX, URLSAFE } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'aws-bedrock-api-key': {
    positive: [
      `AWS_BEARER_TOKEN_BEDROCK=${'AB' + 'SK'}${Buffer.from('BedrockAPIKey-' + fake('', 20) + ':' + fake('', 60, undefined, 5)).toString('base64')}`,
      `token: ${'bedrock-' + 'api-key-'}${Buffer.from('bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=' + fake('', 80, undefined, 6)).toString('base64')}`,
    ],
    negative: ['AWS_BEARER_TOKEN_BEDROCK=ABSK...', 'export AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-<token>'],
  },
  'gcp-api-key': { positive: [`GOOGLE_API_KEY=${fake('AI' + 'za', 35, URLSAFE)}`, `apiKey: "${fake('AI' + 'za', 35, URLSAFE, 4)}",`], negative: ['apiKey: "AIza..."', 'GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'] },
  'google-oauth-client-secret': { positive: [`"client_secret": "${fake('GOC' + 'SPX-', 28, URLSAFE)}"`], negative: ['"client_secret": "GOCSPX-..."', 'GOCSPX- marks a Google client secret'] },
  'google-oauth-access-token': {
    positive: [`Authorization: Bearer ${fake('ya' + '29.', 150, URLSAFE)}`, `{"client_id": "7641-acme.apps.googleusercontent.com", "refresh_token": "${fake('1/' + '/0', 100, URLSAFE, 3)}", "type": "authorized_user"}`],
    negative: ['Authorization: Bearer ya29.xxx', 'access tokens start with ya29.', 'ratio = 1//0 if strict else 0', '"refresh_token": "1//0..."'],
  },
  'azure-ad-client-secret': {
    positive: [`AZURE_CLIENT_SECRET=${fake('', 3)}8Q~${fake('', 34, URLSAFE, 9)}`, `"clientSecret": "${fake('', 3, undefined, 2)}7Q~${fake('', 31, URLSAFE, 10)}"`],
    negative: ['AZURE_CLIENT_SECRET=abc8Q~', 'the value looks like xxx8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'alibaba-access-key-id': { positive: [`ALIBABA_CLOUD_ACCESS_KEY_ID=${fake('LT' + 'AI', 20)}`], negative: ['ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI****************', 'SALTAIRE is a town'] },
  'digitalocean-token': { positive: [`DIGITALOCEAN_TOKEN=${fake('do' + 'p_v1_', 64, HEX)}`], negative: ['DIGITALOCEAN_TOKEN=dop_v1_...', 'tokens look like dop_v1_<64 hex>'] },
  'heroku-api-key': {
    positive: [`HEROKU_API_KEY=${fake('HR' + 'KU-AA', 58, URLSAFE)}`, `HEROKU_API_KEY=${[8, 4, 4, 4, 12].map((n, i) => fake('', n, HEX, 30 + i)).join('-')}`],
    negative: ['HEROKU_API_KEY=HRKU-...', 'HRKU- is the prefix of Heroku keys', 'HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}', `heroku app id ${[8, 4, 4, 4, 12].map((n, i) => fake('', n, HEX, 40 + i)).join('-')}`],
  },
  'cloudflare-origin-ca-key': { positive: [`CF_ORIGIN_CA_KEY=${'v1' + '.0-'}${fake('', 24, HEX)}-${fake('', 146, HEX, 3)}`], negative: ['release v1.0-beta', 'v1.0-0123456789abcdef'] },
  'flyio-token': { positive: [`FLY_API_TOKEN=${fake('fo' + '1_', 43, URLSAFE)}`, `FLY_API_TOKEN="FlyV1 ${fake('fm' + '2_', 220, B64, 5)}"`], negative: ['FLY_API_TOKEN=fo1_...', 'FlyV1 fm2_<token>'] },
  'terraform-cloud-token': { positive: [`token = "${fake('', 14)}.atlas${'v1.'}${fake('', 67, URLSAFE, 4)}"`], negative: ['token = "xxxxxxxxxxxxxx.atlasv1.xxxx"', 'atlasv1 tokens are team or user tokens'] },
  'vault-token': {
    positive: [
      `VAULT_TOKEN=${fake('hv' + 's.', 95, URLSAFE)}`,
      `VAULT_TOKEN=${fake('hv' + 'b.', 140, URLSAFE, 6)}`,
      `export VAULT_TOKEN=${fake('s' + '.', 24, undefined, 7)}`,
      `Unseal Key 1: <kept offline>\n\nInitial Root Token: ${fake('s' + '.', 24, undefined, 8)}`,
      `curl -H "X-Vault-Token: ${fake('s' + '.', 24, undefined, 9)}" https://vault.acme.io:8200/v1/secret/data/app`,
      `Unseal Key 1: <kept offline>\n\nInitial Root Token: ${fake('hv' + 's.', 24, undefined, 11)}`,
      `<configuration>\n  <vaultToken>${fake('s' + '.', 24, undefined, 12)}</vaultToken>\n</configuration>`,
    ],
    negative: ['VAULT_TOKEN=hvs.xxxx', 'a token prefixed hvs. is a service token', 'VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx', 'vault token lookup', `the file ${fake('s' + '.', 24, undefined, 10)} (no Vault name)`],
  },
  'doppler-token': { positive: [`DOPPLER_TOKEN=${fake('dp.' + 'pt.', 43)}`, `DOPPLER_TOKEN=${'dp.' + 'st.'}prd.${fake('', 43, undefined, 9)}`], negative: ['DOPPLER_TOKEN=dp.st.xxxx', 'dp.pt. marks a personal token'] },
  'pulumi-access-token': { positive: [`PULUMI_ACCESS_TOKEN=${fake('pu' + 'l-', 40, HEX)}`], negative: ['PULUMI_ACCESS_TOKEN=pul-...', 'pul-request merged'] },
  'databricks-token': { positive: [`DATABRICKS_TOKEN=${fake('da' + 'pi', 32, HEX)}`, `token = "${fake('da' + 'pi', 32, HEX, 3)}-2"`], negative: ['DATABRICKS_TOKEN=dapi...', 'the dapi prefix; dapi0000000000000000000000000000000'] },
  'planetscale-token': { positive: [`DATABASE_PASSWORD=${fake('pscale' + '_pw_', 43, URLSAFE)}`], negative: ['DATABASE_PASSWORD=pscale_pw_...', 'pscale_tkn_ is a service token prefix'] },
  'supabase-secret': { positive: [`SUPABASE_ACCESS_TOKEN=${fake('sb' + 'p_', 40, HEX)}`, `SUPABASE_SECRET_KEY=${fake('sb_' + 'secret_', 31, URLSAFE, 2)}`], negative: ['SUPABASE_ACCESS_TOKEN=sbp_...', 'sb_secret_ keys replace the service_role key'] },
};
