import type { Rule } from '../scan/types.js';
import { textSafe } from './escape.js';
import { redactionScanner, redactText } from './redact.js';

/**
 * What a diff scan says about the changed files it could not read and the policy does not allow
 * (`scan.allow-skipped`): each name masked like a finding's (a file name can hold a token) and
 * shown with its control characters escaped, then what to do. Shared by the CLI and the Action.
 */
export function unscannedMessage(unread: readonly { file: string; reason: string }[], rules: readonly Rule[], layout: 'lines' | 'one-line' = 'lines'): string {
  const scanner = redactionScanner(rules);
  const items = unread.map((s) => `${textSafe(redactText(scanner, s.file))}: ${s.reason}`);
  const head = `${unread.length} changed file${unread.length === 1 ? ' was' : 's were'} not scanned, and the policy does not allow that (scan.allow-skipped)`;
  const tail = 'Read them (or allow the reason in the policy), then scan again.';
  if (layout === 'one-line') return `${head}: ${items.join('; ')}. ${tail}`;
  return `${head}:\n${items.map((i) => `  ${i}`).join('\n')}\n${tail}\n`;
}
