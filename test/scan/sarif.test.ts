import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';

const Ajv04 = (Ajv04Module as unknown as { default: typeof Ajv04Module }).default ?? Ajv04Module;
const addFormats = (addFormatsModule as unknown as { default: (a: unknown) => void }).default ?? addFormatsModule;
const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url)), 'utf8'));

describe('SARIF 2.1.0 output', () => {
  it('validates against the official SARIF 2.1.0 schema, with rules, partial fingerprints and relative URIs', async () => {
    const dir = makeRepo({
      'docs/guide with space.md': `# x\n\ntoken ${fake('gh' + 'p_', 36, undefined, 8)}\nclient 34.120.7.201\n`,
      'src/ünïcode.ts': `const key = "${fake('sk' + '_live_', 24)}";\n`,
    });
    const r = await cli(['scan', '--format', 'sarif'], dir);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    const ajv = new (Ajv04 as unknown as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } })({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(validate({ ...sarif, version: '2.0.0' }), 'the schema must reject a wrong version').toBe(false);

    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id).sort()).toEqual(['github-token', 'ipv4-address', 'stripe-key']);
    expect(run.tool.driver.rules[0].properties['security-severity']).toMatch(/^\d+\.\d$/);
    const uris = run.results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation);
    expect(uris).toContainEqual({ uri: 'docs/guide%20with%20space.md', uriBaseId: '%SRCROOT%' });
    expect(uris).toContainEqual({ uri: 'src/%C3%BCn%C3%AFcode.ts', uriBaseId: '%SRCROOT%' });
    for (const result of run.results) {
      expect(result.partialFingerprints['readinessGate/v1']).toMatch(/^sha256:[0-9a-f]{32}$/);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
    expect(run.results.find((x: { ruleId: string }) => x.ruleId === 'github-token').locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 7 });
  });

  it('an empty scan is still a valid SARIF log', async () => {
    const r = await cli(['scan', '--format', 'sarif'], makeRepo({ 'a.md': 'clean\n' }));
    expect(r.code).toBe(0);
    const ajv = new (Ajv04 as unknown as new (o: object) => { compile(s: object): (d: unknown) => boolean })({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    expect(ajv.compile(schema)(JSON.parse(r.stdout))).toBe(true);
  });
});

describe('SARIF for the GitHub rules of the SARIF multitool', () => {
  it('every rule has help text and markdown, a helpUri and a unique name; the driver has an informationUri', async () => {
    const { sarifRun } = await import('../../src/report/sarif-run.js');
    const rule = (id: string, name: string) => ({ id, name, shortDescription: { text: id }, fullDescription: { text: id }, help: { text: id, markdown: id }, helpUri: 'https://example.org/' });
    const run = sarifRun('x', [rule('gate/a-b', 'AB'), rule('gate/a_b', 'AB')], []);
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.tool.driver.rules.map((r) => r.name)).toEqual(['AB', 'AB2']);
    const { Scanner } = await import('../../src/scan/scanner.js');
    const { PUBLIC_SAFETY_RULES } = await import('../../src/scan/rules/index.js');
    const { buildScanReport } = await import('../../src/report/scan-report.js');
    const { scanSarifRun } = await import('../../src/report/scan-sarif.js');
    const findings = new Scanner({ rules: PUBLIC_SAFETY_RULES }).scanText('a.env', `GITHUB_TOKEN=${'ghp_' + 'T2x9R5fyXCvSDmGZw2Pw70E7ivBoarx67GGl'}\n`);
    const report = buildScanReport({ target: { kind: 'directory', root: '.' }, findings, stats: { skipped: [], files: 1, scanned: 1, bytes: 1, skippedBinary: 0, skippedLarge: 0, skippedSymlinks: 0, skippedUnreadable: 0 } }, PUBLIC_SAFETY_RULES);
    const scanRun = scanSarifRun(report, PUBLIC_SAFETY_RULES);
    for (const r of scanRun.tool.driver.rules) {
      expect(r.help.text.length).toBeGreaterThan(20);
      expect(r.help.markdown.length).toBeGreaterThan(20);
      expect(r.helpUri).toMatch(/^https:\/\//);
    }
  });
});

// The multitool ships a ~100 MB .NET build per platform; it is not installed by the suite (CI's
// 10-minute budget), but when SARIF_MULTITOOL points at it (npm i @microsoft/sarif-multitool in a
// scratch folder) its GitHub and SARIF rules are run on a real scan's SARIF.
const multitool = process.env.SARIF_MULTITOOL;
describe.skipIf(!multitool)('the SARIF multitool (when SARIF_MULTITOOL is set)', () => {
  it('reports nothing under its GitHub and SARIF rules', async () => {
    const { spawnSync } = await import('node:child_process');
    const { writeFileSync, readFileSync: read } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = makeRepo({ 'a.env': `GITHUB_TOKEN=${fake('gh' + 'p_', 36, undefined, 8)}\nclient 34.120.7.201\n` });
    writeFileSync(join(dir, 'out.sarif'), (await cli(['scan', '.', '--no-gitignore', '--format', 'sarif'], dir)).stdout);
    spawnSync(multitool!, ['validate', join(dir, 'out.sarif'), '--rule-kind', 'Gh;Sarif', '--output', join(dir, 'val.sarif')], { encoding: 'utf8', timeout: 300_000 });
    expect(JSON.parse(read(join(dir, 'val.sarif'), 'utf8')).runs[0].results ?? []).toEqual([]);
  });
});
