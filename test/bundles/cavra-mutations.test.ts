import { describe, it } from 'vitest';
import { fake, UPPER_ALNUM } from '../../src/scan/rules/fake.js';
import { BUNDLES, copyCavra, edit, editJson, expectOutcome, lineOf, remove, type Expected } from '../helpers/cavra.js';

/**
 * Single mutations of the CAVRA fixture, one or more for every condition CAVRA's validator scripts
 * check (validator-facts) and for each public-safety class. Each names the gates that leave
 * `ready`, their new state, and the file and line one finding must point at.
 */
interface Mutation {
  name: string;
  mutate(dir: string): void;
  expect(dir: string): Expected;
}

const RV = 'docs/release-verifications';
const FINAL = `${RV}/aispm-final-announcement-readiness.json`;
const FINAL_MD = `${RV}/aispm-final-announcement-readiness.md`;
const PILOT = `${RV}/aispm-pilot-control-readiness.json`;
const INDEX = `${RV}/aispm-release-evidence-index.json`;
const INDEX_MD = `${RV}/aispm-release-evidence-index.md`;
const ROLLUP = `${RV}/aispm-launch-readiness-rollup.json`;
const ASSURANCE = `${RV}/aispm-report-assurance-readiness.json`;
const ASSURANCE_MD = `${RV}/aispm-report-assurance-readiness.md`;
const TRIALOPS = `${RV}/aispm-report-trial-operations-readiness.json`;
const TRIALOPS_MD = `${RV}/aispm-report-trial-operations-readiness.md`;
const V100 = `${RV}/aispm-v1.0-public-release-readiness.json`;
const SUMMARY = `${RV}/aispm-trial-lab-notebook-publication-readiness-summary.json`;
const READINESS = `${RV}/aispm-enterprise-trial-readiness-public-summary.json`;
const NOTEBOOK = 'examples/aispm/enterprise-report-center-trial-lab-notebook-publication-readiness-public.example.json';
const VALIDATION = 'examples/aispm/enterprise-report-center-trial-validation-packet-public.example.json';
const REVOCATION = 'examples/aispm/enterprise-report-center-trial-revocation-expiry-evidence-public.example.json';
const HANDOFF = 'examples/aispm/enterprise-report-center-trial-evaluator-handoff-packet-public.example.json';
const DASHBOARD = 'examples/aispm/enterprise-report-center-trial-operator-dashboard-readiness-public.example.json';
const CLOSEOUT = 'examples/demos/final-closeout-trial/sample-evidence-package.json';
const LAB_PAGE = 'docs/wiki/AISPM-Enterprise-Trial-Lab-Notebook.md';
const ACCESS_PAGE = 'docs/wiki/AISPM-Trial-Access-And-Operator-Approval.md';
const HTML = 'apps/sandbox-ui/index.html';
const JS = 'apps/sandbox-ui/sandbox.js';
const CSS = 'apps/sandbox-ui/styles.css';

const blocked = (...gates: string[]) => Object.fromEntries(gates.map((g) => [g, 'blocked']));
const at = (gates: Record<string, string>, gate: string, file: string, line: number, messageId?: string): Expected => ({ gates, gate, file, line, ...(messageId ? { messageId } : {}) });
const dropLine = (needle: string) => (t: string) => t.split('\n').filter((l) => !l.includes(needle)).join('\n');
const append = (text: string) => (t: string) => `${t}${text}`;

