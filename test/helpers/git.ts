import { execFileSync } from 'node:child_process';
import { makeRepo, writeFiles } from './repo.js';

/** A real git repository in a temp folder, committed as given. */
export function gitRepo(files: Record<string, string | Buffer>): { dir: string; commit(files: Record<string, string | Buffer>, message: string): string; git(...args: string[]): string } {
  const dir = makeRepo(files);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  return {
    dir,
    git,
    commit(more, message) {
      writeFiles(dir, more);
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}
