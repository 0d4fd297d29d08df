// Generates a CAVRA-sized benchmark repository: N trial-validation packets spread over G gate
// folders, one 2020-12 schema shaped like the CAVRA contracts, and a policy with G gates.
// About 1% of packets carry a defect (a bad enum, an extra property, a stale timestamp).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generate(dir, { packets = 10000, gates = 100, seed = 42 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let state = seed;
  const rand = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (list) => list[Math.floor(rand() * list.length)];

  writeFileSync(join(dir, 'schema.json'), JSON.stringify(schema(), null, 2));
  const perGate = Math.ceil(packets / gates);
  let written = 0;
  for (let g = 0; g < gates; g++) {
    const folder = join(dir, 'packets', `gate-${String(g).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < perGate && written < packets; i++, written++) {
      const p = packet(written, rand, pick);
      writeFileSync(join(folder, `packet-${String(i).padStart(4, '0')}.json`), JSON.stringify(p, null, 2) + '\n');
    }
  }
  writeFileSync(join(dir, '.readiness-gate.yml'), policy(gates));
  return { packets: written, gates };
}

const PATHS = ['setup', 'render', 'blocked_send', 'approved_send', 'schedule_run', 'evidence_room', 'alert_escalation', 'remediation_closure', 'digest_distribution', 'revocation', 'retention'];

function packet(n, rand, pick) {
  const defect = n % 997 === 13 ? pick(['enum', 'extra', 'stale']) : undefined;
  const generated = defect === 'stale' ? '2026-08-01T10:00:00Z' : `2026-11-${String(20 + (n % 8)).padStart(2, '0')}T0${n % 10}:15:00Z`;
  const paths = PATHS.map((id) => ({
    path_id: id,
    status: 'passed',
    evidence_ref: `cavra://evidence/redacted/${id}/${n}`,
    checked_at: generated,
    notes: `Synthetic ${id} evidence for trial ${n}; redacted metadata only.`,
  }));
  const p = {
    schema_version: 'cavra.aispm.report_center_trial_validation_packet.v1',
    product: 'CAVRA',
    edition: 'enterprise_trial',
    contract_visibility: 'public_contract',
    generated_at: generated,
    trial_ref: `trial:bench-${n}`,
    tenant_ref: `tenant:bench-${n % 50}`,
    validation_summary: { status: defect === 'enum' ? 'ready_for_review' : 'ready_for_evaluator_review', passed: paths.length, warning: 0, blocked: 0, failed: 0, not_run: 0, validated_at: generated },
    package_under_test: { package_ref: `package:cavra-enterprise-trial-${n % 7}`, version: `1.${n % 9}.${n % 13}`, license_status: 'trial_active', source_included: false },
    validation_paths: paths,
    artifacts: Array.from({ length: 4 }, (_, i) => ({ artifact_ref: `artifact:${n}-${i}`, digest: `sha256:${(n * 7919 + i).toString(16).padStart(64, 'a')}`, retention_class: pick(['standard', 'extended']) })),
    controls: { operator_approval_required: true, trial_license_required: true, package_access_gated: true },
    redaction: Object.fromEntries(REDACTION.map((k) => [k, false])),
    enterprise_boundaries: { validation_runner: 'requires_cavra_enterprise', evidence_store: 'requires_cavra_enterprise', license_service: 'requires_cavra_enterprise' },
  };
  if (defect === 'extra') p.raw_provider_response = 'redacted';
  return p;
}

const REDACTION = ['recipient_addresses_included', 'operator_identity_included', 'evaluator_identity_included', 'auditor_identity_included', 'approver_identity_included', 'ip_address_included', 'download_urls_included', 'raw_prompt_included', 'model_reasoning_included', 'raw_tool_output_included', 'raw_report_content_included', 'provider_response_included', 'customer_records_included', 'secrets_included', 'source_code_included'];

