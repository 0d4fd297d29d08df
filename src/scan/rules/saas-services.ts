import type { Rule } from '../types.js';
import { DIGITS, fake, HEX, LOWER_ALNUM, URLSAFE } from './fake.js';

// SaaS API keys, tokens and webhook URLs, by the prefixes and shapes their providers document.

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const uuid = (seed: number) => [8, 4, 4, 4, 12].map((n, i) => fake('', n, HEX, seed + i)).join('-');

export const slackRefreshToken: Rule = {
  id: 'slack-refresh-token',
  description: 'Slack configuration or rotating refresh token (xoxe.xoxp-..., xoxe-...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['xoxe'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,200}|xoxe-\d-[A-Za-z0-9]{100,200})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  samples: { positive: [`SLACK_CONFIG_TOKEN=${'xoxe.' + 'xoxp-'}1-${fake('', 163)}`, `refresh_token: ${'xo' + 'xe-'}1-${fake('', 146, undefined, 4)}`], negative: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-...'] },
};

export const slackWorkflowWebhook: Rule = {
  id: 'slack-workflow-webhook',
  description: 'Slack Workflow Builder webhook or trigger URL',
  severity: 'high',
  category: 'saas-key',
  keywords: ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
  pattern: /(?<secret>https?:\/\/hooks\.slack\.com\/(?:workflows|triggers)(?:\/[A-Za-z0-9]{6,}){2,3}\/[A-Za-z0-9]{20,64})(?![A-Za-z0-9])/g,
  entropy: 4,
  samples: { positive: [`SLACK_WEBHOOK=${'https://hooks.' + 'slack.com/triggers/'}T0123ABCD/${fake('', 10, DIGITS, 5)}/${fake('', 32, HEX)}`, `${'https://hooks.' + 'slack.com/workflows/'}T016M3G1GHZ/A04J3BAF7AA/${fake('', 18, DIGITS, 6)}/${fake('', 24, undefined, 7)}`], negative: ['https://hooks.slack.com/workflows/T000/A000/xxxx', 'https://hooks.slack.com/triggers/...'] },
};

export const discordWebhook: Rule = {
  id: 'discord-webhook',
  description: 'Discord webhook URL (id and token)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['/api/webhooks/'],
  pattern: /(?<secret>https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  samples: { positive: [`DISCORD_WEBHOOK_URL=${'https://discord' + '.com/api/webhooks/'}${fake('', 18, DIGITS)}/${fake('', 68, URLSAFE)}`], negative: ['https://discord.com/api/webhooks/{id}/{token}'] },
};

export const telegramBotToken: Rule = {
  id: 'telegram-bot-token',
  description: 'Telegram Bot API token (bot id, colon, AA...)',
  severity: 'high',
  category: 'saas-key',
  keywords: [':aa'],
  anchor: { text: ':AA', back: 10, lead: /[0-9]/ },
  pattern: /(?<![A-Za-z0-9_:])(?<secret>\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  samples: { positive: [`TELEGRAM_BOT_TOKEN=${fake('', 10, DIGITS, 3)}:${fake('A' + 'A', 33, URLSAFE)}`], negative: ['TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11', 'at 10:30:AA'] },
};

export const teamsWebhook: Rule = {
  id: 'teams-webhook',
  description: 'Microsoft Teams incoming webhook URL',
  severity: 'high',
  category: 'saas-key',
  keywords: ['webhook.office.com'],
  pattern: new RegExp(`(?<secret>https://[a-z0-9-]+\\.webhook\\.office\\.com/webhookb2/${UUID}@${UUID}/IncomingWebhook/[a-f0-9]{32}/${UUID}(?:/[A-Za-z0-9_-]{20,})?)`, 'g'),
  samples: { positive: [`TEAMS_WEBHOOK=https://acme.${'webhook.' + 'office.com'}/webhookb2/${uuid(1)}@${uuid(2)}/IncomingWebhook/${fake('', 32, HEX, 3)}/${uuid(4)}`], negative: ['https://acme.webhook.office.com/webhookb2/<id>@<tenant>/IncomingWebhook/<hash>/<id>'] },
};

export const stripeWebhookSecret: Rule = {
  id: 'stripe-webhook-secret',
  description: 'Stripe webhook signing secret (whsec_...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['whsec_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9+/]{32,64}={0,2})(?![A-Za-z0-9_])/g,
  entropy: 4,
  samples: { positive: [`STRIPE_WEBHOOK_SECRET=${fake('wh' + 'sec_', 32)}`], negative: ['STRIPE_WEBHOOK_SECRET=whsec_...'] },
};

