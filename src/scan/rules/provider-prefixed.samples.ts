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
  'discord-bot-token': {
    positive: [`# discord bot\nDISCORD_TOKEN=${discord(1)}`, `const { Client } = require('discord.js');\nclient.login('${discord(4)}');`],
    negative: ["client.login(process.env.DISCORD_TOKEN); // discord.js", `discord: ${Buffer.from('not-a-snowflake-id!').toString('base64url')}.${fake('', 6, URLSAFE, 7)}.${fake('', 38, URLSAFE, 8)}`, 'DISCORD_TOKEN=MTAxxxxxxxxxxxxxxxxxxxxx.Gxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
