#!/usr/bin/env node
// Maintainer tool: writes test/fixtures/cavra-repo, a repository in the layout of CAVRA's public
// one, from the facts sheets in ../shared/cavra (shapes.md for field paths, validator-facts.md as
// transcribed into policies/cavra-aispm-validators). Tests never run this: they read the committed
// fixture. Usage: node scripts/dev/cavra-fixture/build.mjs [path/to/shapes.md]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { exampleFor, parseContracts, schemaFor } from './contracts.mjs';
import { patchExample } from './examples.mjs';
import { GENERATED, INDEXED, readinessSummary, releasePackets } from './packets.mjs';
import { labNotebookSummary, pages, PAGE_FILES } from './wiki.mjs';

const root = join(dirname(new URL(import.meta.url).pathname), '../../..');
const out = join(root, 'test/fixtures/cavra-repo');
const shapes = readFileSync(process.argv[2] ?? join(root, '../shared/cavra/shapes.md'), 'utf8');
const RV = 'docs/release-verifications';

const files = new Map();
const put = (path, content) => files.set(path, content);
const json = (v) => JSON.stringify(v, null, 2) + '\n';

// --- contracts and their examples ---------------------------------------------------------------
const examples = {};
for (const [name, rows] of parseContracts(shapes)) {
  const schema = schemaFor(name, rows);
  const short = name.replace(/^aispm-report-/, '');
  const example = patchExample(short, exampleFor(schema));
  examples[short] = example;
  put(`src/cavra/schemas/${name}.schema.json`, json(schema));
  put(`examples/aispm/enterprise-report-${short}-public.example.json`, json(example));
}

// --- release-verification packets and their Markdown companions ---------------------------------
const packets = releasePackets();
const labPacket = examples['center-trial-lab-notebook-publication-readiness'];
packets['aispm-trial-lab-notebook-publication-readiness-summary'] = labNotebookSummary(labPacket);
const publicDocs = [...PAGE_FILES.map((f) => `docs/wiki/${f}`), `${RV}/aispm-final-announcement-readiness.md`];
packets['aispm-enterprise-trial-readiness-public-summary'] = readinessSummary(publicDocs);
for (const [name, value] of Object.entries(packets)) {
  put(`${RV}/${name}.json`, name.endsWith('-summary') && name.includes('lab-notebook') ? sortedJson(value) : json(value));
  put(`${RV}/${name}.md`, `# ${title(name)}\n\nGenerated for the public repository. Machine-readable form: \`${RV}/${name}.json\`.\n\n## Public Safety Boundary\n\nPublic-safe metadata only.\n`);
}
put(`${RV}/community-v1.0.0-aispm-public-release-verification.md`, '# Community v1.0.0 AISPM public release verification\n\nVerified after the public release.\n');