export const shopifyToken: Rule = {
  id: 'shopify-token',
  description: 'Shopify access token, custom app, private app or shared secret (shpat_, shpca_, shppa_, shpss_)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/g,
  entropy: 3,
  samples: { positive: [`SHOPIFY_ACCESS_TOKEN=${fake('shp' + 'at_', 32, HEX)}`], negative: ['SHOPIFY_ACCESS_TOKEN=shpat_...'] },
};

export const squareToken: Rule = {
  id: 'square-token',
  description: 'Square access token (EAAA..., sq0atp-) or OAuth secret (sq0csp-)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['eaaa', 'sq0atp-', 'sq0csp-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  samples: { positive: [`SQUARE_ACCESS_TOKEN=${fake('EA' + 'AA', 60, URLSAFE)}`, `secret: ${fake('sq0' + 'csp-', 43, URLSAFE, 3)}`], negative: ['SQUARE_ACCESS_TOKEN=EAAA...', 'AAAAEAAAAAAAAAA base64 padding'] },
};

export const braintreeToken: Rule = {
  id: 'braintree-access-token',
  description: 'PayPal Braintree access token (access_token$production$...)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['access_token$'],
  pattern: /(?<secret>access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32})(?![A-Za-z0-9])/g,
  samples: { positive: [`BT_ACCESS_TOKEN=${'access_' + 'token$production$'}${fake('', 16, LOWER_ALNUM)}$${fake('', 32, HEX, 2)}`], negative: ['BT_ACCESS_TOKEN=access_token$production$...'] },
};

export const mailchimpKey: Rule = {
  id: 'mailchimp-api-key',
  description: 'Mailchimp API key (32 hex characters and a data-centre suffix, -us21)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['-us'],
  anchor: { text: '-us', back: 32, lead: /[a-f0-9]/, next: /[0-9]/ },
  pattern: /(?<![A-Za-z0-9])(?<secret>[a-f0-9]{32}-us\d{1,2})(?![A-Za-z0-9])/g,
  entropy: 3,
  samples: { positive: [`MAILCHIMP_API_KEY=${fake('', 32, HEX)}-us21`], negative: ['MAILCHIMP_API_KEY=<key>-us21', 'en-us1 locale'] },
};

export const brevoKey: Rule = {
  id: 'brevo-api-key',
  description: 'Brevo (Sendinblue) API or SMTP key (xkeysib-, xsmtpsib-)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['xkeysib-', 'xsmtpsib-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
  samples: { positive: [`BREVO_API_KEY=${fake('xkey' + 'sib-', 64, HEX)}-${fake('', 16, undefined, 3)}`], negative: ['BREVO_API_KEY=xkeysib-...'] },
};

export const linearKey: Rule = {
  id: 'linear-api-key',
  description: 'Linear personal API key (lin_api_) or OAuth token (lin_oauth_)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['lin_api_', 'lin_oauth_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})(?![A-Za-z0-9_])/g,
  entropy: 4,
  samples: { positive: [`LINEAR_API_KEY=${fake('lin' + '_api_', 40)}`], negative: ['LINEAR_API_KEY=lin_api_...'] },
};

export const notionToken: Rule = {
  id: 'notion-token',
  description: 'Notion integration token (ntn_... or the older secret_...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['ntn_', 'secret_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>ntn_\d{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])/g,
  entropy: 4,
  samples: { positive: [`NOTION_TOKEN=${fake('nt' + 'n_', 11, '0123456789')}${fake('', 35, undefined, 5)}`, `NOTION_KEY=${fake('sec' + 'ret_', 43, undefined, 6)}`], negative: ['NOTION_TOKEN=ntn_...', 'secret_key_base_for_the_session_store_in_development_only'] },
};