const FINAL_ANNOUNCEMENT: Mutation[] = [
  {
    name: 'status is not ready',
    mutate: (d) => edit(d, FINAL, (t) => t.replace('"status": "ready",', '"status": "draft",')),
    expect: (d) => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL, lineOf(d, FINAL, '"status": "draft"'), 'mismatch'),
  },
  {
    name: 'a wrong schema_version',
    mutate: (d) => edit(d, FINAL, (t) => t.replace('final_announcement_readiness.v1', 'final_announcement_readiness.v2')),
    expect: (d) => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL, lineOf(d, FINAL, '"schema_version"'), 'mismatch'),
  },
  {
    name: 'a required source missing from the set',
    mutate: (d) => editJson(d, FINAL, (v) => v.required_sources.splice(5, 1)),
    expect: (d) => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL, lineOf(d, FINAL, '"required_sources"'), 'missing-id'),
  },
  {
    name: 'an unexpected required source id',
    mutate: (d) => editJson(d, FINAL, (v) => v.required_sources.push({ ...v.required_sources[0], source_id: 'marketing_blog' })),
    expect: (d) => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL, lineOf(d, FINAL, '"marketing_blog"'), 'unexpected-id'),
  },
  {
    name: 'a required source whose file does not exist',
    mutate: (d) => editJson(d, FINAL, (v) => (v.required_sources[7].path = 'docs/releases/community-v9.md')),
    expect: (d) => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL, lineOf(d, FINAL, 'community-v9.md'), 'unresolved'),
  },
  {
    name: 'a required source whose status is not accepted',
    mutate: (d) => editJson(d, FINAL, (v) => (v.required_sources[2].status = 'in_review')),
    expect: (d) => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL, lineOf(d, FINAL, '"in_review"'), 'mismatch'),
  },
  {
    name: 'a required source without a validator',
    mutate: (d) => editJson(d, FINAL, (v) => (v.required_sources[1].validator = '')),
    expect: (d) => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL, lineOf(d, FINAL, '"validator": ""'), 'mismatch'),
  },
  {
    name: 'an announcement gate that is not ready',
    mutate: (d) => editJson(d, FINAL, (v) => (v.announcement_gates[3].status = 'blocked')),
    expect: (d) => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL, lineOf(d, FINAL, '"status": "blocked"'), 'mismatch'),
  },
  {
    name: 'an announcement gate missing from the set',
    mutate: (d) => editJson(d, FINAL, (v) => (v.announcement_gates = v.announcement_gates.filter((g: { gate_id: string }) => g.gate_id !== 'field_guide_published'))),
    expect: (d) => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL, lineOf(d, FINAL, '"announcement_gates"'), 'missing-id'),
  },
  {
    name: 'the launch rollup is not ready',
    mutate: (d) => edit(d, ROLLUP, (t) => t.replace('"overall_status": "ready"', '"overall_status": "blocked"')),
    expect: (d) => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', ROLLUP, lineOf(d, ROLLUP, '"overall_status"'), 'mismatch'),
  },
  {
    name: 'the hosted operator status is not ready',
    mutate: (d) => editJson(d, `${RV}/hosted-sandbox-operator-release-status.json`, (v) => (v.status = 'degraded')),
    expect: () => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', `${RV}/hosted-sandbox-operator-release-status.json`, 2, 'mismatch'),
  },
  {
    name: 'a required Markdown section missing',
    mutate: (d) => edit(d, FINAL_MD, dropLine('## Operator Commands')),
    expect: () => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL_MD, 1, 'missing-text'),
  },
  {
    name: 'a string neither the packet nor its Markdown names',
    mutate: (d) => edit(d, FINAL_MD, dropLine('docs/wiki/CAVRA-Trial-Field-Guide.md')),
    expect: () => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL, 1, 'missing-text-together'),
  },
  {
    name: 'a forbidden term in the packet, hidden by a JSON escape',
    mutate: (d) => editJson(d, FINAL, (v) => (v.operator_instruction = 'Set tenant_telemetry_payload before announcing.')),
    expect: (d) => at(blocked('aispm-final-announcement'), 'aispm-final-announcement', FINAL, lineOf(d, FINAL, 'tenant_telemetry_payload'), 'forbidden'),
  },
];

const PILOT_CONTROL: Mutation[] = [
  {
    name: 'a control area that is not ready',
    mutate: (d) => editJson(d, PILOT, (v) => (v.control_areas[2].status = 'blocked')),
    expect: (d) => at(blocked('aispm-pilot-control'), 'aispm-pilot-control', PILOT, lineOf(d, PILOT, '"status": "blocked"'), 'mismatch'),
  },
  {
    name: 'a duplicated control area in place of another (five items, four ids)',
    mutate: (d) => editJson(d, PILOT, (v) => (v.control_areas[4].area_id = 'pilot_exception_register')),
    expect: (d) => at(blocked('aispm-pilot-control'), 'aispm-pilot-control', PILOT, lineOf(d, PILOT, '"control_areas"'), 'missing-id'),
  },
  {
    name: 'a sixth control area',
    mutate: (d) => editJson(d, PILOT, (v) => v.control_areas.push({ ...v.control_areas[0] })),
    expect: (d) => at(blocked('aispm-pilot-control'), 'aispm-pilot-control', PILOT, lineOf(d, PILOT, '"control_areas"'), 'count'),
  },
  {
    name: 'an enterprise boundary that does not start with requires_',
    mutate: (d) => editJson(d, PILOT, (v) => (v.enterprise_boundaries.workflow_write_back = 'community_feature')),
    expect: (d) => at(blocked('aispm-pilot-control'), 'aispm-pilot-control', PILOT, lineOf(d, PILOT, '"community_feature"'), 'mismatch'),
  },
  {
    name: 'the packet missing from the launch rollup',
    mutate: (d) => editJson(d, ROLLUP, (v) => (v.required_sources = v.required_sources.filter((s: { path: string }) => s.path !== PILOT))),
    expect: (d) => at(blocked('aispm-pilot-control'), 'aispm-pilot-control', ROLLUP, lineOf(d, ROLLUP, '"required_sources"'), 'missing-id'),
  },
  {
    name: 'the packet missing from the release evidence index (both validators say so)',
    mutate: (d) => editJson(d, INDEX, (v) => (v.evidence_items = v.evidence_items.filter((s: { machine_readable: string }) => s.machine_readable !== PILOT))),
    expect: (d) => at(blocked('aispm-pilot-control', 'aispm-release-evidence-index'), 'aispm-pilot-control', INDEX, lineOf(d, INDEX, '"evidence_items"'), 'missing-id'),
  },
  {
    name: 'a portal element id missing from index.html',
    mutate: (d) => edit(d, HTML, dropLine('id="aispmPilotControlStatus"')),
    expect: () => at(blocked('aispm-pilot-control'), 'aispm-pilot-control', HTML, 1, 'missing-text'),
  },
  {
    name: 'a deploy workflow without the smoke grep',
    mutate: (d) => edit(d, '.github/workflows/deploy-sandbox.yml', dropLine('grep -q "Pilot Control Readiness"')),
    expect: () => at(blocked('aispm-pilot-control'), 'aispm-pilot-control', '.github/workflows/deploy-sandbox.yml', 1, 'missing-text'),
  },
  {
    name: 'a forbidden approver address in sandbox.js (the assurance validator forbids it too)',
    mutate: (d) => edit(d, JS, append('// contact named_approver@example.org\n')),
    expect: (d) => at(blocked('aispm-pilot-control', 'aispm-report-assurance'), 'aispm-pilot-control', JS, lineOf(d, JS, 'named_approver@example'), 'forbidden'),
  },
  {
    name: 'a required file only this validator needs',
    mutate: (d) => remove(d, `${RV}/aispm-launch-board-pack-artifact-index.json`),
    expect: () => at(blocked('aispm-pilot-control'), 'aispm-pilot-control', 'bundle:cavra-aispm-validators', lineOf(BUNDLES, 'cavra-aispm-validators/policy.yml', 'aispm-launch-board-pack-artifact-index.json'), 'missing'),
  },
];

