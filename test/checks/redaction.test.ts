import { expect, it } from 'vitest';
import { PolicyError } from '../../src/policy/errors.js';
import { fake } from '../../src/scan/rules/fake.js';
import { describeCheck, runCase, type CheckCase } from '../helpers/check-table.js';
import { json } from '../helpers/repo.js';

const token = fake('gh' + 'p_', 36, undefined, 5);

const valid: CheckCase[] = [
  { name: 'clean files', packets: [], files: { 'docs/a.md': '# Guide\n\nContact support@acme-corp.com or evaluator@example.com.\n' }, options: { paths: ['docs/**'] } },
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
    errors: [{ messageId: 'finding', file: 'docs/a.md', line: 3, column: 14, state: 'blocked', message: /^github-token: GitHub token .* \(ghp_\*\*\*\*, sha256:[0-9a-f]{32}\)$/ }],
  },
  {
    name: 'a packet that declares no IP address but holds one',
    files: { 'packet.json': '{\n  "redaction": { "ip_address_included": false },\n  "client": "34.120.7.201"\n}\n' },
    options: { packet: 'p', categories: ['ip-address'] },
    errors: [{ messageId: 'finding', file: 'packet.json', line: 3, column: 14, message: /^ipv4-address: / }],
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
