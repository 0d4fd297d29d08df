import { spawnSync } from 'node:child_process';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';

/**
 * Maps paths as a report names them (relative to where the command ran, as the user typed them)
 * to paths relative to the repository root, which is what GitHub code scanning, annotations and
 * check runs resolve. Outside a git repository, or for a path outside it, the path is kept.
 */
export function repoRelative(cwd: string): (file: string) => string {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', timeout: 10_000 });
  const top = r.status === 0 ? r.stdout.trim() : '';
  if (!top) return (file) => file;
  return (file) => {
    // Names that are not files of the working tree: bundle:..., <stdin>, archive!/entry.
    if (/^[a-z][a-z0-9+.-]*:/i.test(file) || file.startsWith('<') || file.includes('!/')) return file;
    const abs = isAbsolute(file) ? file : resolve(cwd, file);
    // Only the platform's separator becomes "/": on POSIX a backslash is an ordinary file-name byte.
    const rel = relative(top, abs).split(sep).join('/');
    return rel === '' || rel.startsWith('../') || isAbsolute(rel) ? file : posix.normalize(rel);
  };
}
