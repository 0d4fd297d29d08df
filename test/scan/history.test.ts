import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { HistoryRepo } from '../helpers/history-repo.js';

const npmToken = (seed: number) => fake('np' + 'm_', 36, undefined, seed);
const ghToken = (seed: number) => fake('gh' + 'p_', 36, undefined, seed);

interface Finding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  masked: string;
  fingerprint: string;
  history: { commit: string; date: string; status: string; removedIn?: { commit: string; date: string }; refs?: string[] };
}

async function history(dir: string, ...args: string[]) {
  const r = await cli(['scan', '--history', ...args, '--format', 'json'], dir);
  expect(r.stderr, r.stderr).toBe('');
  const report = JSON.parse(r.stdout);
  return { code: r.code, report, findings: report.findings as Finding[], stdout: r.stdout };
}

describe('scan --history: every blob of the history, each once', () => {
  it('a value added then deleted: the commit that brought it in, its date, and the commit that removed it', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'app.js': 'console.log(1);\n' });
    const added = repo.commit({ 'deploy/.env': `# deploy\nNPM_TOKEN=${npmToken(1)}\n` });
    repo.commit({ 'app.js': 'console.log(2);\n' });
    const removed = repo.commit({ 'deploy/.env': null });
    repo.commit({ 'app.js': 'console.log(3);\n' });
    const { code, findings, stdout } = await history(repo.dir);
    expect(code).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'deploy/.env', line: 2, column: 11, ruleId: 'npm-token', history: { commit: added, date: repo.date(added), status: 'removed', removedIn: { commit: removed, date: repo.date(removed) } } });
    expect(stdout).not.toContain(npmToken(1).slice(4));
    const text = await cli(['scan', '--history'], repo.dir);
    expect(text.stdout).toContain(`introduced in ${added.slice(0, 12)} (2026-01-02); removed in ${removed.slice(0, 12)} (2026-01-04)`);
    expect(text.stdout).not.toContain(npmToken(1).slice(4));
  });

  it('the same blob in many commits is read once: 40 commits, one finding, blobs counted', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'config/prod.env': `TOKEN=${ghToken(2)}\n`, 'log.txt': 'start\n' });
    for (let i = 0; i < 39; i++) repo.commit({ 'log.txt': `entry ${i}\n` });
    const { report, findings } = await history(repo.dir);
    expect(report.history.commits).toBe(40);
    // 40 versions of log.txt and one of config/prod.env: 41 distinct blobs, each scanned once.
    expect(report.history.blobs).toBe(41);
    expect(report.summary.files).toBe(41);
    expect(report.summary.scanned).toBe(41);
    expect(findings.map((f) => [f.file, f.history.status])).toEqual([['config/prod.env', 'present']]);
  });

  it('a rename keeps one finding, at the path the tip has it, introduced where it first came in', async () => {
    const repo = new HistoryRepo();
    const added = repo.commit({ 'old/name.env': `GH=${ghToken(3)}\n` });
    repo.commit({ 'old/name.env': null, 'new/name.env': `GH=${ghToken(3)}\n` });
    const { findings } = await history(repo.dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'new/name.env', history: { commit: added, status: 'present' } });
    // Its fingerprint is the one a scan of today's tree gives, so one baseline serves both.
    const tree = JSON.parse((await cli(['scan', '--format', 'json'], repo.dir)).stdout);
    expect(tree.findings[0].fingerprint).toBe(findings[0]!.fingerprint);
  });

  it('merges: a value from a merged branch, and one that only a merge commit brings (a conflict resolution)', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'a.txt': 'base\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    const onBranch = repo.commit({ 'feature.env': `GH=${ghToken(4)}\n` });
    repo.git('checkout', '-q', 'main');
    repo.commit({ 'a.txt': 'main side\n' });
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'feature');
    writeFileSync(join(repo.dir, 'a.txt'), `resolved\nNPM_TOKEN=${npmToken(5)}\n`);
    const merge = repo.commit({}, 'merge feature');
    const { findings } = await history(repo.dir);
    expect(findings.map((f) => [f.file, f.ruleId, f.history.commit])).toEqual([
      ['a.txt', 'npm-token', merge],
      ['feature.env', 'github-token', onBranch],
    ]);
  });

  it('tags: a value only a tag still reaches is found, "elsewhere" with the tag named', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'a.txt': 'base\n' });
    repo.git('checkout', '-q', '-b', 'release');
    const tagged = repo.commit({ 'release.env': `NPM_TOKEN=${npmToken(6)}\n` });
    repo.git('tag', '-a', 'v1.0.0', '-m', 'v1');
    repo.git('checkout', '-q', 'main');
    repo.git('branch', '-q', '-D', 'release');
    const { findings } = await history(repo.dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.history).toMatchObject({ commit: tagged, status: 'elsewhere', refs: ['refs/tags/v1.0.0'] });
    // A ref's name is data too: one that holds a token is shown masked.
    const leakyBranch = `fix-${ghToken(41)}`;
    repo.git('branch', leakyBranch, tagged);
    const named = await history(repo.dir);
    expect(named.findings[0]!.history.refs).toEqual([`refs/heads/fix-ghp_****`, 'refs/tags/v1.0.0']);
    expect(named.stdout).not.toContain(ghToken(41).slice(4));
    repo.git('branch', '-D', leakyBranch);
    // A range that does not reach the tag does not see it.
    expect((await history(repo.dir, 'main')).findings).toEqual([]);
  });

  it('--since a commit or the previous report: only blobs new since then are read', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'old.env': `NPM_TOKEN=${npmToken(7)}\n` });
    for (let i = 0; i < 5; i++) repo.commit({ [`f${i}.txt`]: `${i}\n` });
    const first = await history(repo.dir);
    const reportFile = join(mkdtempSync(join(tmpdir(), 'rg-since-')), 'history.json');
    // A tip the clone no longer has (a branch force-pushed away) is dropped: the run reads more, never less.
    const earlier = JSON.parse(first.stdout);
    earlier.history.tips.push('0123456789abcdef0123456789abcdef01234567');
    writeFileSync(reportFile, JSON.stringify(earlier));
    const mark = repo.git('rev-parse', 'HEAD');
    const fresh = repo.commit({ 'new.env': `GH=${ghToken(8)}\n` });
    repo.commit({ 'f0.txt': 'changed\n' });
    for (const since of [reportFile, mark]) {
      const next = await history(repo.dir, '--since', since);
      expect(next.report.history.commits).toBe(2);
      expect(next.report.history.blobs).toBe(2);
      expect(next.findings.map((f) => [f.file, f.history.commit])).toEqual([['new.env', fresh]]);
    }
    writeFileSync(join(reportFile, '..', 'notes.txt'), 'last night: fine\n');
    const bad = await cli(['scan', '--history', '--since', join(reportFile, '..', 'notes.txt')], repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--since .*notes\.txt: not a JSON report; give a commit, or the --format json report of an earlier scan --history/);
    const other = await cli(['scan', '--history', '--since', join(repo.dir, 'f1.txt')], repo.dir);
    expect(other.stderr).toMatch(/--since .*f1\.txt: the report has no history\.tips; write it with scan --history --format json/);
  });

  it('a shallow clone gets the fetch-depth: 0 advice, never a raw git error; outside a repository, what to do', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'a.txt': '1\n' });
    repo.commit({ 'a.txt': '2\n' });
    const shallow = join(mkdtempSync(join(tmpdir(), 'rg-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]);
    const r = await cli(['scan', '--history'], shallow);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/shallow clone: --history needs every commit\. In GitHub Actions check out with `fetch-depth: 0`/);
    const none = await cli(['scan', '--history'], mkdtempSync(join(tmpdir(), 'rg-nogit-')));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/is not a git repository: --history reads a repository's commits/);
  });

  it('a blob over the size limit: counted and skipped with large-files: skip, scanned to its end otherwise', async () => {
    const repo = new HistoryRepo();
    const big = `${'filler line of a large generated file\n'.repeat(160_000)}NPM_TOKEN=${npmToken(9)}\n`; // ~6 MiB
    repo.commit({ 'data/big.txt': big, '.readiness-gate.yml': 'version: 1\nscan:\n  max-file-bytes: 1048576\n  large-files: skip\n' });
    const skipped = await history(repo.dir);
    expect(skipped.report.summary.skippedLarge).toBe(1);
    expect(skipped.report.summary.skipped).toContainEqual({ file: 'data/big.txt', reason: 'too-large' });
    expect(skipped.findings).toEqual([]);
    repo.commit({ '.readiness-gate.yml': 'version: 1\n' });
    const chunked = await history(repo.dir);
    expect(chunked.findings.map((f) => [f.file, f.line])).toEqual([['data/big.txt', 160_001]]);
  });

  it('LFS pointers and binary blobs are counted, not scanned', async () => {
    const repo = new HistoryRepo();
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${'4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393'}\nsize 12345\n`;
    repo.commit({ 'assets/model.bin': pointer, 'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), 'a.txt': 'x\n' });
    const { report, findings } = await history(repo.dir);
    expect(findings).toEqual([]);
    expect(report.summary).toMatchObject({ files: 3, scanned: 1, skippedBinary: 1, skippedLfs: 1 });
    const text = await cli(['scan', '--history'], repo.dir);
    expect(text.stdout).toMatch(/1 of 3 blobs scanned \(skipped: 1 binary, 1 Git LFS pointers\)/);
  });

  it('a baseline hides an accepted value in history as in a directory scan', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'a.env': `GH=${ghToken(10)}\n` });
    const baseline = join(repo.dir, '.readiness-gate-baseline.json');
    expect((await cli(['baseline'], repo.dir)).code).toBe(0);
    const r = await cli(['scan', '--history', '--baseline', baseline, '--format', 'json'], repo.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.baselined).toBe(1);
  });

  it('arguments: a range and --all together, --since without --history, options of other targets', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'a.txt': '1\n' });
    const cases: [string[], RegExp][] = [
      [['scan', '--history', 'main', '--all'], /--history takes a RANGE or --all, not both/],
      [['scan', '--since', 'HEAD'], /--since goes with --history/],
      [['scan', '--history', '--diff', 'a...b'], /--history scans the whole history: it takes no --diff/],
      [['scan', '--history', 'nosuchref'], /--history: "nosuchref" names no commit here/],
      [['scan', '--history', '--', '--output=x'], /--history takes a revision range such as v1\.0\.\.main or one revision/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args, repo.dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('scan --history from elsewhere', () => {
  it('--cwd names the repository; from a subfolder, paths stay repository-root relative (SARIF too)', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'app/settings.env': `GH=${ghToken(12)}\n`, 'app/sub/readme.md': '# sub\n' });
    const outside = mkdtempSync(join(tmpdir(), 'rg-elsewhere-'));
    const viaCwd = await cli(['--cwd', repo.dir, 'scan', '--history', '--format', 'json'], outside);
    expect(JSON.parse(viaCwd.stdout).findings.map((f: Finding) => f.file)).toEqual(['app/settings.env']);
    const sarif = JSON.parse((await cli(['scan', '--history', '--format', 'sarif'], join(repo.dir, 'app', 'sub'))).stdout);
    expect(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['app/settings.env']);
    expect(sarif.runs[0].results[0].properties).toMatchObject({ status: 'present', introducedIn: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(sarif.runs[0].results[0].message.text).toMatch(/Git history: introduced in [0-9a-f]{12} \(2026-01-01\); still in the tip/);
    // A plain scan with --cwd scans that repository, not the folder the command runs in.
    const plain = await cli(['--cwd', repo.dir, 'scan', '--format', 'json'], outside);
    expect(JSON.parse(plain.stdout).findings.map((f: Finding) => f.file)).toEqual(['app/settings.env']);
  });
});

describe('large files committed again and again', () => {
  it('versions compared by the lines they change find exactly what reading each version whole finds', async () => {
    const { scanHistory } = await import('../../src/scan/history/scan-history.js');
    const { defaultScanSettings } = await import('../../src/scan/defaults.js');
    const { B64 } = await import('../../src/scan/rules/fake.js');
    const repo = new HistoryRepo();
    // The smallest input that proves it: a generated bundle of 5,000 lines (about 330 KB, over the
    // 256 KiB from which versions are compared: src/scan/history/versions.ts), 10 versions; each
    // changes a line, and a value comes to stay, one comes and goes, a key block comes, changes, goes.
    const lines = Array.from({ length: 5000 }, (_, i) => `  exports.fn${i} = function fn${i}(a) { return a + ${i}; };`);
    const pem = ['-----BEGIN RSA PRIVATE KEY-----', ...Array.from({ length: 6 }, (_, i) => fake('', 64, B64, 300 + i)), '-----END RSA PRIVATE KEY-----'];
    for (let v = 0; v < 10; v++) {
      lines[(v * 977) % lines.length] = `  exports.changed${v} = ${v};`;
      if (v === 1) lines[2500] = `  const token = "${ghToken(20)}";`; // stays to the tip
      if (v === 2) lines[100] = `  const npm = "${npmToken(21)}";`;
      if (v === 6) lines[100] = '  const npm = process.env.NPM_TOKEN;'; // removed in version 6
      if (v === 3) lines.splice(4000, 0, ...pem); // a block over several lines
      if (v === 4) lines[4003] = fake('', 64, B64, 399); // a changed line inside the block
      if (v === 7) lines.splice(4000, pem.length); // the block goes
      repo.commit({ 'dist/index.js': lines.join('\n') + '\n', 'README.md': `v${v}\n` });
    }
    const whole = await scanHistory(repo.dir, defaultScanSettings(), {}, { compareVersions: false });
    const compared = await scanHistory(repo.dir, defaultScanSettings(), {}, {});
    expect(compared.history.compared).toBe(9);
    expect(whole.history.compared).toBe(0);
    expect(compared.findings).toEqual(whole.findings);
    expect(whole.findings.map((f) => [f.ruleId, f.history!.status])).toEqual([
      ['npm-token', 'removed'],
      ['github-token', 'present'],
      ['private-key', 'removed'],
      ['private-key', 'removed'],
    ]);
  });
});

describe('values in files read in chunks', () => {
  it('two values in a 2 MiB file stay two findings, with the fingerprints a tree scan gives', async () => {
    const repo = new HistoryRepo();
    const filler = 'a line of generated data that holds nothing\n'.repeat(50_000);
    repo.commit({ 'data/dump.txt': `NPM_TOKEN=${npmToken(30)}\n${filler}GH=${ghToken(31)}\n` });
    const { findings } = await history(repo.dir);
    const tree = JSON.parse((await cli(['scan', '--format', 'json'], repo.dir)).stdout);
    expect(findings.map((f) => [f.ruleId, f.line, f.fingerprint])).toEqual(tree.findings.map((f: Finding) => [f.ruleId, f.line, f.fingerprint]));
    expect(findings).toHaveLength(2);
  });
});

describe('Enterprise source paths in history', () => {
  it('a file that once sat under an Enterprise path is found even after it moved out', async () => {
    const repo = new HistoryRepo();
    const added = repo.commit({ '.readiness-gate.yml': 'version: 1\nscan:\n  enterprise-paths: ["enterprise/**"]\n', 'enterprise/billing.py': 'def charge():\n    return 42\n' });
    repo.commit({ 'enterprise/billing.py': null, 'community/billing.py': 'def charge():\n    return 42\n' });
    const { findings } = await history(repo.dir);
    expect(findings.map((f) => [f.ruleId, f.file, f.history.commit, f.history.status])).toEqual([['enterprise-source', 'enterprise/billing.py', added, 'removed']]);
  });
});

describe('scan -o', () => {
  it('writes the report to the file named, says so on stderr, and prints nothing else; an unwritable path is a clear error', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'a.env': `GH=${ghToken(40)}\n` });
    const r = await cli(['scan', '--history', '--format', 'json', '-o', 'out/history.json'], repo.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^wrote out\/history\.json \([\d,]+ bytes\)\n$/);
    expect(JSON.parse(readFileSync(join(repo.dir, 'out', 'history.json'), 'utf8')).findings).toHaveLength(1);
    writeFileSync(join(repo.dir, 'blocker'), 'a file, not a folder\n');
    const bad = await cli(['scan', '-o', 'blocker/x.json'], repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot write blocker\/x\.json: (ENOTDIR|EEXIST)/);
  });
});
