// Release-verification packets of the CAVRA fixture, with the key paths the facts sheet gives
// for each (shapes.md, "Release-verification packets"). Values are ours.

const RV = 'docs/release-verifications';
export const GENERATED = '2026-06-14T09:00:00Z';

const common = (name, extra = {}) => ({
  schema_version: `cavra.aispm.${name}.v1`,
  product: 'CAVRA',
  edition: 'community',
  mode: 'public_release_verification',
  ...extra,
});

const area = (id, contract) => ({
  area_id: id,
  title: id.replace(/_/g, ' '),
  schema: `src/cavra/schemas/aispm-report-${contract}.schema.json`,
  example: `examples/aispm/enterprise-report-${contract}-public.example.json`,
  status: 'requires_cavra_enterprise',
});

function areasPacket(name, field, areas, boundaries) {
  const make = area;
  return common(name, {
    status: 'ready',
    portal_panel: `aispm-${name.replace(/_/g, '-')}`,
    portal_packet: `cavra-aispm-${name.replace(/_/g, '-')}-packet.json`,
    validator: `scripts/validate-aispm-${name.replace(/_/g, '-')}.py`,
    [field]: areas.map(([id, contract]) => make(id, contract)),
    enterprise_boundaries: Object.fromEntries(boundaries.map((b) => [b, 'requires_cavra_enterprise'])),
    public_safety_boundary: 'Public contracts and redacted examples only; runtimes stay in CAVRA Enterprise.',
  });
}

export const INDEXED = [
  'hosted-sandbox-deployment-freshness',
  'hosted-sandbox-operator-release-status',
  'aispm-report-catalog-readiness',
  'aispm-report-delivery-setup-readiness',
  'aispm-report-operations-readiness',
  'aispm-report-governance-readiness',
  'aispm-report-assurance-readiness',
  'aispm-report-response-readiness',
  'aispm-report-trial-operations-readiness',
  'aispm-pilot-control-readiness',
  'aispm-v1.0-public-release-readiness',
  'aispm-final-announcement-readiness',
];