const EVIDENCE_INDEX: Mutation[] = [
  {
    name: 'the index is not ready (the announcement depends on it)',
    mutate: (d) => edit(d, INDEX, (t) => t.replace('"status": "ready",\n  "portal_panel"', '"status": "stale",\n  "portal_panel"')),
    expect: (d) => at(blocked('aispm-release-evidence-index', 'aispm-final-announcement'), 'aispm-release-evidence-index', INDEX, lineOf(d, INDEX, '"stale"'), 'mismatch'),
  },
  {
    name: 'an item whose Markdown does not exist',
    mutate: (d) => editJson(d, INDEX, (v) => (v.evidence_items[2].markdown = `${RV}/aispm-report-catalog.md`)),
    expect: (d) => at(blocked('aispm-release-evidence-index'), 'aispm-release-evidence-index', INDEX, lineOf(d, INDEX, 'aispm-report-catalog.md'), 'unresolved'),
  },
  {
    name: 'an item without its machine-readable key',
    mutate: (d) => editJson(d, INDEX, (v) => delete v.evidence_items[0].machine_readable),
    expect: (d) => at(blocked('aispm-release-evidence-index'), 'aispm-release-evidence-index', INDEX, lineOf(d, INDEX, '"title"') - 1, 'missing'),
  },
  {
    name: 'fewer than seven items',
    mutate: (d) => editJson(d, INDEX, (v) => (v.evidence_items = v.evidence_items.slice(0, 6))),
    expect: (d) => at(blocked('aispm-release-evidence-index', 'aispm-pilot-control', 'aispm-report-assurance', 'aispm-report-trial-operations'), 'aispm-release-evidence-index', INDEX, lineOf(d, INDEX, '"evidence_items"'), 'min-count'),
  },
  {
    name: 'an item whose status is not accepted',
    mutate: (d) => editJson(d, INDEX, (v) => (v.evidence_items[4].status = 'failed')),
    expect: (d) => at(blocked('aispm-release-evidence-index'), 'aispm-release-evidence-index', INDEX, lineOf(d, INDEX, '"failed"'), 'mismatch'),
  },
  {
    name: 'a release packet the index must list, dropped',
    mutate: (d) => editJson(d, INDEX, (v) => (v.evidence_items = v.evidence_items.filter((s: { machine_readable: string }) => !s.machine_readable.includes('report-catalog')))),
    expect: (d) => at(blocked('aispm-release-evidence-index'), 'aispm-release-evidence-index', INDEX, lineOf(d, INDEX, '"evidence_items"'), 'missing-id'),
  },
  {
    name: 'a validator path missing from sandbox.js',
    mutate: (d) => edit(d, JS, dropLine('scripts/validate-hosted-sandbox-operator-status.py')),
    expect: () => at(blocked('aispm-release-evidence-index'), 'aispm-release-evidence-index', JS, 1, 'missing-text'),
  },
  {
    name: 'a style class missing from styles.css',
    mutate: (d) => edit(d, CSS, dropLine('.release-evidence-card')),
    expect: () => at(blocked('aispm-release-evidence-index'), 'aispm-release-evidence-index', CSS, 1, 'missing-text'),
  },
  {
    name: 'a workflow that no longer runs the validator',
    mutate: (d) => edit(d, '.github/workflows/community-ci.yml', dropLine('validate-aispm-release-evidence-index.py')),
    expect: () => at(blocked('aispm-release-evidence-index'), 'aispm-release-evidence-index', '.github/workflows/community-ci.yml', 1, 'missing-text'),
  },
  {
    name: 'a forbidden term in the index Markdown',
    mutate: (d) => edit(d, INDEX_MD, append('Publish with private_registry_token set.\n')),
    expect: (d) => at(blocked('aispm-release-evidence-index'), 'aispm-release-evidence-index', INDEX_MD, lineOf(d, INDEX_MD, 'private_registry_token'), 'forbidden'),
  },
];

