import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/policy/errors.js';
import { describeCheck, runCase, type CheckCase } from '../helpers/check-table.js';
import { json } from '../helpers/repo.js';

const packet = json({
  generated_at: '2026-11-01T00:00:00Z',
  validated_at: '2026-11-02T00:00:00Z',
  paths: [{ id: 'setup', status: 'passed' }, { id: 'render', status: 'passed' }, { id: 'send', status: 'failed' }],
  summary: { passed: 2, failed: 1, total: 3 },
  ratio: 0.5,
});

const valid: CheckCase[] = [
  { name: 'ints from JSON compare with CEL ints and sizes', files: { 'packet.json': packet }, options: { packet: 'p', rule: "size(packet.paths.filter(x, x.status == 'passed')) == packet.summary.passed" } },
  { name: 'arithmetic on JSON integers', files: { 'packet.json': packet }, options: { packet: 'p', rule: 'packet.summary.passed + packet.summary.failed == packet.summary.total' } },
  { name: 'doubles stay doubles', files: { 'packet.json': packet }, options: { packet: 'p', rule: 'packet.ratio < 0.75' } },
  { name: 'timestamps compare', files: { 'packet.json': packet }, options: { packet: 'p', rule: 'timestamp(packet.validated_at) >= timestamp(packet.generated_at)' } },
  { name: 'now is the evaluation clock', files: { 'packet.json': packet }, options: { packet: 'p', rule: "now - timestamp(packet.generated_at) < duration('720h')" } },
  {
    name: 'packets.<id> reads another packet',
    packets: [{ id: 'p', file: 'packet.json' }, { id: 'q', file: 'q.yaml' }],
    files: { 'packet.json': packet, 'q.yaml': 'expected_total: 3\n' },
    options: { packet: 'p', packets: ['q'], rule: 'packet.summary.total == packets.q.expected_total' },
  },
  {
    name: 'a files packet is a list in packets.<id> and runs once per document',
    packets: [{ id: 'many', files: ['evidence/*.json'] }],
    files: { 'evidence/a.json': json({ ok: true }), 'evidence/b.json': json({ ok: true }) },
    options: { packet: 'many', packets: ['many'], rule: 'packet.ok && size(packets.many) == 2' },
  },
  { name: 'has() guards an optional field', files: { 'packet.json': packet }, options: { packet: 'p', rule: '!has(packet.waiver) || packet.waiver == ""' } },
  ...[
    "packet.redaction.all(k, packet.redaction[k] == false)",
    "'ip_address_included' in packet.redaction && size(packet.redaction) == 2",
    'packet.counts.map(n, n * 2) == [2, 4, 6]',
    'packet.counts.exists_one(n, n == 2) && packet.counts.filter(n, n > 1).size() == 2',
    "packet.nested == {'a': 1, 'b': [true, null]}",
    'packet.counts[0] + 1 == 2 && string(packet.counts[2]) == "3"',
    'type(packet.counts[0]) == int && type(packet.ratio) == double && type(packet.nested) == map && type(packet.counts) == list',
    "packet.nested.exists(k, k == 'b') && packet.nested.b[1] == null",
    // Rules that use the packet whole must see every field, not only those they name.
    'size(packet) == 4 && packet.counts[1] == 2',
    "'ratio' in packet && packet.all(k, k != '')",
    "has(packet.ratio) && !has(packet.absent) && packet['counts'].size() == 3",
  ].map((rule) => ({
    name: `CEL over JSON values: ${rule}`,
    files: { 'packet.json': json({ redaction: { ip_address_included: false, secrets_included: false }, counts: [1, 2, 3], ratio: 0.5, nested: { a: 1, b: [true, null] } }) },
    options: { packet: 'p', rule },
  })),
];

const invalid: CheckCase[] = [
  {
    name: 'false rule points at `at`',
    files: { 'packet.json': packet },
    options: { packet: 'p', rule: "packet.paths.all(x, x.status == 'passed')", at: '/paths', message: 'Every validation path must pass' },
    errors: [{ messageId: 'failed', line: 4, column: 12, state: 'blocked', message: /^Every validation path must pass \(rule failed: packet\.paths\.all/ }],
  },
  {
    name: 'on-fail: degraded',
    files: { 'packet.json': packet },
    options: { packet: 'p', rule: 'packet.summary.failed == 0', 'on-fail': 'degraded' },
    errors: [{ messageId: 'failed', line: 1, column: 1, state: 'degraded' }],
  },
  {
    name: 'a runtime type error names the field, the type of its value and the line of the value',
    files: { 'packet.json': '{\n  "name": "x",\n  "tests": {\n    "passed": "7"\n  }\n}\n' },
    options: { packet: 'p', rule: 'packet.name != "" && packet.tests.passed > 3' },
    errors: [{ messageId: 'field-error', state: 'unknown', line: 4, column: 15, message: /no such overload: dyn<string> > int.*\/tests\/passed holds a string here/ }],
  },
  {
    name: 'a missing key is unknown (the rule cannot be decided)',
    files: { 'packet.json': packet },
    options: { packet: 'p', rule: 'packet.nope == 1' },
    errors: [{ messageId: 'error', state: 'unknown', message: /No such key: nope/ }],
  },
  {
    name: 'a non-boolean result is unknown',
    files: { 'packet.json': packet },
    options: { packet: 'p', rule: 'packet.summary' },
    errors: [{ messageId: 'not-boolean', state: 'unknown' }],
  },
  {
    name: 'a files packet fails per document, at each file',
    packets: [{ id: 'many', files: ['evidence/*.json'] }],
    files: { 'evidence/a.json': json({ ok: true }), 'evidence/b.json': json({ ok: false }) },
    options: { packet: 'many', rule: 'packet.ok' },
    errors: [{ messageId: 'failed', file: 'evidence/b.json' }],
  },
];

describeCheck('expr', valid, invalid);

describe('expr check at policy load', () => {

  it('rejects CEL syntax errors when the policy loads, at the rule line', async () => {
    const err = await runCase('expr', { name: '', files: { 'packet.json': packet }, options: { packet: 'p', rule: 'packet.x ==' } }).catch((e) => e);
    expect(err).toBeInstanceOf(PolicyError);
    expect(err.problems[0]).toMatchObject({ file: '.readiness-gate.yml', line: 10, column: 15 });
    expect(err.problems[0].message).toMatch(/expr check: invalid CEL/);
  });

  it('rejects a rule that cannot be a bool', async () => {
    const err = await runCase('expr', { name: '', files: { 'packet.json': packet }, options: { packet: 'p', rule: '1 + 2' } }).catch((e) => e);
    expect(err).toBeInstanceOf(PolicyError);
    expect(err.problems[0].message).toMatch(/must return a bool, but returns int/);
  });

  it('rejects an unknown packet in packets with a suggestion', async () => {
    const err = await runCase('expr', { name: '', files: { 'packet.json': packet }, options: { packet: 'p', packets: ['pp'], rule: 'true' } }).catch((e) => e);
    expect(err.problems[0].message).toMatch(/unknown packet "pp" \(did you mean "p"\?\)/);
  });
});
