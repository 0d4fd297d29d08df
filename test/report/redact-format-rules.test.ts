import { describe, expect, it } from 'vitest';
import { redactionScanner, redactText } from '../../src/report/redact.js';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { fake } from '../../src/scan/rules/fake.js';
import type { Rule } from '../../src/scan/types.js';

// Redaction scans messages and names, which have no file of their own. Built-in rules that read
// one file format by its name (gradle.properties, .pgpass) must not read a message as that file:
// `gradle-properties-credential` once masked every check message after its rule id.
describe('redaction of messages', () => {
  const scanner = redactionScanner(PUBLIC_SAFETY_RULES);

  it('leaves a finding message readable: rule id, description, masked value, fingerprint', () => {
    const message = 'github-token: GitHub token (personal access, OAuth, user-to-server, fine-grained) (ghp_****, sha256:49e7c5753dfb8058aa497364ac2dcae4)';
    expect(redactText(scanner, message)).toBe(message);
    expect(redactText(scanner, 'db.internal:5432:app:ops: nothing to scan')).toBe('db.internal:5432:app:ops: nothing to scan');
  });

  it('still masks a token in a message', () => {
    const token = `ghp_${fake('', 36, undefined, 7)}`;
    const out = redactText(scanner, `file name holds ${token} here`);
    expect(out).not.toContain(token);
    expect(out).toContain('ghp_****');
  });

  it('a policy rule limited to paths still masks its values anywhere', () => {
    const custom: Rule = { id: 'acme-key', description: 'Acme key', severity: 'high', category: 'saas-key', keywords: ['acme_'], pattern: /acme_[a-z0-9]{12}/g, onlyPaths: /\.cfg$/ };
    expect(redactText(redactionScanner([custom]), 'see acme_k3y9x2m1q8z4 now')).toBe('see acme**** now');
  });
});
