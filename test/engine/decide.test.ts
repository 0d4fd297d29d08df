import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CHECKS } from '../../src/checks/registry.js';
import type { Check } from '../../src/checks/types.js';
import { decide } from '../../src/engine/decide.js';
import { evaluate } from '../../src/engine/run.js';
import { loadPolicy } from '../../src/policy/load.js';
import { json, makeRepo } from '../helpers/repo.js';

async function gates(policy: object, files: Record<string, string | Buffer>, failOn = ['blocked', 'unknown'] as const) {
  const cwd = makeRepo({ '.readiness-gate.yml': stringify(policy), ...files });
  const { evaluations } = await evaluate(loadPolicy({ cwd }), { cwd, now: new Date('2026-11-29T12:00:00Z') });
  return decide(evaluations, [...failOn]);
}

const statusGate = (id: string, packet: string) => ({ id, checks: [{ check: 'status', packet }] });

describe('decide: findings to gate states, and the run to pass or fail', () => {
  it('a gate is ready when every check passes, and the run passes', async () => {
    const d = await gates({ packets: [{ id: 'a', file: 'a.json' }], gates: [statusGate('g', 'a')] }, { 'a.json': json({ status: 'ready' }) });
    expect(d.gates[0]!.state).toBe('ready');
    expect(d.passed).toBe(true);
  });

  it('a required packet that is missing blocks with "evidence missing" at the policy line', async () => {
    const d = await gates({ packets: [{ id: 'a', file: 'a.json' }], gates: [statusGate('g', 'a')] }, {});
    const g = d.gates[0]!;
    expect(g.state).toBe('blocked');
    expect(g.findings[0]).toMatchObject({ messageId: 'evidence-missing', location: { file: '.readiness-gate.yml', line: 3 } });
    expect(g.findings[0]!.message).toMatch(/evidence missing: packet "a" \(a\.json\) matched no file/);
    expect(d.passed).toBe(false);
  });

  it('a glob packet with no match is evidence missing too', async () => {
    const d = await gates({ packets: [{ id: 'a', files: ['ev/*.json'] }], gates: [statusGate('g', 'a')] }, {});
    expect(d.gates[0]!.findings[0]!.messageId).toBe('evidence-missing');
  });

  it('an optional packet that is missing skips its checks; a gate with nothing checked is unknown', async () => {
    const d = await gates({ packets: [{ id: 'a', file: 'a.json', required: false }], gates: [statusGate('g', 'a')] }, {});
    expect(d.gates[0]!.state).toBe('unknown');
    expect(d.gates[0]!.findings[0]!.messageId).toBe('nothing-checked');
    expect(d.gates[0]!.checks[0]!.skipped).toMatch(/optional packet "a" is absent/);
  });

  it('a gate with no checks is unknown, never ready', async () => {
    const d = await gates({ gates: [{ id: 'g', checks: [] }] }, {});
    expect(d.gates[0]!.state).toBe('unknown');
    expect(d.passed).toBe(false);
  });

  it('malformed evidence blocks, unreadable evidence is unknown', async () => {
    const d = await gates(
      { packets: [{ id: 'bad', file: 'bad.json' }, { id: 'big', file: 'big.json' }], settings: { limits: { 'max-file-bytes': 25 } }, gates: [statusGate('g1', 'bad'), statusGate('g2', 'big')] },
      { 'bad.json': '{"status": "ready",,}', 'big.json': json({ status: 'ready', padding: 'xxxxxxxxxxxxxxxx' }) },
    );
    expect(d.gates.map((g) => [g.gate.id, g.state])).toEqual([['g1', 'blocked'], ['g2', 'unknown']]);
    expect(d.gates[0]!.findings[0]).toMatchObject({ messageId: 'packet-syntax', location: { file: 'bad.json', line: 1, column: 20 } });
  });

  it('a packet problem is reported once per gate even when several checks use it', async () => {
    const d = await gates({ packets: [{ id: 'a', file: 'a.json' }], gates: [{ id: 'g', checks: [{ check: 'status', packet: 'a' }, { check: 'expr', packet: 'a', rule: 'true' }] }] }, { 'a.json': '{"status": "ready", "status": "ready"}' });
    expect(d.gates[0]!.findings.map((f) => f.messageId)).toEqual(['packet-duplicate-key']);
  });

  it('blocked outranks unknown, unknown outranks degraded', async () => {
    const policy = {
      packets: [{ id: 'a', file: 'a.json' }],
      gates: [
        { id: 'g', checks: [{ check: 'status', packet: 'a', field: '/x', map: { x: 'degraded' } }, { check: 'status', packet: 'a', field: '/y', map: {} }, { check: 'status', packet: 'a', field: '/z', map: { z: 'blocked' } }] },
        { id: 'h', checks: [{ check: 'status', packet: 'a', field: '/x', map: { x: 'degraded' } }, { check: 'status', packet: 'a', field: '/y', map: {} }] },
      ],
    };
    const d = await gates(policy, { 'a.json': json({ x: 'x', y: 'y', z: 'z' }) });
    expect(d.gates.map((g) => g.state)).toEqual(['blocked', 'unknown']);
    expect(d.gates[0]!.checks.map((c) => c.state)).toEqual(['degraded', 'unknown', 'blocked']);
  });

  it('fail-on decides the exit: degraded fails only when listed', async () => {
    const policy = { packets: [{ id: 'a', file: 'a.json' }], gates: [statusGate('g', 'a')] };
    const files = { 'a.json': json({ status: 'degraded' }) };
    expect((await gates(policy, files)).passed).toBe(true);
    const strict = await gates(policy, files, ['degraded', 'blocked', 'unknown'] as never);
    expect(strict.passed).toBe(false);
    expect(strict.failing).toEqual(['g']);
  });

  it('a disabled gate is not evaluated', async () => {
    const d = await gates({ packets: [{ id: 'a', file: 'a.json' }], gates: [{ ...statusGate('g', 'a'), enabled: false }, { id: 'h', checks: [{ check: 'exists', paths: ['a.json'] }] }] }, { 'a.json': '{}' });
    expect(d.gates.map((g) => g.gate.id)).toEqual(['h']);
  });

  it('a check that throws makes its gate unknown rather than crashing the run', async () => {
    const registry = CHECKS as Map<string, Check>;
    registry.set('explodes', {
      meta: { id: 'explodes', description: 'test only', subject: 'repository', options: { type: 'object', properties: {} }, messages: {} },
      describe: () => 'throws',
      run: () => {
        throw new Error('boom');
      },
    });
    try {
      const d = await gates({ gates: [{ id: 'g', checks: [{ check: 'explodes' }] }] }, {});
      expect(d.gates[0]!.state).toBe('unknown');
      expect(d.gates[0]!.findings[0]).toMatchObject({ messageId: 'internal-error', message: 'check failed to run: boom' });
    } finally {
      registry.delete('explodes');
    }
  });
});

