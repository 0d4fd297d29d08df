// Provider formats issue 21 (part 2) asks for, from each provider's documentation; the default
// export is placed by providers.mjs, `files` are formats that live in a file of their own
// (vault operator init output, a kubeadm config).
import { ALNUM, BASE32_LOWER, DIGITS, Doc, HEX, LOWER_ALNUM, UPPER_ALNUM, URLSAFE } from '../lib.mjs';

const w = (s) => s.split('_');

export default [
  // Adafruit IO key: aio_ + 28 alphanumerics (io.adafruit.com "My Key").
  { family: 'adafruit-io', env: w('adafruit_io_key'), prefix: 'aio_', make: (g) => 'aio_' + g.str(28, ALNUM) },
  // crates.io API token: cio + 32 alphanumerics (cargo login).
  { family: 'crates-io', env: w('cargo_registry_token'), prefix: 'cio', make: (g) => 'cio' + g.str(32, ALNUM) },
  // Dependency-Track API key: odt_ + 32 alphanumerics (v4.10 and later).
  { family: 'dependency-track', env: w('dtrack_api_key'), prefix: 'odt_', make: (g) => 'odt_' + g.str(32, ALNUM) },
  // Jina AI API key: jina_ + 60 characters as the dashboard issues them, 32 hex then 28 of [A-Za-z0-9_-].
  { family: 'jina', env: w('jina_api_key'), prefix: 'jina_', make: (g) => 'jina_' + g.str(32, HEX) + g.str(28, URLSAFE) },
  // Tavily API key: tvly- (or tvly-dev- / tvly-prod-) + 32 alphanumerics.
  { family: 'tavily', env: w('tavily_api_key'), prefix: 'tvly-', make: (g) => `tvly-${g.pick(['', 'dev-', 'prod-'])}${g.str(32, ALNUM)}` },
  // Kubernetes bootstrap token: [a-z0-9]{6}.[a-z0-9]{16} (kubeadm token docs).
  { family: 'k8s-bootstrap-token', env: w('kubeadm_join_token'), prefix: '', make: (g) => `${g.str(6, LOWER_ALNUM)}.${g.str(16, LOWER_ALNUM)}`, decoy: () => [w('kubeadm_join_token'), 'abcdef.0123456789abcdef'] },
  // Teams incoming webhooks: legacy outlook.office.com/webhook/ and <tenant>.webhook.office.com/webhookb2/ with /V2 suffix.
  { family: 'teams-webhook', env: w('teams_webhook_url'), prefix: 'https://outlook.office.com/webhook/', make: (g) => `https://outlook.office.com/webhook/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.str(32, HEX)}/${g.uuid()}` },
  { family: 'teams-webhook', env: w('o365_connector_url'), prefix: 'https://fabrikam.webhook.office.com/webhookb2/', make: (g) => `https://fabrikam.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.str(32, HEX)}/${g.uuid()}/V2${g.str(43, URLSAFE)}` },
  // Okta API token: 42 characters starting 00 (SSWS header).
  { family: 'okta', env: w('okta_api_token'), prefix: '00', make: (g) => '00' + g.str(40, URLSAFE) },
  // SonarQube tokens before 9.5: 40 hex, no prefix (sonar.login / SONAR_TOKEN).
  { family: 'sonarqube', env: w('sonar_login'), prefix: '', make: (g) => g.str(40, HEX) },
  // TeamCity access token: eyJ0eXAiOiAiVENWMiJ9 ({"typ": "TCV2"}) . 36 . 48 base64url.
  { family: 'teamcity', env: w('teamcity_token'), prefix: 'eyJ0eXAiOiAiVENWMiJ9.', make: (g) => `eyJ0eXAiOiAiVENWMiJ9.${g.str(36, URLSAFE)}.${g.str(48, URLSAFE)}` },
  // Twitch stream key: live_ + numeric user id + _ + 30 alphanumerics.
  { family: 'twitch', env: w('twitch_stream_key'), prefix: 'live_', make: (g) => `live_${g.str(9, DIGITS)}_${g.str(30, ALNUM)}` },
  // Azure DevOps PAT: legacy 52 base32 lower-case; since 2024 84 characters with JQQJ9 at 52 and AZDO at 76-80.
  { family: 'azure-devops', env: w('azure_devops_pat'), prefix: '', make: (g) => g.str(52, BASE32_LOWER) },
  { family: 'azure-devops', env: w('ado_pat'), prefix: '', make: (g) => `${g.str(52, ALNUM)}JQQJ99${g.str(1, ALNUM)}${g.pick(['A', 'B', 'C'])}${g.str(16, ALNUM)}AZDO${g.str(4, ALNUM)}` },
  // Salesforce access token / session id: org id 00D + 12-15, !, then ~96 of [A-Za-z0-9._].
  { family: 'salesforce', env: w('sf_access_token'), prefix: '00D', make: (g) => `00D${g.str(12, ALNUM)}!AQ${g.str(96, ALNUM + '._')}` },
  // TrueNAS API key: <numeric id>-<64 alphanumerics>.
  { family: 'truenas', env: w('truenas_api_key'), prefix: '', make: (g) => `${g.int(40) + 1}-${g.str(64, ALNUM)}` },
  // Vault: long service tokens hvs. + CAESI... (~90), batch hvb. + AAAAAQ... (~130), legacy s. + 24.
  { family: 'vault', env: w('vault_token'), prefix: 'hvs.', make: (g) => 'hvs.CAESI' + g.str(86, URLSAFE) },
  { family: 'vault', env: w('vault_batch_token'), prefix: 'hvb.', make: (g) => 'hvb.AAAAAQ' + g.str(132, URLSAFE) },
  { family: 'vault', env: w('vault_token'), prefix: 's.', make: (g) => 's.' + g.str(24, ALNUM) },
  // New Relic: NRAA- admin key (27 capitals and digits, as NRAK-), NRIQ- Insights query key (32), NRRA- REST API key (42).
  { family: 'new-relic', env: w('new_relic_admin_key'), prefix: 'NRAA-', make: (g) => 'NRAA-' + g.str(27, UPPER_ALNUM) },
  { family: 'new-relic', env: w('new_relic_query_key'), prefix: 'NRIQ-', make: (g) => 'NRIQ-' + g.str(32, URLSAFE) },
  { family: 'new-relic', env: w('new_relic_rest_api_key'), prefix: 'NRRA-', make: (g) => 'NRRA-' + g.str(42, HEX) },
  // Gradle Plugin Portal publish key and secret: 32 alphanumerics each.
  { family: 'gradle', env: w('gradle_publish_secret'), prefix: '', make: (g) => g.str(32, ALNUM) },
  // Django SECRET_KEY from the environment file of a deployment.
  { family: 'django', env: w('django_secret_key'), prefix: 'django-insecure-', make: (g) => 'django-insecure-' + g.str(50, 'abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)') },
];

