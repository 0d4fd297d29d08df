import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fake } from '../../src/scan/rules/fake.js';
import { gitRepo } from '../helpers/git.js';
import { runActionBundle, runActionInProcess, type ActionRun } from '../helpers/runner.js';
import { CLI_BUNDLE } from '../helpers/cli.js';

/**
 * A pull request's diff is data: each case below is a real repository with a base commit and a
 * head commit that hides a token in a way an earlier version walked past, run through the bundled
 * Action on a pull_request event. Each must fail the scan with the token masked.
 */
const token = fake('ghp_', 36, undefined, 91);
const token2 = fake('ghp_', 36, undefined, 92);

function prEvent(base: string, head: string): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), 'rg-event-')), 'event.json');
  writeFileSync(file, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/widget', GITHUB_SERVER_URL: 'https://github.example' };
}

type Repo = ReturnType<typeof gitRepo>;

/**
 * A base commit, then `change` makes the head (any number of commits); the Action scans the pull
 * request, in this process (runActionInProcess: the same run() the bundle calls). The cases that
 * build their own repository below run the bundled dist/index.js.
 */
async function pullRequest(baseFiles: Record<string, string | Buffer>, change: (repo: Repo) => void, inputs: Record<string, string> = {}): Promise<{ run: ActionRun; repo: Repo }> {
  const repo = gitRepo({ 'README.md': '# widget\n', ...baseFiles });
  const base = repo.git('rev-parse', 'HEAD');
  repo.git('checkout', '-q', '-b', 'attack');
  change(repo);
  const head = repo.git('rev-parse', 'HEAD');
  const run = await runActionInProcess(repo.dir, { mode: 'scan', ...inputs }, prEvent(base, head));
  return { run, repo };
}

function everything(run: ActionRun, dir: string): string {
  const files = (() => {
    try {
      return readdirSync(join(dir, '.readiness-gate')).map((f) => readFileSync(join(dir, '.readiness-gate', f), 'utf8'));
    } catch {
      return [];
    }
  })();
  return [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...files].join('\n');
}

function expectCaught(run: ActionRun, dir: string, findings = 1): void {
  expect(run.code, run.stdout + run.stderr).toBe(1);
  expect(run.outputs.result).toBe('fail');
  expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(findings);
  expect(everything(run, dir)).not.toContain(token);
  expect(everything(run, dir)).not.toContain(token2);
}

function commitRaw(repo: Repo, write: (dir: string) => void, message: string): void {
  write(repo.dir);
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', message);
}

describe('hunks are read by their counts, never by what a line starts with', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);
  for (const decoy of ['++ /dev/null', '++ b/elsewhere.txt', 'diff --git a/x b/x', '@@ -1 +1 @@', '-- a/notes.txt', '+ b/x']) {
    it(`an added line "${decoy}" before a token in the same file does not hide it`, async () => {
      const before = lines(40);
      const { run, repo } = await pullRequest({ 'notes.txt': before.join('\n') + '\n' }, (r) => {
        const after = [...before];
        after.splice(3, 0, decoy);
        after.splice(30, 0, `token = "${token}"`);
        r.commit({ 'notes.txt': after.join('\n') + '\n' }, 'edit');
      });
      expectCaught(run, repo.dir);
    });
  }
});

