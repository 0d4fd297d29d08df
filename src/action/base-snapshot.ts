import { execFileSync, spawnSync } from 'node:child_process';
import { join, posix, relative } from 'node:path';
import { parse } from 'yaml';
import { isBundleName } from '../policy/bundles.js';
import { isInside, readInside } from '../util/safe-read.js';
import { ensureRealDir, removeRealDir, writeNoFollow } from '../util/safe-write.js';

/**
 * On a pull request everything that judges comes from the base commit; only evidence comes from
 * the head. The base commit's policy (and every local file it extends) and its JSON and YAML files
 * under the working directory (schemas, schema catalogs, baselines) and its TOML files (an imported
 * gitleaks configuration) are written under
 * `<cwd>/.readiness-gate/base/`, mirroring their places, and the engine reads schemas there.
 */
export interface BaseSnapshot {
  /** The snapshot's counterpart of cwd: where schemas and baselines are read. */
  judgeRoot: string;
  /** The base commit's policy file in the snapshot; undefined when the base has none. */
  policy?: string;
  /** Policy files (cwd-relative) that the pull request changes, adds or removes. */
  policyChanged: string[];
}

/** Bounds on what a snapshot copies: past them the run fails closed, naming the limit. */
export const SNAPSHOT_LIMITS = { files: 20_000, bytes: 256 * 1024 * 1024 };

export class SnapshotError extends Error {}

export function materializeBaseSnapshot(cwd: string, base: string, policyPath: string): BaseSnapshot {
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
  const root = join(cwd, '.readiness-gate', 'base');
  // The checkout is the pull request's: .readiness-gate may be a link it committed. Nothing on the
  // way is followed, neither to clean the old snapshot nor to write the new one.
  removeRealDir(cwd, root);
  ensureRealDir(cwd, root);
  const prefix = posixRel(top, cwd);
  const write = (repoPath: string, bytes: Buffer) => {
    const out = join(root, repoPath);
    if (!isInside(root, out)) return; // a tree entry or extends path that climbs out is not a judging file
    writeNoFollow(root, out, bytes);
  };
  for (const [repoPath, bytes] of judgingFiles(top, base, prefix)) write(repoPath, bytes);

  const policyChanged: string[] = [];
  const seen = new Set<string>();
  const visit = (repoPath: string): boolean => {
    if (seen.has(repoPath)) return true;
    seen.add(repoPath);
    const [text] = [...blobs(top, base, [repoPath]).values()];
    const head = readInside(top, repoPath);
    const headText = head.ok ? head.bytes.toString('utf8') : undefined;
    if (text?.toString('utf8') !== headText) policyChanged.push(posixRel(cwd, join(top, repoPath)));
    if (text === undefined) return false;
    write(repoPath, text);
    for (const ext of extendsOf(text.toString('utf8'))) {
      if (!isBundleName(ext)) visit(posix.normalize(posix.join(posix.dirname(repoPath), ext)));
    }
    return true;
  };
  const entry = posixRel(top, join(cwd, policyPath));
  const found = visit(entry);
  const judgeRoot = join(root, prefix);
  ensureRealDir(cwd, judgeRoot);
  return { judgeRoot, ...(found ? { policy: join(root, entry) } : {}), policyChanged };
}

/** Of the given cwd-relative files, those whose head content differs from the snapshot's. */
export function changedSince(cwd: string, judgeRoot: string, files: readonly string[]): string[] {
  return files.filter((file) => {
    const before = readInside(judgeRoot, file);
    const after = readInside(cwd, file);
    if (!before.ok || !after.ok) return before.ok !== after.ok;
    return !before.bytes.equals(after.bytes);
  });
}

/** JSON and YAML blobs of the base commit under the prefix: what can judge (schemas, baselines). */
function judgingFiles(top: string, base: string, prefix: string): Map<string, Buffer> {
  const listed = execFileSync('git', ['ls-tree', '-r', '-z', '--full-tree', '--name-only', base, '--', prefix || '.'], { cwd: top, maxBuffer: 64 * 1024 * 1024 });
  const paths = listed
    .toString('utf8')
    .split('\0')
    .filter((p) => /\.(json|ya?ml|toml)$/i.test(p) && !p.split('/').includes('.readiness-gate'));
  if (paths.length > SNAPSHOT_LIMITS.files) {
    throw new SnapshotError(`the base commit has ${paths.length} JSON and YAML files under the working directory, over the ${SNAPSHOT_LIMITS.files} a trusted snapshot copies; set working-directory to the folder that holds the policy, schemas and packets`);
  }
  return blobs(top, base, paths);
}

/** Reads many blobs of one commit through one `git cat-file --batch`, within the byte limit. */
function blobs(top: string, base: string, paths: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (paths.length === 0) return out;
  const r = spawnSync('git', ['cat-file', '--batch'], { cwd: top, input: paths.map((p) => `${base}:${p}`).join('\n') + '\n', maxBuffer: SNAPSHOT_LIMITS.bytes + 16 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw new SnapshotError(`cannot read the base commit's files (git cat-file: ${r.error?.message ?? r.stderr.toString().trim()})`);
  const data = r.stdout;
  let at = 0;
  for (const path of paths) {
    const nl = data.indexOf(10, at);
    const header = data.subarray(at, nl).toString('utf8');
    at = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue; // "<ref> missing": the base has no such file
    const size = Number(m[2]);
    if (m[1] === 'blob') out.set(path, Buffer.from(data.subarray(at, at + size)));
    at += size + 1;
  }
  return out;
}

function extendsOf(text: string): string[] {
  try {
    const value = parse(text, { maxAliasCount: 100 }) as { extends?: unknown } | null;
    return Array.isArray(value?.extends) ? value.extends.filter((e): e is string => typeof e === 'string') : [];
  } catch {
    return []; // the policy loader reports the syntax error with its line
  }
}

function posixRel(from: string, to: string): string {
  return relative(from, to).split('\\').join('/');
}
