import type { MatchContext, Rule } from '../types.js';
import { inPythonDocstring, lineStartOf, linePrefix } from './context.js';
import { isLiteralValue } from './literal.js';

/** JSON or YAML keys whose value is a raw provider response or request payload. */
export const PAYLOAD_KEYS = ['provider_response', 'provider_responses', 'raw_response', 'raw_provider_response', 'request_payload', 'raw_request', 'request_body', 'response_body', 'raw_payload'];

/** The key right before the value is one of ours, not the tail of a longer name. */
const wholeKey = (keys: readonly string[]) => new RegExp(`(?:^|[^A-Za-z0-9_])["']?(?:${keys.join('|')})["']?[ \\t]*:[ \\t]*$`, 'i');
/** A line that is only one of our keys opening a block (a comment may follow). */
const blockKey = (keys: readonly string[]) => new RegExp(`^[ \\t]*(?:-[ \\t]+)?["']?(?:${keys.join('|')})["']?[ \\t]*:[ \\t]*(?:#.*)?$`, 'i');

/** Values that say the payload was left out. */
const REDACTED = /^(?:null|false|""|''|"?(?:redacted|<redacted>|\[redacted\]|omitted|excluded|none|n\/a|\*{3,})"?|"cavra:\/\/evidence\/redacted\/[^"]*")$/i;

/**
 * The first key of a nested block that describes the payload instead of holding it: an option's or
 * a schema's documentation (`request_body:` then `description:`, `type: dict`, `required: false`).
 */
const SCHEMA_KEY = /^["']?(?:description|type|required|default|choices|elements|suboptions|aliases|version_added|properties|items|schema|\$ref|summary|nullable|format)["']?[ \t]*:/i;

function accepts(value: string, ctx: MatchContext, whole: RegExp, block: RegExp): boolean {
  if (REDACTED.test(value.trim()) || inPythonDocstring(ctx)) return false;
  const prefix = linePrefix(ctx);
  if (/^[ \t]*$/.test(prefix)) {
    // A nested YAML block on the lines below the key: deeper than the key, under the key's own line.
    const start = lineStartOf(ctx.text, ctx.index);
    if (start === 0) return false;
    const keyLine = ctx.text.slice(lineStartOf(ctx.text, start - 1), start - 1).replace(/\r$/, '');
    const keyIndent = /^[ \t]*(?:-[ \t]+)?/.exec(keyLine)![0].length;
    return block.test(keyLine) && prefix.length > keyIndent && !SCHEMA_KEY.test(value);
  }
  if (!whole.test(prefix.slice(-64))) return false;
  // An object or a list opened and closed at once is empty: no payload.
  if (value === '{' || value === '[') return !/^[ \t]*[}\]]/.test(ctx.text.slice(ctx.index + 1, ctx.index + 64));
  // A bare scalar in code is an expression (`json.dumps(body)`, a variable, Ruby's `:request_body`).
  return /^["']/.test(value) || isLiteralValue(value.trim(), ctx);
}

/** The rule for a set of keys: the built-in ones plus any a policy adds (`scan.payload-keys`). */
export function providerPayloadRule(extraKeys: readonly string[]): Rule {
  if (extraKeys.length === 0) return providerPayload;
  const keys = [...PAYLOAD_KEYS, ...extraKeys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))];
  const whole = wholeKey(keys);
  const block = blockKey(keys);
  return {
    ...providerPayload,
    keywords: [...PAYLOAD_KEYS, ...extraKeys.map((k) => k.toLowerCase())],
    pattern: new RegExp(providerPayload.pattern.source.replace(PAYLOAD_KEYS.join('|'), keys.join('|')), 'gi'),
    validate: (value, ctx) => accepts(value, ctx, whole, block),
  };
}

const WHOLE_KEY = wholeKey(PAYLOAD_KEYS);
const BLOCK_KEY = blockKey(PAYLOAD_KEYS);

export const providerPayload: Rule = {
  id: 'provider-payload',
  description: 'A raw provider response or request payload under a known key (provider_response, request_payload...)',
  severity: 'high',
  category: 'payload',
  keywords: PAYLOAD_KEYS,
  // Starts at the key itself (cheap to find); validate() checks that no longer name ends there.
  // The value is on the key's own line, or (YAML) a nested block: the next line, indented, opening
  // a mapping entry or a list item. Any other next line (Python's `if request_body:` and its body)
  // is not the key's value.
  pattern: new RegExp(
    `(?:${PAYLOAD_KEYS.join('|')})["']?[ \\t]*:(?:[ \\t]*(?<secret>"(?:[^"\\\\\\n]|\\\\.)*"|'[^'\\n]*'|\\{|\\[|[^\\s,}\\]#][^,}\\]\\n#]*)|[ \\t]*(?:#[^\\n]*)?\\r?\\n[ \\t]+(?<secret2>(?:-[ \\t]|["']?[\\w.-]+["']?[ \\t]*:)[^\\n]*))`,
    'gi',
  ),
  validate: (value, ctx) => accepts(value, ctx, WHOLE_KEY, BLOCK_KEY),
};
