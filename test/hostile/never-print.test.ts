import { readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { fake, LOWER_ALNUM } from '../../src/scan/rules/fake.js';
import { Scanner } from '../../src/scan/scanner.js';
import { FakeGitHub } from '../helpers/api-server.js';
import { cliBundle } from '../helpers/cli.js';
import { serveIssues } from '../helpers/fake-issues.js';
import { gitRepo } from '../helpers/git.js';
import { runActionBundle, runActionBundleAsync, type ActionRun } from '../helpers/runner.js';
import { zip } from '../helpers/zip.js';

/**
 * Nothing prints a secret (issue 20, items 12-14), tested from outside: real repositories, the
 * bundled Action under a simulated runner and the bundled CLI. Every output is collected (standard
 * output and error, the job summary, the step's outputs, every file the run wrote) and no planted
 * value may appear in any of it.
 */

/** Every file under `dir` (but .git) with its content: to tell what a run wrote. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && statSync(path).size < 8_000_000) out.set(relative(dir, path), readFileSync(path, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

/** Runs something in `dir` and returns every text it produced: its streams and each file it wrote or changed. */
async function everything(dir: string, run: () => ActionRun | { stdout: string; stderr: string } | Promise<ActionRun>): Promise<[string, string][]> {
  const before = files(dir);
  const r = await run();
  const out: [string, string][] = [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ];
  if ('summary' in r) out.push(['job summary', r.summary], ['outputs', JSON.stringify(r.outputs)]);
  for (const [path, text] of files(dir)) if (before.get(path) !== text) out.push([`file ${path}`, text]);
  return out;
}

function noneHolds(outputs: [string, string][], values: Record<string, string>): void {
  for (const [where, text] of outputs) {
    for (const [name, value] of Object.entries(values)) expect(text.includes(value), `${where} prints ${name}`).toBe(false);
  }
}

// A password no rule can recognise: only its key says what it is.
const PASSWORD = 'hunter2-correct-horse';
// A random value the generic-secret rule flags only beside a secret-like key, never alone.
const CONTEXT_SECRET = fake('', 22, undefined, 2024);
// Keys that are secrets themselves, under secret-like keys.
const DUP_KEY = 'hunter2-battery-staple-7';
const NAME_KEY = 'hunter2-tr0ub4dor-and-3';

describe('item 12: check messages never quote what the packet holds secretly', () => {
  it('the scanner needs the key to flag the context value (so the test measures context rules)', () => {
    const scanner = new Scanner({ rules: PUBLIC_SAFETY_RULES });
    expect(scanner.scanText('', CONTEXT_SECRET)).toEqual([]);
    expect(scanner.scanText('', PASSWORD)).toEqual([]);
    expect(scanner.scanText('p.json', `{"api_key": "${CONTEXT_SECRET}"}`).map((f) => f.ruleId)).toEqual(['generic-secret']);
  });

  function packetRepo() {
    const policy = {
      packets: [
        { id: 'app', file: 'release/app.json', schema: 'schemas/app.schema.json' },
        { id: 'dup', file: 'release/dup.json' },
      ],
      gates: [
        { id: 'fields', checks: [{ check: 'fields', packet: 'app', expect: { '/db/password': 'rotated', '/service/api_key': 'x', '/service/note': 'x' } }] },
        { id: 'status', checks: [{ check: 'status', packet: 'app', field: '/db/password' }] },
        { id: 'cel', checks: [{ check: 'expr', packet: 'app', rule: 'packet.accounts[packet.db.password] == 1' }] },
        { id: 'cel-context', checks: [{ check: 'expr', packet: 'app', rule: 'packet.accounts[packet.service.api_key] == 1' }] },
        { id: 'schema', checks: [{ check: 'schema', packet: 'app' }] },
        { id: 'dup', checks: [{ check: 'status', packet: 'dup' }] },
      ],
    };
    const app = {
      status: 'ready',
      db: { host: 'db.internal', password: PASSWORD },
      service: { api_key: CONTEXT_SECRET, note: `rotate ${CONTEXT_SECRET} soon` },
      accounts: { ops: 1 },
      credentials: { user: 'ops', [NAME_KEY]: true },
    };
    const schema = {
      type: 'object',
      properties: { credentials: { type: 'object', properties: { user: { type: 'string' } }, additionalProperties: false } },
    };
    return gitRepo({
      '.readiness-gate.yml': stringify(policy),
      'schemas/app.schema.json': JSON.stringify(schema),
      'release/app.json': JSON.stringify(app, null, 2),
      'release/dup.json': `{"status": "ready", "tokens": {"${DUP_KEY}": 1, "${DUP_KEY}": 2}}\n`,
    });
  }

  const planted = { PASSWORD, CONTEXT_SECRET, DUP_KEY, NAME_KEY };

  it('the CLI in every format: messages name where the value is, never the value', async () => {
    const repo = packetRepo();
    const outputs: [string, string][] = [];
    for (const args of [['check'], ['check', '--format', 'json', '-o', 'out/report.json'], ['check', '--format', 'html', '-o', 'out/dash.html'], ['explain', 'fields']]) {
      outputs.push(...(await everything(repo.dir, () => cliBundle(args, repo.dir))).map(([w, t]): [string, string] => [`${args.join(' ')}: ${w}`, t]));
    }
    const report = JSON.parse(readFileSync(join(repo.dir, 'out/report.json'), 'utf8')) as { gates: { id: string; state: string; findings: { message: string }[] }[] };
    // Every gate did report, so every message form was produced.
    expect(report.gates.filter((g) => g.state !== 'ready').map((g) => g.id).sort()).toEqual(['cel', 'cel-context', 'dup', 'fields', 'schema', 'status']);
    const messages = report.gates.flatMap((g) => g.findings.map((f) => f.message)).join('\n');
    expect(messages).toMatch(/\/db\/password is "\*\*\*\*"/);
    expect(messages).toMatch(/unexpected property "\*\*\*\*"/);
    noneHolds(outputs, planted);
  });

  it('the Action: log, annotations, summary, outputs, report, SARIF and dashboard', async () => {
    const repo = packetRepo();
    const outputs = await everything(repo.dir, () => runActionBundle(repo.dir, { 'sarif-file': 'out.sarif' }));
    expect(outputs.map(([w]) => w)).toEqual(expect.arrayContaining(['file .readiness-gate/report.json', 'file out.sarif']));
    expect(outputs.find(([w]) => w === 'stdout')![1]).toMatch(/::error /);
    noneHolds(outputs, planted);
  });
});

describe("item 13: names that hold a custom rule's value are masked with the policy's rules", () => {
  const TOKEN = fake('acme_', 24, LOWER_ALNUM, 77);
  const policy = (extra: object = {}) =>
    stringify({
      scan: { rules: [{ id: 'acme-token', description: 'Acme internal token', regex: 'acme_[a-z0-9]{24}', keywords: ['acme_'] }] },
      gates: [{ id: 'docs', checks: [{ check: 'exists', paths: ['README.md'] }] }],
      ...extra,
    });

  function scanRepo() {
    const repo = gitRepo({
      '.readiness-gate.yml': policy(),
      'README.md': '# r\n',
      [`data/${TOKEN}.bin`]: Buffer.from([0, 1, 2, 0, 0, 3]),
      'bundle.zip': zip([[`${TOKEN}.zip`, 'PK\x03\x04 a zip header, then nothing a zip holds'], ['inner/ok.txt', 'fine\n']]),
    });
    symlinkSync('README.md', join(repo.dir, `link-${TOKEN}`));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'link');
    return repo;
  }

  it('skipped files, archive entries in finding descriptions: scan text, JSON and SARIF of the CLI', async () => {
    const repo = scanRepo();
    const outputs: [string, string][] = [];
    for (const args of [['scan', '.'], ['scan', '.', '--format', 'json', '-o', 'out/scan.json'], ['scan', '--archive', 'bundle.zip', '--format', 'json'], ['scan', '--archive', 'bundle.zip', '--format', 'sarif']]) {
      outputs.push(...(await everything(repo.dir, () => cliBundle(args, repo.dir))).map(([w, t]): [string, string] => [`${args.join(' ')}: ${w}`, t]));
    }
    const report = JSON.parse(readFileSync(join(repo.dir, 'out/scan.json'), 'utf8')) as { summary: { skipped: { file: string }[] } };
    expect(report.summary.skipped.length).toBeGreaterThan(0);
    expect(report.summary.skipped.map((s) => s.file).join(' ')).toContain('acme****');
    const archive = outputs.find(([w]) => w.startsWith('scan --archive bundle.zip --format json: stdout'))![1];
    expect(archive).toMatch(/archive-unreadable/);
    noneHolds(outputs, { TOKEN });
  });

  it('the Action: scan report, summary, log and files', async () => {
    const repo = scanRepo();
    const outputs = await everything(repo.dir, () => runActionBundle(repo.dir, { mode: 'all', 'sarif-file': 'out.sarif' }));
    expect(outputs.map(([w]) => w)).toEqual(expect.arrayContaining(['file .readiness-gate/report.scan.json']));
    noneHolds(outputs, { TOKEN });
  });

  it("an error that stops the Action or the CLI quotes the value masked by the policy's custom rule", async () => {
    const repo = gitRepo({ '.readiness-gate.yml': policy({ gates: [{ id: 'g', checks: [{ check: 'status', packet: TOKEN }] }] }) });
    const action = await everything(repo.dir, () => runActionBundle(repo.dir, {}));
    expect(action.find(([w]) => w === 'stdout')![1]).toMatch(/::error::Readiness Gate: the policy cannot be used/);
    const cli = await everything(repo.dir, () => cliBundle(['check'], repo.dir));
    expect(cli.find(([w]) => w === 'stderr')![1]).toMatch(/unknown packet "acme\*\*\*\*"/);
    noneHolds([...action, ...cli], { TOKEN });
  });
});

