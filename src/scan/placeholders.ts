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
  /^cavra:\/\/evidence\/redacted\//,
];

export function isPlaceholder(value: string): boolean {
  return isKnownNonSecret(value) || PLACEHOLDERS.some((re) => re.test(value));
}