describe('evidence outside the repository', () => {
  it('refuses a packet path or symbolic link that leaves the root', async () => {
    const { symlinkSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const outside = mkdtempSync(join(tmpdir(), 'rg-outside-'));
    writeFileSync(join(outside, 'secret.json'), json({ status: 'ready' }));
    const cwd = makeRepo({
      '.readiness-gate.yml': stringify({
        packets: [{ id: 'up', file: '../secret.json' }, { id: 'link', file: 'link.json' }],
        gates: [{ id: 'g1', checks: [{ check: 'status', packet: 'up' }] }, { id: 'g2', checks: [{ check: 'status', packet: 'link' }] }],
      }),
    });
    symlinkSync(join(outside, 'secret.json'), join(cwd, 'link.json'));
    const { evaluations } = await evaluate(loadPolicy({ cwd }), { cwd, now: new Date() });
    const d = decide(evaluations, ['blocked', 'unknown']);
    expect(d.gates.map((g) => [g.state, g.findings[0]!.messageId])).toEqual([
      ['blocked', 'packet-outside-root'],
      ['blocked', 'packet-outside-root'],
    ]);
    expect(d.gates[1]!.findings[0]!.message).toMatch(/symbolic link that leads out of the repository/);
  });
});

describe('fail closed on emptiness', () => {
  it('a policy with no gates, or every gate disabled, fails with the reason; allow-empty lets it pass', async () => {
    const { makeRepo } = await import('../helpers/repo.js');
    const { checkReadiness } = await import('../../src/engine/readiness.js');
    for (const policy of ['version: 1\n', 'version: 1\ngates:\n  - id: g\n    enabled: false\n    checks: [{ check: exists, paths: [a] }]\n']) {
      const { decision, report } = await checkReadiness({ cwd: makeRepo({ '.readiness-gate.yml': policy }) });
      expect([decision.passed, report.result, report.reason]).toEqual([false, 'fail', expect.stringMatching(/^no gate to decide/)]);
    }
    const allowed = await checkReadiness({ cwd: makeRepo({ '.readiness-gate.yml': 'version: 1\nsettings: { allow-empty: true }\n' }) });
    expect(allowed.decision.passed).toBe(true);
  });

  it('a check whose packet cannot be parsed is unknown, not ready, beside the packet finding', async () => {
    const { makeRepo } = await import('../helpers/repo.js');
    const { checkReadiness } = await import('../../src/engine/readiness.js');
    const policy = 'version: 1\npackets: [{ id: p, file: p.json }]\ngates:\n  - id: g\n    checks:\n      - { check: status, packet: p }\n      - { check: fresh, packet: p, field: /at, max-age: P1D }\n';
    const { report } = await checkReadiness({ cwd: makeRepo({ '.readiness-gate.yml': policy, 'p.json': '{"status": "ready",' }) });
    expect(report.gates[0]!.checks.map((c) => c.state)).toEqual(['blocked', 'unknown']); // the first carries the packet finding
    expect(report.gates[0]!.state).toBe('blocked');
  });
});
