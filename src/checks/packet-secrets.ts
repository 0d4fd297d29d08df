import type { Document, SourceRange } from '../document/document.js';
import { childPointer } from '../document/pointer.js';
import { redactionRules } from '../report/redact.js';
import { mask } from '../scan/mask.js';
import { Scanner } from '../scan/scanner.js';
import type { Rule, ScanFinding } from '../scan/types.js';
import { isSecretKey } from '../util/secret-keys.js';

/** What a value under a secret-like key is shown as: nothing of it, not even a prefix. */
export const HIDDEN = '****';

/**
 * The values of one packet document that no message may quote, and what each is shown as:
 * - every value (and key) a scan of the document's own text finds, with every rule, the context
 *   rules included: `"password": "<long random value>"` is a generic secret only beside its key,
 *   so a scan of the bare value, which is all a message has, would let it through;
 * - every value below a secret-like key (util/secret-keys.ts), which no rule can recognise at
 *   all ("hunter2-correct-horse"), and the keys there that read like values (see keyLikeValue).
 */
export interface PacketSecrets {
  /** Value -> shown form, for a message that quotes one value whole. */
  exact: Map<string, string>;
  /** [value, shown form], longest first: masked wherever they occur inside a message. */
  inside: [string, string][];
}

const byDocument = new WeakMap<Document, WeakMap<readonly Rule[], PacketSecrets>>();
const scanners = new WeakMap<readonly Rule[], { scanner: Scanner; values: Map<ScanFinding, string> }>();

/** The secrets of one document under the policy's rules (built once per document and rule set). */
export function packetSecrets(doc: Document, rules: readonly Rule[]): PacketSecrets {
  let perRules = byDocument.get(doc);
  if (!perRules) byDocument.set(doc, (perRules = new WeakMap()));
  let found = perRules.get(rules);
  if (!found) perRules.set(rules, (found = collect(doc, rules)));
  return found;
}

/** Every rule (built-in ones a policy disabled too), no inline marker honoured: see report/redact.ts. */
function redactionScanner(rules: readonly Rule[]) {
  let s = scanners.get(rules);
  if (!s) {
    const values = new Map<ScanFinding, string>();
    s = { scanner: new Scanner({ rules: redactionRules(rules), inlineAllow: false, values }), values };
    scanners.set(rules, s);
  }
  return s;
}

/** Whether the redaction scanner flags a bare value (what quoting did before it knew the document). */
export function flaggedAlone(value: string, rules: readonly Rule[]): boolean {
  return redactionScanner(rules).scanner.scanText('', value).length > 0;
}