const ASSURANCE_READINESS: Mutation[] = [
  {
    name: 'an area that claims community instead of requiring Enterprise',
    mutate: (d) => editJson(d, ASSURANCE, (v) => (v.assurance_areas[1].status = 'ready')),
    expect: (d) => at(blocked('aispm-report-assurance'), 'aispm-report-assurance', ASSURANCE, lineOf(d, ASSURANCE, '"status": "ready"', 2), 'mismatch'),
  },
  {
    name: "an area's schema file that does not exist",
    mutate: (d) => editJson(d, ASSURANCE, (v) => (v.assurance_areas[3].schema = 'src/cavra/schemas/aispm-report-kpi.schema.json')),
    expect: (d) => at(blocked('aispm-report-assurance'), 'aispm-report-assurance', ASSURANCE, lineOf(d, ASSURANCE, 'aispm-report-kpi.schema.json'), 'unresolved'),
  },
  {
    name: 'an area missing (four of five)',
    mutate: (d) => editJson(d, ASSURANCE, (v) => v.assurance_areas.pop()),
    expect: (d) => at(blocked('aispm-report-assurance'), 'aispm-report-assurance', ASSURANCE, lineOf(d, ASSURANCE, '"assurance_areas"'), 'count'),
  },
  {
    name: 'an enterprise boundary value other than requires_cavra_enterprise',
    mutate: (d) => editJson(d, ASSURANCE, (v) => (v.enterprise_boundaries.incident_packet_builder = 'requires_review')),
    expect: (d) => at(blocked('aispm-report-assurance'), 'aispm-report-assurance', ASSURANCE, lineOf(d, ASSURANCE, '"requires_review"'), 'mismatch'),
  },
  {
    name: 'a forbidden quoted key in the Markdown',
    mutate: (d) => edit(d, ASSURANCE_MD, append('```json\n{"ip_address": "redacted"}\n```\n')),
    expect: (d) => at(blocked('aispm-report-assurance'), 'aispm-report-assurance', ASSURANCE_MD, lineOf(d, ASSURANCE_MD, '"ip_address"'), 'forbidden'),
  },
  {
    name: 'the architecture doc no longer links the packet',
    mutate: (d) => edit(d, 'docs/architecture/aispm-report-center.md', dropLine('aispm-report-assurance-readiness.md')),
    expect: () => at(blocked('aispm-report-assurance'), 'aispm-report-assurance', 'docs/architecture/aispm-report-center.md', 1, 'missing-text'),
  },
];

const TRIAL_OPERATIONS: Mutation[] = [
  {
    name: 'an area id that is not one of the five',
    mutate: (d) => editJson(d, TRIALOPS, (v) => (v.trial_operations_areas[0].area_id = 'executive_digest')),
    expect: (d) => at(blocked('aispm-report-trial-operations'), 'aispm-report-trial-operations', TRIALOPS, lineOf(d, TRIALOPS, '"executive_digest"'), 'unexpected-id'),
  },
  {
    name: "an area's example file that does not exist",
    mutate: (d) => editJson(d, TRIALOPS, (v) => (v.trial_operations_areas[4].example = 'examples/aispm/missing.json')),
    expect: (d) => at(blocked('aispm-report-trial-operations'), 'aispm-report-trial-operations', TRIALOPS, lineOf(d, TRIALOPS, 'missing.json'), 'unresolved'),
  },
  {
    name: 'a package_token= assignment in index.html',
    mutate: (d) => edit(d, HTML, append('<!-- package_token=ghx-trial-7731 -->\n')),
    expect: (d) => at(blocked('aispm-report-trial-operations'), 'aispm-report-trial-operations', HTML, lineOf(d, HTML, 'package_token='), 'forbidden'),
  },
  {
    name: 'an evaluator address in the Markdown (public safety finds it too)',
    mutate: (d) => edit(d, TRIALOPS_MD, append('Contact evaluator@example.com for access.\n')),
    expect: (d) => at(blocked('aispm-report-trial-operations', 'public-safety'), 'aispm-report-trial-operations', TRIALOPS_MD, lineOf(d, TRIALOPS_MD, 'evaluator@example'), 'forbidden'),
  },
  {
    name: 'a schema path missing from sandbox.js',
    mutate: (d) => edit(d, JS, dropLine('aispm-report-center-trial-operator-api-view-model.schema.json')),
    expect: () => at(blocked('aispm-report-trial-operations'), 'aispm-report-trial-operations', JS, 1, 'missing-text'),
  },
];

