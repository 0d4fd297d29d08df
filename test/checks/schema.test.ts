import { describeCheck, type CheckCase } from '../helpers/check-table.js';
import { json } from '../helpers/repo.js';

const draft7 = json({
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'status'],
  properties: { name: { type: 'string' }, status: { enum: ['ready', 'blocked'] }, count: { type: 'integer' } },
});

const draft2020WithRef = json({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: { generated_at: { $ref: 'defs/common.schema.json#/$defs/timestamp' }, items: { type: 'array', prefixItems: [{ type: 'string' }] } },
  required: ['generated_at'],
});
const common = json({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { timestamp: { type: 'string', format: 'date-time' } } });

const packets = [{ id: 'p', file: 'packet.json', schema: 'schema.json' }];

const valid: CheckCase[] = [
  { name: 'draft-07 packet that conforms', packets, files: { 'schema.json': draft7, 'packet.json': json({ name: 'a', status: 'ready' }) }, options: { packet: 'p' } },
  {
    name: '2020-12 schema with a $ref to another local file',
    packets,
    files: { 'schema.json': draft2020WithRef, 'defs/common.schema.json': common, 'packet.json': json({ generated_at: '2026-11-01T00:00:00Z', items: ['x', 1] }) },
    options: { packet: 'p' },
  },
  {
    name: 'YAML packet',
    packets: [{ id: 'p', file: 'packet.yaml', schema: 'schema.json' }],
    files: { 'schema.json': draft7, 'packet.yaml': 'name: a\nstatus: ready\n' },
    options: { packet: 'p' },
  },
  {
    name: 'schema given on the check rather than the packet',
    packets: [{ id: 'p', file: 'packet.json' }],
    files: { 'other.json': draft7, 'packet.json': json({ name: 'a', status: 'blocked' }) },
    options: { packet: 'p', schema: 'other.json' },
  },
  {
    name: 'absolute $ref mapped through a sibling schema $id',
    packets,
    files: {
      'schema.json': json({ type: 'object', properties: { t: { $ref: 'https://schemas.example.com/common.json#/$defs/timestamp' } } }),
      'common.json': json({ $id: 'https://schemas.example.com/common.json', $defs: { timestamp: { type: 'string', format: 'date-time' } } }),
      'packet.json': json({ t: '2026-11-01T00:00:00Z' }),
    },
    options: { packet: 'p' },
  },
];

const invalid: CheckCase[] = [
  {
    name: 'extra property is reported at its key',
    packets,
    files: { 'schema.json': draft7, 'packet.json': '{\n  "name": "a",\n  "status": "ready",\n  "extra": true\n}\n' },
    options: { packet: 'p' },
    errors: [{ messageId: 'violation', line: 4, column: 3, message: /unexpected property "extra"/ }],
  },
  {
    name: 'wrong enum value is reported at the value',
    packets,
    files: { 'schema.json': draft7, 'packet.json': '{\n  "name": "a",\n  "status": "redy"\n}\n' },
    options: { packet: 'p' },
    errors: [{ messageId: 'violation', line: 3, column: 13, message: /must be one of "ready", "blocked"/ }],
  },
  {
    name: 'missing required property is reported at the object',
    packets,
    files: { 'schema.json': draft7, 'packet.json': '{\n  "name": "a"\n}\n' },
    options: { packet: 'p' },
    errors: [{ messageId: 'violation', line: 1, column: 1, message: /missing required property "status"/ }],
  },
  {
    name: 'a format violation through a cross-file $ref (2020-12)',
    packets,
    files: { 'schema.json': draft2020WithRef, 'defs/common.schema.json': common, 'packet.json': '{\n  "generated_at": "yesterday"\n}\n' },
    options: { packet: 'p' },
    errors: [{ messageId: 'violation', line: 2, column: 19, message: /valid date-time/ }],
  },
  {
    name: 'YAML packet violation points at the YAML line',
    packets: [{ id: 'p', file: 'packet.yaml', schema: 'schema.json' }],
    files: { 'schema.json': draft7, 'packet.yaml': '# comment\nname: a\nstatus: ready\ncount: many\n' },
    options: { packet: 'p' },
    errors: [{ messageId: 'violation', line: 4, column: 8, message: /must be of type integer/ }],
  },
  {
    name: 'missing schema file makes the gate unknown',
    packets,
    files: { 'packet.json': json({ name: 'a' }) },
    options: { packet: 'p' },
    errors: [{ messageId: 'schema-unusable', state: 'unknown', message: /schema file not found: schema\.json/ }],
  },
  {
    name: 'remote $ref that is not mapped is a clear error at the $ref',
    packets,
    files: { 'schema.json': '{\n  "type": "object",\n  "properties": {\n    "a": { "$ref": "https://example.org/remote.json" }\n  }\n}\n', 'packet.json': json({ a: 1 }) },
    options: { packet: 'p' },
    errors: [{ messageId: 'schema-unusable', state: 'unknown', file: 'schema.json', line: 4, message: /not mapped to a local file.*schema-map/ }],
  },
  {
    name: 'a broken schema (bad keyword value) is unknown, never ready',
    packets,
    files: { 'schema.json': json({ type: 'strnig' }), 'packet.json': json({}) },
    options: { packet: 'p' },
    errors: [{ messageId: 'schema-unusable', state: 'unknown', message: /schema is not valid/ }],
  },
  {
    name: 'unsupported $schema draft',
    packets,
    files: { 'schema.json': json({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object' }), 'packet.json': json({}) },
    options: { packet: 'p' },
    errors: [{ messageId: 'schema-unusable', state: 'unknown', message: /unsupported \$schema/ }],
  },
  {
    name: 'max-errors caps the findings and says how many more',
    packets,
    files: { 'schema.json': json({ type: 'array', items: { type: 'integer' } }), 'packet.json': json(['a', 'b', 'c', 'd']) },
    options: { packet: 'p', 'max-errors': 2 },
    errors: [{ messageId: 'truncated', line: 1, message: /2 more/ }, { messageId: 'violation', line: 2 }, { messageId: 'violation', line: 3 }],
  },
];

describeCheck('schema', valid, invalid);
