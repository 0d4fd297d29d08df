import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { scanAnnotations, selectAnnotations } from '../../src/action/annotations.js';
import { summaryMarkdown } from '../../src/action/summary.js';
import { scanFindings } from '../../src/report/html/sections.js';
import { buildScanReport, renderScanText } from '../../src/report/scan-report.js';
import { renderScanSarif } from '../../src/report/scan-sarif.js';
import { plain } from '../../src/report/style.js';
import { emptyStats } from '../../src/scan/targets/source.js';
import type { Evidence, Rule, ScanFinding, Severity } from '../../src/scan/types.js';

/** A finding as the scanner writes it (masked value and fingerprint only). */
function finding(file: string, line: number, ruleId: string, severity: Severity, evidence?: Evidence): ScanFinding {
  return { ruleId, category: 'package-token', severity, description: `${ruleId} description`, file, line, column: 1, endLine: line, endColumn: 9, masked: `${ruleId.slice(0, 4)}****`, fingerprint: `sha256:${String(line).padStart(32, '0')}`, ...(evidence ? { evidence } : {}) };
}

const FINDINGS: ScanFinding[] = [
  finding('a.env', 1, 'jwt', 'high', 'structure'),
  finding('a.env', 2, 'github-token', 'high', 'shape'),
  finding('b.env', 3, 'npm-token', 'critical', 'checksum'),
  finding('c.env', 4, 'private-key', 'low', 'shape'),
  finding('c.env', 5, 'authorization-header', 'high', 'structure'),
  finding('d.env', 6, 'enterprise-source', 'critical'),
];
const RULES: Rule[] = [...new Set(FINDINGS.map((f) => f.ruleId))].map((id) => ({ id, description: `${id} description`, severity: 'critical', category: 'package-token', keywords: [], pattern: /x/g }));
const report = buildScanReport({ target: { kind: 'directory', path: '.' } as never, findings: FINDINGS, stats: { ...emptyStats(), files: 4, scanned: 4 } }, RULES);
const ORDER = ['b.env:3', 'd.env:6', 'a.env:1', 'c.env:5', 'a.env:2', 'c.env:4'];

describe('evidence in every output, strongest case first', () => {
  it('the JSON report keeps each finding\'s evidence', () => {
    expect(report.findings.map((f) => f.evidence)).toEqual(['structure', 'shape', 'checksum', 'shape', 'structure', undefined]);
  });

  it('text: by severity, then evidence within it; each line says its evidence; the last line counts them', () => {
    const text = renderScanText(report, plain);
    const lines = text.split('\n').filter((l) => /^[a-d]\.env:/.test(l));
    expect(lines.map((l) => l.split(':').slice(0, 2).join(':'))).toEqual(ORDER);
    expect(lines[0]).toContain('npm-token  npm-****  evidence: checksum  sha256:');
    expect(lines[1]).not.toContain('evidence:');
    expect(text).toContain('6 public-safety findings: 2 critical, 3 high, 1 low (evidence: 1 checksum, 2 structure, 2 shape)');
  });

  it('SARIF: rank by evidence (checksum 95, structure 80, shape 60) and properties.evidence', () => {
    const results = JSON.parse(renderScanSarif(report, RULES)).runs[0].results as { ruleId: string; rank?: number; properties?: { evidence?: string }; message: { text: string } }[];
    const byRule = Object.fromEntries(results.map((r) => [r.ruleId, r]));
    expect(byRule['npm-token']).toMatchObject({ rank: 95, properties: { evidence: 'checksum' } });
    expect(byRule['jwt']).toMatchObject({ rank: 80, properties: { evidence: 'structure' } });
    expect(byRule['github-token']).toMatchObject({ rank: 60, properties: { evidence: 'shape' } });
    expect(byRule['npm-token']!.message.text).toContain('evidence: checksum');
    expect(byRule['enterprise-source']!.rank).toBeUndefined();
    expect(byRule['enterprise-source']!.properties).toBeUndefined();
  });

  it('SARIF with rank and properties.evidence validates against the SARIF 2.1.0 schema', () => {
    const Ajv04 = (Ajv04Module as unknown as { default: typeof Ajv04Module }).default ?? Ajv04Module;
    const addFormats = (addFormatsModule as unknown as { default: (a: unknown) => void }).default ?? addFormatsModule;
    const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url)), 'utf8'));
    const ajv = new (Ajv04 as unknown as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } })({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(renderScanSarif(report, RULES));
    expect(validate(sarif), JSON.stringify(validate.errors, null, 1)).toBe(true);
    sarif.runs[0].results[0].rank = 101;
    expect(validate(sarif), 'the schema bounds rank to 0-100').toBe(false);
  });

  it('annotations: strongest first, so the per-level limit cuts the weakest; each says its evidence', () => {
    const all = scanAnnotations(report);
    expect(all.map((a) => `${a.file}:${a.line}`)).toEqual(ORDER);
    expect(all[0]!.message).toContain(', evidence: checksum');
    const many = scanAnnotations({ ...report, findings: [...Array(12)].flatMap((_, i) => [finding('x', i + 1, 'github-token', 'high', 'shape'), finding('y', i + 1, 'github-token', 'high', 'checksum')]) });
    const { shown } = selectAnnotations(many, undefined);
    expect(shown.filter((a) => a.message.includes('evidence: checksum'))).toHaveLength(10);
  });

  it('job summary: the findings list, strongest first, says severity and evidence, then counts by evidence', () => {
    const md = summaryMarkdown({ passed: false, scan: report, notes: [], hidden: { offChangedLines: 0, overLimit: 0 } });
    const items = md.split('\n').filter((l) => l.startsWith('- `'));
    expect(items.map((l) => /`([a-d]\.env):(\d+)`/.exec(l)!.slice(1).join(':'))).toEqual(ORDER);
    expect(items[0]).toContain('critical, evidence: checksum');
    expect(md).toContain('Evidence: 1 checksum, 2 structure, 2 shape');
  });

  it('HTML: severity and evidence columns, strongest first', () => {
    const html = scanFindings(report, {});
    expect(html).toContain('<th>Severity</th><th>Evidence</th>');
    const rows = [...html.matchAll(/<tr class="finding"[^>]*>(.*?)<\/tr>/g)].map((m) => m[1]!);
    expect(rows[0]).toContain('<td>critical</td><td>checksum</td>');
    expect(rows[rows.length - 1]).toContain('<td>low</td><td>shape</td>');
  });
});
