import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fake } from '../../src/scan/rules/fake.js';
import { cliBundle } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { runActionBundle } from '../helpers/runner.js';

/**
 * A value planted in every place a message can quote from: a JSON key the schema does not allow,
 * a CEL error, wiki page names, titles and link targets, a duplicate key, a packet's file name,
 * the policy's own constants, titles, paths and messages, and a scanned file's name. It must
 * appear in no output: text, JSON, HTML and SARIF reports, explain, diff, the scan, the Action's
 * log, annotations and summary.
 */
const TOKEN = fake('gh' + 'p_', 36, undefined, 4321);
const KEY = fake('AK' + 'IA', 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 91);

function repository() {
  const policy = {
    packets: [
      { id: 'summary', file: 'release/summary.json', schema: 'schemas/summary.schema.json' },
      { id: 'dup', file: 'release/dup.json' },
      { id: 'named', files: ['evidence/*.json'] },
      { id: 'nb', file: 'release/notebook.json' },
    ],
    gates: [
      { id: 'schema', title: `Schema gate ${TOKEN}`, checks: [{ check: 'schema', packet: 'summary' }] },
      { id: 'cel', checks: [{ check: 'expr', packet: 'summary', rule: `packet.${KEY} == 'x'`, message: `needs ${TOKEN}` }] },
      { id: 'dup', checks: [{ check: 'status', packet: 'dup' }] },
      { id: 'named', checks: [{ check: 'status', packet: 'named' }] },
      { id: 'exists', checks: [{ check: 'exists', paths: [`docs/${TOKEN}.md`] }] },
      { id: 'fields', checks: [{ check: 'fields', packet: 'summary', expect: { '/status': TOKEN } }] },
      { id: 'wiki', checks: [{ check: 'wiki', dir: 'docs/wiki', packet: 'nb', pages: '/pages/*' }] },
      { id: 'scan', checks: [{ check: 'redaction', paths: ['notes/**'] }] },
    ],
  };
  return gitRepo({
    '.readiness-gate.yml': stringify(policy),
    'schemas/summary.schema.json': JSON.stringify({ type: 'object', additionalProperties: false, properties: { status: { const: TOKEN } } }),
    'release/summary.json': JSON.stringify({ status: 'ready', [TOKEN]: 1 }),
    'release/dup.json': `{"status": "ready", "${TOKEN}": 1, "${TOKEN}": 2}`,
    [`evidence/${TOKEN}.json`]: '{"status": "blocked"}',
    'release/notebook.json': JSON.stringify({ pages: [{ page: `Page-${TOKEN}`, title: `Title ${TOKEN}` }, { page: 'Home', title: 'Home' }] }),
    'docs/wiki/Home.md': `# Home\n\n[x](Other-${TOKEN})\n`,
    [`notes/${TOKEN}.txt`]: 'nothing here\n',
    [`notes/key.txt`]: `aws ${KEY}\n`,
  });
}

function clean(label: string, text: string) {
  expect(text.includes(TOKEN), `${label} leaks the token`).toBe(false);
  expect(text.includes(KEY), `${label} leaks the key`).toBe(false);
}

describe('no output quotes a planted value, wherever it was planted', () => {
  it('the CLI in every format and command, and the Action', () => {
    const repo = repository();
    const outputs: [string, string][] = [];
    for (const args of [
      ['check'],
      ['check', '--format', 'json', '-o', 'a.json'],
      ['check', '--format', 'sarif'],
      ['check', '--format', 'html'],
      ['explain', 'wiki'],
      ['explain', 'cel', '--format', 'json'],
      ['diff', 'a.json', 'a.json'],
      ['scan', '.'],
      ['scan', '.', '--format', 'json'],
      ['scan', '.', '--format', 'sarif'],
    ]) {
      const r = cliBundle(args, repo.dir);
      outputs.push([args.join(' '), r.stdout + r.stderr]);
    }
    outputs.push(['a.json', readFileSync(join(repo.dir, 'a.json'), 'utf8')]);
    // The check really did report in those places (so the test cannot pass by finding nothing).
    const report = JSON.parse(outputs[outputs.length - 1]![1]) as { gates: { id: string; state: string }[] };
    expect(report.gates.filter((g) => g.state !== 'ready').map((g) => g.id).sort()).toEqual(['cel', 'dup', 'exists', 'fields', 'named', 'scan', 'schema', 'wiki']);
    const action = runActionBundle(repo.dir, { mode: 'all', 'sarif-file': 'out.sarif' }, {});
    outputs.push(['action log', action.stdout + action.stderr], ['action summary', action.summary], ['action sarif', readFileSync(join(repo.dir, 'out.sarif'), 'utf8')]);
    for (const [label, text] of outputs) clean(label, text);
  });
});

describe('error messages are redacted too', () => {
  it('a policy error quoting a token (an unknown packet id) prints it masked, in the CLI and the Action', () => {
    const repo = gitRepo({ '.readiness-gate.yml': stringify({ gates: [{ id: 'g', checks: [{ check: 'status', packet: TOKEN }] }] }) });
    const r = cliBundle(['check'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown packet "ghp_\*\*\*\*"/);
    clean('cli policy error', r.stdout + r.stderr);
    const action = runActionBundle(repo.dir, {}, {});
    expect(action.code).toBe(1);
    clean('action policy error', action.stdout + action.stderr);
  });
});
