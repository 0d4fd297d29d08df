import { describeCheck, type CheckCase } from '../helpers/check-table.js';

const summary = `{
  "readiness_gates": [
    { "gate_id": "runtime-binding", "status": "ready" },
    { "gate_id": "alert-transport", "status": "needs_operator_review" },
    { "gate_id": "audit-archive", "status": "failed" }
  ],
  "status": "ready"
}
`;
const map = { ready: 'ready', needs_operator_review: 'degraded', failed: 'blocked' };

const valid: CheckCase[] = [
  { name: 'ready maps to itself by default', files: { 'packet.json': summary }, options: { packet: 'p' } },
  { name: 'an element chosen by [key=value]', files: { 'packet.json': summary }, options: { packet: 'p', field: '/readiness_gates/[gate_id=runtime-binding]/status', map } },
];

const invalid: CheckCase[] = [
  {
    name: 'a mapped state feeds the gate (degraded)',
    files: { 'packet.json': summary },
    options: { packet: 'p', field: '/readiness_gates/[gate_id=alert-transport]/status', map },
    errors: [{ messageId: 'not-ready', line: 4, column: 47, state: 'degraded' }],
  },
  {
    name: 'a mapped state feeds the gate (blocked)',
    files: { 'packet.json': summary },
    options: { packet: 'p', field: '/readiness_gates/[gate_id=audit-archive]/status', map },
    errors: [{ messageId: 'not-ready', line: 5, state: 'blocked' }],
  },
  {
    name: 'an unmapped value is unknown',
    files: { 'packet.json': summary },
    options: { packet: 'p', field: '/readiness_gates/*/status', map: { ready: 'ready', failed: 'blocked' } },
    errors: [
      { messageId: 'unmapped', line: 4, state: 'unknown', message: /does not map to a gate state/ },
      { messageId: 'not-ready', line: 5, state: 'blocked' },
    ],
  },
  {
    name: 'a gate id absent from the summary is evidence missing (blocked)',
    files: { 'packet.json': summary },
    options: { packet: 'p', field: '/readiness_gates/[gate_id=trial-lab-notebook]/status', map },
    errors: [{ messageId: 'missing', line: 1, state: 'blocked', message: /evidence missing/ }],
  },
  {
    name: 'missing: unknown',
    files: { 'packet.json': '{}' },
    options: { packet: 'p', missing: 'unknown' },
    errors: [{ messageId: 'missing', state: 'unknown' }],
  },
  {
    name: 'the tenant audit-store vocabulary maps straight through',
    files: { 'packet.json': '{"status": "degraded"}' },
    options: { packet: 'p' },
    errors: [{ messageId: 'not-ready', state: 'degraded' }],
  },
];

describeCheck('status', valid, invalid);
