import { expect, it } from 'vitest';
import { PolicyError } from '../../src/policy/errors.js';
import { fake } from '../../src/scan/rules/fake.js';
import { describeCheck, runCase, type CheckCase } from '../helpers/check-table.js';
import { json } from '../helpers/repo.js';

const token = fake('gh' + 'p_', 36, undefined, 5);

const valid: CheckCase[] = [
  { name: 'clean files', packets: [], files: { 'docs/a.md': '# Guide\n\nContact support@acme-corp.com or evaluator@example.com.\n' }, options: { paths: ['docs/**'] } },
  {
    name: 'declared redaction kept: the flags are false and the content holds nothing they cover',
    files: { 'packet.json': json({ redaction: { ip_address_included: false, secrets_included: false }, client: 'cavra://evidence/redacted/ip', doc_ip: '192.0.2.10' }) },
    options: { packet: 'p', declared: '/redaction' },
  },
  {
    name: 'a packet whose redaction holds',
    files: { 'packet.json': json({ redaction: { ip_address_included: false }, client: 'cavra://evidence/redacted/ip', note: 'ip 192.0.2.10' }) },
    options: { packet: 'p' },
  },
  { name: 'findings outside the chosen categories', packets: [], files: { 'docs/a.md': 'jane.doe@acme-corp.com\n' }, options: { paths: ['docs/*.md'], categories: ['package-token'] } },
];

const invalid: CheckCase[] = [
  {
    name: 'a token in a doc blocks, at its line and column, masked',
    packets: [],
    files: { 'docs/a.md': `# Guide\n\nexport TOKEN=${token}\n` },
    options: { paths: ['docs/**'] },
    errors: [{ messageId: 'finding', file: 'docs/a.md', line: 3, column: 14, state: 'blocked', message: /^github-token: GitHub token .* \(ghp_\*\*\*\*, sha256:[0-9a-f]{32}, evidence: shape\)$/ }],
  },
  {
    name: 'a packet that declares no IP address but holds one',
    files: { 'packet.json': '{\n  "redaction": { "ip_address_included": false },\n  "client": "34.120.7.201"\n}\n' },
    options: { packet: 'p', categories: ['ip-address'] },
    errors: [{ messageId: 'finding', file: 'packet.json', line: 3, column: 14, message: /^ipv4-address: / }],
  },
  {
    name: 'declared redaction: an IP address beside ip_address_included: false is a contradiction at its line',
    files: {
      'packet.json': '{\n  "schema_version": "cavra.aispm.report_evidence_room_access_event.v1",\n  "actor": { "ip_address_redacted": true, "source": "34.120.7.201" },\n  "redaction": {\n    "ip_address_included": false,\n    "recipient_addresses_included": false\n  }\n}\n',
    },
    options: { packet: 'p', declared: '/redaction' },
    errors: [{ messageId: 'contradiction', file: 'packet.json', line: 3, column: 54, message: /^the packet declares redaction\.ip_address_included: false but holds an IP address \(ipv4-address: 34\.\*\*\*\*, sha256:/ }],
  },
  {
    name: 'declared redaction: a finding no false flag covers is still a finding',
    files: { 'packet.json': `{\n  "redaction": { "ip_address_included": false },\n  "note": "token ${token}"\n}\n` },
    options: { packet: 'p', declared: '/redaction' },
    errors: [{ messageId: 'finding', line: 3 }],
  },
  {
    name: 'declared redaction: custom flags',
    files: { 'packet.json': '{\n  "privacy": { "contacts_included": false },\n  "owner": "jane.doe@acme-corp.com"\n}\n' },
    options: { packet: 'p', declared: '/privacy', flags: { contacts_included: ['identity'] } },
    errors: [{ messageId: 'contradiction', line: 3, message: /declares privacy\.contacts_included: false but holds an identity/ }],
  },
  {
    name: 'on-fail: degraded for a softer gate',
    packets: [],
    files: { 'docs/a.md': 'mail jane.doe@acme-corp.com\n' },
    options: { paths: ['docs/**'], 'on-fail': 'degraded' },
    errors: [{ messageId: 'finding', state: 'degraded' }],
  },
  {
    name: 'no file to scan is unknown, never a silent pass',
    packets: [],
    files: {},
    options: { paths: ['docs/**'] },
    errors: [{ messageId: 'no-files', state: 'unknown', file: '.readiness-gate.yml' }],
  },
];

describeCheck('redaction', valid, invalid);

it('needs exactly one of paths or packet', async () => {
  const err = await runCase('redaction', { name: '', files: { 'packet.json': '{}' }, options: { packet: 'p', paths: ['x'] } }).catch((e) => e);
  expect(err).toBeInstanceOf(PolicyError);
  expect(err.problems[0].message).toMatch(/exactly one of "paths"/);
});
