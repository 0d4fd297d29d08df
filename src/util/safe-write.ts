import { closeSync, constants, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isInside } from './safe-read.js';

/**
 * Writing where a pull request cannot redirect it. The checkout is the pull request's: a
 * `.readiness-gate` it commits as a symbolic link (or a link anywhere on an output path) would
 * otherwise carry reports, and the snapshot's clean-up, outside the workspace. Inside the workspace
 * every folder on the way is checked with lstat and made one by one, and the file is opened with
 * O_NOFOLLOW (and O_NONBLOCK, so a FIFO planted there cannot hold the run).
 */
export class UnsafeOutputError extends Error {}

/** Makes `dir` (and the folders to it) under `root`, refusing any component that is a link or not a folder. */
export function ensureRealDir(root: string, dir: string): void {
  const abs = resolve(root, dir);
  if (!isInside(root, abs)) {
    mkdirSync(abs, { recursive: true }); // a folder the workflow names outside the workspace: its choice
    return;
  }
  let at = root;
  for (const part of relative(root, abs).split(sep)) {
    at = join(at, part);
    let st;
    try {
      st = lstatSync(at);
    } catch {
      mkdirSync(at);
      continue;
    }
    if (st.isSymbolicLink()) throw new UnsafeOutputError(`${relative(root, at)} is a symbolic link: refusing to write through it (remove it from the repository, or name another output path)`);
    if (!st.isDirectory()) throw new UnsafeOutputError(`${relative(root, at)} is not a folder: refusing to write under it`);
  }
}

/** Writes a file under root (see above). A path outside root is the workflow's choice; its last component is still never followed. */
export function writeNoFollow(root: string, file: string, data: string | Buffer): void {
  const abs = resolve(root, file);
  ensureRealDir(root, dirname(abs));
  let fd: number;
  try {
    fd = openSync(abs, constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'ENXIO' || code === 'EISDIR') throw new UnsafeOutputError(`${relative(root, abs) || abs} is a link, a FIFO or a folder: refusing to write it`);
    throw err;
  }
  try {
    if (!fstatSync(fd).isFile()) throw new UnsafeOutputError(`${relative(root, abs) || abs} is not a regular file: refusing to write it`);
    // Truncate only once the target is known to be a regular file.
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    ftruncateSync(fd, 0);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
}

/** Removes a folder under root after checking no component on the way is a link. */
export function removeRealDir(root: string, dir: string): void {
  const abs = resolve(root, dir);
  ensureRealDir(root, dirname(abs));
  try {
    const st = lstatSync(abs);
    if (st.isSymbolicLink() || !st.isDirectory()) throw new UnsafeOutputError(`${relative(root, abs)} is a link or not a folder: refusing to remove what it points at`);
  } catch (err) {
    if (err instanceof UnsafeOutputError) throw err;
    return; // nothing there
  }
  rmSync(abs, { recursive: true, force: true }); // rm never follows links inside the folder
}
