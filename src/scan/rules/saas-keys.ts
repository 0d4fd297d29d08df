import type { Rule } from '../types.js';

export const slackToken: Rule = {
  id: 'slack-token',
  description: 'Slack bot, user, app or configuration token, or incoming webhook URL',
  severity: 'high',
  category: 'saas-key',
  // App-level tokens (xapp-) carry no "xox": without their own keyword a file holding only one was never read.
  keywords: ['xox', 'xapp-', 'hooks.slack.com'],
  // Workspace, user and bot ids are long numbers; `xoxp-1234-1234-...` is a placeholder.
  pattern: /(?<![\w.-])(?<secret>xox[abposr]-(?:\d{1,2}-)?(?:\d{8,}-)+[A-Za-z0-9]{16,}|xapp-\d-[A-Z0-9]+-\d+-[a-f0-9]{32,}|https?:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,})/g,
};

export const stripeKey: Rule = {
  id: 'stripe-key',
  description: 'Stripe secret or restricted key',
  severity: 'critical',
  category: 'saas-key',
  // Stripe: secret keys sk_live_/sk_test_, restricted keys rk_live_/rk_test_ (publishable pk_ keys are public); keys
  // may be up to 255 characters (current ones are about 107).
  keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/g,
  entropy: 3.5,
};

export const sendgridKey: Rule = {
  id: 'sendgrid-key',
  description: 'SendGrid API key',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['sg.'],
  pattern: /(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
};

export const twilioKey: Rule = {
  id: 'twilio-api-key',
  description: 'Twilio API key SID with its secret nearby, or an auth token assignment',
  severity: 'high',
  category: 'saas-key',
  keywords: ['twilio'],
  // The name between "twilio" and the key word is bounded: unbounded, every "twilio" of a long run
  // of letters would read to the run's end (quadratic time).
  pattern: /twilio[a-z_.]{0,40}(?:auth_?token|secret|api_?key)(?:["']?[ \t]*(?:=>|[:=])[ \t]*["']?|>)(?<secret>[a-fA-F0-9]{32}|SK[a-fA-F0-9]{32})(?![A-Za-z0-9])/gi,
  entropy: 3,
};

export const mailgunKey: Rule = {
  id: 'mailgun-key',
  description: 'Mailgun API key (key-... or, beside a Mailgun name, the newer 32-8-8 hex form)',
  severity: 'high',
  category: 'saas-key',
  // Mailgun private API keys were "key-" + 32 hex; keys issued since 2023 are 32 hex, "-", 8 hex, "-", 8 hex
  // (also the webhook signing key), which alone could be any id: only beside a Mailgun name.
  keywords: ['key-', 'mailgun'],
  pattern: /(?<![A-Za-z0-9-])(?<secret>key-[0-9a-f]{32})(?![A-Za-z0-9])|mailgun[A-Za-z0-9_.-]{0,30}?(?:key|secret|token|password)(?:["']?[ \t]*(?:=>|[:=])[ \t]*["']?|>)(?<secret2>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9-])/gi,
};
