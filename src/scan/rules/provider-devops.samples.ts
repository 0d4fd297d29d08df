import type { RuleSamples } from '../types.js';
import { B64, fake, HEX, LOWER_ALNUM, URLSAFE } from './fake.js';

const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
/** A bootstrap token: six-character id, dot, 16-character secret. */
const bootstrap = (seed: number) => `${fake('', 6, LOWER_ALNUM, seed)}.${fake('', 16, LOWER_ALNUM, seed + 1)}`;
const crates = (seed: number) => fake('ci' + 'o', 32, undefined, seed);
const teamcity = (seed: number) => `${'eyJ0eXAiOiAi' + 'VENWMiJ9.'}${fake('', 36, URLSAFE, seed)}.${fake('', 48, URLSAFE, seed + 1)}`;
const adoNew = (seed: number) => `${fake('', 52, undefined, seed)}${'JQQ' + 'J99'}${fake('', 18, undefined, seed + 1)}${'AZ' + 'DO'}${fake('', 4, undefined, seed + 2)}`;

export const SAMPLES: Record<string, RuleSamples> = {
  'crates-io-token': {
    positive: [
      { file: '.cargo/credentials.toml', text: `[registry]\ntoken = "${crates(1)}"\n` },
      `# .github/workflows/release.yml\n      - run: cargo publish --token ${crates(2)}\n        working-directory: crates/core`,
      `export CARGO_REGISTRY_TOKEN=${crates(3)}`,
    ],
    negative: [
      'crates.io tokens start with cio and 32 alphanumerics',
      'CARGO_REGISTRY_TOKEN=cioXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      `const socioeconomic = ${'"'}cio${'"'}; // precious specious`,
      `build ${fake('ci' + 'o', 32, LOWER_ALNUM, 4)} (a lower-case digest, not a token)`,
      `ref ${fake('ci' + 'o', 20, undefined, 5)} is too short`,
    ],
  },
  'dependency-track-api-key': {
    positive: [
      `DT_API_KEY=${fake('od' + 't_', 32)}`,
      `curl -X POST https://dtrack.acme.io/api/v1/bom \\\n  -H "X-Api-Key: ${fake('od' + 't_', 8, undefined, 3)}_${fake('', 32, undefined, 4)}" \\\n  -F "project=7d1f0c7e" -F "bom=@bom.xml"`,
    ],
    negative: ['Dependency-Track prefixes API keys with odt_', 'X-Api-Key: odt_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', `the upload id was ${fake('od' + 't_', 32, LOWER_ALNUM, 6)}`, 'DT_API_KEY=odt_${DT_KEY}'],
  },
  'gradle-publish-key': {
    positive: [
      `./gradlew publishPlugins -Pgradle.publish.key=${fake('', 32)} --no-daemon`,
      `env:\n  GRADLE_PUBLISH_SECRET: ${fake('', 32, undefined, 7)}\n  JAVA_VERSION: 17`,
    ],
    negative: ['gradle.publish.key=${GRADLE_PUBLISH_KEY}', 'gradle.publish.secret=<your-secret>', 'gradle.publish.key=', 'GRADLE_PUBLISH_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'teamcity-token': {
    positive: [`TEAMCITY_TOKEN=${teamcity(1)}`, `curl -H "Authorization: Bearer ${teamcity(3)}" https://ci.acme.io/app/rest/builds?locator=running:true`],
    negative: ['TEAMCITY_TOKEN=eyJ0eXAiOiAiVENWMiJ9...', 'Tokens begin eyJ0eXAiOiAiVENWMiJ9 (base64 of the TCV2 header)', `header eyJ0eXAiOiAiVENWMiJ9.${fake('', 8, URLSAFE, 2)}.${fake('', 8, URLSAFE, 3)} is cut short`],
  },
  'azure-devops-pat': {
    positive: [
      `AZURE_DEVOPS_EXT_PAT=${fake('', 52, BASE32_LOWER)}`,
      `git clone https://build:${fake('', 52, BASE32_LOWER, 4)}@dev.azure.com/acme/platform/_git/platform`,
      `ado_token: "${adoNew(5)}"`,
      `[remote "origin"]\n\turl = https://acme:${fake('', 52, BASE32_LOWER, 6)}@acme.visualstudio.com/DefaultCollection/_git/app`,
    ],
    negative: [
      'AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)',
      `digest ${fake('', 52, BASE32_LOWER, 9)} (base32)`,
      'git clone https://dev.azure.com/acme/platform/_git/platform',
      'AZURE_DEVOPS_PAT=<personal-access-token>',
    ],
  },
  'kubernetes-bootstrap-token': {
    positive: [
      `sudo kubeadm join k8s-api.acme.internal:6443 --token ${bootstrap(1)} \\\n    --discovery-token-ca-cert-hash sha256:${fake('', 64, HEX, 2)}`,
      { file: 'kubeadm-config.yaml', text: `apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nbootstrapTokens:\n- token: "${bootstrap(3)}"\n  ttl: "24h"\n  usages: [signing, authentication]\n` },
      { file: 'bootstrap-secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: bootstrap-token-k3x9ab\n  namespace: kube-system\ntype: bootstrap.kubernetes.io/token\nstringData:\n  token-id: "k3x9ab"\n  token-secret: "${fake('', 16, LOWER_ALNUM, 5)}"\n  usage-bootstrap-authentication: "true"\n` },
    ],
    negative: [
      'kubeadm join 192.0.2.10:6443 --token abcdef.0123456789abcdef',
      'kubeadm join k8s-api.acme.internal:6443 --token 07401b.f395accd246ae52d (the kubeadm reference example)',
      'kubeadm token create --print-join-command',
      `release 2.4 build ${bootstrap(7)} tagged`,
      'kubeadm join --token <token> --discovery-token-ca-cert-hash sha256:<hash>',
    ],
  },
  'vault-unseal-key': {
    positive: [
      `$ vault operator init -key-shares=1 -key-threshold=1\nUnseal Key 1: ${fake('', 44, B64)}\n\nVault initialized with 1 key shares and a key threshold of 1.`,
      `{"unseal_keys_b64": ["${fake('', 44, B64, 3)}"], "unseal_shares": 1, "unseal_threshold": 1}`,
      `Recovery Key 1: ${fake('', 44, B64, 5)}`,
    ],
    negative: ['Unseal Key 1: <redacted>', 'Unseal Key 1: ${VAULT_UNSEAL_KEY}', 'BitLocker Recovery Key 1: 123456-654321-112233-445566', '"unseal_keys_b64": []'],
  },
  'truenas-api-key': {
    positive: [`# TrueNAS SCALE backup target\nTRUENAS_API_KEY=1-${fake('', 64)}`, `curl -H "Authorization: Bearer 3-${fake('', 64, undefined, 4)}" https://truenas.lan/api/v2.0/pool`],
    negative: [`truenas checksum 1-${fake('', 64, HEX, 5)}`, 'TRUENAS_API_KEY=1-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', `build 1-${fake('', 64, undefined, 6)} of the docs (no vendor named)`],
  },
  'okta-api-token': {
    positive: [
      `curl -H "Authorization: SSWS ${fake('0' + '0', 40, URLSAFE)}" https://acme.okta.com/api/v1/users?limit=25`,
      `OKTA_API_TOKEN=${fake('0' + '0', 40, URLSAFE, 3)}`,
      `okta.client.token=${fake('0' + '0', 40, URLSAFE, 4)}\nokta.client.orgUrl=https://acme.okta.com`,
      `<?php\nreturn [\n    'okta_api_token' => '${fake('0' + '0', 40, URLSAFE, 5)}',\n];`,
    ],
    negative: ['Authorization: SSWS ${OKTA_API_TOKEN}', 'OKTA_API_TOKEN=00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '{"id": "00u1a2b3c4d5e6f7g8h9", "status": "ACTIVE"} from okta'],
  },
};
