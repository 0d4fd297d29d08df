import { describe, expect, it } from 'vitest';
import { addDuration, parseDuration } from '../../src/engine/duration.js';
import { PolicyError } from '../../src/policy/errors.js';
import { describeCheck, runCase, type CheckCase } from '../helpers/check-table.js';

// The clock for every case: 2026-11-29T12:00:00Z.
const p = (generated: string, expires = '2026-12-31T00:00:00Z') => `{\n  "generated_at": "${generated}",\n  "expires_at": "${expires}"\n}\n`;

const valid: CheckCase[] = [
  { name: 'missing: skip, a document with no timestamp is not judged', files: { 'packet.json': '{"status": "ready"}' }, options: { packet: 'p', field: '/generated_at', 'max-age': 'P7D', missing: 'skip' } },
  { name: 'younger than max-age', files: { 'packet.json': p('2026-11-28T00:00:00Z') }, options: { packet: 'p', field: '/generated_at', 'max-age': 'P7D' } },
  { name: 'outside the warning horizon', files: { 'packet.json': p('2026-11-28T00:00:00Z') }, options: { packet: 'p', field: '/generated_at', 'max-age': 'P7D', 'warn-within': 'P2D' } },
  { name: 'expiry in the future', files: { 'packet.json': p('2026-11-28T00:00:00Z') }, options: { packet: 'p', expires: '/expires_at', 'warn-within': 'P7D' } },
  { name: 'calendar months: P1M from 2026-10-30 lasts until 2026-11-30', files: { 'packet.json': p('2026-10-30T00:00:00Z') }, options: { packet: 'p', field: '/generated_at', 'max-age': 'P1M' } },
  { name: 'a few minutes of clock skew are tolerated', files: { 'packet.json': p('2026-11-29T12:03:00Z') }, options: { packet: 'p', field: '/generated_at', 'max-age': 'P1D' } },
  {
    name: 'every timestamp a pattern selects',
    files: { 'packet.json': '{"items": [{"expires": "2027-01-01T00:00:00Z"}, {"expires": "2027-02-01T00:00:00Z"}]}' },
    options: { packet: 'p', expires: '/items/*/expires' },
  },
  { name: 'YAML packet with an offset timestamp', packets: [{ id: 'p', file: 'p.yaml' }], files: { 'p.yaml': 'at: "2026-11-29T10:00:00+02:00"\n' }, options: { packet: 'p', field: '/at', 'max-age': 'PT4H' } },
];

const invalid: CheckCase[] = [
  {
    name: 'older than max-age is blocked at the timestamp',
    files: { 'packet.json': p('2026-11-01T00:00:00Z') },
    options: { packet: 'p', field: '/generated_at', 'max-age': 'P7D' },
    errors: [{ messageId: 'stale', line: 2, column: 19, state: 'blocked', message: /is 28d 12h old, over the maximum age of P7D/ }],
  },
  {
    name: 'inside warn-within is degraded before it is blocked',
    files: { 'packet.json': p('2026-11-23T00:00:00Z') },
    options: { packet: 'p', field: '/generated_at', 'max-age': 'P7D', 'warn-within': 'P2D' },
    errors: [{ messageId: 'stale-soon', line: 2, state: 'degraded', message: /goes stale in 12h/ }],
  },
  {
    name: 'expired is blocked',
    files: { 'packet.json': p('2026-11-28T00:00:00Z', '2026-11-20T00:00:00Z') },
    options: { packet: 'p', expires: '/expires_at' },
    errors: [{ messageId: 'expired', line: 3, column: 17, state: 'blocked', message: /expired 9d 12h ago/ }],
  },
  {
    name: 'expiring within the horizon is degraded',
    files: { 'packet.json': p('2026-11-28T00:00:00Z', '2026-12-01T00:00:00Z') },
    options: { packet: 'p', expires: '/expires_at', 'warn-within': 'P7D' },
    errors: [{ messageId: 'expires-soon', line: 3, state: 'degraded' }],
  },
  {
    name: 'a timestamp in the future is blocked',
    files: { 'packet.json': p('2026-12-05T00:00:00Z') },
    options: { packet: 'p', field: '/generated_at', 'max-age': 'P7D' },
    errors: [{ messageId: 'future', line: 2 }],
  },
  {
    name: 'a missing timestamp is missing evidence',
    files: { 'packet.json': '{"other": 1}' },
    options: { packet: 'p', field: '/generated_at', 'max-age': 'P7D' },
    errors: [{ messageId: 'missing', state: 'blocked' }],
  },
  {
    name: 'a malformed timestamp is reported, not guessed',
    files: { 'packet.json': p('29/11/2026') },
    options: { packet: 'p', field: '/generated_at', 'max-age': 'P7D' },
    errors: [{ messageId: 'invalid', line: 2 }],
  },
  {
    name: 'an impossible date is not rolled over',
    files: { 'packet.json': p('2026-02-30T00:00:00Z') },
    options: { packet: 'p', field: '/generated_at', 'max-age': 'P7D' },
    errors: [{ messageId: 'invalid', line: 2 }],
  },
  {
    name: 'the --now clock decides: the same packet is stale a month later',
    files: { 'packet.json': p('2026-11-28T00:00:00Z') },
    options: { packet: 'p', field: '/generated_at', 'max-age': 'P7D' },
    now: '2026-12-29T00:00:00Z',
    errors: [{ messageId: 'stale' }],
  },
];

describeCheck('fresh', valid, invalid);

describe('fresh check at policy load', () => {

  it('rejects a malformed duration at load, naming the option', async () => {
    const err = await runCase('fresh', { name: '', files: {}, options: { packet: 'p', field: '/a', 'max-age': '7 days' } }).catch((e) => e);
    expect(err).toBeInstanceOf(PolicyError);
    expect(err.problems[0].message).toMatch(/fresh check: option max-age: "7 days" is not an ISO 8601 duration; write it like P7D \(for "7 days"\)/);
  });

  it('rejects field without max-age', async () => {
    const err = await runCase('fresh', { name: '', files: {}, options: { packet: 'p', field: '/a' } }).catch((e) => e);
    expect(err.problems[0].message).toMatch(/"field" needs "max-age"/);
  });

  it('parses ISO 8601 durations and adds them on the UTC calendar', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7.5S')).toMatchObject({ years: 1, months: 2, weeks: 3, days: 4, hours: 5, minutes: 6, seconds: 7.5 });
    for (const bad of ['P', 'PT', '7D', 'P1.5D', 'P1DT', '']) expect(parseDuration(bad), bad).toBeUndefined();
    expect(addDuration(new Date('2026-01-31T00:00:00Z'), parseDuration('P1M')!).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(addDuration(new Date('2028-01-31T00:00:00Z'), parseDuration('P1M')!).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(addDuration(new Date('2026-11-29T12:00:00Z'), parseDuration('PT36H')!).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
