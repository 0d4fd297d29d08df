// The wiki of the CAVRA fixture: pages with the headings the facts sheet lists, a Home.md that
// names the trial pages by file name (as CAVRA's lab-notebook validator requires), the lab
// assets, and the lab-notebook summary that validator would write for this packet.

export const PAGE_FILES = [
  'AISPM-Enterprise-Trial-Lab-Notebook.md',
  'AISPM-Trial-Access-And-Operator-Approval.md',
  'AISPM-Trial-Revocation-Expiry-And-Closeout.md',
  'Tenant-Audit-Store-Operating-Contract.md',
];

const ASSETS = ['dashboard-desktop-classic.png', 'aispm-desktop-sentinel.png', 'aispm-report-center-panel.png', 'aispm-board-pack-panel.png'];
// A 1x1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="24">trial flow</text></svg>\n';

const safety = '## Public Safety Rules\n\n- Publish redacted references only: no license keys, package tokens, identities or raw payloads.\n\n';

export function pages() {
  const w = (name, text) => [`docs/wiki/${name}`, text];
  return Object.fromEntries([
    w('Home.md', home()),
    w('AISPM-Enterprise-Trial-Lab-Notebook.md', [
      '# CAVRA Enterprise Trial Lab Notebook\n',
      '## Audience\n\nSecurity leaders and platform engineers evaluating the Enterprise Trial.\n',
      '## Lab Path\n\n1. Request trial access.\n2. Run the first validation.\n3. Close the trial.\n',
      '## Required Public-Safe Assets\n',
      ...ASSETS.map((a) => `![${a.replace(/[-.]/g, ' ')}](assets/aispm-lab/${a})`),
      '![Trial flow](assets/aispm-lab/aispm-trial-flow.svg)\n',
      '## Visual Walkthrough\n\nThe dashboard, report center and board pack panels, as screenshots.\n',
      '## Enterprise Trial Readiness Gates\n\nRuntime Binding, Alert Transport, Release Dashboard Publication, Trial Lab Notebook, Operator Audit Archive, Trial Package Readiness Validator.\n',
      '## Step-By-Step Lab\n\nFollow the lab path above; each step names its checkpoint.\n',
      '## Checkpoints\n\n- checkpoint-product-surfaces: every product surface is visible.\n',
      safety,
      '## Related Pages\n\n- [Trial access](AISPM-Trial-Access-And-Operator-Approval)\n- [Closeout](AISPM-Trial-Revocation-Expiry-And-Closeout)\n',
    ].join('\n')),
    w('AISPM-Trial-Access-And-Operator-Approval.md', [
      '# AISPM Trial Access And Operator Approval\n',
      '## Evaluator Flow\n\nThe evaluator requests access; the operator reviews it.\n',
      '## Operator Review Flow\n\nApproval creates an audit reference.\n',
      '## Operator Readiness Gates\n\nSee the readiness summary.\n',
      '## Required Controls\n\nOperator approval, trial license, gated package access.\n',
      safety,
      '## Public-Safe Screenshots\n\nRedacted portal screenshots only.\n',
      '## Verification Checkpoints\n\n- checkpoint-trial-request\n- checkpoint-operator-approval\n',
      '## Related Contracts\n\n- `src/cavra/schemas/aispm-report-center-trial-evaluator-handoff-packet.schema.json`\n',
      '## Related Pages\n\n- [Lab notebook](AISPM-Enterprise-Trial-Lab-Notebook)\n',
    ].join('\n')),
    w('AISPM-Trial-Revocation-Expiry-And-Closeout.md', [
      '# AISPM Trial Revocation, Expiry, And Closeout\n',
      '## Closeout Scenarios\n\nOperator revocation and automatic expiry.\n',
      '## Blocked-Access Checks\n\nLicense service, package registry, trial portal, report center and support queue all refuse access.\n',
      '## Evidence Expectations\n\nEach check has a redacted evidence reference.\n',
      '## Operator Closeout Checklist\n\n1. Revoke.\n2. Verify every surface blocks.\n',
      '## Verification Checkpoints\n\n- checkpoint-revocation-expiry\n',
      safety,
      '## Related Contracts\n\n- `src/cavra/schemas/aispm-report-center-trial-revocation-expiry-evidence.schema.json`\n',
      '## Related Pages\n\n- [Lab notebook](AISPM-Enterprise-Trial-Lab-Notebook)\n',
    ].join('\n')),
    w('Tenant-Audit-Store-Operating-Contract.md', '# Tenant Audit-Store Operating Contract\n\n## Purpose\n\nStates: ready, degraded, blocked, unknown.\n\n## Public Contract\n\nOperating state only.\n\n## Private Boundary\n\nThe store runs in CAVRA Enterprise.\n\n## Validation\n\nThe readiness gate reads the state.\n'),
    w('AISPM-Dashboard-Roadmap.md', '# AISPM Dashboard Roadmap\n\nWhat the posture dashboard shows next.\n'),
    w('CAVRA-Developer-Portal-Smoke-Validation.md', '# CAVRA Developer Portal Smoke Validation\n\nHow the portal is smoke-tested after deploy.\n'),
    w('CAVRA-Developer-Portal-Redesign.md', '# CAVRA Developer Portal Redesign\n\nThe portal layout.\n'),
    w('AISPM-CSO-Report-Center.md', '# AISPM CSO Report Center\n\nReports for security leaders.\n'),
    ...ASSETS.map((a) => [`docs/wiki/assets/aispm-lab/${a}`, PNG]),
    ['docs/wiki/assets/aispm-lab/aispm-trial-flow.svg', SVG],
  ]);
}

