import type { RuleSamples } from '../types.js';
import { fake, HEX, URLSAFE } from './fake.js';

const uuid = (seed: number) => [8, 4, 4, 4, 12].map((n, i) => fake('', n, HEX, seed + i)).join('-');

export const SAMPLES: Record<string, RuleSamples> = {
  'cloudflare-api-token': {
    positive: [`CLOUDFLARE_API_TOKEN=${fake('', 40, URLSAFE)}`, `export CF_API_KEY=${fake('', 37, HEX, 2)}\nexport CF_API_EMAIL="$CLOUDFLARE_EMAIL"`, `  "cfApiToken": "${fake('', 40, URLSAFE, 3)}",`],
    negative: ['CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}', 'CLOUDFLARE_API_TOKEN=<your-api-token>', `cloudflare zone id ${fake('', 32, HEX, 4)}`],
  },
  'datadog-key': {
    positive: [`DD_API_KEY=${fake('', 32, HEX)}\nDD_SITE=datadoghq.eu`, `env:\n  DD_APP_KEY: "${fake('', 40, HEX, 2)}"\n  DD_SITE: datadoghq.eu`, `  <ddApiKey>${fake('', 32, HEX, 3)}</ddApiKey>`],
    negative: ['DD_API_KEY=${DD_API_KEY}', 'DD_API_KEY=<DATADOG_API_KEY>', `datadog trace id ${fake('', 32, HEX, 4)}`],
  },
  'snyk-token': {
    positive: [`SNYK_TOKEN=${uuid(1)}`, `snyk auth ${uuid(7)}`],
    negative: ['SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}', `snyk test --org=${uuid(13)}`],
  },
  'wandb-api-key': {
    positive: [`WANDB_API_KEY=${fake('', 40, HEX)}`, `!wandb login ${fake('', 40, HEX, 2)}`],
    negative: ['WANDB_API_KEY=os.environ["WANDB_API_KEY"]', `wandb run id ${fake('', 40, HEX, 3)}`],
  },
  'launchdarkly-key': {
    positive: [`# LaunchDarkly\nLD_SDK_KEY=sdk-${uuid(1)}`, `import * as ld from '@launchdarkly/node-server-sdk';\nconst client = ld.init('sdk-${uuid(7)}');`],
    negative: ["const client = ld.init(process.env.LD_SDK_KEY); // launchdarkly", `launchdarkly mobile key mob-${uuid(13)} is public`],
  },
  'algolia-admin-key': {
    positive: [`ALGOLIA_APP_ID=K3X9ABCD12\nALGOLIA_ADMIN_KEY=${fake('', 32, HEX)}`, `  algoliaAdminApiKey: '${fake('', 32, HEX, 2)}',`],
    negative: [`ALGOLIA_SEARCH_KEY=${fake('', 32, HEX, 3)}`, 'ALGOLIA_ADMIN_KEY=${ALGOLIA_ADMIN_KEY}'],
  },
  'jenkins-api-token': {
    positive: [`JENKINS_API_TOKEN=11${fake('', 32, HEX)}`, `jenkins:\n  url: https://ci.acme.io\n  user: deploy\n  jenkins_token: "11${fake('', 32, HEX, 2)}"`],
    negative: ['JENKINS_API_TOKEN=${JENKINS_API_TOKEN}', `jenkins build ${fake('', 34, HEX, 3)}`],
  },
  'fastly-api-token': {
    positive: [`FASTLY_API_TOKEN=${fake('', 32, URLSAFE)}`, `variables:\n  FASTLY_API_TOKEN: "${fake('', 32, URLSAFE, 2)}"\n  SERVICE: www`],
    negative: ['FASTLY_API_TOKEN=${FASTLY_API_TOKEN}', `fastly service id ${fake('', 22, URLSAFE, 3)}`],
  },
};