function schema() {
  const ts = { type: 'string', format: 'date-time' };
  const ref = (prefix) => ({ type: 'string', pattern: `^${prefix}` });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://schemas.example.com/aispm-report-center-trial-validation-packet.schema.json',
    type: 'object',
    additionalProperties: false,
    required: ['schema_version', 'product', 'edition', 'contract_visibility', 'generated_at', 'trial_ref', 'tenant_ref', 'validation_summary', 'package_under_test', 'validation_paths', 'artifacts', 'controls', 'redaction', 'enterprise_boundaries'],
    properties: {
      schema_version: { const: 'cavra.aispm.report_center_trial_validation_packet.v1' },
      product: { const: 'CAVRA' },
      edition: { const: 'enterprise_trial' },
      contract_visibility: { const: 'public_contract' },
      generated_at: ts,
      trial_ref: ref('trial:'),
      tenant_ref: ref('tenant:'),
      validation_summary: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'passed', 'warning', 'blocked', 'failed', 'not_run', 'validated_at'],
        properties: {
          status: { enum: ['ready_for_evaluator_review', 'needs_operator_review', 'blocked', 'failed'] },
          passed: { type: 'integer', minimum: 0 },
          warning: { type: 'integer', minimum: 0 },
          blocked: { type: 'integer', minimum: 0 },
          failed: { type: 'integer', minimum: 0 },
          not_run: { type: 'integer', minimum: 0 },
          validated_at: ts,
        },
      },
      package_under_test: {
        type: 'object',
        additionalProperties: false,
        required: ['package_ref', 'version', 'license_status', 'source_included'],
        properties: {
          package_ref: ref('package:'),
          version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' },
          license_status: { enum: ['trial_active', 'trial_expired', 'trial_revoked', 'trial_invalid'] },
          source_included: { const: false },
        },
      },
      validation_paths: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['path_id', 'status', 'evidence_ref', 'checked_at'],
          properties: { path_id: { type: 'string' }, status: { enum: ['passed', 'warning', 'blocked', 'failed', 'not_run'] }, evidence_ref: ref('cavra://evidence/redacted/'), checked_at: ts, notes: { type: 'string', maxLength: 500 } },
        },
      },
      artifacts: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['artifact_ref', 'digest', 'retention_class'],
          properties: { artifact_ref: ref('artifact:'), digest: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' }, retention_class: { enum: ['standard', 'extended'] } },
        },
      },
      controls: { type: 'object', additionalProperties: { const: true } },
      redaction: { type: 'object', additionalProperties: false, required: REDACTION, properties: Object.fromEntries(REDACTION.map((k) => [k, { const: false }])) },
      enterprise_boundaries: { type: 'object', additionalProperties: { const: 'requires_cavra_enterprise' } },
    },
  };
}

function policy(gates) {
  const lines = ['# Generated benchmark policy.', 'version: 1', 'settings:', '  clock: "2026-11-29T12:00:00Z"', 'packets:'];
  for (let g = 0; g < gates; g++) {
    const id = `gate-${String(g).padStart(3, '0')}`;
    lines.push(`  - id: ${id}`, `    files: ["packets/${id}/*.json"]`, '    schema: schema.json');
  }
  lines.push('gates:');
  for (let g = 0; g < gates; g++) {
    const id = `gate-${String(g).padStart(3, '0')}`;
    lines.push(
      `  - id: ${id}`,
      `    title: Trial validation ${g}`,
      '    checks:',
      `      - { check: schema, packet: ${id} }`,
      `      - { check: status, packet: ${id}, field: /validation_summary/status, map: { ready_for_evaluator_review: ready, needs_operator_review: degraded, blocked: blocked, failed: blocked } }`,
      `      - { check: fresh, packet: ${id}, field: /generated_at, max-age: P30D, warn-within: P7D }`,
      `      - { check: expr, packet: ${id}, rule: "packet.validation_paths.all(p, p.status == 'passed') && size(packet.validation_paths) == packet.validation_summary.passed", at: /validation_paths }`,
    );
  }
  return lines.join('\n') + '\n';
}
