// Token formats of the providers the scanner already names (docs/scan.md's rule table), written
// from each provider's documented prefix, length and alphabet (one line each: what was relied on).
// `env` is the name the provider's docs use; `decoy` a public or non-secret look-alike.
import { ALNUM, B64, DIGITS, HEX, LOWER, LOWER_ALNUM, UPPER_ALNUM, URLSAFE, badChecksumToken, checksummedToken } from '../lib.mjs';

const w = (s) => s.split('_');
const jwtPart = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');

export default [
  // GitHub: ghp_/gho_/ghu_/ghs_/ghr_ + 30 base62 + 6-char CRC32 checksum; github_pat_ + 22 + _ + 59.
  ...['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'].map((p) => ({ family: 'github', env: w('github_token'), prefix: p, make: (g) => checksummedToken(g, p) })),
  // A checksum that fails is still reported (as shape, at lower severity): issue 21 part 4.
  { family: 'github', env: w('github_token'), prefix: 'ghp_', make: (g) => badChecksumToken(g, 'gh' + 'p_') },
  { family: 'github', env: w('gh_pat'), prefix: 'github_pat_', make: (g) => `github_pat_${g.str(22, ALNUM)}_${g.str(59, ALNUM)}` },
  // npm: npm_ + 30 base62 + 6-char CRC32 checksum.
  { family: 'npm', env: w('npm_token'), prefix: 'npm_', make: (g) => checksummedToken(g, 'np' + 'm_') },
  // GitLab: glpat- + 20 (older) or longer routable tokens; deploy gldt-, runner glrt-, trigger glptt- + 40 hex.
  { family: 'gitlab', env: w('gitlab_token'), prefix: 'glpat-', make: (g) => 'glpat-' + g.str(20, URLSAFE) },
  { family: 'gitlab', env: w('ci_deploy_token'), prefix: 'gldt-', make: (g) => 'gldt-' + g.str(20, URLSAFE) },
  { family: 'gitlab', env: w('runner_token'), prefix: 'glrt-', make: (g) => 'glrt-' + g.str(20, URLSAFE) },
  { family: 'gitlab', env: w('trigger_token'), prefix: 'glptt-', make: (g) => 'glptt-' + g.str(40, HEX) },
  // PyPI: pypi- + base64url macaroon starting AgEIcHlwaS5vcmc (location "pypi.org").
  { family: 'pypi', env: w('pypi_token'), prefix: 'pypi-', make: (g) => 'pypi-AgEIcHlwaS5vcmc' + g.str(140, URLSAFE) },
  // Docker Hub: dckr_pat_ + 27 base64url.
  { family: 'dockerhub', env: w('docker_hub_token'), prefix: 'dckr_pat_', make: (g) => 'dckr_pat_' + g.str(27, URLSAFE) },
  // AWS: access key id AKIA/ASIA + 16 base32 capitals; secret 40 base64.
  { family: 'aws', env: w('aws_access_key_id'), prefix: 'AKIA', make: (g) => 'AK' + 'IA' + g.str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') },
  { family: 'aws', env: w('aws_secret_access_key'), prefix: '', make: (g) => g.str(40, B64) },
  // Azure storage: AccountKey = base64 of 64 bytes (88 characters) in a connection string.
  { family: 'azure', env: w('azure_storage_connection_string'), prefix: 'DefaultEndpointsProtocol=https;AccountName=', make: (g) => `DefaultEndpointsProtocol=https;AccountName=st${g.str(8, LOWER_ALNUM)};AccountKey=${g.bytes(64).toString('base64')};EndpointSuffix=core.windows.net` },
  // Entra ID client secret: 3 characters, 8Q~, 34 more (Q~ in the 4th-5th place).
  { family: 'azure', env: w('azure_client_secret'), prefix: '', make: (g) => `${g.str(3, ALNUM)}8Q~${g.str(34, ALNUM + '_.-')}` },
  // Google: API key AIza + 35; OAuth client secret GOCSPX- + 28; access token ya29. + ~150.
  { family: 'gcp', env: w('google_api_key'), prefix: 'AIza', make: (g) => 'AI' + 'za' + g.str(35, URLSAFE) },
  { family: 'gcp', env: w('google_client_secret'), prefix: 'GOCSPX-', make: (g) => 'GOCSPX-' + g.str(28, URLSAFE) },
  { family: 'gcp', env: w('google_access_token'), prefix: 'ya29.', make: (g) => 'ya29.' + g.str(150, URLSAFE) },
  // Slack: xoxb-/xoxp- numeric ids and 24-32 alphanumerics; app-level xapp-1-; incoming webhook URL.
  { family: 'slack', env: w('slack_bot_token'), prefix: 'xoxb-', make: (g) => `xoxb-${g.str(12, DIGITS)}-${g.str(13, DIGITS)}-${g.str(24, ALNUM)}` },
  { family: 'slack', env: w('slack_user_token'), prefix: 'xoxp-', make: (g) => `xoxp-${g.str(12, DIGITS)}-${g.str(12, DIGITS)}-${g.str(13, DIGITS)}-${g.str(32, HEX)}` },
  { family: 'slack', env: w('slack_app_token'), prefix: 'xapp-', make: (g) => `xapp-1-A${g.str(10, UPPER_ALNUM)}-${g.str(13, DIGITS)}-${g.str(64, HEX)}` },
  { family: 'slack', env: w('slack_webhook_url'), prefix: 'https://hooks.slack.com/services/', make: (g) => `https://hooks.slack.com/services/T${g.str(10, UPPER_ALNUM)}/B${g.str(10, UPPER_ALNUM)}/${g.str(24, ALNUM)}` },
  // Stripe: sk_live_/rk_live_ + 24 or 99 alphanumerics; whsec_ + 32. Publishable pk_live_ is public.
  { family: 'stripe', env: w('stripe_secret_key'), prefix: 'sk_live_', make: (g) => 'sk_' + 'live_' + g.str(g.int(2) ? 24 : 99, ALNUM), decoy: (g) => [w('stripe_publishable_key'), 'pk_' + 'live_' + g.str(99, ALNUM)] },
  { family: 'stripe', env: w('stripe_restricted_key'), prefix: 'rk_live_', make: (g) => 'rk_' + 'live_' + g.str(99, ALNUM) },
  { family: 'stripe', env: w('stripe_webhook_secret'), prefix: 'whsec_', make: (g) => 'whsec_' + g.str(32, ALNUM) },
  // SendGrid: SG. + 22 + . + 43 base64url. Twilio: API key SK + 32 hex, auth token 32 hex. Mailgun: key- + 32 hex.
  { family: 'sendgrid', env: w('sendgrid_api_key'), prefix: 'SG.', make: (g) => `SG.${g.str(22, URLSAFE)}.${g.str(43, URLSAFE)}` },
  { family: 'twilio', env: w('twilio_auth_token'), prefix: '', make: (g) => g.str(32, HEX), decoy: (g) => [w('twilio_account_sid'), 'AC' + g.str(32, HEX)] },
  { family: 'mailgun', env: w('mailgun_api_key'), prefix: 'key-', make: (g) => 'key-' + g.str(32, HEX) },
  // OpenAI: sk-proj- / sk-svcacct- / sk-admin- + long base64url with T3BlbkFJ inside. Anthropic: sk-ant-api03- + 93 + AA.
  { family: 'openai', env: w('openai_api_key'), prefix: 'sk-proj-', make: (g) => `sk-${g.pick(['proj', 'svcacct', 'admin'])}-${g.str(74, URLSAFE)}T3BlbkFJ${g.str(74, URLSAFE)}` },
  { family: 'anthropic', env: w('anthropic_api_key'), prefix: 'sk-ant-api03-', make: (g) => `sk-ant-${g.pick(['api03', 'admin01'])}-${g.str(93, URLSAFE)}AA` },
  // AI platforms: hf_ + 34 letters; gsk_ + 52; pplx- + 48; xai- + 80; r8_ + 37; lsv2_pt_/lsv2_sk_ + 32 hex _ 10 hex.
  { family: 'huggingface', env: w('hf_token'), prefix: 'hf_', make: (g) => 'hf_' + g.str(34, LOWER + LOWER.toUpperCase()) },
  { family: 'groq', env: w('groq_api_key'), prefix: 'gsk_', make: (g) => 'gsk_' + g.str(52, ALNUM) },
  { family: 'perplexity', env: w('perplexity_api_key'), prefix: 'pplx-', make: (g) => 'pplx-' + g.str(48, ALNUM) },
  { family: 'xai', env: w('xai_api_key'), prefix: 'xai-', make: (g) => 'xai-' + g.str(80, ALNUM) },
  { family: 'replicate', env: w('replicate_api_token'), prefix: 'r8_', make: (g) => 'r8_' + g.str(37, ALNUM) },
  { family: 'langsmith', env: w('langsmith_api_key'), prefix: 'lsv2_pt_', make: (g) => `lsv2_${g.pick(['pt', 'sk'])}_${g.str(32, HEX)}_${g.str(10, HEX)}` },
  // Amazon Bedrock long-term API key: ABSK + base64 of "BedrockAPIKey-..." material.
  { family: 'aws-bedrock', env: w('aws_bearer_token_bedrock'), prefix: 'ABSK', make: (g) => 'ABSK' + Buffer.from(`BedrockAPIKey-${g.str(4, LOWER_ALNUM)}-at-${g.str(12, DIGITS)}:${g.str(40, B64)}`).toString('base64') },
  // Cloud platforms: LTAI + 20 (Alibaba); dop_v1_ + 64 hex; HRKU- + 60; Origin CA v1.0- 24 hex - 146 hex; fo1_ + 43.
  { family: 'alibaba', env: w('alibaba_cloud_access_key_id'), prefix: 'LTAI', make: (g) => 'LTAI' + g.str(20, ALNUM) },
  { family: 'digitalocean', env: w('digitalocean_token'), prefix: 'dop_v1_', make: (g) => `${g.pick(['dop', 'doo', 'dor'])}_v1_${g.str(64, HEX)}` },
  { family: 'heroku', env: w('heroku_api_key'), prefix: 'HRKU-', make: (g) => 'HRKU-AA' + g.str(58, URLSAFE) },
  { family: 'cloudflare', env: w('cf_origin_ca_key'), prefix: 'v1.0-', make: (g) => `v1.0-${g.str(24, HEX)}-${g.str(146, HEX)}` },
  { family: 'flyio', env: w('fly_api_token'), prefix: 'fo1_', make: (g) => 'fo1_' + g.str(43, URLSAFE) },
  // HashiCorp Terraform Cloud: 14 + .atlasv1. + 67 (Vault's hvs./hvb./s. forms are in tokens-new).
  { family: 'terraform-cloud', env: w('tfe_token'), prefix: '', make: (g) => `${g.str(14, ALNUM)}.atlasv1.${g.str(67, ALNUM)}` },
  // Doppler dp.pt./dp.st. + 43; Pulumi pul- + 40 hex; Databricks dapi + 32 hex; PlanetScale pscale_tkn_ + 43; Supabase sbp_ + 40 hex.
  { family: 'doppler', env: w('doppler_token'), prefix: 'dp.st.', make: (g) => `dp.${g.pick(['pt', 'st', 'sa'])}.${g.str(43, ALNUM)}` },
  { family: 'pulumi', env: w('pulumi_access_token'), prefix: 'pul-', make: (g) => 'pul-' + g.str(40, HEX) },
  { family: 'databricks', env: w('databricks_token'), prefix: 'dapi', make: (g) => 'dapi' + g.str(32, HEX) },
  { family: 'planetscale', env: w('planetscale_service_token'), prefix: 'pscale_tkn_', make: (g) => 'pscale_tkn_' + g.str(43, URLSAFE) },
  { family: 'supabase', env: w('supabase_access_token'), prefix: 'sbp_', make: (g) => 'sbp_' + g.str(40, HEX) },
  // CI and developer platforms: API- + 26 (Octopus); squ_ + 40 hex (SonarQube); bkua_ + 40 hex; CCIPAT_ + 22 _ 40 hex.
  { family: 'octopus', env: w('octopus_api_key'), prefix: 'API-', make: (g) => 'API-' + g.str(26, UPPER_ALNUM) },
  { family: 'sonarqube', env: w('sonar_token'), prefix: 'squ_', make: (g) => `${g.pick(['squ', 'sqp', 'sqa'])}_${g.str(40, HEX)}` },
  { family: 'buildkite', env: w('buildkite_api_token'), prefix: 'bkua_', make: (g) => 'bkua_' + g.str(40, HEX) },
  { family: 'circleci', env: w('circle_token'), prefix: 'CCIPAT_', make: (g) => `CCIPAT_${g.str(22, ALNUM)}_${g.str(40, HEX)}` },
  // tskey-<kind>-<id>-<secret>; AGE-SECRET-KEY-1 + 58 bech32 capitals; ops_ + base64 JSON.
  { family: 'tailscale', env: w('ts_authkey'), prefix: 'tskey-auth-', make: (g) => `tskey-${g.pick(['auth', 'api', 'client'])}-k${g.str(10, ALNUM)}CNTRL-${g.str(33, ALNUM)}` },
  { family: 'age', env: w('sops_age_key'), prefix: 'AGE-SECRET-KEY-1', make: (g) => 'AGE-SECRET-KEY-1' + g.str(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L') },
  { family: '1password', env: w('op_service_account_token'), prefix: 'ops_', make: (g) => 'ops_' + jwtPart({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: g.str(22, URLSAFE) }, email: `${g.str(26, LOWER_ALNUM)}@1passwordserviceaccounts.com`, srpX: g.str(64, HEX), muk: { k: g.str(43, URLSAFE) }, secretKey: `A3-${g.str(6, UPPER_ALNUM)}-${g.str(6, UPPER_ALNUM)}`, deviceUuid: g.str(26, LOWER_ALNUM) }) },
  // JFrog AKCp + 69; Atlassian ATATT3 + 186 ending in 8 hex; Postman PMAK- 24 hex - 34 hex; RubyGems rubygems_ + 48 hex.
  { family: 'jfrog', env: w('artifactory_api_key'), prefix: 'AKCp', make: (g) => 'AKCp' + g.str(69, ALNUM) },
  { family: 'atlassian', env: w('jira_api_token'), prefix: 'ATATT3', make: (g) => `ATATT3xFfGF0${g.str(172, URLSAFE)}=${g.str(8, '0123456789ABCDEF')}` },
  { family: 'postman', env: w('postman_api_key'), prefix: 'PMAK-', make: (g) => `PMAK-${g.str(24, HEX)}-${g.str(34, HEX)}` },
  { family: 'rubygems', env: w('gem_host_api_key'), prefix: 'rubygems_', make: (g) => 'rubygems_' + g.str(48, HEX) },
  // NuGet oy2 + 43 lower alnum; Clojars CLOJARS_ + 60 hex; Sentry sntryu_ + 64 hex; Grafana glsa_ + 32 _ 8 hex.
  { family: 'nuget', env: w('nuget_api_key'), prefix: 'oy2', make: (g) => 'oy2' + g.str(43, LOWER_ALNUM) },
  { family: 'clojars', env: w('clojars_deploy_token'), prefix: 'CLOJARS_', make: (g) => 'CLOJARS_' + g.str(60, HEX) },
  { family: 'sentry', env: w('sentry_auth_token'), prefix: 'sntryu_', make: (g) => 'sntryu_' + g.str(64, HEX), decoy: (g) => [w('sentry_dsn'), `https://${g.str(32, HEX)}@o${g.str(6, DIGITS)}.ingest.sentry.io/${g.str(7, DIGITS)}`] },
  { family: 'grafana', env: w('grafana_service_account_token'), prefix: 'glsa_', make: (g) => `glsa_${g.str(32, ALNUM)}_${g.str(8, HEX)}` },
  // New Relic: NRAK- + 27 capitals/digits (user key); ingest license key 36 hex + NRAL; Dynatrace dt0c01.24.64.
  { family: 'new-relic', env: w('new_relic_api_key'), prefix: 'NRAK-', make: (g) => 'NRAK-' + g.str(27, UPPER_ALNUM) },
  { family: 'new-relic', env: w('new_relic_license_key'), prefix: '', make: (g) => g.str(36, HEX) + 'NRAL' },
  { family: 'dynatrace', env: w('dt_api_token'), prefix: 'dt0c01.', make: (g) => `dt0c01.${g.str(24, UPPER_ALNUM)}.${g.str(64, UPPER_ALNUM)}` },
  // Sourcegraph sgp_ + 40 hex; Prefect pnu_ + 36; Contentful CFPAT- + 43; Linear lin_api_ + 40; Notion ntn_ + 46; Figma figd_ + 40.
  { family: 'sourcegraph', env: w('src_access_token'), prefix: 'sgp_', make: (g) => `sgp_${g.str(16, HEX)}_${g.str(40, HEX)}` },
  { family: 'prefect', env: w('prefect_api_key'), prefix: 'pnu_', make: (g) => 'pnu_' + g.str(36, ALNUM) },
  { family: 'contentful', env: w('contentful_management_token'), prefix: 'CFPAT-', make: (g) => 'CFPAT-' + g.str(43, URLSAFE) },
  { family: 'linear', env: w('linear_api_key'), prefix: 'lin_api_', make: (g) => 'lin_api_' + g.str(40, ALNUM) },
  { family: 'notion', env: w('notion_token'), prefix: 'ntn_', make: (g) => `ntn_${g.str(11, DIGITS)}${g.str(35, ALNUM)}` },
  { family: 'figma', env: w('figma_token'), prefix: 'figd_', make: (g) => 'figd_' + g.str(40, URLSAFE) },
  // Meta EAA + long alphanumerics; Telegram bot id:35; Discord webhook URL id/68; Teams webhook (see tokens-new).
  { family: 'facebook', env: w('facebook_access_token'), prefix: 'EAAC', make: (g) => 'EAAC' + g.str(180, ALNUM) },
  { family: 'telegram', env: w('telegram_bot_token'), prefix: '', make: (g) => `${g.str(10, DIGITS)}:AA${g.str(33, URLSAFE)}` },
  { family: 'discord', env: w('discord_webhook_url'), prefix: 'https://discord.com/api/webhooks/', make: (g) => `https://discord.com/api/webhooks/${g.str(19, DIGITS)}/${g.str(68, URLSAFE)}` },
  // Commerce: shpat_/shpss_ + 32 hex; Square EAAA + 60 / sq0csp- + 43; Braintree access_token$production$16$32 hex.
  { family: 'shopify', env: w('shopify_access_token'), prefix: 'shpat_', make: (g) => `${g.pick(['shpat', 'shpca', 'shppa', 'shpss'])}_${g.str(32, HEX)}` },
  { family: 'square', env: w('square_access_token'), prefix: 'EAAA', make: (g) => (g.int(2) ? 'EAAA' + g.str(60, URLSAFE) : 'sq0csp-' + g.str(43, URLSAFE)) },
  { family: 'braintree', env: w('braintree_access_token'), prefix: 'access_token$production$', make: (g) => `access_token$production$${g.str(16, LOWER_ALNUM)}$${g.str(32, HEX)}` },
  // Mailchimp 32 hex + -us<dc>; Brevo xkeysib- 64 hex - 16; Shippo shippo_live_ + 40 hex; EasyPost EZAK + 54.
  { family: 'mailchimp', env: w('mailchimp_api_key'), prefix: '', make: (g) => `${g.str(32, HEX)}-us${g.int(20) + 1}` },
  { family: 'brevo', env: w('brevo_api_key'), prefix: 'xkeysib-', make: (g) => `xkeysib-${g.str(64, HEX)}-${g.str(16, ALNUM)}` },
  { family: 'shipping', env: w('shippo_api_token'), prefix: 'shippo_live_', make: (g) => (g.int(2) ? 'shippo_live_' + g.str(40, HEX) : 'EZAK' + g.str(54, ALNUM)) },
  // Flutterwave FLWSECK- 32 hex -X; Plaid access-production-<uuid>; Adobe p8e- + 32; Mapbox sk.eyJ...; Duffel duffel_live_ + 43.
  { family: 'flutterwave', env: w('flw_secret_key'), prefix: 'FLWSECK-', make: (g) => `FLWSECK-${g.str(32, HEX)}-X` },
  { family: 'plaid', env: w('plaid_access_token'), prefix: 'access-production-', make: (g) => `access-production-${g.uuid()}` },
  { family: 'adobe', env: w('adobe_client_secret'), prefix: 'p8e-', make: (g) => 'p8e-' + g.str(32, URLSAFE) },
  { family: 'mapbox', env: w('mapbox_secret_token'), prefix: 'sk.eyJ', make: (g) => `sk.${jwtPart({ u: g.str(8, LOWER), a: g.str(25, LOWER_ALNUM) })}.${g.str(22, URLSAFE)}`, decoy: (g) => [w('mapbox_public_token'), `pk.${jwtPart({ u: g.str(8, LOWER), a: g.str(25, LOWER_ALNUM) })}.${g.str(22, URLSAFE)}`] },
  { family: 'saas-platform', env: w('duffel_access_token'), prefix: 'duffel_live_', make: (g) => 'duffel_live_' + g.str(43, URLSAFE) },
  // JWT (a session token in a config), url credentials, SMTP passwords in URLs.
  { family: 'jwt', env: w('api_session_token'), prefix: 'eyJ', make: (g) => `${jwtPart({ alg: 'HS256', typ: 'JWT' })}.${jwtPart({ sub: g.str(10, DIGITS), name: 'svc-reporting', iat: 1710000000 + g.int(9999999) })}.${g.str(43, URLSAFE)}` },
  { family: 'url-credentials', env: w('database_url'), prefix: 'postgres://', make: (g) => `postgres://app:${g.str(18, ALNUM)}@db-${g.str(4, LOWER)}.fabrikam.dev:5432/orders`, decoy: (g) => [w('database_url'), 'postgres://user:password@localhost:5432/orders'] },
  { family: 'smtp', env: w('smtp_url'), prefix: 'smtps://', make: (g) => `smtps://postmaster:${g.str(16, ALNUM)}@smtp.fabrikam.dev:465` },
];
