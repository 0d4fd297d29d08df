import type { RuleSamples } from '../types.js';
import { DIGITS, fake, HEX, UPPER_ALNUM } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'slack-token': {
    positive: [`SLACK_BOT_TOKEN=${'xo' + 'xb-'}${fake('', 10, DIGITS)}-${fake('', 13, DIGITS, 4)}-${fake('', 24)}`, `webhook: ${'https://hooks.' + 'slack.com/services/'}T0123ABCD/B0123ABCD/${fake('', 24)}`, `SLACK_APP_TOKEN=${'xa' + 'pp-'}1-A0${fake('', 9, UPPER_ALNUM)}-${fake('', 13, DIGITS, 5)}-${fake('', 64, HEX, 6)}`],
    negative: ['SLACK_BOT_TOKEN=xoxb-your-token', 'https://hooks.slack.com/services/...', `"token3": "${'xo' + 'xp-'}1234-1234-1234-${fake('', 32, HEX, 5)}"`],
  },
  'stripe-key': { positive: [`STRIPE_SECRET=${fake('sk' + '_live_', 24)}`], negative: ['STRIPE_SECRET=sk_live_...', 'pk_live_ keys are publishable'] },
  'sendgrid-key': { positive: [`SENDGRID_API_KEY=${fake('S' + 'G.', 22)}.${fake('', 43)}`], negative: ['SG.example is the key format'] },
  'twilio-api-key': { positive: [`TWILIO_AUTH_TOKEN=${fake('', 32, HEX)}`, `twilio_api_key: SK${fake('', 32, HEX, 5)}`], negative: ['TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}'] },
  'mailgun-key': {
    positive: [`MAILGUN_API_KEY=${fake('ke' + 'y-', 32, HEX)}`, `MAILGUN_API_KEY=${fake('', 32, HEX, 3)}-${fake('', 8, HEX, 4)}-${fake('', 8, HEX, 5)}\nMAILGUN_DOMAIN=mg.acme.io`],
    negative: ['primary-key-rotation', 'key-value store', `trace ${fake('', 32, HEX, 6)}-${fake('', 8, HEX, 7)}-${fake('', 8, HEX, 8)} (no Mailgun named)`, 'MAILGUN_API_KEY=${MAILGUN_API_KEY}'],
  },
};
