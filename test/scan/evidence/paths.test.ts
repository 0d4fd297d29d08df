import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScanReport, renderScanJson } from '../../../src/report/scan-report.js';
import { renderScanSarif } from '../../../src/report/scan-sarif.js';
import { mergeReportFiles } from '../../../src/report/scan-merge.js';
import { applyBaseline, createBaseline } from '../../../src/scan/baseline.js';
import { defaultScanSettings } from '../../../src/scan/defaults.js';
import { scanHistory } from '../../../src/scan/history/scan-history.js';
import { emptyStats } from '../../../src/scan/targets/source.js';
import type { ScanFinding } from '../../../src/scan/types.js';
import { HistoryRepo } from '../../helpers/history-repo.js';
import { checksummed } from './build.js';

const evidenceOf = (findings: readonly ScanFinding[]) => findings.map((f) => [f.ruleId, f.evidence, f.severity]);

describe('every path that copies findings keeps their evidence', () => {
  it('history: scanned whole, and carried over between compared versions of a large file', async () => {
    const repo = new HistoryRepo();
    const lines = Array.from({ length: 8000 }, (_, i) => `  exports.fn${i} = function fn${i}(a) { return a + ${i}; };`);
    for (let v = 0; v < 6; v++) {
      lines[(v * 977) % lines.length] = `  exports.changed${v} = ${v};`;
      if (v === 1) lines[4000] = `  const token = "${checksummed('gh' + 'p_', 9)}";`;
      repo.commit({ 'dist/index.js': lines.join('\n') + '\n' });
    }
    const whole = await scanHistory(repo.dir, defaultScanSettings(), {}, { compareVersions: false });
    const compared = await scanHistory(repo.dir, defaultScanSettings(), {}, {});
    expect(compared.history.compared).toBeGreaterThan(0);
    expect(evidenceOf(whole.findings)).toEqual([['github-token', 'checksum', 'critical']]);
    expect(evidenceOf(compared.findings)).toEqual(evidenceOf(whole.findings));
  });

  it('baseline: the findings it keeps are the scanner\'s own, evidence included', () => {
    const f = (line: number, fp: string): ScanFinding => ({ ruleId: 'npm-token', category: 'package-token', severity: 'critical', description: 'npm', file: 'a', line, column: 1, endLine: line, endColumn: 2, masked: 'npm_****', fingerprint: fp, evidence: 'checksum' });
    const baseline = createBaseline([f(1, 'sha256:1')]);
    expect(evidenceOf(applyBaseline([f(1, 'sha256:1'), f(2, 'sha256:2')], baseline, new Date()).kept)).toEqual([['npm-token', 'checksum', 'critical']]);
  });

  it('merge: JSON shard reports keep evidence; SARIF logs keep rank and properties.evidence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-evidence-merge-'));
    const rules = [{ id: 'npm-token', description: 'npm', severity: 'critical' as const, category: 'package-token' as const, keywords: [], pattern: /x/g }];
    const shard = (i: number) => {
      const finding: ScanFinding = { ruleId: 'npm-token', category: 'package-token', severity: i ? 'high' : 'critical', description: 'npm', file: `f${i}`, line: 1, column: 1, endLine: 1, endColumn: 2, masked: 'npm_****', fingerprint: `sha256:${i}`, evidence: i ? 'shape' : 'checksum' };
      return buildScanReport({ target: { kind: 'directory', path: '.' } as never, findings: [finding], stats: emptyStats() }, rules);
    };
    const files = (ext: string, render: (r: ReturnType<typeof shard>) => string) =>
      [0, 1].map((i) => {
        const path = join(dir, `s${i}.${ext}`);
        writeFileSync(path, render(shard(i)));
        return path;
      });
    const json = mergeReportFiles(files('json', renderScanJson));
    expect(json.kind === 'json' && evidenceOf(json.report.findings)).toEqual([['npm-token', 'checksum', 'critical'], ['npm-token', 'shape', 'high']]);
    const sarif = mergeReportFiles(files('sarif', (r) => renderScanSarif(r, rules)));
    const results = (sarif.kind === 'sarif' ? sarif.log.runs[0]!.results : []) as unknown as { rank: number; properties: { evidence: string } }[];
    expect(results.map((r) => [r.rank, r.properties.evidence])).toEqual([[95, 'checksum'], [60, 'shape']]);
  });
});
