import type { RuleSamples } from '../types.js';
import { B64, fake, HEX, LOWER_ALNUM, UPPER_ALNUM, URLSAFE } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'gitlab-runner-token': { positive: [`token = "${fake('gl' + 'rt-', 20, URLSAFE)}"`, `REGISTRATION_TOKEN=${fake('GR13' + '48941', 20, URLSAFE, 3)}`], negative: ['token = "glrt-..."', 'glrt- tokens replace registration tokens'] },
  'gitlab-pipeline-trigger-token': { positive: [`curl -X POST --fail -F token=${fake('glp' + 'tt-', 40, HEX)} -F ref=main https://gitlab.acme.io/api/v4/projects/7/trigger/pipeline`], negative: ['-F token=glptt-<token>', 'use a glptt- token'] },
  'gitlab-service-token': {
    positive: [`DEPLOY_TOKEN=${fake('gl' + 'dt-', 20, URLSAFE)}`, `secret: ${fake('gl' + 'oas-', 64, URLSAFE, 2)}`, `agent token ${fake('gla' + 'gent-', 50, URLSAFE, 5)}`, `curl -b "_gitlab_session=${fake('', 32, HEX, 6)}" https://gitlab.acme.io/api/v4/user`],
    negative: ['DEPLOY_TOKEN=gldt-...', 'gloas-applications use OAuth', 'Cookie: _gitlab_session=<session>'],
  },
  'sonarqube-token': {
    positive: [
      `SONAR_TOKEN=${fake('sq' + 'p_', 40, HEX)}`,
      { file: 'sonar-project.properties', text: `sonar.projectKey=acme_api\nsonar.sources=src\nsonar.login=${fake('', 40, HEX, 3)}\n` },
      `mvn sonar:sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=${fake('', 40, HEX, 4)}`,
      `{\n  "dbHost": "db.internal",\n  "sonarLogin": "${fake('', 40, HEX, 6)}",\n  "debug": "false"\n}`,
    ],
    negative: ['SONAR_TOKEN=sqp_...', 'squ_ tokens belong to a user', 'sonar.login=${SONAR_TOKEN}', `sonar.projectKey=${fake('', 40, HEX, 5)}`],
  },
  'buildkite-token': { positive: [`BUILDKITE_API_TOKEN=${fake('bk' + 'ua_', 40, HEX)}`], negative: ['BUILDKITE_API_TOKEN=bkua_...'] },
  'circleci-token': { positive: [`CIRCLE_TOKEN=${fake('CCI' + 'PAT_', 22)}_${fake('', 40, HEX, 4)}`], negative: ['CIRCLE_TOKEN=CCIPAT_...'] },
  'tailscale-key': { positive: [`TS_AUTHKEY=${fake('tskey-' + 'auth-', 17)}-${fake('', 33, undefined, 6)}`], negative: ['TS_AUTHKEY=tskey-auth-xxxx', 'tskey-api- keys call the API'] },
  'age-secret-key': { positive: [`# public key: age1...\n${fake('AGE-SECRET-' + 'KEY-1', 58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L')}`], negative: ['AGE-SECRET-KEY-1... (keep it in keys.txt)'] },
  '1password-service-account-token': { positive: [`OP_SERVICE_ACCOUNT_TOKEN=${'ops_' + 'eyJ'}${fake('', 250, B64)}`], negative: ['OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...'] },
  'jfrog-token': { positive: [`ARTIFACTORY_API_KEY=${fake('AK' + 'Cp', 69)}`, `JFROG_TOKEN=${'cmVmdGtu' + 'OjAxOj'}${fake('', 50, undefined, 8)}`], negative: ['ARTIFACTORY_API_KEY=AKCp...'] },
  'atlassian-api-token': {
    positive: [`JIRA_API_TOKEN=${fake('ATA' + 'TT3', 186, URLSAFE)}`, `BITBUCKET_APP_PASSWORD=${fake('AT' + 'BB', 32, undefined, 3)}`, `BITBUCKET_ACCESS_TOKEN=${fake('ATC' + 'TT3xFfGN0', 180, URLSAFE, 4)}`],
    negative: ['JIRA_API_TOKEN=ATATT3...', 'ATBB marks a Bitbucket app password', 'access tokens begin ATCTT3xFfGN0'],
  },
  'postman-api-key': { positive: [`POSTMAN_API_KEY=${fake('PM' + 'AK-', 24, HEX)}-${fake('', 34, HEX, 2)}`], negative: ['POSTMAN_API_KEY=PMAK-...'] },
  'rubygems-api-key': { positive: [`:rubygems_api_key: ${fake('ruby' + 'gems_', 48, HEX)}`], negative: [':rubygems_api_key: rubygems_...'] },
  'nuget-api-key': { positive: [`dotnet nuget push app.nupkg --api-key ${fake('o' + 'y2', 43, LOWER_ALNUM)}`], negative: ['--api-key oy2...', 'toy2 model'] },
  'clojars-token': { positive: [`CLOJARS_PASSWORD=${fake('CLO' + 'JARS_', 60, LOWER_ALNUM)}`], negative: ['CLOJARS_USERNAME=acme'] },
  'sentry-token': { positive: [`SENTRY_AUTH_TOKEN=${fake('sntr' + 'yu_', 64, HEX)}`, `SENTRY_AUTH_TOKEN=${'sntrys_' + 'eyJ'}${fake('', 120, B64, 3)}`], negative: ['SENTRY_AUTH_TOKEN=sntrys_...'] },
  'grafana-token': {
    positive: [
      `GRAFANA_CLOUD_TOKEN=${fake('gl' + 'c_', 120, B64)}`,
      `GRAFANA_SA_TOKEN=${fake('gl' + 'sa_', 32)}_${fake('', 8, HEX, 2)}`,
      `grafana_api_key = "${Buffer.from(`{"k":"${fake('', 32, undefined, 3)}","n":"ci","id":1}`).toString('base64')}"`,
    ],
    negative: ['GRAFANA_SA_TOKEN=glsa_...', 'grafana_api_key = "eyJrIjoi..."'],
  },
  'new-relic-key': {
    positive: [
      `NEW_RELIC_API_KEY=${fake('NR' + 'AK-', 27, UPPER_ALNUM)}`,
      `insert_key: ${fake('NR' + 'II-', 32, URLSAFE, 3)}`,
      `NEW_RELIC_ADMIN_KEY=${fake('NR' + 'AA-', 27, UPPER_ALNUM, 4)}`,
      `curl -H "X-Query-Key: ${fake('NR' + 'IQ-', 32, URLSAFE, 5)}" https://insights-api.newrelic.com/v1/accounts/1/query`,
      `curl -X GET https://api.newrelic.com/v2/applications.json -H "X-Api-Key: ${fake('NR' + 'RA-', 42, HEX, 6)}"`,
      `<?php\nreturn [\n    'new_relic_admin_key' => '${fake('NR' + 'AA-', 27, HEX, 7)}',\n];`,
    ],
    negative: ['NEW_RELIC_API_KEY=NRAK-...', 'X-Query-Key: NRIQ-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'NRRA- keys are the older REST API keys'],
  },
  'new-relic-license-key': { positive: [`license_key: ${fake('', 36, HEX)}${'NR' + 'AL'}`], negative: ['GENERAL and NRAL are words', `id ${'0'.repeat(36)}NRAL`] },
  'dynatrace-token': { positive: [`DT_API_TOKEN=${fake('dt0' + 'c01.', 24, UPPER_ALNUM)}.${fake('', 64, UPPER_ALNUM, 7)}`], negative: ['DT_API_TOKEN=dt0c01.XXXX'] },
  'sourcegraph-token': { positive: [`SRC_ACCESS_TOKEN=${fake('sg' + 'p_', 16, HEX)}_${fake('', 40, HEX, 4)}`, `sourcegraph: ${fake('', 40, HEX + 'ABCDEF', 5)}`], negative: ['SRC_ACCESS_TOKEN=sgp_...', 'sourcegraph: https://sourcegraph.com'] },
  'prefect-api-key': { positive: [`PREFECT_API_KEY=${fake('pn' + 'u_', 36)}`], negative: ['PREFECT_API_KEY=pnu_...'] },
  'contentful-token': { positive: [`CONTENTFUL_MANAGEMENT_TOKEN=${fake('CF' + 'PAT-', 43, URLSAFE)}`], negative: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-...'] },
  'octopus-deploy-api-key': { positive: [`set apikey="${fake('AP' + 'I-', 26, UPPER_ALNUM)}"`], negative: ['see API-REFERENCE for details', 'API-XXXXXXXXXXXXXXXXXXXXXXXXXX'] },
};