export function releasePackets() {
  const packets = {};
  packets['aispm-report-assurance-readiness'] = areasPacket('report_assurance_readiness', 'assurance_areas', [
    ['evidence_room_access_events', 'evidence-room-access-event'],
    ['incident_packet', 'incident-packet'],
    ['incident_closure', 'incident-closure'],
    ['kpi_metrics', 'kpi-metrics'],
    ['alert_escalation', 'alert-escalation'],
  ], ['evidence_room_access_audit_store', 'incident_packet_builder', 'incident_closure_workflow', 'tenant_kpi_metrics_store', 'alert_escalation_workflow']);
  packets['aispm-report-trial-operations-readiness'] = areasPacket('report_trial_operations_readiness', 'trial_operations_areas', [
    ['remediation_closure_executive_digest', 'remediation-closure-executive-digest'],
    ['remediation_closure_digest_distribution', 'remediation-closure-digest-distribution'],
    ['enterprise_trial_validation_packet', 'center-trial-validation-packet'],
    ['trial_operator_dashboard_readiness', 'center-trial-operator-dashboard-readiness'],
    ['trial_operator_api_view_model', 'center-trial-operator-api-view-model'],
  ], ['executive_digest_rendering', 'digest_distribution_workflow', 'trial_validation_runtime', 'operator_dashboard_api', 'operator_session_and_audit_store']);
  packets['aispm-report-governance-readiness'] = areasPacket('report_governance_readiness', 'governance_areas', [
    ['schedule_policy', 'schedule-policy'],
    ['recipient_policy', 'recipient-policy'],
    ['approval_decisions', 'approval-decision'],
    ['exception_lifecycle', 'exception-lifecycle'],
    ['evidence_rooms', 'evidence-room'],
  ], ['governed_schedule_workers', 'recipient_directory_and_policy_enforcement', 'approval_workflow_execution', 'exception_lifecycle_workflow', 'authenticated_evidence_room_portal']);
  packets['aispm-report-operations-readiness'] = areasPacket('report_operations_readiness', 'operation_areas', [
    ['delivery_audit_events', 'delivery-audit-event'],
    ['operations_dashboard', 'operations-dashboard'],
    ['retention_lifecycle', 'retention-lifecycle'],
    ['search_and_retrieval', 'search-retrieval'],
    ['export_package_manifest', 'export-package-manifest'],
  ], ['immutable_delivery_audit_store', 'operations_dashboard_persistence', 'retention_lifecycle_enforcement', 'rbac_scoped_search_and_retrieval', 'signed_export_package_manifest_service']);
  packets['aispm-report-response-readiness'] = areasPacket('report_response_readiness', 'response_areas', [
    ['alert_operations_dashboard', 'alert-operations-dashboard'],
    ['alert_drilldown', 'alert-drilldown'],
    ['alert_remediation_plan', 'alert-remediation-plan'],
    ['alert_remediation_closure', 'alert-remediation-closure'],
    ['remediation_closure_operations', 'remediation-closure-operations-dashboard'],
  ], ['alert_operations_dashboard_persistence', 'alert_drilldown_authorization', 'remediation_plan_workflow', 'remediation_closure_workflow', 'closure_operations_dashboard']);
  packets['aispm-report-catalog-readiness'] = common('report_catalog_readiness', {
    status: 'ready',
    portal_panel: 'aispm-report-catalog',
    portal_packet: 'cavra-aispm-report-catalog-packet.json',
    validator: 'scripts/validate-aispm-report-catalog-readiness.py',
    community_reports: ['executive_brief_md', 'posture_summary_json', 'control_matrix_csv'].map((id) => ({ report_id: id, title: id.replace(/_/g, ' '), format: id.split('_').pop(), filename: `${id}.${id.split('_').pop()}`, audience: 'security leaders' })),
    enterprise_locked_reports: ['PDF Board Pack', 'Signed GRC Package'],
    enterprise_boundaries: Object.fromEntries(['pdf_xlsx_docx_rendering', 'signed_json_and_grc_packages', 'scheduled_email_delivery', 'recipient_allowlists_rbac_and_approval_gates', 'delivery_audit_and_retry_evidence'].map((b) => [b, 'requires_cavra_enterprise'])),
    public_safety_boundary: 'Community report formats only.',
  });
  packets['aispm-report-delivery-setup-readiness'] = common('report_delivery_setup_readiness', {
    status: 'ready',
    portal_panel: 'aispm-report-delivery-setup',
    portal_packet: 'cavra-aispm-report-delivery-setup-packet.json',
    validator: 'scripts/validate-aispm-report-delivery-setup-readiness.py',
    setup_areas: ['organization_profile', 'delivery_mode', 'recipient_policy'].map((id) => ({ step_id: id, title: id.replace(/_/g, ' '), required_fields: ['CAVRA_REPORT_FROM_ADDRESS', 'CAVRA_REPORT_DELIVERY_MODE'], status: 'required' })),
    required_public_settings: ['CAVRA_REPORT_DELIVERY_MODE', 'CAVRA_REPORT_FROM_ADDRESS'],
    secret_reference_settings: ['CAVRA_REPORT_SMTP_USERNAME_REF', 'CAVRA_REPORT_SMTP_PASSWORD_REF'],
    enterprise_boundaries: Object.fromEntries(['wizard_ui', 'settings_persistence', 'secret_resolution', 'provider_validation', 'test_delivery', 'delivery_audit_and_retry_evidence'].map((b) => [b, 'requires_cavra_enterprise'])),
    public_safety_boundary: 'Secret names are references; no values are published.',
  });
  packets['aispm-pilot-control-readiness'] = common('pilot_control_readiness', {
    status: 'ready',
    portal_panel: 'aispm-pilot-control',
    portal_packet: 'cavra-aispm-pilot-control-readiness-packet.json',
    validator: 'scripts/validate-aispm-pilot-control-readiness.py',
    control_areas: ['pilot_exception_register', 'pilot_risk_acceptance', 'pilot_launch_board_pack', 'board_pack_artifact_freshness', 'launch_readiness_rollup'].map((id) => ({
      area_id: id,
      title: id.replace(/_/g, ' '),
      source_packet: `${RV}/aispm-launch-board-pack-artifact-index.json`,
      status: 'ready',
    })),
    verification_sources: [`${RV}/aispm-launch-board-pack-artifact-index.json`, `${RV}/aispm-launch-readiness-rollup.json`, `${RV}/aispm-release-evidence-index.json`],
    enterprise_boundaries: Object.fromEntries(['signed_exception_acceptance', 'signed_risk_acceptance', 'board_minutes_and_pdf_delivery', 'tenant_artifact_retention', 'workflow_write_back'].map((b) => [b, 'requires_cavra_enterprise'])),
    public_safety_boundary: 'Pilot controls are described, never their signed records.',
  });
  packets['aispm-release-evidence-index'] = common('release_evidence_index', {
    status: 'ready',
    portal_panel: 'aispm-release-evidence',
    portal_packet: 'cavra-aispm-release-evidence-index-packet.json',
    validator: 'scripts/validate-aispm-release-evidence-index.py',
    evidence_items: INDEXED.map((n) => ({ title: n.replace(/-/g, ' '), markdown: `${RV}/${n}.md`, machine_readable: `${RV}/${n}.json`, validator: 'scripts/validate-aispm-release-evidence-index.py', status: 'ready' })),
    public_safety_boundary: 'Every indexed packet is public-safe.',
    enterprise_boundary: Object.fromEntries(['signed_release_approval', 'tenant_evidence_room', 'private_trial_package_validation', 'licensed_report_delivery'].map((b) => [b, 'requires_cavra_enterprise'])),
  });
  packets['aispm-launch-readiness-rollup'] = common('launch_readiness_rollup', {
    generated_at: GENERATED,
    release_candidate: 'community-v1.0.0',
    overall_status: 'ready',
    source_route: 'https://huzefaaa2.github.io/cavra/#ai-posture',
    required_sources: INDEXED.map((n) => ({ source_id: n.replace(/[-.]/g, '_'), path: `${RV}/${n}.json`, status: 'pass', validator: 'scripts/validate-aispm-release-evidence-index.py' })),
    readiness_gates: ['public_portal_contract', 'board_pack_freshness', 'trial_lab_notebook_publication', 'release_evidence_index'].map((id) => ({ gate_id: id, status: 'pass', evidence: `${RV}/aispm-release-evidence-index.md` })),
    public_safety_boundary: 'Only public-safe release evidence is rolled up.',
    enterprise_boundaries: ['Live multi-tenant ingestion', 'Licensed report delivery'],
    next_private_validation: ['Validate Enterprise Trial package pull with an approved evaluator'],
  });
  packets['aispm-v1.0-public-release-readiness'] = {
    schema_version: 'cavra.aispm_v100_public_release_readiness.v1',
    product: 'CAVRA',
    edition: 'community',
    release: 'v1.0.0',
    status: 'ready_for_pr_and_pages_deploy',
    portal_route: '#ai-posture',
    branch: 'release/community-v1.0.0',
    validator: 'scripts/validate-aispm-v100-public-release.py',
    readiness_items: ['package_current_work', 'github_pages_deploy', 'release_notes_walkthrough', 'lab_notebook_assets', 'final_release_verification'].map((id) => ({ item_id: id, title: id.replace(/_/g, ' '), status: 'ready_for_pr', evidence: 'docs/releases/community-v1.0.0-aispm.md' })),
    required_artifacts: ['docs/releases/community-v1.0.0-aispm.md', 'docs/aispm-v1.0-public-walkthrough.md', 'docs/wiki/AISPM-Enterprise-Trial-Lab-Notebook.md', 'docs/wiki/assets/aispm-lab/aispm-trial-flow.svg'],
    validation_commands: ['python scripts/validate-aispm-v100-public-release.py'],
    announcement_state: 'ready_after_pr_merge_and_pages_post_deploy_smoke',
    enterprise_boundary: 'Enterprise Trial packages stay private.',
    public_safety_boundary: 'Release notes and walkthrough hold public-safe content only.',
  };
  packets['aispm-final-announcement-readiness'] = common('final_announcement_readiness', {
    release: 'v1.0.0',
    generated_at: GENERATED,
    status: 'ready',
    announcement_decision: 'ready_for_public_announcement',
    validator: 'scripts/validate-aispm-final-announcement-readiness.py',
    portal_packet: 'cavra-aispm-final-announcement-readiness-packet.json',
    required_sources: [
      ['launch_readiness_rollup', `${RV}/aispm-launch-readiness-rollup.json`],
      ['release_evidence_index', `${RV}/aispm-release-evidence-index.json`],
      ['public_release_readiness', `${RV}/aispm-v1.0-public-release-readiness.json`],
      ['trial_field_guide', 'docs/wiki/AISPM-Enterprise-Trial-Lab-Notebook.md'],
      ['hosted_operator_status', `${RV}/hosted-sandbox-operator-release-status.json`],
      ['hosted_post_deploy_evidence', `${RV}/hosted-sandbox-post-deploy-evidence.json`],
      ['community_release_verification', `${RV}/community-v1.0.0-aispm-public-release-verification.md`],
      ['release_notes', 'docs/releases/community-v1.0.0-aispm.md'],
    ].map(([id, path]) => ({ source_id: id, path, status: 'ready', validator: 'scripts/validate-aispm-final-announcement-readiness.py' })),
    announcement_gates: ['community_portal_ready', 'release_evidence_ready', 'field_guide_published', 'hosted_release_operator_ready', 'public_release_notes_ready', 'public_safety_boundary_verified'].map((id) => ({ gate_id: id, status: 'ready', evidence: `${RV}/aispm-release-evidence-index.md` })),
    announcement_channels: ['GitHub release notes', 'Community wiki'],
    public_summary: 'CAVRA Community AISPM v1.0 is ready to announce.',
    operator_instruction: 'Announce after the post-deploy smoke passes.',
    public_safety_boundary: 'Announcement content is public-safe.',
    enterprise_boundary: Object.fromEntries(['enterprise_trial_package_pull', 'license_expiry_and_revocation', 'live_multi_tenant_ingestion', 'licensed_report_delivery', 'tenant_evidence_room'].map((b) => [b, 'requires_cavra_enterprise'])),
  });
  // Packets whose shape the facts do not give: only what the validators read of them.
  packets['hosted-sandbox-operator-release-status'] = { status: 'ready' };
  packets['hosted-sandbox-deployment-freshness'] = { status: 'ready' };
  packets['hosted-sandbox-post-deploy-evidence'] = { status: 'ready' };
  packets['aispm-launch-board-pack-artifact-index'] = { status: 'ready' };
  return packets;
}

