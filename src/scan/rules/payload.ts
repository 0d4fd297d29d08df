import type { Rule } from '../types.js';

/** JSON or YAML keys whose value is a raw provider response or request payload. */
export const PAYLOAD_KEYS = ['provider_response', 'provider_responses', 'raw_response', 'raw_provider_response', 'request_payload', 'raw_request', 'request_body', 'response_body', 'raw_payload'];

/** The key right before the value is one of ours, not the tail of a longer name. */
const WHOLE_KEY = new RegExp(`(?:^|[^A-Za-z0-9_])["']?(?:${PAYLOAD_KEYS.join('|')})["']?\\s*:\\s*$`, 'i');

/** Values that say the payload was left out. */
const REDACTED = /^(?:null|false|""|''|"?(?:redacted|<redacted>|\[redacted\]|omitted|excluded|none|n\/a|\*{3,})"?|"cavra:\/\/evidence\/redacted\/[^"]*")$/i;

/** The rule for a set of keys: the built-in ones plus any a policy adds (`scan.payload-keys`). */
export function providerPayloadRule(extraKeys: readonly string[]): Rule {
  if (extraKeys.length === 0) return providerPayload;
  const keys = [...PAYLOAD_KEYS, ...extraKeys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))];
  const whole = new RegExp(`(?:^|[^A-Za-z0-9_])["']?(?:${keys.join('|')})["']?\\s*:\\s*$`, 'i');
  return {
    ...providerPayload,
    keywords: [...PAYLOAD_KEYS, ...extraKeys.map((k) => k.toLowerCase())],
    pattern: new RegExp(providerPayload.pattern.source.replace(PAYLOAD_KEYS.join('|'), keys.join('|')), 'gi'),
    validate: (value, ctx) => whole.test(ctx.text.slice(Math.max(0, ctx.index - 64), ctx.index)) && !REDACTED.test(value.trim()),
  };
}

export const providerPayload: Rule = {
  id: 'provider-payload',
  description: 'A raw provider response or request payload under a known key (provider_response, request_payload...)',
  severity: 'high',
  category: 'payload',
  keywords: PAYLOAD_KEYS,
  // Starts at the key itself (cheap to find); validate() checks that no longer name ends there.
  pattern: new RegExp(`(?:${PAYLOAD_KEYS.join('|')})["']?\\s*:\\s*(?<secret>"(?:[^"\\\\\\n]|\\\\.)*"|'[^'\\n]*'|\\{|\\[|[^\\s,}\\]#][^,}\\]\\n#]*)`, 'gi'),
  validate: (value, ctx) => WHOLE_KEY.test(ctx.text.slice(Math.max(0, ctx.index - 64), ctx.index)) && !REDACTED.test(value.trim()),
};