describe('paths are bytes', () => {
  const names = ['with space.txt', 'tab\there.txt', 'cr\rname.txt', 'bell\x07.txt', 'back\bspace.txt', 'vt\x0bname.txt', 'ff\x0cname.txt', 'quote"name.txt', 'back\\slash.txt', 'new\nline.txt', 'ключ.txt', 'ü\u0301.txt'];
  for (const name of names) {
    it(`a token in a file named ${JSON.stringify(name)} is found, not a decoy's lines`, async () => {
      const { run, repo } = await pullRequest({}, (r) => r.commit({ [name]: `token = "${token}"\n`, 'decoy.txt': 'nothing here\n' }, 'add'));
      expectCaught(run, repo.dir);
    });
  }

  it('a file whose name is not UTF-8 is read by its bytes, and a decoy with the replacement character is not scanned instead', async () => {
    const { run, repo } = await pullRequest({}, (r) =>
      commitRaw(
        r,
        (dir) => {
          writeFileSync(Buffer.concat([Buffer.from(dir + '/conf-'), Buffer.from([0xe9, 0xff]), Buffer.from('.txt')]), `token = "${token}"\n`);
          writeFileSync(join(dir, 'conf-\ufffd\ufffd.txt'), 'harmless\n');
        },
        'add',
      ),
    );
    expectCaught(run, repo.dir);
    expect(run.stdout).toMatch(/conf-\\xe9\\xff\.txt/);
  });

  it('a submodule bump beside a token neither crashes the scan nor hides the token', async () => {
    const sub = gitRepo({ 'a.txt': 'sub\n' });
    const { run, repo } = await pullRequest({}, (r) => {
      r.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendored');
      r.git('commit', '-q', '-m', 'submodule');
      sub.commit({ 'a.txt': 'sub 2\n' }, 'bump');
      r.git('-C', 'vendored', 'pull', '-q', 'origin', 'main');
      r.commit({ 'app/conf.txt': `token = "${token}"\n` }, 'bump and token');
    });
    expectCaught(run, repo.dir);
    expect(run.code).not.toBe(3);
  });
});

describe('the repository’s attributes choose nothing', () => {
  for (const attributes of ['* -diff', '* binary', '*.txt diff=hidden', '* -text']) {
    it(`"${attributes}" in .gitattributes does not hide a changed file's added lines`, async () => {
      const body = Array.from({ length: 30 }, (_, i) => `row ${i}`);
      const { run, repo } = await pullRequest({ 'data.txt': body.join('\n') + '\n', '.gitattributes': attributes + '\n' }, (r) => {
        r.git('config', 'diff.hidden.textconv', 'true');
        r.commit({ 'data.txt': [...body.slice(0, 20), `token = "${token}"`, ...body.slice(20)].join('\n') + '\n' }, 'edit');
      });
      expectCaught(run, repo.dir);
    });
  }

  it('a symbolic link replaced by a file (a type change) is scanned as a whole added file', async () => {
    const r = gitRepo({ 'target.txt': 'x\n' });
    symlinkSync('target.txt', join(r.dir, 'link.txt'));
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'link');
    const base = r.git('rev-parse', 'HEAD');
    r.git('checkout', '-q', '-b', 'attack');
    r.git('rm', '-q', 'link.txt');
    r.commit({ 'link.txt': `token = "${token}"\n` }, 'type change');
    const head = r.git('rev-parse', 'HEAD');
    const result = runActionBundle(r.dir, { mode: 'scan' }, prEvent(base, head));
    expectCaught(result, r.dir);
  });

  it('a private key whose header was already there is found when the pull request adds its body', async () => {
    const body = fake('', 64, undefined, 7).replace(/[^A-Za-z0-9]/g, 'A');
    const { run, repo } = await pullRequest({ 'keys/k.pem': '-----BEGIN PRIVATE KEY-----\n' }, (r) => r.commit({ 'keys/k.pem': `-----BEGIN PRIVATE KEY-----\n${body}\n${body}\n-----END PRIVATE KEY-----\n` }, 'key body'));
    expectCaught(run, repo.dir);
  });
});