export const files = [
  { family: 'vault', format: 'vault-init', make(g, s) {
    const d = new Doc(`${s}/ops/vault-init.txt`, 'vault', 'vault-init');
    for (let i = 1; i <= 5; i++) { const k = g.bytes(33).toString('base64'); d.pos(`Unseal Key ${i}: ${k}`, k); }
    d.text('');
    const root = 'hvs.CAESI' + g.str(86, URLSAFE);
    d.pos(`Initial Root Token: ${root}`, root);
    d.text('', 'Vault initialized with 5 key shares and a key threshold of 3. Please securely', 'distribute the key shares printed above.');
    d.neg('vault operator unseal <unseal key>', '<unseal key>');
    d.neg('export VAULT_TOKEN="$(cat ~/.vault-token)"', '~/.vault-token');
    d.neg(`Recovery Seal Type: shamir (sha256 of the config: ${g.str(64, HEX)})`, 'sha256 of the config');
    return d;
  } },
  { family: 'k8s-bootstrap-token', format: 'kubeadm', make(g, s) {
    const d = new Doc(`${s}/cluster/kubeadm-${g.pick(['init', 'join'])}.yaml`, 'k8s-bootstrap-token', 'kubeadm');
    const t = `${g.str(6, LOWER_ALNUM)}.${g.str(16, LOWER_ALNUM)}`;
    d.text('apiVersion: kubeadm.k8s.io/v1beta3', 'kind: InitConfiguration', 'bootstrapTokens:', '- groups:', '  - system:bootstrappers:kubeadm:default-node-token');
    d.pos(`  token: ${t}`, t);
    d.text('  ttl: 24h0m0s', '  usages:', '  - signing', '  - authentication', 'localAPIEndpoint:', '  bindPort: 6443');
    d.neg(`# kubeadm join k8s.fabrikam.dev:6443 --token <token> --discovery-token-ca-cert-hash sha256:${g.str(64, HEX)}`, '<token>');
    d.neg('caCertHashes: ["sha256:' + g.str(64, HEX) + '"]', 'caCertHashes');
    return d;
  } },
];
