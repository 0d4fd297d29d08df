import { describeCheck, type CheckCase } from '../helpers/check-table.js';

const packet = `{
  "schema_version": "cavra.aispm.pilot_control_readiness.v1",
  "status": "ready",
  "control_areas": [
    { "area_id": "a", "status": "ready" },
    { "area_id": "b", "status": "blocked" },
    { "area_id": "c" }
  ],
  "enterprise_boundaries": { "x": "requires_cavra_enterprise", "y": "public_docs_only" },
  "validator": ""
}
`;

const valid: CheckCase[] = [
  { name: 'constants that hold', files: { 'packet.json': packet }, options: { packet: 'p', expect: { '/schema_version': 'cavra.aispm.pilot_control_readiness.v1', '/status': 'ready' } } },
  { name: 'one of a list', files: { 'packet.json': packet }, options: { packet: 'p', expect: { '/status': { in: ['pass', 'ready'] } } } },
  { name: 'every value of an absent object passes', files: { 'packet.json': '{}' }, options: { packet: 'p', expect: { '/enterprise_boundaries/*': { prefix: 'requires_' } } } },
  { name: 'every item of an absent list passes', files: { 'packet.json': '{}' }, options: { packet: 'p', expect: { '/control_areas/*/status': 'ready' } } },
];

const invalid: CheckCase[] = [
  {
    name: 'a constant that differs, at the value',
    files: { 'packet.json': packet },
    options: { packet: 'p', expect: { '/status': 'ready_for_pr_and_pages_deploy' } },
    errors: [{ messageId: 'mismatch', line: 3, column: 13, state: 'blocked', message: /\/status is "ready", expected "ready_for_pr_and_pages_deploy"/ }],
  },
  {
    name: 'every item: a wrong value and a missing field, each at its item',
    files: { 'packet.json': packet },
    options: { packet: 'p', expect: { '/control_areas/*/status': 'ready' } },
    errors: [
      { messageId: 'mismatch', line: 6, message: /\/control_areas\/1\/status is "blocked"/ },
      { messageId: 'missing', line: 7, message: /\/control_areas\/2\/status is missing/ },
    ],
  },
  {
    name: 'a prefix every boundary value must start with',
    files: { 'packet.json': packet },
    options: { packet: 'p', expect: { '/enterprise_boundaries/*': { prefix: 'requires_' } } },
    errors: [{ messageId: 'mismatch', line: 9, column: 69 }],
  },
  {
    name: 'an empty string is not non-empty',
    files: { 'packet.json': packet },
    options: { packet: 'p', expect: { '/validator': { 'non-empty': true } } },
    errors: [{ messageId: 'mismatch', line: 10 }],
  },
  {
    name: 'a concrete field that is absent, at its nearest parent',
    files: { 'packet.json': packet },
    options: { packet: 'p', expect: { '/portal_packet': 'x.json' } },
    errors: [{ messageId: 'missing', line: 1, message: /\/portal_packet is missing/ }],
  },
  {
    name: 'a type mismatch is a mismatch',
    files: { 'packet.json': '{"count": "5"}' },
    options: { packet: 'p', expect: { '/count': 5 } },
    errors: [{ messageId: 'mismatch', message: /is "5", expected 5/ }],
  },
];

describeCheck('fields', valid, invalid);
