import { describe, expect, it } from 'vitest';
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

// A schema catalog in the layout of the CAVRA public contracts: one schema per contract pinning
// its schema_version, and one redacted example per contract paired with it by file name.
const contract = (name: string, extra: object = {}) =>
  json({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    required: ['schema_version', 'product'],
    properties: { schema_version: { const: `cavra.aispm.${name}.v1` }, product: { const: 'CAVRA' }, ...extra },
  });
const catalogFiles = {
  'src/cavra/schemas/aispm-report-center-trial-validation-packet.schema.json': contract('report_center_trial_validation_packet', { trial_ref: { type: 'string', pattern: '^trial:' } }),
  'src/cavra/schemas/aispm-report-kpi-metrics.schema.json': contract('report_kpi_metrics'),
};
const examples = [{ id: 'examples', files: ['examples/aispm/*-public.example.json'] }];
const byDiscriminator = { packet: 'examples', catalog: 'src/cavra/schemas/aispm-report-*.schema.json' };
const byFileName = {
  packet: 'examples',
  catalog: 'src/cavra/schemas/aispm-report-*.schema.json',
  select: 'file-name',
  'file-name': { match: '^enterprise-report-(.+)-public\\.example\\.json$', schema: 'aispm-report-$1.schema.json' },
};
const good = {
  'examples/aispm/enterprise-report-center-trial-validation-packet-public.example.json': json({ schema_version: 'cavra.aispm.report_center_trial_validation_packet.v1', product: 'CAVRA', trial_ref: 'trial:demo' }),
  'examples/aispm/enterprise-report-kpi-metrics-public.example.json': json({ schema_version: 'cavra.aispm.report_kpi_metrics.v1', product: 'CAVRA' }),
};

describeCheck(
  'schema',
  [
    { name: 'catalog by discriminator: every example validates against the schema pinning its schema_version', packets: examples, files: { ...catalogFiles, ...good }, options: byDiscriminator },
    { name: 'catalog by file name: enterprise-report-X-public.example.json pairs with aispm-report-X.schema.json', packets: examples, files: { ...catalogFiles, ...good }, options: byFileName },
  ],
  [
    {
      name: 'catalog by discriminator: an example with an extra property fails against its own schema',
      packets: examples,
      files: { ...catalogFiles, ...good, 'examples/aispm/enterprise-report-kpi-metrics-public.example.json': '{\n  "schema_version": "cavra.aispm.report_kpi_metrics.v1",\n  "product": "CAVRA",\n  "extra": 1\n}\n' },
      options: byDiscriminator,
      errors: [{ messageId: 'violation', file: 'examples/aispm/enterprise-report-kpi-metrics-public.example.json', line: 4, column: 3, message: /unexpected property "extra".*aispm-report-kpi-metrics\.schema\.json/ }],
    },
    {
      name: 'catalog by discriminator: a packet whose schema_version no schema declares is a finding, not a skip',
      packets: examples,
      files: { ...catalogFiles, 'examples/aispm/enterprise-report-kpi-metrics-public.example.json': '{\n  "schema_version": "cavra.aispm.report_kpi_metric.v1",\n  "product": "CAVRA"\n}\n' },
      options: byDiscriminator,
      errors: [{ messageId: 'unknown-discriminator', state: 'blocked', line: 2, column: 21, message: /which no schema .* declares \(did you mean "cavra\.aispm\.report_kpi_metrics\.v1"\?\)/ }],
    },
    {
      name: 'catalog by discriminator: no schema_version at all',
      packets: examples,
      files: { ...catalogFiles, 'examples/aispm/enterprise-report-kpi-metrics-public.example.json': json({ product: 'CAVRA' }) },
      options: byDiscriminator,
      errors: [{ messageId: 'no-discriminator' }],
    },
    {
      name: 'catalog by discriminator: two schemas pinning one value is unknown',
      packets: examples,
      files: { ...catalogFiles, ...good, 'src/cavra/schemas/aispm-report-kpi-metrics-copy.schema.json': contract('report_kpi_metrics') },
      options: byDiscriminator,
      errors: [{ messageId: 'ambiguous-discriminator', state: 'unknown' }],
    },
    {
      name: 'catalog by file name: an example whose schema is missing',
      packets: examples,
      files: { ...catalogFiles, ...good, 'examples/aispm/enterprise-report-evidence-room-public.example.json': json({ schema_version: 'x', product: 'CAVRA' }) },
      options: byFileName,
      errors: [{ messageId: 'no-paired-schema', file: 'examples/aispm/enterprise-report-evidence-room-public.example.json', message: /no schema aispm-report-evidence-room\.schema\.json/ }],
    },
    {
      name: 'catalog by file name: a file whose name does not follow the pattern',
      packets: [{ id: 'examples', files: ['examples/aispm/*.json'] }],
      files: { ...catalogFiles, ...good, 'examples/aispm/notes.json': json({}) },
      options: byFileName,
      errors: [{ messageId: 'no-file-name-match', file: 'examples/aispm/notes.json' }],
    },
  ],
);

describe('schema check options at policy load', () => {
  it('rejects schema with catalog, and select without catalog', async () => {
    const { runCase } = await import('../helpers/check-table.js');
    const { PolicyError } = await import('../../src/policy/errors.js');
    const both = await runCase('schema', { name: '', packets: examples, files: {}, options: { ...byDiscriminator, schema: 'x.json' } }).catch((e) => e);
    expect(both).toBeInstanceOf(PolicyError);
    expect(both.problems[0].message).toMatch(/not both/);
    const orphan = await runCase('schema', { name: '', packets: [{ id: 'examples', files: ['x/*.json'], schema: 's.json' }], files: {}, options: { packet: 'examples', select: 'discriminator' } }).catch((e) => e);
    expect(orphan.problems[0].message).toMatch(/choose from a "catalog"/);
    const badRe = await runCase('schema', { name: '', packets: examples, files: {}, options: { ...byFileName, 'file-name': { match: '(', schema: 'x' } } }).catch((e) => e);
    expect(badRe.problems[0].message).toMatch(/invalid or unsupported regular expression/);
  });
});