// --- wiki, docs, portal, workflows, scripts -----------------------------------------------------
for (const [path, text] of Object.entries(pages())) put(path, text);
put('README.md', '# CAVRA\n\nAI agent runtime governance, community edition.\n');
put('CHANGELOG.md', '# Changelog\n\n## v1.0.0\n\n- AISPM public release.\n');
for (const doc of ['docs/ai-security-posture-dashboard-roadmap.md', 'docs/sandbox-portal-smoke-validation.md', 'docs/sandbox-portal-redesign.md', 'docs/architecture/aispm-report-center.md']) {
  put(doc, `# ${title(doc.split('/').pop().replace(/\.md$/, ''))}\n\nHow the public portal and report center fit together.\n`);
}
put('docs/aispm-v1.0-public-walkthrough.md', '# AISPM v1.0 public walkthrough\n\nOpen the portal, choose AI posture, read the readiness panels.\n');
put('docs/releases/community-v1.0.0-aispm.md', '# Release notes\n\nPublic AISPM release.\n\n## Boundary Notice\n\nEnterprise features stay private.\n');
put('apps/sandbox-ui/index.html', '<!doctype html>\n<html lang="en">\n<head><title>CAVRA sandbox</title><link rel="stylesheet" href="styles.css"></head>\n<body>\n<main id="app">\n</main>\n<script src="sandbox.js"></script>\n</body>\n</html>\n');
put('apps/sandbox-ui/sandbox.js', '// The sandbox portal renders the release readiness panels from public packets.\n');
put('apps/sandbox-ui/styles.css', '/* Sandbox portal styles. */\nbody { font-family: sans-serif; }\n');
for (const wf of ['community-ci', 'release-community', 'deploy-sandbox']) put(`.github/workflows/${wf}.yml`, `name: ${wf}\non: [push]\njobs:\n  validate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n`);
const validators = [...new Set([...readFileSync(join(root, 'policies/cavra-aispm-validators/policy.yml'), 'utf8').matchAll(/scripts\/validate-[a-z0-9.-]+\.py/g)].map((m) => m[0]))];
for (const script of [...validators, 'scripts/validate-aispm-trial-lab-notebook.py']) {
  put(script, '#!/usr/bin/env python3\n"""Stand-in for a CAVRA validator: the readiness-gate bundles check what it checks."""\n');
}
addRequiredStrings();

// --- the closeout sample, with artifact files its hashes describe ---------------------------------
const closeoutDir = 'examples/demos/final-closeout-trial';
const artifacts = { 'closeout-summary.json': json({ closeout_id: 'closeout-demo-001', closeout_state: 'closed' }), 'final-readiness-bundle.json': json({ bundle_id: 'frb-demo-001', state: 'ready' }) };
for (const [name, text] of Object.entries(artifacts)) put(`${closeoutDir}/${name}`, text);
put(`${closeoutDir}/sample-evidence-package.json`, json(closeoutSample(artifacts)));

put('.readiness-gate.yml', '# The CAVRA fixture enables the built-in bundle and pins the clock just after its packets were\n# generated, so results do not age.\nversion: 1\nextends: [cavra-enterprise-trial]\nsettings:\n  clock: "2026-06-15T00:00:00Z"\n');
put('FIXTURE.md', '# CAVRA fixture\n\nA repository in the layout of CAVRA\'s public one, written for the tests from facts about its\nfile shapes and validators (see `scripts/dev/cavra-fixture/`). None of its files come from CAVRA.\n');

rmSync(out, { recursive: true, force: true });
for (const [path, content] of files) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), content);
}
console.log(`wrote ${files.size} files to ${out}`);

/**
 * Every string the validator bundle requires a file to contain is added to that file, in a
 * closing "Release evidence" list (the way CAVRA's docs cross-link their packets).
 */
function addRequiredStrings() {
  const policy = parse(readFileSync(join(root, 'policies/cavra-aispm-validators/policy.yml'), 'utf8'));
  const wanted = new Map();
  for (const gate of policy.gates) {
    for (const check of gate.checks) {
      if (check.check !== 'text' || !check.contains) continue;
      const targets = check.together ? [check.files.find((f) => f.endsWith('.md'))] : check.files;
      for (const f of targets) {
        if (!wanted.has(f)) wanted.set(f, new Set());
        for (const s of check.contains) wanted.get(f).add(s);
      }
    }
  }
  for (const [file, strings] of wanted) {
    const text = files.get(file) ?? '';
    const missing = [...strings].filter((s) => !text.includes(s));
    if (missing.length === 0) continue;
    files.set(file, text + renderList(file, missing));
  }
}