describe('item 14: Markdown notifies no one, links stay links, the log shows no hidden text', () => {
  let server: FakeGitHub | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  const MENTIONS = ['@octocat', '@acme/security-team', '@Release-Bot'];
  const GHP = fake('gh' + 'p_', 36, undefined, 1414);
  const ODD_FILE = 'docs/a) b(c <d>.txt';
  const HIDDEN_FILE = 'notes/evil\u001b[31m\u202eexe.txt';

  function markdownRepo() {
    return gitRepo({
      '.readiness-gate.yml': stringify({
        packets: [{ id: 'app', file: 'release/app.json' }],
        gates: [
          { id: 'release', title: `Release, ask ${MENTIONS[0]} or ${MENTIONS[1]}`, checks: [{ check: 'status', packet: 'app' }] },
          { id: 'docs', title: 'Docs', checks: [{ check: 'exists', paths: ['docs/guide.md'] }] },
        ],
      }),
      'release/app.json': JSON.stringify({ status: `ping ${MENTIONS[2]} and ${MENTIONS[1]} \u001b[2J\u2066\u200f` }),
      [ODD_FILE]: `token ${GHP}\n`,
      [HIDDEN_FILE]: `token ${GHP}\n`,
    });
  }

  function assertNoMentions(where: string, text: string) {
    for (const m of MENTIONS) expect(text.includes(m), `${where} mentions ${m}`).toBe(false);
  }

  it('the job summary: no mention, every link target percent-encoded', () => {
    const repo = markdownRepo();
    const head = repo.git('rev-parse', 'HEAD');
    const r = runActionBundle(repo.dir, { mode: 'all' }, { GITHUB_REPOSITORY: 'acme/widget', GITHUB_SHA: head });
    expect(r.summary).toContain('ping @'); // the text is still there, readable
    assertNoMentions('summary', r.summary);
    expect(r.summary).toContain('docs/a%29%20b%28c%20%3Cd%3E.txt#L1');
    // Every link target is whole: nothing inside it could end it early.
    for (const m of r.summary.matchAll(/\]\(([^)]*)\)/g)) expect(m[1]).toMatch(/^[A-Za-z0-9\-._~:/?#&=%+,;@]*$/);
  });

  it('the log: annotations and notices show escapes, never a terminal escape or a bidi control', () => {
    const repo = markdownRepo();
    const r = runActionBundle(repo.dir, { mode: 'all' });
    expect(r.stdout).toMatch(/::error /);
    expect(r.stdout).toContain('\\x1b');
    for (const c of ['\u001b', '\u202e', '\u2066', '\u200f']) expect(r.stdout.includes(c), `stdout holds U+${c.charCodeAt(0).toString(16)}`).toBe(false);
  });

  it('check runs and the tracking issue (loopback API): no mention in any text sent', async () => {
    server = await new FakeGitHub().start();
    const issues = serveIssues(server);
    const repo = markdownRepo();
    const head = repo.git('rev-parse', 'HEAD');
    const env = { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/widget', GITHUB_SHA: head, GITHUB_EVENT_NAME: 'schedule', GITHUB_RUN_ID: '7', GITHUB_REF_NAME: 'main', GITHUB_WORKFLOW_REF: 'acme/widget/.github/workflows/nightly.yml@refs/heads/main' };
    const r = await runActionBundleAsync(repo.dir, { 'check-runs': 'on', 'tracking-issue': 'on', 'github-token': 'ghs_testtoken', dashboard: 'off' }, env);
    expect(r.code).toBe(1);
    const checkRuns = server.requests.filter((q) => /check-runs/.test(q.url));
    expect(checkRuns.length).toBeGreaterThan(0);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain('ping @');
    assertNoMentions('check runs', JSON.stringify(checkRuns.map((q) => q.body)));
    assertNoMentions('tracking issue', JSON.stringify(issues));
  });
});
