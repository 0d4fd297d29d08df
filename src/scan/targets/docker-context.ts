import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { directoryFiles, fileSource } from './directory.js';
import { isIgnored, parseDockerignore } from './dockerignore.js';
import type { ScanStats, SourceFile } from './source.js';

/**
 * The files `docker build` would send: the context folder minus what .dockerignore excludes (with
 * Docker's semantics, see dockerignore.ts), plus the Dockerfile and .dockerignore themselves, which
 * are always sent. The Dockerfile may live outside the context (`--dockerfile`).
 */
export function dockerContextFiles(context: string, dockerfile: string | undefined, stats: ScanStats): SourceFile[] {
  const ignoreFile = join(context, '.dockerignore');
  const rules = existsSync(ignoreFile) ? parseDockerignore(readFileSync(ignoreFile, 'utf8')) : [];
  const dockerfilePath = dockerfile ?? join(context, 'Dockerfile');
  const dockerfileRel = relative(context, dockerfilePath).split('\\').join('/');
  const always = new Set(['.dockerignore', dockerfileRel]);
  const files = directoryFiles(context, { gitignore: false }, stats).filter((f) => always.has(f.path) || !isIgnored(f.path, rules));
  // Links docker would not send are not worth a mention either.
  stats.skipped = stats.skipped.filter((s) => !isIgnored(s.file, rules));
  stats.skippedSymlinks = stats.skipped.filter((s) => s.reason === 'symbolic-link').length;
  if (dockerfileRel.startsWith('../') && existsSync(dockerfilePath)) files.push(fileSource(dockerfilePath, dockerfileRel));
  return files;
}