const V100_RELEASE: Mutation[] = [
  {
    name: 'status ready instead of ready_for_pr_and_pages_deploy (the announcement still accepts it)',
    mutate: (d) => edit(d, V100, (t) => t.replace('"ready_for_pr_and_pages_deploy"', '"ready"')),
    expect: (d) => at(blocked('aispm-v100-public-release'), 'aispm-v100-public-release', V100, lineOf(d, V100, '"status": "ready"'), 'mismatch'),
  },
  {
    name: 'a readiness item id replaced',
    mutate: (d) => editJson(d, V100, (v) => (v.readiness_items[1].item_id = 'pages_deploy')),
    expect: (d) => at(blocked('aispm-v100-public-release'), 'aispm-v100-public-release', V100, lineOf(d, V100, '"pages_deploy"'), 'unexpected-id'),
  },
  {
    name: 'a required artifact that does not exist',
    mutate: (d) => editJson(d, V100, (v) => v.required_artifacts.push('docs/aispm-v1.0-screenshots.md')),
    expect: (d) => at(blocked('aispm-v100-public-release'), 'aispm-v100-public-release', V100, lineOf(d, V100, 'aispm-v1.0-screenshots.md'), 'unresolved'),
  },
  {
    name: 'release notes without their boundary notice',
    mutate: (d) => edit(d, 'docs/releases/community-v1.0.0-aispm.md', (t) => t.replace('## Boundary Notice', '## Editions')),
    expect: () => at(blocked('aispm-v100-public-release'), 'aispm-v100-public-release', 'docs/releases/community-v1.0.0-aispm.md', 1, 'missing-text'),
  },
  {
    name: 'the lab notebook no longer embeds the trial flow',
    mutate: (d) => edit(d, LAB_PAGE, dropLine('aispm-trial-flow.svg')),
    expect: () => at(blocked('aispm-v100-public-release'), 'aispm-v100-public-release', LAB_PAGE, 1, 'missing-text'),
  },
  {
    name: 'Home no longer names the v1.0 validator (the index validator needs it too)',
    mutate: (d) => edit(d, 'docs/wiki/Home.md', dropLine('scripts/validate-aispm-v100-public-release.py')),
    expect: () => at(blocked('aispm-v100-public-release', 'aispm-release-evidence-index'), 'aispm-v100-public-release', 'docs/wiki/Home.md', 1, 'missing-text'),
  },
  {
    name: 'a raw prompt payload named in the walkthrough',
    mutate: (d) => edit(d, 'docs/aispm-v1.0-public-walkthrough.md', append('The raw_prompt_payload stays private.\n')),
    expect: (d) => at(blocked('aispm-v100-public-release'), 'aispm-v100-public-release', 'docs/aispm-v1.0-public-walkthrough.md', lineOf(d, 'docs/aispm-v1.0-public-walkthrough.md', 'raw_prompt_payload'), 'forbidden'),
  },
];

