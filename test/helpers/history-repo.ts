import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFiles } from './repo.js';

/**
 * A real git repository built commit by commit, each commit one day after the previous one
 * (from 2026-01-01), so dates and the order of commits are known to the test.
 */
export class HistoryRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 'rg-history-'));
  private day = 0;

  constructor() {
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    const date = new Date(Date.UTC(2026, 0, 1 + this.day)).toISOString();
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env, maxBuffer: 1 << 28 }).trim();
  }

  /** Writes files (null deletes one), commits everything, returns the new commit's id. */
  commit(files: Record<string, string | Buffer | null>, message = `day ${this.day}`): string {
    const writes = Object.fromEntries(Object.entries(files).filter(([, v]) => v !== null)) as Record<string, string | Buffer>;
    writeFiles(this.dir, writes);
    for (const [path, v] of Object.entries(files)) if (v === null) rmSync(join(this.dir, path), { force: true });
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    this.day++;
    return this.git('rev-parse', 'HEAD');
  }

  /** The committer date of a commit as the report gives it. */
  date(commit: string): string {
    return this.git('show', '-s', '--format=%cI', commit).replace('+00:00', 'Z');
  }
}
