import type { MatchContext } from '../types.js';
import { linePrefix } from './context.js';

// Whether a value a credential rule read after `name =` / `name:` was written as a literal, or is
// code that computes it: a call, an index, a member access, a comparison, a variable, a template
// expression. Shared by generic-secret and the named credential rules (smtp-credentials,
// license-key-assignment, provider-payload, authorization-header), which all read `name = value`.

/** Source files, where an unquoted word is a reference to something, not the value itself. */
export const CODE_FILE = /\.(?:[cm]?[jt]sx?|java|kt|kts|go|rs|py|rb|php|cs|swift|scala|c|cc|cpp|h|hpp|m|dart|lua|groovy)$/i;

/** How often, per character, the text switches between lower case, upper case, digits and the rest. */
export function caseSwitches(text: string): number {
  const kind = (c: string) => (c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 3);
  let switches = 0;
  for (let i = 1; i < text.length; i++) if (kind(text[i]!) !== kind(text[i - 1]!)) switches++;
  return switches / text.length;
}

/**
 * A random string switches between lower case, upper case and digits at about every other
 * character; an identifier (`PersonalAccessTokenCredentialHandler`, `XMLHttpRequest`) at one in four.
 */
export function looksRandom(segment: string): boolean {
  return segment.length >= 16 && caseSwitches(segment) >= 0.4;
}

/**
 * Inside a template expression on the value's line (Jinja/Django/Twig `{% set x = y %}`, `{{ x }}`),
 * outside any string literal of the expression: a variable or a filter chain, not a value. A quoted
 * string inside the expression (`{{ lookup('x', 'token=...') }}`) is a literal.
 */
export function inTemplateExpression(ctx: MatchContext): boolean {
  const prefix = linePrefix(ctx).slice(-1024);
  const open = Math.max(prefix.lastIndexOf('{%'), prefix.lastIndexOf('{{'));
  if (open === -1) return false;
  const inside = prefix.slice(open + 2);
  if (inside.includes(prefix[open + 1] === '%' ? '%}' : '}}')) return false;
  // An odd number of quotes of one kind since the opening: the value is inside a string.
  const odd = (q: string) => (inside.split(q).length - 1) % 2 === 1;
  return !odd('"') && !odd("'");
}

/**
 * A value written as a literal, not code: one that runs on into a call or an index
 * (`smtp_password=dict(...)`, `module.params["smtp_password"]`), a member access
 * (`self.module.params.get`, `os6_aaa.aaa_authorization`), a comparison (`token===102&&...`), an
 * unquoted identifier in a source file (`cancelToken: defaultToConfig2,`, Ruby `:request_body`), or
 * a template expression is code. In configuration (YAML, .env, properties) an unquoted word is the
 * value itself.
 */
export function isLiteralValue(value: string, ctx: MatchContext): boolean {
  // Quoted (or an XML element's text): a quote or `>` right before the value.
  const quoted = /["'`>]/.test(ctx.text.charAt(ctx.index - 1));
  const next = ctx.text.charAt(ctx.index + value.length);
  if (next === '(' || next === '[') return false;
  // Unquoted: in code, any `(` or `[` is a call or an index; elsewhere only a name that opens one
  // where the value stops (`hostvars[array][`), since a password may hold brackets.
  if (!quoted && (CODE_FILE.test(ctx.file) ? /[([]/.test(value) : /^[A-Za-z_$][\w$.]*[([](?:.*[([])?$/.test(value))) return false;
  if (/^[=!>]/.test(value) || /&&|\|\||\?\.|===|!==/.test(value)) return false;
  if (!quoted && CODE_FILE.test(ctx.file) && /^:?[A-Za-z_$][\w$]*$/.test(value)) return false;
  // inputs.githubToken, config.auth.token; a random-looking segment is not code (s.ZC9Ecf4M5g9o34Q6Rk).
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && !value.split('.').some(looksRandom)) return false;
  return !inTemplateExpression(ctx);
}