function collect(doc: Document, rules: readonly Rule[]): PacketSecrets {
  const exact = new Map<string, string>();
  const s = redactionScanner(rules);
  s.values.clear();
  const findings = s.scanner.scanText(doc.file, doc.text);
  for (const f of findings) {
    const raw = s.values.get(f);
    if (raw !== undefined) exact.set(raw, mask(raw));
  }
  s.values.clear();
  walk(doc, doc.value, '', false, findings, exact);
  const inside: [string, string][] = [];
  for (const [value, shown] of exact) {
    if (!sweepable(value, shown)) continue;
    for (const form of new Set([value, JSON.stringify(value).slice(1, -1), value.replace(/~/g, '~0').replace(/\//g, '~1')])) inside.push([form, shown]);
  }
  inside.sort((a, b) => b[0].length - a[0].length);
  return { exact, inside };
}

/**
 * A value is masked inside longer text only when it cannot be an ordinary word of a message: a
 * password "required" must not turn "missing required property" into a row of stars. Such a
 * value is still hidden whenever a message quotes it whole.
 */
function sweepable(value: string, shown: string): boolean {
  if (shown !== HIDDEN) return value.length >= 4;
  return value.length >= 6 && (/[^A-Za-z]/.test(value) || value.length >= 10);
}

/**
 * Walks the parsed value: below a secret-like key every scalar is hidden; where the scan found
 * something, the decoded value or key at that position is added (the text may spell it with
 * escapes a message would not). Subtrees whose source range misses every finding are not located.
 */
function walk(doc: Document, value: unknown, pointer: string, secret: boolean, findings: readonly ScanFinding[], out: Map<string, string>): void {
  if (value === null || typeof value !== 'object') {
    const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? String(value) : undefined;
    if (text === undefined || text === '') return;
    if (secret) out.set(text, HIDDEN);
    else if (findings.length > 0 && hits(doc.locate(pointer), findings) && !out.has(text)) out.set(text, mask(text));
    return;
  }
  const near = findings.length > 0 && hits(doc.locate(pointer), findings) ? findings : [];
  if (!secret && near.length === 0 && !hasSecretKeyBelow(value)) return;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const here = childPointer(pointer, key);
    const below = secret || (!Array.isArray(value) && isSecretKey(key));
    if (!Array.isArray(value) && secret && keyLikeValue(key)) out.set(key, HIDDEN);
    else if (!Array.isArray(value) && near.length > 0 && !out.has(key) && hits(keyRange(doc, here), near)) out.set(key, mask(key));
    walk(doc, child, here, below, near, out);
  }
}

/**
 * A key below a secret-like key that reads like a value rather than a field name: a map from
 * tokens to their owners (`tokens: {<token>: ops}`) keys its secrets. Field names there
 * (`client_id`, `username`) have no digit and stay readable.
 */
function keyLikeValue(key: string): boolean {
  return key.length >= 8 && /\d/.test(key) && /[A-Za-z]/.test(key);
}

/**
 * Whether any key at or below this container is secret-like: answered once per container and
 * cached, so a walk with no finding visits each node a bounded number of times.
 */
const secretBelow = new WeakMap<object, boolean>();
function hasSecretKeyBelow(value: object): boolean {
  const cached = secretBelow.get(value);
  if (cached !== undefined) return cached;
  let found = false;
  if (Array.isArray(value)) found = value.some((v) => v !== null && typeof v === 'object' && hasSecretKeyBelow(v));
  else {
    for (const [k, v] of Object.entries(value)) {
      if (isSecretKey(k) || (v !== null && typeof v === 'object' && hasSecretKeyBelow(v))) {
        found = true;
        break;
      }
    }
  }
  secretBelow.set(value, found);
  return found;
}

/** From the start of a member's key to the start of its value: the key as written, with its quotes. */
function keyRange(doc: Document, pointer: string): SourceRange {
  const key = doc.locate(pointer, 'key');
  const value = doc.locate(pointer, 'value');
  return { line: key.line, column: key.column, endLine: value.line, endColumn: value.column };
}

function hits(range: SourceRange, findings: readonly ScanFinding[]): boolean {
  return findings.some((f) => before(range.line, range.column, f.endLine, f.endColumn) && before(f.line, f.column, range.endLine, range.endColumn));
}

function before(line: number, column: number, otherLine: number, otherColumn: number): boolean {
  return line < otherLine || (line === otherLine && column < otherColumn);
}

/** Text with every secret of these documents masked wherever it occurs. */
export function hideSecrets(text: string, secrets: readonly PacketSecrets[]): string {
  let out = text;
  for (const s of secrets) {
    for (const [value, shown] of s.inside) if (out.includes(value)) out = out.split(value).join(shown);
  }
  return out;
}

/**
 * A finding about packets with every secret of those packets masked in its message and pointer:
 * the last word for messages a check does not quote through quoteValue (duplicate keys, schema
 * and CEL errors that name keys), applied where findings are made.
 */
export function withoutPacketSecrets<F extends { message: string; location?: { pointer?: string } }>(finding: F, docs: readonly Document[], rules: readonly Rule[]): F {
  if (docs.length === 0) return finding;
  const secrets = docs.map((d) => packetSecrets(d, rules));
  const message = hideSecrets(finding.message, secrets);
  const pointer = finding.location?.pointer;
  const safePointer = pointer === undefined ? undefined : hidePointer(pointer, secrets);
  if (message === finding.message && safePointer === pointer) return finding;
  return { ...finding, message, ...(finding.location && safePointer !== undefined ? { location: { ...finding.location, pointer: safePointer } } : {}) };
}

/** A JSON pointer with each segment that is a secret replaced by its shown form. */
export function hidePointer(pointer: string, secrets: readonly PacketSecrets[]): string {
  if (!pointer) return pointer;
  const segments = pointer.split('/').map((segment, i) => {
    if (i === 0) return segment;
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    for (const s of secrets) {
      const shown = s.exact.get(key);
      if (shown !== undefined && (shown !== HIDDEN || sweepable(key, HIDDEN))) return shown;
    }
    return segment;
  });
  return hideSecrets(segments.join('/'), secrets);
}
