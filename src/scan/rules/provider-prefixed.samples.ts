import type { RuleSamples } from '../types.js';
import { DIGITS, fake, HEX, URLSAFE } from './fake.js';

const uuid = (seed: number) => [8, 4, 4, 4, 12].map((n, i) => fake('', n, HEX, seed + i)).join('-');
/** A Discord bot token: base64 of an 18-digit id, a 6-character timestamp, a 38-character HMAC. */
const discord = (seed: number) => `${Buffer.from(fake('1', 17, DIGITS, seed)).toString('base64url')}.${fake('', 6, URLSAFE, seed + 1)}.${fake('', 38, URLSAFE, seed + 2)}`;

export const SAMPLES: Record<string, RuleSamples> = {
  'airtable-token': {
    positive: [`AIRTABLE_TOKEN=${fake('pa' + 't', 14)}.${fake('', 64, HEX, 2)}`, `curl "https://api.airtable.com/v0/appX1/Tasks" -H "Authorization: Bearer ${fake('pa' + 't', 14, undefined, 3)}.${fake('', 64, HEX, 4)}"`],
    negative: ['AIRTABLE_TOKEN=<personal-access-token>', 'pattern.matches(path)', `path${fake('', 14, undefined, 5)}.${fake('', 20, HEX, 6)}`],
  },
  'hubspot-private-app-token': {
    positive: [`HUBSPOT_ACCESS_TOKEN=${'pat-' + 'na1-'}${uuid(1)}`, `const hubspot = new Client({ accessToken: '${'pat-' + 'eu1-'}${uuid(7)}' });`],
    negative: ['HUBSPOT_ACCESS_TOKEN=<private-app-access-token>', 'tokens look like pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
  },
  'openshift-token': {
    positive: [`oc login --token=${fake('sha' + '256~', 43, URLSAFE)} --server=https://api.ocp.acme.io:6443`, `OPENSHIFT_TOKEN=${fake('sha' + '256~', 43, URLSAFE, 3)}`],
    negative: ['oc login --token=sha256~<token> --server=https://api.ocp.acme.io:6443', 'OPENSHIFT_TOKEN=$(oc whoami -t)'],
  },
  'dropbox-token': {
    positive: [`DROPBOX_ACCESS_TOKEN=${fake('s' + 'l.', 140, URLSAFE)}`, `dbx = dropbox.Dropbox("${fake('s' + 'l.u.', 180, URLSAFE, 3)}")`],
    negative: ['DROPBOX_ACCESS_TOKEN=sl.xxxx', 'ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)', `ssl.${fake('', 140, URLSAFE, 4)}`],
  },
  'fcm-server-key': {
    positive: [`FCM_SERVER_KEY=${fake('AA' + 'AA', 7, URLSAFE)}:${fake('APA' + '91b', 134, URLSAFE, 2)}`, `headers: { Authorization: 'key=${fake('AA' + 'AA', 7, URLSAFE, 3)}:${fake('APA' + '91b', 134, URLSAFE, 4)}' }`],
    negative: ['FCM_SERVER_KEY=AAAA...:APA91b...', `"registration_ids": ["dXz1:${fake('APA' + '91b', 134, URLSAFE, 5)}"]`],
  },
  'harness-token': {
    positive: [`HARNESS_API_KEY=${fake('pa' + 't.', 22, URLSAFE, 11)}.${fake('', 24, HEX, 12)}.${fake('', 20, undefined, 13)}`, `curl -H "x-api-key: ${fake('sa' + 't.', 22, URLSAFE, 14)}.${fake('', 24, HEX, 15)}.${fake('', 20, undefined, 16)}" https://app.harness.io/ng/api/user/currentUser`],
    negative: ['HARNESS_API_KEY=pat.<account>.<token>.<secret>', 'the format is pat.ACCOUNT_ID.TOKEN_ID.SECRET'],
  },
  'infracost-api-key': {
    positive: [`INFRACOST_API_KEY=${fake('ic' + 'o-', 32)}`, `infracost configure set api_key ${fake('ic' + 'o-', 32, undefined, 3)}`],
    negative: ['INFRACOST_API_KEY=ico-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'the pico-sdk and ico-files folders'],
  },
  'maxmind-license-key': {
    positive: [`AccountID 123456\nLicenseKey ${fake('', 6, undefined, 21)}_${fake('', 29, undefined, 22)}${'_m' + 'mk'}\nEditionIDs GeoLite2-City`, `MAXMIND_LICENSE_KEY=${fake('', 6, undefined, 23)}_${fake('', 29, undefined, 24)}${'_m' + 'mk'}`],
    negative: ['LicenseKey YOUR_LICENSE_KEY_mmk', 'keys end in _mmk'],
  },
  'scalingo-api-token': {
    positive: [`SCALINGO_API_TOKEN=${fake('tk-' + 'us-', 48, URLSAFE)}`, `scalingo login --api-token ${fake('tk-' + 'us-', 48, URLSAFE, 3)}`],
    negative: ['SCALINGO_API_TOKEN=tk-us-...', 'tokens start with tk-us-'],
  },
  'tencent-cloud-secret-id': {
    positive: [`TENCENTCLOUD_SECRET_ID=${fake('AK' + 'ID', 32)}`, `cred = credential.Credential("${fake('AK' + 'ID', 32, undefined, 3)}", os.environ["TENCENTCLOUD_SECRET_KEY"])`],
    negative: ['TENCENTCLOUD_SECRET_ID=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'the SecretId starts with AKID'],
  },
  'private-packagist-token': {
    positive: [`composer config --global --auth http-basic.repo.packagist.com token ${fake('packagist' + '_out_', 68, HEX)}`, `"repo.packagist.com": {"username": "token", "password": "${fake('packagist' + '_ort_', 68, HEX, 3)}"}`],
    negative: ['"password": "packagist_ort_..."', 'tokens start packagist_out_ or packagist_ort_'],
  },
  'discord-bot-token': {
    positive: [`# discord bot\nDISCORD_TOKEN=${discord(1)}`, `const { Client } = require('discord.js');\nclient.login('${discord(4)}');`],
    negative: ["client.login(process.env.DISCORD_TOKEN); // discord.js", `discord: ${Buffer.from('not-a-snowflake-id!').toString('base64url')}.${fake('', 6, URLSAFE, 7)}.${fake('', 38, URLSAFE, 8)}`, 'DISCORD_TOKEN=MTAxxxxxxxxxxxxxxxxxxxxx.Gxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