const LAB_NOTEBOOK: Mutation[] = [
  {
    name: 'Home lists a page only by a wiki link, not by file name',
    mutate: (d) => edit(d, 'docs/wiki/Home.md', (t) => t.replace(' (source: `AISPM-Trial-Access-And-Operator-Approval.md`)', '')),
    expect: (d) => at(blocked('trial-lab-notebook'), 'trial-lab-notebook', NOTEBOOK, lineOf(d, NOTEBOOK, 'AISPM-Trial-Access-And-Operator-Approval.md'), 'not-listed-in-home'),
  },
  {
    name: 'a page whose file does not exist',
    mutate: (d) => remove(d, 'docs/wiki/AISPM-Trial-Revocation-Expiry-And-Closeout.md'),
    expect: (d) => at(blocked('trial-lab-notebook', 'readiness-summary'), 'trial-lab-notebook', NOTEBOOK, lineOf(d, NOTEBOOK, 'AISPM-Trial-Revocation-Expiry-And-Closeout.md'), 'page-missing'),
  },
  {
    name: "a page that lacks its packet's title",
    mutate: (d) => edit(d, ACCESS_PAGE, (t) => t.replace('# AISPM Trial Access And Operator Approval', '# Getting Trial Access')),
    expect: () => at(blocked('trial-lab-notebook'), 'trial-lab-notebook', ACCESS_PAGE, 1, 'no-title'),
  },
  {
    name: 'a page without its Related Pages section',
    mutate: (d) => edit(d, ACCESS_PAGE, (t) => t.replace('## Related Pages', '## See Also')),
    expect: () => at(blocked('trial-lab-notebook'), 'trial-lab-notebook', ACCESS_PAGE, 1, 'no-section'),
  },
  {
    name: 'a forbidden notebook marker in a page (public safety finds it too)',
    mutate: (d) => edit(d, ACCESS_PAGE, (t) => t.replace('Approval creates an audit reference.', 'Approval needs CAVRA_TRIAL_PORTAL_OPERATOR_TOKEN.')),
    expect: (d) => at(blocked('trial-lab-notebook', 'public-safety'), 'trial-lab-notebook', ACCESS_PAGE, lineOf(d, ACCESS_PAGE, 'CAVRA_TRIAL_PORTAL_OPERATOR_TOKEN'), 'forbidden'),
  },
  {
    name: 'a page that names none of its checkpoints and has no checkpoint section',
    mutate: (d) => edit(d, ACCESS_PAGE, (t) => t.replace('## Verification Checkpoints\n\n- checkpoint-trial-request\n- checkpoint-operator-approval\n', '')),
    expect: (d) => at(blocked('trial-lab-notebook'), 'trial-lab-notebook', NOTEBOOK, lineOf(d, NOTEBOOK, '"checkpoint-operator-approval"'), 'no-checkpoint'),
  },
  {
    name: 'a navigation check naming an unknown page id',
    mutate: (d) => editJson(d, NOTEBOOK, (v) => v.navigation_checks[0].required_page_ids.push('trial-faq')),
    expect: (d) => at(blocked('trial-lab-notebook'), 'trial-lab-notebook', NOTEBOOK, lineOf(d, NOTEBOOK, '"trial-faq"'), 'unknown-id'),
  },
  {
    name: 'a page whose nav entry is not required (its schema forbids it too)',
    mutate: (d) => editJson(d, NOTEBOOK, (v) => (v.wiki_pages[1].nav_entry_required = false)),
    expect: (d) => at(blocked('trial-lab-notebook', 'contract-examples'), 'trial-lab-notebook', NOTEBOOK, lineOf(d, NOTEBOOK, '"nav_entry_required": false'), 'page-flag'),
  },
  {
    name: 'a visual asset that is not public_safe',
    mutate: (d) => editJson(d, NOTEBOOK, (v) => (v.visual_assets[2].redaction_status = 'needs_review')),
    expect: (d) => at(blocked('trial-lab-notebook', 'contract-examples'), 'trial-lab-notebook', NOTEBOOK, lineOf(d, NOTEBOOK, '"needs_review"'), 'asset-not-public-safe'),
  },
  {
    name: 'a visual asset without alt text required',
    mutate: (d) => editJson(d, NOTEBOOK, (v) => (v.visual_assets[0].alt_text_required = false)),
    expect: (d) => at(blocked('trial-lab-notebook', 'contract-examples'), 'trial-lab-notebook', NOTEBOOK, lineOf(d, NOTEBOOK, '"alt_text_required": false'), 'asset-flag'),
  },
  {
    name: 'an acceptance criterion that is not required',
    mutate: (d) => editJson(d, NOTEBOOK, (v) => (v.acceptance_criteria[3].required = false)),
    expect: (d) => at(blocked('trial-lab-notebook', 'contract-examples'), 'trial-lab-notebook', NOTEBOOK, lineOf(d, NOTEBOOK, '"required": false'), 'mismatch'),
  },
  {
    name: 'a committed summary that claims ready while it lists a blocker (the announcement reads it)',
    mutate: (d) => editJson(d, SUMMARY, (v) => v.blockers.push('trial-closeout: missing required section ## Related Pages')),
    expect: (d) => at(blocked('trial-lab-notebook'), 'trial-lab-notebook', SUMMARY, lineOf(d, SUMMARY, '"overall_status"')),
  },
  {
    name: 'a committed summary whose page list no longer matches the packet',
    mutate: (d) => editJson(d, NOTEBOOK, (v) => (v.wiki_pages[0].title = 'CAVRA Enterprise Trial Lab')),
    expect: (d) => at(blocked('trial-lab-notebook'), 'trial-lab-notebook', SUMMARY, lineOf(d, SUMMARY, '"pages"')),
  },
  {
    name: 'the committed summary Markdown is missing',
    mutate: (d) => remove(d, `${RV}/aispm-trial-lab-notebook-publication-readiness-summary.md`),
    expect: () => at(blocked('trial-lab-notebook'), 'trial-lab-notebook', 'bundle:cavra-enterprise-trial', lineOf(BUNDLES, 'cavra-enterprise-trial/policy.yml', 'aispm-trial-lab-notebook-publication-readiness-summary.md'), 'missing'),
  },
  {
    name: 'the summary is blocked, so the announcement is not ready',
    mutate: (d) => editJson(d, SUMMARY, (v) => (v.overall_status = 'blocked')),
    expect: (d) => at(blocked('trial-lab-notebook', 'aispm-final-announcement'), 'aispm-final-announcement', SUMMARY, lineOf(d, SUMMARY, '"overall_status"'), 'mismatch'),
  },
];