export const SUMMARY_GATES = [
  ['runtime-binding', 'Runtime Binding'],
  ['alert-transport', 'Alert Transport'],
  ['release-dashboard-publication', 'Release Dashboard Publication'],
  ['trial-lab-notebook', 'Trial Lab Notebook'],
  ['operator-audit-archive', 'Operator Audit Archive'],
  ['trial-package-readiness-validator', 'Trial Package Readiness Validator'],
  ['runtime-control-closeout', 'Runtime Control Closeout'],
  ['systems-of-record-attachment', 'Systems Of Record Attachment'],
  ['announcement-closeout', 'Announcement Closeout'],
];

export function readinessSummary(publicDocs) {
  return {
    schema_version: 'cavra.aispm.enterprise_trial_readiness_public_summary.v1',
    product: 'CAVRA',
    edition: 'enterprise_trial',
    mode: 'public_summary',
    generated_at: GENERATED,
    trial_domain: 'trial.cavra.example',
    source_private_milestones: ['cavra-enterprise#140', 'cavra-enterprise#141', 'cavra-enterprise#142'],
    readiness_gates: SUMMARY_GATES.map(([id, label]) => ({ gate_id: id, label, status: 'ready', public_summary: `${label} evidence is recorded in the private repository.`, public_safe: true })),
    public_docs: publicDocs,
    enterprise_boundary: Object.fromEntries(['private_package_access_grants', 'license_issuance', 'evaluator_email_delivery', 'hosted_telemetry', 'private_operator_audit_archive'].map((b) => [b, 'requires_cavra_enterprise'])),
    public_safety_boundary: 'This summary names gates and public documents only.',
  };
}
