/**
 * Compiled packet schemas are kept per process (src/engine/schemas.ts) by what they were compiled
 * from: a copy of a repository reuses them, a changed schema or a schema it references never does.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkReadiness } from '../../src/engine/readiness.js';
import { json, makeRepo } from '../helpers/repo.js';

const policy = stringify({
  version: 1,
  packets: [{ id: 'p', file: 'packet.json', schema: 'schemas/packet.schema.json' }],
  gates: [{ id: 'g', checks: [{ check: 'schema', packet: 'p' }] }],
});

function repo(limit: number, max: number): string {
  return makeRepo({
    '.readiness-gate.yml': policy,
    'packet.json': json({ count: 5 }),
    'schemas/packet.schema.json': json({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { count: { $ref: 'count.schema.json' } }, required: ['count'], maximum: limit }),
    'schemas/count.schema.json': json({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'integer', maximum: max }),
  });
}

async function state(cwd: string): Promise<string> {
  const { report } = await checkReadiness({ cwd });
  return report.gates[0]!.state;
}

describe('compiled schemas kept per process', () => {
  it('a copy of a repository decides the same; a change to the schema or to a schema it references is honoured', async () => {
    expect(await state(repo(10, 10))).toBe('ready');
    expect(await state(repo(10, 10))).toBe('ready'); // another folder, the same schemas
    expect(await state(repo(10, 4))).toBe('blocked'); // only the referenced schema changed
    expect(await state(repo(10, 10))).toBe('ready');
  });
});