function home() {
  return [
    '# CAVRA\n',
    '## Wiki Purpose\n\nThe public wiki of CAVRA Community.\n',
    '## Current Phase Status\n\nThe AISPM release is public; the Enterprise Trial is in evaluation.\n',
    '## Primary Pages\n',
    '- [Edition Boundaries](Edition-Boundaries)',
    '- [Enterprise Trial Lab Notebook](AISPM-Enterprise-Trial-Lab-Notebook) (source: `AISPM-Enterprise-Trial-Lab-Notebook.md`)',
    '- [Trial Access And Operator Approval](AISPM-Trial-Access-And-Operator-Approval) (source: `AISPM-Trial-Access-And-Operator-Approval.md`)',
    '- [Trial Revocation, Expiry, And Closeout](AISPM-Trial-Revocation-Expiry-And-Closeout) (source: `AISPM-Trial-Revocation-Expiry-And-Closeout.md`)\n',
    '## Quick Start\n\nRun the community CI validators.\n',
    '## Sandbox\n\nThe hosted sandbox portal.\n',
  ].join('\n');
}

/** The summary CAVRA's lab-notebook validator writes for a packet whose pages all pass. */
export function labNotebookSummary(packet) {
  const pages = packet.wiki_pages.map((p) => ({
    page_id: p.page_id,
    title: p.title,
    source_ref: p.source_ref,
    exists: true,
    listed_in_home: true,
    title_present: true,
    public_safety_sections_present: ['## Public Safety Rules', '## Related Pages'],
    checkpoint_refs: p.checkpoint_refs,
    status: 'ready',
    blockers: [],
  }));
  const assets = packet.visual_assets.map((a) => ({ asset_id: a.asset_id, asset_type: a.asset_type, source_route: a.source_route, redaction_status: a.redaction_status, alt_text_required: a.alt_text_required, required: a.required, status: 'ready', blockers: [] }));
  const criteria = packet.acceptance_criteria.map((c) => ({ criterion_id: c.criterion_id, description: c.description, required: c.required, status: 'ready', blockers: [] }));
  return {
    schema_version: 'cavra.aispm.trial_lab_notebook_publication_summary.v1',
    product: 'CAVRA',
    edition: 'enterprise_trial',
    generated_at: packet.generated_at,
    source_packet: 'examples/aispm/enterprise-report-center-trial-lab-notebook-publication-readiness-public.example.json',
    source_schema: 'src/cavra/schemas/aispm-report-center-trial-lab-notebook-publication-readiness.schema.json',
    wiki_home: 'docs/wiki/Home.md',
    pages,
    visual_assets: assets,
    navigation_checks: packet.navigation_checks.map((n) => ({ nav_id: n.nav_id, location: n.location, required_page_ids: n.required_page_ids, status: 'ready' })),
    acceptance_criteria: criteria,
    public_safety: {
      required_sections: ['## Public Safety Rules', '## Related Pages'],
      forbidden_markers_checked: ['CAVRA_TRIAL_LICENSE_PRIVATE_KEY', 'CAVRA_TRIAL_OPERATOR_SESSION_SECRET', 'CAVRA_TRIAL_PORTAL_OPERATOR_TOKEN', 'CAVRA_TRIAL_LICENSE_PRIVATE_KEY_PEM_B64', 'CAVRA_TRIAL_LICENSE_PUBLIC_KEY_PEM_B64', 'LICENSE_SIGNING_KEY', 'STRIPE_SECRET', 'CUSTOMER_SECRET', 'PRIVATE_POLICY_PACK', 'INTERNAL_ONLY'],
    },
    blockers: [],
    counts: { wiki_pages: pages.length, pages_ready: pages.length, visual_assets: assets.length, visual_assets_ready: assets.length, acceptance_criteria: criteria.length, acceptance_criteria_ready: criteria.length, blockers: 0 },
    overall_status: 'ready',
  };
}