export const figmaToken: Rule = {
  id: 'figma-token',
  description: 'Figma personal access token (figd_...)',
  severity: 'medium',
  category: 'saas-key',
  keywords: ['figd_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>figd_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  samples: { positive: [`FIGMA_TOKEN=${fake('fi' + 'gd_', 40, URLSAFE)}`], negative: ['FIGMA_TOKEN=figd_...'] },
};

export const shippingKey: Rule = {
  id: 'shipping-api-key',
  description: 'Shippo (shippo_live_) or EasyPost (EZAK, EZTK) API key',
  severity: 'high',
  category: 'saas-key',
  keywords: ['shippo_live_', 'shippo_test_', 'ezak', 'eztk'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>shippo_(?:live|test)_[a-f0-9]{40}|EZ[AT]K[A-Za-z0-9]{54})(?![A-Za-z0-9_])/g,
  entropy: 3.5,
  samples: { positive: [`SHIPPO_TOKEN=${fake('shippo' + '_live_', 40, HEX)}`, `EASYPOST_API_KEY=${fake('EZ' + 'AK', 54, undefined, 2)}`], negative: ['SHIPPO_TOKEN=shippo_live_...'] },
};

export const flutterwaveKey: Rule = {
  id: 'flutterwave-secret-key',
  description: 'Flutterwave secret or encryption key (FLWSECK-, FLWSECK_TEST-)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['flwseck'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?-[a-z0-9]{32}-X)(?![A-Za-z0-9_-])/g,
  entropy: 3,
  samples: { positive: [`FLW_SECRET_KEY=${fake('FLW' + 'SECK-', 32, HEX)}-X`], negative: ['FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X'] },
};

export const plaidToken: Rule = {
  id: 'plaid-access-token',
  description: 'Plaid access token (access-production-..., access-development-...)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
  pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>access-(?:production|development|sandbox)-${UUID})(?![A-Za-z0-9_-])`, 'g'),
  samples: { positive: [`"access_token": "${'access-' + 'production-'}${uuid(5)}"`], negative: ['"access_token": "access-sandbox-<uuid>"'] },
};

export const adobeSecret: Rule = {
  id: 'adobe-client-secret',
  description: 'Adobe developer console client secret (p8e-...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['p8e-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>p8e-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  samples: { positive: [`ADOBE_CLIENT_SECRET=${fake('p8' + 'e-', 32)}`], negative: ['ADOBE_CLIENT_SECRET=p8e-...'] },
};

export const mapboxSecretToken: Rule = {
  id: 'mapbox-secret-token',
  description: 'Mapbox secret access token (sk.eyJ...; public pk. tokens are not secrets)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['sk.eyj'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/g,
  entropy: 4,
  samples: { positive: [`MAPBOX_SECRET_TOKEN=${'sk.' + 'eyJ'}${Buffer.from('{"u":"acme","a":"' + fake('', 12) + '"}').toString('base64url')}.${fake('', 22, URLSAFE, 3)}`], negative: ['MAPBOX_TOKEN=pk.eyJ1IjoiYWNtZSJ9.abcdefghijklmnopqrstuv', 'sk.eyJ...'] },
};

export const miscSaasToken: Rule = {
  id: 'saas-platform-token',
  description: 'Duffel, Frame.io, ReadMe, Typeform or 42 Intra API token (duffel_live_, fio-u-, rdme_, tfp_, s-s4t2ud-)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['duffel_live_', 'duffel_test_', 'fio-u-', 'rdme_', 'tfp_', 's-s4t2'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>duffel_(?:live|test)_[A-Za-z0-9_=-]{43}|fio-u-[A-Za-z0-9_=-]{64}|rdme_[a-z0-9]{70}|tfp_[A-Za-z0-9_.=-]{59}|s-s4t2(?:ud|af)-[a-f0-9]{64})(?![A-Za-z0-9_=-])/g,
  entropy: 4,
  samples: { positive: [`DUFFEL_TOKEN=${fake('duffel' + '_live_', 43, URLSAFE)}`, `README_API_KEY=${fake('rd' + 'me_', 70, LOWER_ALNUM, 2)}`, `TYPEFORM_TOKEN=${fake('tf' + 'p_', 59, URLSAFE, 3)}`], negative: ['DUFFEL_TOKEN=duffel_test_...'] },
};

export const facebookToken: Rule = {
  id: 'facebook-access-token',
  description: 'Facebook (Meta) user or page access token (EAAC..., EAAM...), or an app access token (app id|secret)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['eaac', 'eaam', 'facebook'],
  // App tokens are the app id, "|" and the app secret: only beside the word facebook.
  pattern: /(?<![A-Za-z0-9])(?<secret>EAA[CM][A-Za-z0-9]{100,1024})(?![A-Za-z0-9])|(?:facebook|Facebook|FACEBOOK)[\w "':=]{0,30}?(?<![0-9])(?<secret2>\d{15,16}(?:\||%7C)[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
  samples: {
    positive: [`FACEBOOK_TOKEN="${'EA' + 'AC'}${fake('', 160)}"`, `facebook ${fake('', 16, DIGITS, 8)}|${fake('', 27, URLSAFE, 9)}`],
    negative: ['FACEBOOK_TOKEN=EAAC...', 'facebook app id 1234567890123456', `checksum: eaac${fake('', 124, HEX, 10)}`],
  },
};

export const SAAS_SERVICE_RULES: readonly Rule[] = [
  facebookToken,
  slackRefreshToken, slackWorkflowWebhook, discordWebhook, telegramBotToken, teamsWebhook, stripeWebhookSecret, shopifyToken, squareToken,
  braintreeToken, mailchimpKey, brevoKey, linearKey, notionToken, figmaToken, shippingKey, flutterwaveKey, plaidToken, adobeSecret,
  mapboxSecretToken, miscSaasToken,
];
