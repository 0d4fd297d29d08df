import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkReadiness } from '../../src/engine/readiness.js';
import type { ReportGate } from '../../src/report/model.js';
import { fake, UPPER_ALNUM } from '../../src/scan/rules/fake.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/cavra-repo', import.meta.url));
const BUNDLES = fileURLToPath(new URL('../../policies', import.meta.url));
const GATES = [
  'runtime-binding',
  'alert-transport',
  'release-dashboard-publication',
  'trial-lab-notebook',
  'operator-audit-archive',
  'trial-package-readiness-validator',
  'readiness-summary',
  'contract-examples',
  'declared-redaction',
  'public-safety',
  'release-freshness',
];

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-cavra-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

async function gates(dir: string): Promise<Map<string, ReportGate>> {
  const { report } = await checkReadiness({ cwd: dir, bundleDirs: [BUNDLES] });
  return new Map(report.gates.map((g) => [g.id, g]));
}

const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
const editJson = (dir: string, file: string, change: (v: Record<string, unknown>) => void) =>
  edit(dir, file, (t) => {
    const v = JSON.parse(t);
    change(v);
    return JSON.stringify(v, null, 2) + '\n';
  });
const lineOf = (dir: string, file: string, needle: string) => readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

/** Asserts that exactly one gate left `ready`, to `state`, with its first reason at file:line. */
async function onlyGate(dir: string, gate: string, state: string, file: string, line: number, message: RegExp) {
  const all = await gates(dir);
  const changed = [...all.values()].filter((g) => g.state !== 'ready').map((g) => `${g.id}=${g.state}`);
  expect(changed).toEqual([`${gate}=${state}`]);
  const reason = all.get(gate)!.findings.find((f) => message.test(f.message));
  expect(reason, all.get(gate)!.findings.map((f) => `${f.location?.file}:${f.location?.line} ${f.message}`).join('\n')).toBeDefined();
  expect([reason!.location?.file, reason!.location?.line]).toEqual([file, line]);
}