const TRIAL_PACKAGE: Mutation[] = [
  {
    name: 'a revoked surface that still allows access',
    mutate: (d) => editJson(d, REVOCATION, (v) => (v.blocked_access_checks[1].actual_result = 'allowed')),
    expect: (d) => at(blocked('trial-package-readiness-validator'), 'trial-package-readiness-validator', REVOCATION, lineOf(d, REVOCATION, '"allowed"'), 'mismatch'),
  },
  {
    name: 'a blocked-access check that failed',
    mutate: (d) => editJson(d, REVOCATION, (v) => (v.blocked_access_checks[4].status = 'failed')),
    expect: (d) => at(blocked('trial-package-readiness-validator'), 'trial-package-readiness-validator', REVOCATION, lineOf(d, REVOCATION, '"failed"'), 'mismatch'),
  },
  {
    name: 'a surface never checked (one check repeated)',
    mutate: (d) => editJson(d, REVOCATION, (v) => (v.blocked_access_checks[3] = { ...v.blocked_access_checks[2] })),
    expect: (d) => at(blocked('trial-package-readiness-validator'), 'trial-package-readiness-validator', REVOCATION, lineOf(d, REVOCATION, '"blocked_access_checks"'), 'missing-id'),
  },
  {
    name: 'a failed validation path',
    mutate: (d) => editJson(d, VALIDATION, (v) => (v.validation_paths[2].status = 'failed')),
    expect: (d) => at(blocked('trial-package-readiness-validator'), 'trial-package-readiness-validator', VALIDATION, lineOf(d, VALIDATION, '"status": "failed"'), 'mismatch'),
  },
  {
    name: 'counters that disagree with the paths',
    mutate: (d) => editJson(d, VALIDATION, (v) => (v.validation_summary.passed_paths = 9)),
    expect: (d) => at(blocked('trial-package-readiness-validator'), 'trial-package-readiness-validator', VALIDATION, lineOf(d, VALIDATION, '"validation_summary"'), 'failed'),
  },
  {
    name: 'validated before the packet was generated',
    mutate: (d) => editJson(d, VALIDATION, (v) => (v.validation_summary.validated_at = '2026-06-01T00:00:00Z')),
    expect: (d) => at(blocked('trial-package-readiness-validator'), 'trial-package-readiness-validator', VALIDATION, lineOf(d, VALIDATION, '"validated_at"'), 'failed'),
  },
  {
    name: 'a revoked license beside a ready handoff',
    mutate: (d) => editJson(d, HANDOFF, (v) => (v.license_status.status = 'revoked')),
    expect: (d) => at(blocked('trial-package-readiness-validator'), 'trial-package-readiness-validator', HANDOFF, lineOf(d, HANDOFF, '"ready_for_evaluator"'), 'failed'),
  },
  {
    name: 'an approval reference that is not an approval (the schema pattern fails too)',
    mutate: (d) => editJson(d, REVOCATION, (v) => (v.revocation_expiry.operator_approval_ref = 'ticket:4411')),
    expect: (d) => at(blocked('trial-package-readiness-validator', 'contract-examples'), 'trial-package-readiness-validator', REVOCATION, lineOf(d, REVOCATION, '"ticket:4411"'), 'mismatch'),
  },
];

const SUMMARY_AND_ARCHIVE: Mutation[] = [
  {
    name: 'an operator gate that the summary marks blocked',
    mutate: (d) => editJson(d, READINESS, (v) => (v.readiness_gates[1].status = 'blocked')),
    expect: (d) => at(blocked('alert-transport', 'readiness-summary'), 'alert-transport', READINESS, lineOf(d, READINESS, '"status": "blocked"'), 'not-ready'),
  },
  {
    name: 'a later summary gate that is not ready',
    mutate: (d) => editJson(d, READINESS, (v) => (v.readiness_gates[8].status = 'in_progress')),
    expect: (d) => at(blocked('readiness-summary'), 'readiness-summary', READINESS, lineOf(d, READINESS, '"in_progress"'), 'mismatch'),
  },
  {
    name: 'a summary gate that is not public-safe',
    mutate: (d) => editJson(d, READINESS, (v) => (v.readiness_gates[0].public_safe = false)),
    expect: (d) => at(blocked('runtime-binding', 'readiness-summary'), 'runtime-binding', READINESS, lineOf(d, READINESS, '"public_safe": false'), 'mismatch'),
  },
  {
    name: 'a public document the summary lists but nobody wrote',
    mutate: (d) => editJson(d, READINESS, (v) => v.public_docs.push('docs/wiki/AISPM-Trial-FAQ.md')),
    expect: (d) => at(blocked('readiness-summary'), 'readiness-summary', READINESS, lineOf(d, READINESS, 'AISPM-Trial-FAQ.md'), 'unresolved'),
  },
  {
    name: 'an open approval blocker beside a ready dashboard',
    mutate: (d) => editJson(d, DASHBOARD, (v) => (v.approval_blockers[0].status = 'open')),
    expect: (d) => at(blocked('release-dashboard-publication'), 'release-dashboard-publication', DASHBOARD, lineOf(d, DASHBOARD, '"approval_blockers"'), 'failed'),
  },
  {
    name: 'a closeout artifact changed after it was hashed',
    mutate: (d) => edit(d, 'examples/demos/final-closeout-trial/closeout-summary.json', append('\n')),
    expect: (d) => at(blocked('operator-audit-archive'), 'operator-audit-archive', CLOSEOUT, lineOf(d, CLOSEOUT, '"name": "closeout-summary.json"') + 1, 'mismatch'),
  },
  {
    name: 'a signed archive that stores its private key',
    mutate: (d) => editJson(d, CLOSEOUT, (v) => (v.signed_archive_manifest.private_key_stored = true)),
    expect: (d) => at(blocked('operator-audit-archive'), 'operator-audit-archive', CLOSEOUT, lineOf(d, CLOSEOUT, '"private_key_stored"'), 'mismatch'),
  },
];