function renderList(file, strings) {
  if (file.endsWith('.html')) return strings.map((s) => (s.startsWith('id=') || s.startsWith('data-') ? `<section ${s}></section>` : `<h2>${s}</h2>`)).join('\n') + '\n';
  if (file.endsWith('.js')) return `const releaseEvidenceMarkers = [\n${strings.map((s) => `  ${JSON.stringify(s)},`).join('\n')}\n];\n`;
  if (file.endsWith('.css')) return strings.map((s) => `${s} { display: grid; }`).join('\n') + '\n';
  if (file.endsWith('.yml')) return strings.map((s) => `      - run: ${s.startsWith('grep') ? `${s} apps/sandbox-ui/index.html` : s}`).join('\n') + '\n';
  const plain = strings.filter((s) => !s.startsWith('#'));
  const headings = strings.filter((s) => s.startsWith('#'));
  return `${headings.map((h) => `\n${h}\n\nSee the release evidence below.\n`).join('')}${plain.length ? `\n## Release Evidence\n\n${plain.map((s) => `- \`${s}\``).join('\n')}\n` : ''}`;
}

function closeoutSample(artifacts) {
  return {
    schema_version: 'cavra.final_closeout_trial.v1',
    generated_at: '2026-05-31T08:00:00Z',
    scenario: { name: 'synthetic-closeout', edition: 'community', purpose: 'Closeout walkthrough', data_classification: 'synthetic_public_demo', boundary_note: 'Connectors and archives are Enterprise features.' },
    final_readiness_bundle: { bundle_id: 'frb-demo-001', release_id: 'release-demo-001', state: 'ready', evidence_refs: ['readiness-summary-demo-001', 'approval-decision-demo-001'] },
    signed_archive_manifest: { manifest_id: 'sam-demo-001', signature_state: 'external_signature_attached', signature_algorithm: 'external-reference', key_reference: 'demo-kms-key-ref', private_key_stored: false, manifest_digest: `sha256:${'0'.repeat(63)}1` },
    release_closeout_summary: { closeout_id: 'closeout-demo-001', closeout_state: 'closed', blocker_count: 0, delivery_state: 'delivered', public_evidence_refs: ['closeout-summary-demo-001'] },
    retention_review: { review_id: 'retention-review-demo-001', request_state: 'submitted', decision_state: 'approved', approved_by: 'demo-risk-owner', retention_until: '2027-05-31', legal_hold: false, notes: 'Synthetic approval.' },
    closeout_artifact_bundle: {
      artifact_bundle_id: 'closeout-artifact-demo-001',
      download_state: 'available',
      retention_decision_state: 'approved',
      files: [...Object.entries(artifacts).map(([name, text]) => ({ name, sha256: createHash('sha256').update(text).digest('hex') })), { name: 'signed-archive-manifest.json', sha256: 'a'.repeat(64) }],
    },
    retention_health_report: { report_id: 'retention-health-demo-001', health_state: 'healthy', summary: { critical_findings: 0, warning_findings: 0, healthy_checks: 4 }, findings: [{ finding_id: 'retention-note-demo-001', severity: 'info', category: 'retention', message: 'All checks healthy.' }] },
    retention_alert_delivery: { alert_id: 'retention-alert-demo-001', providers: [{ provider: 'webhook', route: 'demo-webhook', delivery_state: 'delivered', redacted: true }] },
    closeout_retry_plan: { retry_plan_id: 'retry-plan-demo-001', source_delivery_id: 'delivery-demo-001', decision: 'no_retry', mode: 'dry_run_first', owner: 'demo-owner', target_resolution_date: '2026-06-07' },
    retry_worker_run: { worker_run_id: 'retry-worker-demo-001', mode: 'dry_run', state: 'completed', would_retry_delivery_ids: ['delivery-demo-001'], live_connector_used: false },
    release_decision: { criteria_document: 'docs/release-governance-final-closeout-release-criteria.md', state: 'ready', accepted_risk: { owner: 'demo-owner', reason: 'None.', expires_at: '2026-06-07' } },
  };
}

function title(name) {
  return name.replace(/[-_]/g, ' ').replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\bAispm\b/g, 'AISPM');
}

/** Sorted keys and indent 2, as the lab-notebook validator writes its summary. */
function sortedJson(value) {
  const sort = (v) => (Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v);
  return JSON.stringify(sort(value), null, 2).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

export { GENERATED, INDEXED };
