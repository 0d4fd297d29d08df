import type { Rule } from '../types.js';

// SaaS API keys, tokens and webhook URLs, by the prefixes and shapes their providers document.

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const slackRefreshToken: Rule = {
  id: 'slack-refresh-token',
  description: 'Slack configuration or rotating refresh token (xoxe.xoxp-..., xoxe-...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['xoxe'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,200}|xoxe-\d-[A-Za-z0-9]{100,200})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const slackWorkflowWebhook: Rule = {
  id: 'slack-workflow-webhook',
  description: 'Slack Workflow Builder webhook or trigger URL',
  severity: 'high',
  category: 'saas-key',
  keywords: ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
  pattern: /(?<secret>https?:\/\/hooks\.slack\.com\/(?:workflows|triggers)(?:\/[A-Za-z0-9]{6,}){2,3}\/[A-Za-z0-9]{20,64})(?![A-Za-z0-9])/g,
  entropy: 4,
};

export const discordWebhook: Rule = {
  id: 'discord-webhook',
  description: 'Discord webhook URL (id and token)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['/api/webhooks/'],
  pattern: /(?<secret>https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/g,
  entropy: 4,
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
};

export const teamsWebhook: Rule = {
  id: 'teams-webhook',
  description: 'Microsoft Teams incoming webhook or Office 365 connector URL (*.webhook.office.com/webhookb2/, legacy outlook.office.com/webhook/)',
  severity: 'high',
  category: 'saas-key',
  // Office 365 connector URLs: https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant id>/<connector>/<32 hex>/<owner id>[/<V2 signature>],
  // formerly https://outlook.office.com/webhook/... (and outlook.office365.com); <connector> is IncomingWebhook or another connector's name.
  keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
  pattern: new RegExp(
    `(?<secret>https://(?:[a-z0-9-]+\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/${UUID}@${UUID}/[A-Za-z0-9]{3,40}/[a-f0-9]{32}/${UUID}(?:/[A-Za-z0-9_-]{20,})?)`,
    'g',
  ),
};

export const stripeWebhookSecret: Rule = {
  id: 'stripe-webhook-secret',
  description: 'Stripe webhook signing secret (whsec_...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['whsec_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9+/]{32,64}={0,2})(?![A-Za-z0-9_])/g,
  entropy: 4,
};

export const shopifyToken: Rule = {
  id: 'shopify-token',
  description: 'Shopify access token, custom app, private app or shared secret (shpat_, shpca_, shppa_, shpss_)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/g,
  entropy: 3,
};

export const squareToken: Rule = {
  id: 'square-token',
  description: 'Square access token (EAAA..., sq0atp-) or OAuth secret (sq0csp-)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['eaaa', 'sq0atp-', 'sq0csp-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const braintreeToken: Rule = {
  id: 'braintree-access-token',
  description: 'PayPal Braintree access token (access_token$production$...)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['access_token$'],
  pattern: /(?<secret>access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32})(?![A-Za-z0-9])/g,
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
};

export const brevoKey: Rule = {
  id: 'brevo-api-key',
  description: 'Brevo (Sendinblue) API or SMTP key (xkeysib-, xsmtpsib-)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['xkeysib-', 'xsmtpsib-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/g,
  entropy: 3.5,
};

export const linearKey: Rule = {
  id: 'linear-api-key',
  description: 'Linear personal API key (lin_api_) or OAuth token (lin_oauth_)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['lin_api_', 'lin_oauth_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})(?![A-Za-z0-9_])/g,
  entropy: 4,
};

export const notionToken: Rule = {
  id: 'notion-token',
  description: 'Notion integration token (ntn_... or the older secret_...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['ntn_', 'secret_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>ntn_\d{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])/g,
  entropy: 4,
};

export const figmaToken: Rule = {
  id: 'figma-token',
  description: 'Figma personal access token (figd_...)',
  severity: 'medium',
  category: 'saas-key',
  keywords: ['figd_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>figd_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const shippingKey: Rule = {
  id: 'shipping-api-key',
  description: 'Shippo (shippo_live_) or EasyPost (EZAK, EZTK) API key',
  severity: 'high',
  category: 'saas-key',
  keywords: ['shippo_live_', 'shippo_test_', 'ezak', 'eztk'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>shippo_(?:live|test)_[a-f0-9]{40}|EZ[AT]K[A-Za-z0-9]{54})(?![A-Za-z0-9_])/g,
  entropy: 3.5,
};

export const flutterwaveKey: Rule = {
  id: 'flutterwave-secret-key',
  description: 'Flutterwave secret or encryption key (FLWSECK-, FLWSECK_TEST-)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['flwseck'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?-[a-z0-9]{32}-X)(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const plaidToken: Rule = {
  id: 'plaid-access-token',
  description: 'Plaid access token (access-production-..., access-development-...)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
  pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>access-(?:production|development|sandbox)-${UUID})(?![A-Za-z0-9_-])`, 'g'),
};

export const adobeSecret: Rule = {
  id: 'adobe-client-secret',
  description: 'Adobe developer console client secret (p8e-...)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['p8e-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>p8e-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const mapboxSecretToken: Rule = {
  id: 'mapbox-secret-token',
  description: 'Mapbox secret access token (sk.eyJ...; public pk. tokens are not secrets)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['sk.eyj'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const miscSaasToken: Rule = {
  id: 'saas-platform-token',
  description: 'Duffel, Frame.io, ReadMe, Typeform or 42 Intra API token (duffel_live_, fio-u-, rdme_, tfp_, s-s4t2ud-)',
  severity: 'high',
  category: 'saas-key',
  keywords: ['duffel_live_', 'duffel_test_', 'fio-u-', 'rdme_', 'tfp_', 's-s4t2'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>duffel_(?:live|test)_[A-Za-z0-9_=-]{43}|fio-u-[A-Za-z0-9_=-]{64}|rdme_[a-z0-9]{70}|tfp_[A-Za-z0-9_.=-]{59}|s-s4t2(?:ud|af)-[a-f0-9]{64})(?![A-Za-z0-9_=-])/g,
  entropy: 4,
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
};

export const SAAS_SERVICE_RULES: readonly Rule[] = [
  facebookToken,
  slackRefreshToken, slackWorkflowWebhook, discordWebhook, telegramBotToken, teamsWebhook, stripeWebhookSecret, shopifyToken, squareToken,
  braintreeToken, mailchimpKey, brevoKey, linearKey, notionToken, figmaToken, shippingKey, flutterwaveKey, plaidToken, adobeSecret,
  mapboxSecretToken, miscSaasToken,
];