describe('built-in bundle cavra-enterprise-trial on the CAVRA fixture repository', () => {
  it('reports every gate, all ready, with no finding', async () => {
    const all = await gates(FIXTURE);
    expect([...all.keys()]).toEqual(GATES);
    for (const g of all.values()) expect([g.id, g.state, g.findings]).toEqual([g.id, 'ready', []]);
    expect(all.get('trial-lab-notebook')!.title).toBe('Trial Field Guide');
  });

  describe('each mutation turns exactly the right gate, at the right line', () => {
    it('a license key planted in a wiki page blocks public-safety', async () => {
      const dir = copy();
      const key = ['CAVRA', 'TRIAL', ...[1, 2, 3].map((i) => fake('', 5, UPPER_ALNUM, i + 40)), '7QX2K'].join('-');
      edit(dir, 'docs/wiki/Report-Center-Readiness.md', (t) => t.replace('The report center needs', `Use license ${key}. The report center needs`));
      await onlyGate(dir, 'public-safety', 'blocked', 'docs/wiki/Report-Center-Readiness.md', 3, /^cavra-license-key: .*\(CAVR\*\*\*\*, /);
    });

    it('a revocation check that still allows access blocks the trial package validator', async () => {
      const dir = copy();
      const file = 'examples/aispm/enterprise-report-center-trial-revocation-expiry-evidence-public.example.json';
      editJson(dir, file, (v) => {
        (v.blocked_access_checks as { actual_result: string }[])[1]!.actual_result = 'allowed';
      });
      await onlyGate(dir, 'trial-package-readiness-validator', 'blocked', file, lineOf(dir, file, '"blocked_access_checks"'), /all five surfaces/);
    });

    it('a stale release-verification packet blocks release freshness', async () => {
      const dir = copy();
      const file = 'docs/release-verifications/aispm-report-trial-operations-readiness.json';
      editJson(dir, file, (v) => {
        v.generated_at = '2026-04-01T00:00:00Z';
      });
      await onlyGate(dir, 'release-freshness', 'blocked', file, lineOf(dir, file, '"generated_at"'), /over the maximum age of P30D/);
    });

    it('a missing example blocks contract examples, at its schema', async () => {
      const dir = copy();
      rmSync(join(dir, 'examples/aispm/enterprise-report-kpi-metrics-public.example.json'));
      const schema = 'src/cavra/schemas/aispm-report-kpi-metrics.schema.json';
      const all = await gates(dir);
      expect([...all.values()].filter((g) => g.state !== 'ready').map((g) => g.id)).toEqual(['contract-examples']);
      expect(all.get('contract-examples')!.findings[0]).toMatchObject({ messageId: 'missing', location: { file: schema } });
    });

    it('an example with an extra property blocks contract examples at that property', async () => {
      const dir = copy();
      const file = 'examples/aispm/enterprise-report-kpi-metrics-public.example.json';
      editJson(dir, file, (v) => {
        v.tenant_drilldown = { rows: 3 };
      });
      await onlyGate(dir, 'contract-examples', 'blocked', file, lineOf(dir, file, '"tenant_drilldown"'), /unexpected property "tenant_drilldown"/);
    });

    it('a broken wiki link blocks the Trial Field Guide', async () => {
      const dir = copy();
      const file = 'docs/wiki/Closeout-Trial-Walkthrough.md';
      edit(dir, file, (t) => t.replace('Review the sample', 'See [the retention lab](Retention-Lab) and review the sample'));
      await onlyGate(dir, 'trial-lab-notebook', 'blocked', file, 3, /"Retention-Lab" does not resolve/);
    });

    it('a page missing from Home blocks the Trial Field Guide, at the page entry', async () => {
      const dir = copy();
      edit(dir, 'docs/wiki/Home.md', (t) => t.replace('- [[Report Center Readiness]]\n', ''));
      const file = 'examples/aispm/enterprise-report-center-trial-lab-notebook-publication-readiness-public.example.json';
      await onlyGate(dir, 'trial-lab-notebook', 'blocked', file, lineOf(dir, file, '"page": "Report-Center-Readiness"') - 1, /"Report-Center-Readiness" is not linked from docs\/wiki\/Home\.md/);
    });

    it('a redaction flag contradicted by an IP address blocks declared redaction, at the address', async () => {
      const dir = copy();
      const file = 'examples/aispm/enterprise-report-evidence-room-access-event-public.example.json';
      editJson(dir, file, (v) => {
        (v.actor as Record<string, unknown>).actor_class = 'external_auditor from 34.120.7.201';
      });
      await onlyGate(dir, 'declared-redaction', 'blocked', file, lineOf(dir, file, '34.120.7.201'), /declares redaction\.ip_address_included: false but holds an IP address/);
    });

    it('an open approval blocker beside a ready dashboard blocks release dashboard publication', async () => {
      const dir = copy();
      const file = 'examples/aispm/enterprise-report-center-trial-operator-dashboard-readiness-public.example.json';
      editJson(dir, file, (v) => {
        (v.approval_blockers as { status: string }[])[0]!.status = 'open';
      });
      await onlyGate(dir, 'release-dashboard-publication', 'blocked', file, lineOf(dir, file, '"approval_blockers"'), /approval blocker is open/);
    });

    it('a public document the summary lists but nobody wrote blocks the readiness summary, at the ref', async () => {
      const dir = copy();
      rmSync(join(dir, 'docs/release-verifications/aispm-report-trial-operations-readiness.md'));
      const file = 'docs/release-verifications/aispm-enterprise-trial-readiness-public-summary.json';
      await onlyGate(dir, 'readiness-summary', 'blocked', file, lineOf(dir, file, 'aispm-report-trial-operations-readiness.md'), /does not resolve to an existing file/);
    });

    it('summary counters that disagree with the paths block the trial package validator', async () => {
      const dir = copy();
      const file = 'examples/aispm/enterprise-report-center-trial-validation-packet-public.example.json';
      editJson(dir, file, (v) => {
        (v.validation_summary as Record<string, number>).passed = 9;
      });
      await onlyGate(dir, 'trial-package-readiness-validator', 'blocked', file, lineOf(dir, file, '"validation_summary"'), /counters must equal the counts of paths/);
    });

    it('validated_at before generated_at blocks the trial package validator, at validated_at', async () => {
      const dir = copy();
      const file = 'examples/aispm/enterprise-report-center-trial-validation-packet-public.example.json';
      editJson(dir, file, (v) => {
        (v.validation_summary as Record<string, string>).validated_at = '2026-06-19T00:00:00Z';
      });
      await onlyGate(dir, 'trial-package-readiness-validator', 'blocked', file, lineOf(dir, file, '"validated_at"'), /validated_at cannot be before generated_at/);
    });

    it('a revoked license beside a ready handoff blocks the trial package validator', async () => {
      const dir = copy();
      const file = 'examples/aispm/enterprise-report-center-trial-evaluator-handoff-packet-public.example.json';
      editJson(dir, file, (v) => {
        (v.license_status as Record<string, string>).status = 'revoked';
      });
      await onlyGate(dir, 'trial-package-readiness-validator', 'blocked', file, lineOf(dir, file, '"state": "ready_for_evaluator"'), /expired or revoked license or package access cannot sit beside a ready handoff/);
    });

    it('a handoff expiring within a week degrades release freshness before it blocks', async () => {
      const dir = copy();
      const file = 'examples/aispm/enterprise-report-center-trial-evaluator-handoff-packet-public.example.json';
      editJson(dir, file, (v) => {
        (v.license_status as Record<string, string>).expires_at = '2026-06-24T00:00:00Z';
      });
      await onlyGate(dir, 'release-freshness', 'degraded', file, lineOf(dir, file, '"expires_at"'), /expires in 2d 12h/);
    });

    it('a failed validation path blocks the trial package validator, at the paths', async () => {
      const dir = copy();
      const file = 'examples/aispm/enterprise-report-center-trial-validation-packet-public.example.json';
      editJson(dir, file, (v) => {
        (v.validation_paths as { status: string }[])[3]!.status = 'failed';
        (v.validation_summary as Record<string, number>).passed = 9;
        (v.validation_summary as Record<string, number>).failed = 1;
      });
      await onlyGate(dir, 'trial-package-readiness-validator', 'blocked', file, lineOf(dir, file, '"validation_paths"'), /Every trial validation path must have passed/);
    });

    it('checkpoint: a ready handoff that exposes a download URL flag fails the checkpoint (and its schema)', async () => {
      const dir = copy();
      const file = 'examples/aispm/enterprise-report-center-trial-evaluator-handoff-packet-public.example.json';
      editJson(dir, file, (v) => {
        (v.package_access as Record<string, boolean>).download_urls_included = true;
      });
      const all = await gates(dir);
      expect([...all.values()].filter((g) => g.state !== 'ready').map((g) => g.id)).toEqual(['trial-package-readiness-validator', 'contract-examples']);
      expect(all.get('trial-package-readiness-validator')!.findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/the handoff packet is ready without exposing secrets/));
    });

    it('a private marker in a doc blocks public safety', async () => {
      const dir = copy();
      edit(dir, 'docs/wiki/Closeout-Trial-Walkthrough.md', (t) => `${t}
Set CAVRA_LICENSE_PRIVATE_KEY before running the closeout.
`);
      await onlyGate(dir, 'public-safety', 'blocked', 'docs/wiki/Closeout-Trial-Walkthrough.md', 13, /^cavra-signing-key-name: /);
    });

    it('a gate missing from the readiness summary is evidence missing', async () => {
      const dir = copy();
      const file = 'docs/release-verifications/aispm-enterprise-trial-readiness-public-summary.json';
      editJson(dir, file, (v) => {
        v.readiness_gates = (v.readiness_gates as { gate_id: string }[]).filter((g) => g.gate_id !== 'alert-transport');
      });
      const all = await gates(dir);
      expect([...all.values()].filter((g) => g.state !== 'ready').map((g) => `${g.id}=${g.state}`)).toEqual(['alert-transport=blocked', 'readiness-summary=blocked']);
      expect(all.get('alert-transport')!.findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/^evidence missing: no state at/));
    });

    it('a degraded tenant audit store degrades the operator audit archive', async () => {
      const dir = copy();
      const file = 'docs/release-verifications/tenant-audit-store-operating.json';
      editJson(dir, file, (v) => {
        v.operating_state = 'degraded';
      });
      await onlyGate(dir, 'operator-audit-archive', 'degraded', file, lineOf(dir, file, '"operating_state"'), /makes the gate degraded/);
    });

    it('a closeout artifact that no longer matches its hash blocks the operator audit archive', async () => {
      const dir = copy();
      edit(dir, 'examples/demos/final-closeout-trial/artifacts/closed-release-summary.md', (t) => t + 'edited after signing\n');
      const file = 'examples/demos/final-closeout-trial/sample-evidence-package.json';
      await onlyGate(dir, 'operator-audit-archive', 'blocked', file, lineOf(dir, file, 'closed-release-summary.md') + 1, /does not match its digest/);
    });
  });
});