const token = fake('ghp_', 36);
const PUBLIC_SAFETY: Mutation[] = [
  {
    name: 'a license key in a wiki page',
    mutate: (d) => edit(d, ACCESS_PAGE, (t) => t.replace('The evaluator requests access', `Use license ${['CAVRA', 'TRIAL', ...[1, 2, 3].map((i) => fake('', 5, UPPER_ALNUM, i + 40)), '7QX2K'].join('-')}. The evaluator requests access`)),
    expect: (d) => at(blocked('public-safety'), 'public-safety', ACCESS_PAGE, lineOf(d, ACCESS_PAGE, 'Use license'), 'finding'),
  },
  {
    name: 'a GitHub token in a release-verification Markdown',
    mutate: (d) => edit(d, `${RV}/aispm-report-catalog-readiness.md`, append(`Token: ${token}\n`)),
    expect: (d) => at(blocked('public-safety'), 'public-safety', `${RV}/aispm-report-catalog-readiness.md`, lineOf(d, `${RV}/aispm-report-catalog-readiness.md`, 'Token:'), 'finding'),
  },
  {
    name: 'an IP address beside ip_address_included: false',
    mutate: (d) => editJson(d, 'examples/aispm/enterprise-report-kpi-metrics-public.example.json', (v) => (v.tenant_ref = 'tenant:34.120.7.201')),
    expect: (d) => at(blocked('declared-redaction'), 'declared-redaction', 'examples/aispm/enterprise-report-kpi-metrics-public.example.json', lineOf(d, 'examples/aispm/enterprise-report-kpi-metrics-public.example.json', '34.120.7.201')),
  },
  {
    name: 'a marker outside the summary list the allowlist covers',
    mutate: (d) => editJson(d, SUMMARY, (v) => (v.wiki_home = 'docs/wiki/Home.md INTERNAL_ONLY')),
    expect: (d) => at(blocked('public-safety', 'trial-lab-notebook'), 'public-safety', SUMMARY, lineOf(d, SUMMARY, 'Home.md INTERNAL_ONLY')),
  },
  {
    name: 'a stale release packet',
    mutate: (d) => editJson(d, ROLLUP, (v) => (v.generated_at = '2026-04-01T00:00:00Z')),
    expect: (d) => at(blocked('release-freshness'), 'release-freshness', ROLLUP, lineOf(d, ROLLUP, '"generated_at"'), 'stale'),
  },
  {
    name: 'a missing contract example, at its schema',
    mutate: (d) => remove(d, 'examples/aispm/enterprise-report-setup-wizard-contract-public.example.json'),
    expect: () => at(blocked('contract-examples'), 'contract-examples', 'src/cavra/schemas/aispm-report-setup-wizard-contract.schema.json', 1, 'missing'),
  },
  {
    name: 'an example with a property its contract does not allow',
    mutate: (d) => editJson(d, 'examples/aispm/enterprise-report-kpi-metrics-public.example.json', (v) => (v.tenant_drilldown = { rows: 3 })),
    expect: (d) => at(blocked('contract-examples'), 'contract-examples', 'examples/aispm/enterprise-report-kpi-metrics-public.example.json', lineOf(d, 'examples/aispm/enterprise-report-kpi-metrics-public.example.json', '"tenant_drilldown"'), 'violation'),
  },
];

const SUITES: [string, Mutation[]][] = [
  ['validate-aispm-final-announcement-readiness.py', FINAL_ANNOUNCEMENT],
  ['validate-aispm-pilot-control-readiness.py', PILOT_CONTROL],
  ['validate-aispm-release-evidence-index.py', EVIDENCE_INDEX],
  ['validate-aispm-report-assurance-readiness.py', ASSURANCE_READINESS],
  ['validate-aispm-report-trial-operations-readiness.py', TRIAL_OPERATIONS],
  ['validate-aispm-v100-public-release.py', V100_RELEASE],
  ['validate-aispm-trial-lab-notebook.py', LAB_NOTEBOOK],
  ['the trial package readiness validator', TRIAL_PACKAGE],
  ['the readiness summary, dashboard and audit archive', SUMMARY_AND_ARCHIVE],
  ['public safety, freshness and contracts', PUBLIC_SAFETY],
];

describe('single mutations of the CAVRA fixture: the right gates, state and file:line', () => {
  for (const [suite, mutations] of SUITES) {
    describe(suite, () => {
      for (const m of mutations) {
        it(m.name, async () => {
          const dir = copyCavra();
          m.mutate(dir);
          await expectOutcome(dir, m.expect(dir));
        });
      }
    });
  }
});
