import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-table.js';

// Without a bundle, no CAVRA vocabulary applies: a plain wiki and plain redaction flags.

describe('general defaults', () => {
  it('a plain wiki page (no CAVRA sections) passes the wiki check by default', async () => {
    const files = { 'docs/wiki/Home.md': '# Home\n\n- [Install](Install)\n', 'docs/wiki/Install.md': '# Install\n\nRun the installer.\n' };
    const r = await runCase('wiki', { name: '', packets: [], files, options: { dir: 'docs/wiki', 'page-list': ['Install'] } });
    expect(r.findings.map((f) => f.message)).toEqual([]);
    const cavra = await runCase('wiki', { name: '', packets: [], files, options: { dir: 'docs/wiki', 'page-list': ['Install'], sections: ['Public Safety Rules'] } });
    expect(cavra.findings.map((f) => f.message)).toEqual([expect.stringMatching(/Public Safety Rules/)]);
  });

  it('declared redaction reads general flags by default: <category>_included, secrets_included, personal_data_included', async () => {
    const packet = '{\n  "privacy": { "personal_data_included": false, "license_key_included": false },\n  "owner": "priya.raman@acme-corp.com"\n}\n';
    const r = await runCase('redaction', { name: '', files: { 'packet.json': packet }, options: { packet: 'p', declared: '/privacy' } });
    expect(r.findings.map((f) => `${f.messageId} ${f.location?.line}`)).toEqual(['contradiction 3']);
    expect(r.findings[0]!.message).toMatch(/declares privacy\.personal_data_included: false but holds an identity/);
    // A CAVRA-only flag means nothing without the bundle: the address is a plain finding.
    const cavraOnly = '{\n  "privacy": { "evaluator_identity_included": false },\n  "owner": "priya.raman@acme-corp.com"\n}\n';
    const plain = await runCase('redaction', { name: '', files: { 'packet.json': cavraOnly }, options: { packet: 'p', declared: '/privacy' } });
    expect(plain.findings.map((f) => f.messageId)).toEqual(['finding']);
  });
});
