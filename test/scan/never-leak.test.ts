import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fake, HEX } from '../../src/scan/rules/fake.js';
import { CLI_BUNDLE, cliBundle } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { runActionBundle } from '../helpers/runner.js';

/** Values planted in a repository; none may appear in any output, log line or error. */
const PLANTED = {
  github: fake('gh' + 'p_', 36, undefined, 1234),
  aws: fake('AK' + 'IA', 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 77),
  smtp: 'Hx9!vQ2pLm7Kd',
  ip: '34.120.7.201',
  email: 'jane.doe@acme-corp.com',
  license: `CAVRA-TRIAL-${fake('', 5, 'ABCDEFGHJKMNPQRSTUVWXYZ23456789', 3)}-${fake('', 5, 'ABCDEFGHJKMNPQRSTUVWXYZ23456789', 4)}-7QX2K`,
  signature: fake('', 64, HEX, 55),
};

function repository() {
  const policy = {
    packets: [{ id: 'summary', file: 'release/summary.json' }, { id: 'broken', file: 'release/broken.json' }],
    gates: [
      { id: 'public-safety', checks: [{ check: 'redaction', paths: ['docs/**', 'release/**'] }] },
      { id: 'summary', checks: [{ check: 'status', packet: 'summary' }, { check: 'refs', packet: 'summary', fields: ['/evidence'] }] },
      { id: 'broken', checks: [{ check: 'status', packet: 'broken' }] },
    ],
  };
  return gitRepo({
    '.readiness-gate.yml': stringify(policy),
    'docs/guide.md': `# Guide\n\nexport GITHUB_TOKEN=${PLANTED.github}\naws_access_key_id = ${PLANTED.aws}\nSMTP_PASSWORD=${PLANTED.smtp}\nclient ${PLANTED.ip} by ${PLANTED.email}\nlicense: ${PLANTED.license}\n`,
    'release/summary.json': JSON.stringify({ status: PLANTED.github, evidence: [`https://r.s3.amazonaws.com/x.pdf?X-Amz-Signature=${PLANTED.signature}`] }, null, 2),
    'release/broken.json': `{"status": "ready", "token": "${PLANTED.github}" ,,}`,
  });
}

function assertClean(label: string, text: string) {
  for (const [name, value] of Object.entries(PLANTED)) expect(text.includes(value), `${label} leaks the planted ${name}`).toBe(false);
}

describe('a found value never appears in any output', () => {
  it('check, explain and scan in every format, the dashboard, history and diff, stdin and diff scans, and the Action', () => {
    const repo = repository();
    const outputs: [string, string][] = [];
    const run = (args: string[]) => {
      const r = cliBundle(args, repo.dir);
      outputs.push([args.join(' '), r.stdout + r.stderr]);
      return r;
    };
    expect(run(['check']).code).toBe(1);
    run(['check', '--format', 'json']);
    run(['check', '--format', 'json', '-o', 'nightly/a.json']);
    run(['check', '--format', 'html', '--horizon', 'P7D', '--compare', 'nightly/a.json', '--history', 'nightly']);
    run(['history', 'nightly', '--format', 'html']);
    run(['diff', 'nightly/a.json', 'nightly/a.json']);
    outputs.push(['nightly/a.json', readFileSync(join(repo.dir, 'nightly/a.json'), 'utf8')]);
    run(['explain', 'summary']);
    run(['explain', 'public-safety', '--format', 'json']);
    for (const format of ['text', 'json', 'sarif']) expect(run(['scan', '--format', format]).code).toBe(1);
    run(['scan', '--ref', 'HEAD', '--format', 'json']);
    repo.git('checkout', '-q', '-b', 'next');
    repo.commit({ 'docs/more.md': `again ${PLANTED.github} and ${PLANTED.email}\n` }, 'more');
    run(['scan', '--diff', 'main...next', '--format', 'sarif']);
    const stdin = spawnSync(process.execPath, [CLI_BUNDLE, 'scan', '-', '--format', 'json'], { input: readFileSync(join(repo.dir, 'docs/guide.md')), encoding: 'utf8' });
    outputs.push(['scan -', stdin.stdout + stdin.stderr]);
    expect(JSON.parse(stdin.stdout).findings.length).toBeGreaterThanOrEqual(6);

    const action = runActionBundle(repo.dir, {});
    outputs.push(['action', action.stdout + action.stderr + action.summary + JSON.stringify(action.outputs)]);
    outputs.push(['action report', readFileSync(action.outputs['report-file']!, 'utf8')]);
    expect(action.code).toBe(1);
    const all = runActionBundle(repo.dir, { mode: 'all' });
    const dashboard = readFileSync(all.outputs['dashboard-file']!, 'utf8');
    expect(dashboard).toContain('<section id="scan"><h2>Public-safety scan</h2>');
    outputs.push(['action mode all', all.stdout + all.stderr + all.summary], ['action dashboard', dashboard]);

    for (const [label, text] of outputs) assertClean(label, text);
    // The findings are there, masked: the test would pass vacuously if nothing were reported.
    const text = outputs.map(([, t]) => t).join('\n');
    for (const masked of ['ghp_****', 'AKIA****', 'jane****', '34.****', 'CAVR****']) expect(text).toContain(masked);
    for (const masked of ['ghp_****', 'jane****', 'CAVR****']) expect(dashboard).toContain(masked);
  });
});
