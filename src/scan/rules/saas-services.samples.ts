import type { RuleSamples } from '../types.js';
import { DIGITS, fake, HEX, LOWER_ALNUM, URLSAFE } from './fake.js';

const uuid = (seed: number) => [8, 4, 4, 4, 12].map((n, i) => fake('', n, HEX, seed + i)).join('-');

export const SAMPLES: Record<string, RuleSamples> = {
  'slack-refresh-token': { positive: [`SLACK_CONFIG_TOKEN=${'xoxe.' + 'xoxp-'}1-${fake('', 163)}`, `refresh_token: ${'xo' + 'xe-'}1-${fake('', 146, undefined, 4)}`], negative: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-...'] },
  'slack-workflow-webhook': { positive: [`SLACK_WEBHOOK=${'https://hooks.' + 'slack.com/triggers/'}T0123ABCD/${fake('', 10, DIGITS, 5)}/${fake('', 32, HEX)}`, `${'https://hooks.' + 'slack.com/workflows/'}T016M3G1GHZ/A04J3BAF7AA/${fake('', 18, DIGITS, 6)}/${fake('', 24, undefined, 7)}`], negative: ['https://hooks.slack.com/workflows/T000/A000/xxxx', 'https://hooks.slack.com/triggers/...'] },
  'discord-webhook': { positive: [`DISCORD_WEBHOOK_URL=${'https://discord' + '.com/api/webhooks/'}${fake('', 18, DIGITS)}/${fake('', 68, URLSAFE)}`], negative: ['https://discord.com/api/webhooks/{id}/{token}'] },
  'telegram-bot-token': { positive: [`TELEGRAM_BOT_TOKEN=${fake('', 10, DIGITS, 3)}:${fake('A' + 'A', 33, URLSAFE)}`], negative: ['TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11', 'at 10:30:AA'] },
  'teams-webhook': {
    positive: [
      `TEAMS_WEBHOOK=https://acme.${'webhook.' + 'office.com'}/webhookb2/${uuid(1)}@${uuid(2)}/IncomingWebhook/${fake('', 32, HEX, 3)}/${uuid(4)}`,
      `webhook_url: "${'https://outlook.' + 'office.com/webhook/'}${uuid(11)}@${uuid(12)}/IncomingWebhook/${fake('', 32, HEX, 13)}/${uuid(14)}"`,
      `JENKINS_O365=https://acme.${'webhook.' + 'office.com'}/webhookb2/${uuid(21)}@${uuid(22)}/JenkinsCI/${fake('', 32, HEX, 23)}/${uuid(24)}`,
    ],
    negative: ['https://acme.webhook.office.com/webhookb2/<id>@<tenant>/IncomingWebhook/<hash>/<id>', 'https://outlook.office.com/webhook/{group-id}@{tenant-id}/IncomingWebhook/{id}/{owner}'],
  },
  'stripe-webhook-secret': { positive: [`STRIPE_WEBHOOK_SECRET=${fake('wh' + 'sec_', 32)}`], negative: ['STRIPE_WEBHOOK_SECRET=whsec_...'] },
  'shopify-token': { positive: [`SHOPIFY_ACCESS_TOKEN=${fake('shp' + 'at_', 32, HEX)}`], negative: ['SHOPIFY_ACCESS_TOKEN=shpat_...'] },
  'square-token': { positive: [`SQUARE_ACCESS_TOKEN=${fake('EA' + 'AA', 60, URLSAFE)}`, `secret: ${fake('sq0' + 'csp-', 43, URLSAFE, 3)}`], negative: ['SQUARE_ACCESS_TOKEN=EAAA...', 'AAAAEAAAAAAAAAA base64 padding'] },
  'braintree-access-token': { positive: [`BT_ACCESS_TOKEN=${'access_' + 'token$production$'}${fake('', 16, LOWER_ALNUM)}$${fake('', 32, HEX, 2)}`], negative: ['BT_ACCESS_TOKEN=access_token$production$...'] },
  'mailchimp-api-key': { positive: [`MAILCHIMP_API_KEY=${fake('', 32, HEX)}-us21`], negative: ['MAILCHIMP_API_KEY=<key>-us21', 'en-us1 locale'] },
  'brevo-api-key': { positive: [`BREVO_API_KEY=${fake('xkey' + 'sib-', 64, HEX)}-${fake('', 16, undefined, 3)}`], negative: ['BREVO_API_KEY=xkeysib-...'] },
  'linear-api-key': { positive: [`LINEAR_API_KEY=${fake('lin' + '_api_', 40)}`], negative: ['LINEAR_API_KEY=lin_api_...'] },
  'notion-token': { positive: [`NOTION_TOKEN=${fake('nt' + 'n_', 11, '0123456789')}${fake('', 35, undefined, 5)}`, `NOTION_KEY=${fake('sec' + 'ret_', 43, undefined, 6)}`], negative: ['NOTION_TOKEN=ntn_...', 'secret_key_base_for_the_session_store_in_development_only'] },
  'figma-token': { positive: [`FIGMA_TOKEN=${fake('fi' + 'gd_', 40, URLSAFE)}`], negative: ['FIGMA_TOKEN=figd_...'] },
  'shipping-api-key': { positive: [`SHIPPO_TOKEN=${fake('shippo' + '_live_', 40, HEX)}`, `EASYPOST_API_KEY=${fake('EZ' + 'AK', 54, undefined, 2)}`], negative: ['SHIPPO_TOKEN=shippo_live_...'] },
  'flutterwave-secret-key': { positive: [`FLW_SECRET_KEY=${fake('FLW' + 'SECK-', 32, HEX)}-X`], negative: ['FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X'] },
  'plaid-access-token': { positive: [`"access_token": "${'access-' + 'production-'}${uuid(5)}"`], negative: ['"access_token": "access-sandbox-<uuid>"'] },
  'adobe-client-secret': { positive: [`ADOBE_CLIENT_SECRET=${fake('p8' + 'e-', 32)}`], negative: ['ADOBE_CLIENT_SECRET=p8e-...'] },
  'mapbox-secret-token': { positive: [`MAPBOX_SECRET_TOKEN=${'sk.' + 'eyJ'}${Buffer.from('{"u":"acme","a":"' + fake('', 12) + '"}').toString('base64url')}.${fake('', 22, URLSAFE, 3)}`], negative: ['MAPBOX_TOKEN=pk.eyJ1IjoiYWNtZSJ9.abcdefghijklmnopqrstuv', 'sk.eyJ...'] },
  'saas-platform-token': { positive: [`DUFFEL_TOKEN=${fake('duffel' + '_live_', 43, URLSAFE)}`, `README_API_KEY=${fake('rd' + 'me_', 70, LOWER_ALNUM, 2)}`, `TYPEFORM_TOKEN=${fake('tf' + 'p_', 59, URLSAFE, 3)}`], negative: ['DUFFEL_TOKEN=duffel_test_...'] },
  'facebook-access-token': {
    positive: [`FACEBOOK_TOKEN="${'EA' + 'AC'}${fake('', 160)}"`, `facebook ${fake('', 16, DIGITS, 8)}|${fake('', 27, URLSAFE, 9)}`],
    negative: ['FACEBOOK_TOKEN=EAAC...', 'facebook app id 1234567890123456', `checksum: eaac${fake('', 124, HEX, 10)}`],
  },
};
