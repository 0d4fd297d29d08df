import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { select } from '../../src/document/select.js';
import { BUNDLES, CAVRA_FIXTURE, cavraGates, copyCavra, edit, expectOutcome, lineOf } from '../helpers/cavra.js';

const VALIDATOR_GATES = ['aispm-final-announcement', 'aispm-pilot-control', 'aispm-release-evidence-index', 'aispm-report-assurance', 'aispm-report-trial-operations', 'aispm-v100-public-release'];
const GATES = [
  ...VALIDATOR_GATES,
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

describe('built-in bundle cavra-enterprise-trial on the CAVRA fixture repository', () => {
  it('reports every gate, all ready, with no finding (the lab-notebook summary lists its markers without being flagged)', async () => {
    const all = await cavraGates(CAVRA_FIXTURE);
    expect([...all.keys()]).toEqual(GATES);
    for (const g of all.values()) expect([g.id, g.state, g.findings]).toEqual([g.id, 'ready', []]);
    expect(all.get('trial-lab-notebook')!.title).toBe('Trial Field Guide');
    expect(readFileSync(join(CAVRA_FIXTURE, 'docs/release-verifications/aispm-trial-lab-notebook-publication-readiness-summary.json'), 'utf8')).toContain('CAVRA_TRIAL_LICENSE_PRIVATE_KEY');
  });

  describe('pages not listed in Home.md, as CAVRA\'s lab-notebook validator decides it', () => {
    const packet = 'examples/aispm/enterprise-report-center-trial-lab-notebook-publication-readiness-public.example.json';
    const pages = ['AISPM-Enterprise-Trial-Lab-Notebook', 'AISPM-Trial-Access-And-Operator-Approval', 'AISPM-Trial-Revocation-Expiry-And-Closeout'];

    it('three trial pages Home.md does not name are three findings, each at the packet entry naming the page', async () => {
      const dir = copyCavra();
      edit(dir, 'docs/wiki/Home.md', (t) => t.split('\n').filter((l) => !pages.some((p) => l.includes(p))).join('\n'));
      const all = await cavraGates(dir);
      const notebook = all.get('trial-lab-notebook')!;
      expect(notebook.state).toBe('blocked');
      const unlisted = notebook.findings.filter((f) => f.messageId === 'not-listed-in-home');
      expect(unlisted.map((f) => [f.location?.file, f.location?.line])).toEqual(pages.map((p) => [packet, lineOf(dir, packet, `docs/wiki/${p}.md`)]));
    });

    it('wiki links to the pages without their file names do not list them (the gate stays blocked)', async () => {
      const dir = copyCavra();
      edit(dir, 'docs/wiki/Home.md', (t) =>
        t
          .split('\n')
          .filter((l) => !pages.some((p) => l.includes(p)))
          .concat(pages.map((p) => `- [${p.replace(/-/g, ' ')}](${p})`), '- [[AISPM Trial Access And Operator Approval]]')
          .join('\n'),
      );
      const notebook = (await cavraGates(dir)).get('trial-lab-notebook')!;
      expect(notebook.state).toBe('blocked');
      expect(notebook.findings.filter((f) => f.messageId === 'not-listed-in-home')).toHaveLength(3);
    });

    it('naming the file anywhere in Home.md lists it, link or not', async () => {
      const dir = copyCavra();
      edit(dir, 'docs/wiki/Home.md', (t) =>
        t
          .split('\n')
          .filter((l) => !pages.some((p) => l.includes(p)))
          .concat('Trial pages are kept as ' + pages.map((p) => `${p}.md`).join(', ') + '.')
          .join('\n'),
      );
      expect((await cavraGates(dir)).get('trial-lab-notebook')!.state).toBe('ready');
    });

    it('a missing Home.md is reported at Home.md', async () => {
      const dir = copyCavra();
      edit(dir, 'docs/wiki/Home.md', () => '');
      await expect(cavraGates(dir)).resolves.toBeDefined();
      const dir2 = copyCavra();
      (await import('node:fs')).rmSync(join(dir2, 'docs/wiki/Home.md'));
      const notebook = (await cavraGates(dir2)).get('trial-lab-notebook')!;
      expect(notebook.findings.find((f) => f.messageId === 'no-home')?.location?.file).toBe('docs/wiki/Home.md');
    });
  });

  it('a stale summary generated from another packet date is reported at the summary', async () => {
    const dir = copyCavra();
    const summary = 'docs/release-verifications/aispm-trial-lab-notebook-publication-readiness-summary.json';
    edit(dir, summary, (t) => t.replace(/"generated_at": "[^"]+"/, '"generated_at": "2026-06-01T00:00:00Z"'));
    await expectOutcome(dir, { gates: { 'trial-lab-notebook': 'blocked' }, gate: 'trial-lab-notebook', file: summary, line: lineOf(dir, summary, '"generated_at"') });
  });
});

/**
 * The bundle can no longer read a field that does not exist: every JSON pointer and every CEL
 * field reference in both CAVRA bundles must select something in the fixture, whose files follow
 * the real field paths.
 */
describe('every field the CAVRA bundles read exists in the fixture', () => {
  const policies = ['cavra-aispm-validators', 'cavra-enterprise-trial'].map((b) => parse(readFileSync(join(BUNDLES, b, 'policy.yml'), 'utf8'), { merge: true }));
  const packetFiles = new Map<string, string>();
  for (const p of policies) for (const packet of p.packets ?? []) if (packet.file) packetFiles.set(packet.id, packet.file);
  const docs = new Map<string, unknown>();
  const doc = (id: string) => {
    if (!docs.has(id)) docs.set(id, JSON.parse(readFileSync(join(CAVRA_FIXTURE, packetFiles.get(id)!), 'utf8')));
    return docs.get(id);
  };
  const checks = policies.flatMap((p) => p.gates.flatMap((g: { id: string; checks: Record<string, any>[] }) => g.checks.map((c) => ({ gate: g.id, ...c }))));

  for (const c of checks.filter((c) => c.packet && packetFiles.has(c.packet))) {
    it(`${c.gate} / ${c.id ?? c.check}`, () => {
      const paths = pathsOf(c);
      expect(paths.length + (c.check === 'schema' || c.check === 'redaction' ? 1 : 0)).toBeGreaterThan(0);
      for (const [packet, path, keys] of paths) {
        const hits = select(doc(packet), path);
        expect(hits.length, `${packet}: ${path} selects nothing in ${packetFiles.get(packet)}`).toBeGreaterThan(0);
        for (const key of keys) for (const hit of hits) expect(hit.value, `${packet}: ${path} item without "${key}"`).toHaveProperty([key]);
      }
    });
  }

  it('the CEL reader finds the references it is meant to', () => {
    expect(celPaths("packet.a.b.filter(p, p.status == 'x') && packets['q'].c.d.all(x, x.e.f)", 'self')).toEqual([
      ['self', '/a/b', []],
      ['self', '/a/b/*/status', []],
      ['q', '/c/d', []],
      ['q', '/c/d/*/e/f', []],
    ]);
  });
});

type PathSpec = [packet: string, path: string, keys: string[]];

function pathsOf(c: Record<string, any>): PathSpec[] {
  const p = c.packet as string;
  const out: PathSpec[] = [];
  const add = (path: string | undefined, keys: (string | undefined)[] = []) => {
    if (path) out.push([p, path, keys.filter((k): k is string => typeof k === 'string')]);
  };
  switch (c.check) {
    case 'fields':
      for (const path of Object.keys(c.expect)) add(path);
      break;
    case 'ids':
      add(c.items, [c.key]);
      add(c.within);
      break;
    case 'status':
      add(c.field ?? '/status');
      break;
    case 'refs':
      for (const f of c.fields) add(f);
      break;
    case 'digest':
      add(c.entries, [c['path-field'] ?? 'path', c['digest-field'] ?? 'sha256']);
      break;
    case 'fresh':
      add(c.field);
      add(c.expires);
      break;
    case 'wiki':
      add(c.pages, [c['page-path-field'], c['page-id-field'], c['title-field'] ?? 'title', c.checkpoints?.field, ...(c['page-flags'] ?? [])]);
      add(c.assets, [...(c['asset-flags'] ?? []), 'redaction_status']);
      break;
    case 'expr':
      add(c.at);
      out.push(...celPaths(c.rule, p));
      break;
  }
  return out;
}

const METHODS = new Set(['all', 'exists', 'exists_one', 'filter', 'map', 'startsWith', 'endsWith', 'contains', 'matches', 'size']);

/** Field references of a CEL rule, as path patterns: `packet.a.b` and `packets['id'].a`, through macro variables. */
export function celPaths(rule: string, self: string): PathSpec[] {
  const vars = new Map<string, [string, string]>();
  const out: PathSpec[] = [];
  const chain = /\b(packets\['([\w-]+)'\]|[A-Za-z_]\w*)((?:\.\w+)+)/g;
  for (const m of rule.matchAll(chain)) {
    const head = m[1]!;
    const segments = m[3]!.slice(1).split('.');
    const cut = segments.findIndex((s) => METHODS.has(s));
    const fields = cut === -1 ? segments : segments.slice(0, cut);
    let base: [string, string] | undefined;
    if (head === 'packet') base = [self, ''];
    else if (m[2]) base = [m[2], ''];
    else base = vars.get(head);
    if (!base) continue;
    const path = base[1] + fields.map((f) => `/${f}`).join('');
    if (fields.length > 0) out.push([base[0], path, []]);
    // A macro over this chain binds its variable to the items: `x.all(v, ...)`.
    const after = rule.slice(m.index! + m[0].length - (cut === -1 ? 0 : segments.slice(cut).join('.').length + 1));
    const macro = /^\.(?:all|exists|exists_one|filter|map)\((\w+),/.exec(after);
    if (macro) vars.set(macro[1]!, [base[0], `${path}/*`]);
  }
  return out;
}