describe('every commit of the pull request, not only the net diff', () => {
  it('a token added in one commit and removed in the next fails the scan, named with its commit', async () => {
    const { run, repo } = await pullRequest({}, (r) => {
      r.commit({ 'app/settings.py': `TOKEN = "${token}"\n` }, 'add settings');
      r.commit({ 'app/settings.py': 'TOKEN = os.environ["TOKEN"]\n' }, 'read it from the environment');
    });
    expectCaught(run, repo.dir);
    const introduced = repo.git('rev-list', '--reverse', 'main..attack').split('\n')[0]!;
    expect(run.summary).toContain(introduced.slice(0, 7));
  });

  it('a token in a commit message fails the scan', async () => {
    const { run, repo } = await pullRequest({}, (r) => r.commit({ 'a.txt': 'a\n' }, `fix deploy\n\nused ${token} to test`));
    expectCaught(run, repo.dir);
  });

  it('a value the base already had, moved by a merge from the base branch, is not charged to the pull request', async () => {
    const repo = gitRepo({ 'README.md': '# w\n' });
    repo.git('checkout', '-q', '-b', 'attack');
    repo.commit({ 'feature.txt': 'feature\n' }, 'feature');
    repo.git('checkout', '-q', 'main');
    repo.commit({ 'docs/notes.md': 'plain notes\n' }, 'main moves on');
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', 'attack');
    repo.git('merge', '-q', '--no-edit', 'main');
    const head = repo.git('rev-parse', 'HEAD');
    const run = runActionBundle(repo.dir, { mode: 'scan' }, prEvent(base, head));
    expect(run.code, run.stdout).toBe(0);
  });
});

describe('exemptions the pull request cannot pick', () => {
  const customPolicy = { scan: { rules: [{ id: 'acme-key', description: 'Acme deploy key', regex: 'acme_[a-z0-9]{24}', keywords: ['acme_'] }] } };
  const acme = fake('acme_', 24, 'abcdefghijklmnopqrstuvwxyz0123456789', 5);

  it('a custom rule of the base policy runs in test files and dependency folders too', async () => {
    for (const path of ['src/k.test.js', 'vendor/lib/conf.js', 'tests/fixtures/env.txt']) {
      const { run, repo } = await pullRequest({ '.readiness-gate.yml': stringify(customPolicy) }, (r) => r.commit({ [path]: `const k = "${acme}";\n` }, 'add'));
      expect(run.code, `${path}: ${run.stdout}`).toBe(1);
      expect(everything(run, repo.dir)).not.toContain(acme);
    }
  });

  it('a password added under tests/, vendor/ or a lock file is judged by every credential rule on a pull request', async () => {
    const password = `db_password = "${fake('', 22, undefined, 77)}"\n`;
    for (const path of ['tests/settings.py', 'vendor/acme/config.php', 'deps.lock', 'a!tests/x.py']) {
      const { run } = await pullRequest({}, (r) => r.commit({ [path]: password }, 'add'));
      expect(run.code, `${path}: ${run.stdout}`).toBe(1);
    }
  });
});

describe('workflow inputs cannot move what judges a pull request', () => {
  it('a base-ref other than the event’s base is refused', async () => {
    const { run } = await pullRequest({}, (r) => {
      r.commit({ 'a.txt': `token = "${token}"\n` }, 'token');
      r.commit({ 'b.txt': 'b\n' }, 'later');
    }, { 'base-ref': 'HEAD~1' });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/base-ref/);
  });

  it('a fail-on weaker than the base policy’s is refused', async () => {
    const policy = { gates: [{ id: 'g', checks: [{ check: 'exists', paths: ['.readiness-gate.yml'] }] }], settings: { 'fail-on': ['blocked', 'unknown'] } };
    const { run } = await pullRequest({ '.readiness-gate.yml': stringify(policy) }, (r) => r.commit({ 'a.txt': 'a\n' }, 'a'), { mode: 'check', 'fail-on': 'blocked' });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/fail-on.*drops unknown/);
  });
});

describe('bytes in front cannot make a token noise (item 5)', () => {
  for (const [name, prefix] of [['FF FE', [0xff, 0xfe]], ['FE FF', [0xfe, 0xff]], ['FF FE 00 00', [0xff, 0xfe, 0, 0]]] as const) {
    it(`a ${name} byte-order mark in front of ASCII text does not hide its token`, async () => {
      const { run, repo } = await pullRequest({}, (r) => r.commit({ 'env.sh': Buffer.concat([Buffer.from(prefix), Buffer.from(`export GITHUB_TOKEN=${token}\n`)]) }, 'env'));
      expectCaught(run, repo.dir);
    });
  }

  it('a page of UTF-16 in front of an ASCII line does not hide its token', async () => {
    const page = Buffer.from('wide text\n'.repeat(800), 'utf16le');
    const { run, repo } = await pullRequest({}, (r) => r.commit({ 'notes.txt': Buffer.concat([page, Buffer.from(`\nTOKEN=${token}\n`)]) }, 'notes'));
    expectCaught(run, repo.dir);
  });
});

