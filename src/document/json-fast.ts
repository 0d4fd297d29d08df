/**
 * The fast path for JSON packets: the engine's native JSON.parse builds the value, and one cheap
 * scan proves the text has no duplicate key and no nesting beyond the limit. Every ':' outside a
 * string introduces one object member, so the text holds duplicates exactly when it has more
 * colons than the parsed value has keys. Anything unusual returns undefined and the caller falls
 * back to the full parser, which reports the exact position.
 */
export function fastParseJson(text: string, maxDepth: number): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const colons = countMemberColons(text);
  const tally = { keys: 0, tooDeep: false };
  countKeys(value, 0, maxDepth, tally);
  if (tally.tooDeep || colons !== tally.keys) return undefined;
  return { value };
}

function countMemberColons(text: string): number {
  let colons = 0;
  let i = 0;
  for (;;) {
    const quote = text.indexOf('"', i);
    const end = quote === -1 ? text.length : quote;
    for (let c = text.indexOf(':', i); c !== -1 && c < end; c = text.indexOf(':', c + 1)) colons++;
    if (quote === -1) return colons;
    // Skip the string: find its closing quote, one not escaped by an odd run of backslashes.
    let close = text.indexOf('"', quote + 1);
    while (close !== -1) {
      let slashes = 0;
      while (text.charCodeAt(close - 1 - slashes) === 0x5c) slashes++;
      if (slashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    if (close === -1) return -1;
    i = close + 1;
  }
}

function countKeys(value: unknown, depth: number, maxDepth: number, tally: { keys: number; tooDeep: boolean }): void {
  if (value === null || typeof value !== 'object') return;
  if (depth >= maxDepth) {
    tally.tooDeep = true;
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) countKeys(item, depth + 1, maxDepth, tally);
    return;
  }
  for (const key in value) {
    tally.keys++;
    countKeys((value as Record<string, unknown>)[key], depth + 1, maxDepth, tally);
  }
}
