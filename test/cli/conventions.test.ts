import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { cli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(ROOT, 'test', 'golden', 'help');

describe('per-command help (golden files; UPDATE_GOLDEN=1 rewrites them)', () => {
  for (const command of [...Object.keys(COMMANDS), '']) {
    const name = command || 'global';
    it(`readiness-gate ${command ? `${command} ` : ''}--help`, async () => {
      const r = await cli(command ? [command, '--help'] : ['--help'], ROOT);
      expect(r.code).toBe(0);
      const file = join(GOLDEN, `${name}.txt`);
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, r.stdout);
      }
      expect(r.stdout).toBe(readFileSync(file, 'utf8'));
      if (command) expect((await cli(['help', command], ROOT)).stdout).toBe(r.stdout);
    });
  }
});

describe('options are checked per command', () => {
  it("an option of another command is refused, naming whose it is", async () => {
    const r = await cli(['check', '--archive', 'x.tgz', '--shard', '1/2'], ROOT);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/--archive is not an option of check \(it belongs to scan\)/)]);
  });

  it('an unknown option gets the nearest one', async () => {
    const r = await cli(['scan', '--basline', 'b.json'], ROOT);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/unknown option --basline; did you mean --baseline\?/)]);
  });
});

describe('--quiet, the policy at the repository root, exit codes', () => {
  it('check --quiet prints nothing and keeps the exit code; check from a subfolder finds the policy at the root', async () => {
    const repo = gitRepo({ '.readiness-gate.yml': 'version: 1\ngates:\n  - id: docs\n    checks:\n      - check: exists\n        paths: [docs/guide.md]\n', 'docs/guide.md': '# Guide\n', 'src/app/x.ts': 'export {};\n' });
    const sub = join(repo.dir, 'src', 'app');
    const loud = await cli(['check'], sub);
    expect([loud.code, loud.stdout]).toEqual([0, expect.stringMatching(/^PASS {2}1 ready/m)]);
    const quiet = await cli(['check', '-q'], sub);
    expect([quiet.code, quiet.stdout]).toEqual([0, '']);
    writeFileSync(join(repo.dir, '.readiness-gate.yml'), 'version: 1\ngates:\n  - id: docs\n    checks:\n      - check: exists\n        paths: [docs/missing.md]\n');
    expect((await cli(['check', '--quiet'], sub))).toMatchObject({ code: 1, stdout: '' });
  });

  it('outside a repository with no policy anywhere, check explains how to make one', async () => {
    const repo = gitRepo({ 'README.md': 'x\n' });
    const r = await cli(['check'], repo.dir);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/readiness-gate init/)]);
  });

  it('the global help documents exit code 3 for internal errors', async () => {
    expect((await cli(['--help'], ROOT)).stdout).toMatch(/3 internal error \(a bug: please report it\)/);
  });
});