describe('a changed file the scan could not read fails the pull request (item 5, item 15)', () => {
  const policy = (extra: string) => `version: 1\nscan:\n${extra}`;
  const big = 'a,b\n'.repeat(3000);

  it('a file over max-file-bytes (large-files: skip) fails unless the base policy allows too-large', async () => {
    const strict = await pullRequest({ '.readiness-gate.yml': policy('  max-file-bytes: 10000\n  large-files: skip\n') }, (r) => r.commit({ 'data/big.csv': big }, 'big'));
    expect(strict.run.code).toBe(1);
    expect(strict.run.outputs.result).toBe('fail');
    expect(strict.run.summary).toMatch(/1 changed file was not scanned.*data\/big\.csv: too-large/);
    const allowed = await pullRequest({ '.readiness-gate.yml': policy('  max-file-bytes: 10000\n  large-files: skip\n  allow-skipped: [too-large]\n') }, (r) => r.commit({ 'data/big.csv': big }, 'big'));
    expect(allowed.run.outputs.result, allowed.run.summary).toBe('pass');
  });

  it('a file over the time budget is skipped as time-budget and fails the pull request, not half-judged', async () => {
    const { run, repo } = await pullRequest({ '.readiness-gate.yml': policy('  time-budget-seconds: 0\n') }, (r) => r.commit({ 'notes.txt': `TOKEN=${token}\n` }, 'notes'));
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/notes\.txt: time-budget/);
    expect(everything(run, repo.dir)).not.toContain(token);
  });

  it('a pull request cannot lift the limits: its own policy allowing every skip is not the one that judges', async () => {
    const { run } = await pullRequest({ '.readiness-gate.yml': policy('  max-file-bytes: 10000\n  large-files: skip\n') }, (r) =>
      r.commit({ '.readiness-gate.yml': policy('  allow-skipped: [binary, too-large, symbolic-link, unreadable, lfs-pointer, time-budget]\n'), 'data/big.csv': big }, 'lift'),
    );
    expect(run.outputs.result).toBe('fail');
    expect(run.summary).toMatch(/data\/big\.csv: too-large/);
  });
});

describe('outputs are written only where they should be', () => {
  it('a .readiness-gate link committed by the pull request is refused: nothing is written or removed through it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'rg-outside-'));
    mkdirSync(join(outside, 'base'));
    writeFileSync(join(outside, 'base', 'precious.txt'), 'keep me\n');
    const { run } = await pullRequest({ '.readiness-gate.yml': stringify({ packets: [], gates: [] }) }, (r) => {
      symlinkSync(outside, join(r.dir, '.readiness-gate'));
      r.git('add', '-A');
      r.git('commit', '-q', '-m', 'link');
    }, { mode: 'all' });
    expect(run.code).toBe(1);
    expect(readFileSync(join(outside, 'base', 'precious.txt'), 'utf8')).toBe('keep me\n');
    expect(readdirSync(outside)).toEqual(['base']);
    expect(run.stdout + run.stderr).toMatch(/symbolic link/);
  });

  it('a pull request policy cannot probe runner files through extends: the answer is the same whether they exist or not', async () => {
    const run = (target: string) => {
      const repo = gitRepo({ '.readiness-gate.yml': stringify({ extends: [target], packets: [], gates: [] }) });
      return execFileSync(process.execPath, [CLI_BUNDLE, 'check', '--format', 'json'], { cwd: repo.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    };
    const outcome = (target: string) => {
      try {
        return run(target);
      } catch (err) {
        return String((err as { stderr?: string }).stderr ?? '');
      }
    };
    const existing = outcome('/etc/hostname');
    const missing = outcome('/etc/no-such-file-here');
    expect(existing).toMatch(/outside the repository/);
    expect(missing).toMatch(/outside the repository/);
    expect(existing.replace('/etc/hostname', 'X')).toBe(missing.replace('/etc/no-such-file-here', 'X'));
  });
});
