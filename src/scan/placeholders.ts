import { isKnownNonSecret } from './known-non-secrets.js';

/**
 * Values that stand for a secret rather than being one: templating, environment references,
 * secret-manager references and redaction markers. They are never findings, whatever rule matched.
 */
const PLACEHOLDERS: RegExp[] = [
  /\$\{\{[^}]*\}\}/, // ${{ secrets.X }} in workflows
  /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/, // $X, ${X}
  /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}]*)?\}/, // ${X:-default} inside a value
  /\b(?:process\.env|os\.environ|import\.meta\.env|env)\s*(?:\.|\[|\()/, // process.env.X, os.environ["X"]
  /^[A-Z][A-Z0-9_]*_REF$/, // secret-manager reference names
  /<[a-z0-9 _-]*(?:redacted|secret|password|token|key|placeholder|your[a-z _-]*|example)[a-z0-9 _-]*>/i, // <redacted>, <your-token>
  /^\[?redacted\]?$/i,
  /^\*{3,}$/, // ***
  /^(?:x{6,}|X{6,}|0{12,}|\.{3,})$/,
  /^(?:changeme|change-me|password|secret|example|placeholder|dummy|sample|test|none|null|todo|tbd)$/i,
  // A placeholder word with a number or a "some/my/your" in front: secret123, somepassword, my_token2.
  /^(?:(?:some|my|your|the|a)[-_]?)?(?:secret|passw(?:or|0)d|pass|p@ss|p%40ss|token|api[-_]?key|key|changeme|example|sample|dummy|test)[-_]?\d{0,6}$/i,
  // AWS documentation marks its sample values with EXAMPLE; a run of X stands for elided characters.
  /EXAMPLE|X{6,}/,
  /^cavra:\/\/evidence\/redacted\//,
];

/**
 * A run of eight or more ascending letters or digits ("abcdefgh", "12345678") is typed, not
 * generated: for a random token over 62 characters the chance is below one in 10^12 per position.
 */
export function hasTypedRun(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ascending = c === value.charCodeAt(i - 1) + 1 && isAlphanumeric(c) && isAlphanumeric(c - 1);
    run = ascending ? run + 1 : 1;
    if (run >= 8) return true;
  }
  return false;
}

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "1234-1234-1234": one group of three or more characters, typed three times between separators. */
function hasRepeatedGroup(value: string): boolean {
  // Three groups need two separators: most values have none, and are not split at all.
  let separators = 0;
  for (let i = 0; i < value.length && separators < 2; i++) {
    const c = value.charCodeAt(i);
    if (c === 45 || c === 95 || c === 46 || c === 58) separators++;
  }
  if (separators < 2) return false;
  const parts = value.split(/[-_.:]/);
  for (let i = 0; i + 2 < parts.length; i++) {
    const g = parts[i + 1]!;
    if (g.length >= 3 && /^[A-Za-z0-9]+$/.test(g) && parts[i + 2]!.startsWith(g) && parts[i]!.endsWith(g)) return true;
  }
  return false;
}

export function isPlaceholder(value: string): boolean {
  // An elided value ("ops_eyJzaWdu...") is shortened on purpose: what follows was left out; a
  // group typed three times over ("1234-1234-1234") fills a format by hand.
  return isKnownNonSecret(value) || PLACEHOLDERS.some((re) => re.test(value)) || hasTypedRun(value) || /\.{3}$/.test(value) || hasRepeatedGroup(value);
}
