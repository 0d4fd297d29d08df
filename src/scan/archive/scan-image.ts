import { createHash, type Hash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { isRegularFileInside, readInside } from '../../util/safe-read.js';
import { scanContent } from './content.js';
import { type BlobRead, digestOf, digestProblem, imageParts } from './image-manifest.js';
import { problem, type ArchiveContext } from './problems.js';
import { TarError, tarEntries } from './tar.js';

export { blobPath } from './image-manifest.js';

/** Largest blob read whole as a manifest or index (configs larger than this are streamed). */
const MAX_JSON = 4 * 1024 * 1024;
/** What all the JSON blobs held at once may weigh. */
const MAX_JSON_TOTAL = 64 * 1024 * 1024;

/**
 * A container image without a Docker engine: a `docker save` tarball (manifest.json) or an OCI
 * image layout (index.json), as a tar or a folder. Every layer of every image and platform is
 * scanned, so a file added in one layer and deleted by a whiteout in a later one is still found:
 * it is in the image's history and in every copy of it. Each config (Env, labels, the build
 * commands of its history) is scanned whatever its size. Findings name the layer digest and path.
 */
export async function scanImage(file: string, name: string, ctx: ArchiveContext): Promise<void> {
  const folder = statSync(file).isDirectory();
  const small = folder ? folderReader(file) : await tarReader(file);
  const parts = imageParts(small);
  for (const p of parts.problems) problem(ctx, 'archive-unreadable', name, `${name}: ${p}`);
  if (parts.images.length === 0) {
    if (parts.problems.length === 0) throw new TarError(`${name} is neither a docker save tarball (manifest.json) nor an OCI image layout (index.json)`);
    return;
  }
  const layers = new Set(parts.images.flatMap((i) => i.layers));
  const configs = new Map(parts.configs.map((c, i) => [c, parts.configs.length === 1 ? `${name}@config` : `${name}@config-${i + 1}`]));
  const seen = new Set<string>();
  const deleted = new Map<string, Set<string>>();
  const found: { layer: string; inner: string; at: number }[] = [];
  const read = async (path: string, body: AsyncIterable<Buffer>) => {
    if (seen.has(path)) return;
    seen.add(path);
    const config = configs.get(path);
    const where = config ?? `${name}@${layerName(path)}`;
    const gone = new Set<string>();
    const from = ctx.findings.length;
    if (!config) ctx.onEntry = (entry) => whiteout(gone, entry);
    const hashed = hashing(body, digestOf(path));
    try {
      // A config is text; a layer is a (compressed) tar, or any other blob an artifact keeps.
      await scanContent({ chunks: hashed.chunks }, where, ctx, config ? 1 : 0);
      await hashed.drain();
    } finally {
      delete ctx.onEntry;
    }
    const mismatch = hashed.problem();
    if (mismatch) problem(ctx, 'archive-unreadable', where, `${where}: ${mismatch}`);
    if (config) return;
    deleted.set(path, gone);
    for (let i = from; i < ctx.findings.length; i++) if (ctx.findings[i]!.file.startsWith(`${where}!`)) found.push({ layer: path, inner: ctx.findings[i]!.file.slice(where.length + 1), at: i });
  };
  if (folder) {
    for (const path of [...configs.keys(), ...layers]) {
      // A path comes from the image's manifest: it must name a regular file inside the layout.
      if (!isRegularFileInside(file, path)) throw new TarError(`blob ${JSON.stringify(path.slice(0, 80))} is not a regular file inside the image layout; the image is refused`);
      await read(path, createReadStream(join(file, path), { highWaterMark: 1 << 20 }));
    }
  } else {
    const wanted = (p: string) => layers.has(posix.normalize(p)) || configs.has(posix.normalize(p));
    for await (const entry of tarEntries(createReadStream(file, { highWaterMark: 1 << 20 }), { maxEntryBytes: 0, maxEntries: 100_000, stream: wanted })) {
      if (entry.body && wanted(entry.path)) await read(posix.normalize(entry.path), entry.body);
    }
  }
  for (const path of [...configs.keys(), ...layers]) if (!seen.has(path)) problem(ctx, 'archive-unreadable', name, `${name}: ${path} is listed by the manifest but not in the image: not read`);
  markDeleted(ctx, found, parts.images, deleted);
}

/** A whiteout `dir/.wh.name` deletes `dir/name` below; the opaque `dir/.wh..wh..opq` all of `dir/`. */
function whiteout(gone: Set<string>, entry: string): void {
  const base = posix.basename(entry);
  const dir = posix.dirname(entry);
  if (base === '.wh..wh..opq') gone.add(`${dir}/`);
  else if (base.startsWith('.wh.')) gone.add(posix.join(dir, base.slice(4)));
}

/** Notes on each finding that a later layer of an image deletes its file (still in the history). */
function markDeleted(ctx: ArchiveContext, found: { layer: string; inner: string; at: number }[], images: { layers: string[] }[], deleted: Map<string, Set<string>>): void {
  for (const { layer, inner, at } of found) {
    const path = posix.normalize(inner);
    const later = images.some((image) => {
      const i = image.layers.indexOf(layer);
      return i !== -1 && image.layers.slice(i + 1).some((l) => {
        const gone = deleted.get(l);
        return gone !== undefined && [...gone].some((d) => path === d || path.startsWith(d.endsWith('/') ? (d === './' ? '' : d) : `${d}!`) || path.startsWith(`${d}/`));
      });
    });
    if (later) ctx.findings[at]!.description += ' (deleted by a later layer, but still in the image history)';
  }
}

function layerName(path: string): string {
  const digest = digestOf(path);
  return digest ? `${digest.slice(0, 19)}` : path.replace(/\/layer\.tar$/, '');
}

/** Hashes a blob as it is read; `drain` reads what the scan left, so the whole blob is hashed. */
function hashing(body: AsyncIterable<Buffer>, digest: string | undefined) {
  const it = body[Symbol.asyncIterator]();
  const hash: Hash | undefined = digest ? createHash(digest.split(':')[0]!) : undefined;
  let ended = false;
  const next = async (): Promise<IteratorResult<Buffer>> => {
    const n = await it.next();
    if (n.done) ended = true;
    else hash?.update(n.value);
    return n;
  };
  // return() is a no-op: a reader that stops early (a tar ends at its end marker) leaves the rest to drain().
  const chunks: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => ({ next, return: async () => ({ done: true, value: undefined }) }) };
  return {
    chunks,
    drain: async () => {
      while (!ended) await next();
    },
    problem: () => (digest && hash ? digestProblem('', digest, hash.digest('hex')) : undefined),
  };
}

/** The small JSON files of an image tarball (manifests, indexes, configs), read in one pass. */
async function tarReader(file: string): Promise<(path: string) => BlobRead> {
  const held = new Map<string, Buffer>();
  const present = new Set<string>();
  let total = 0;
  for await (const entry of tarEntries(createReadStream(file, { highWaterMark: 1 << 20 }), { maxEntryBytes: MAX_JSON, maxEntries: 100_000 })) {
    const path = posix.normalize(entry.path);
    present.add(path);
    if (!entry.data || !looksLikeJson(entry.data) || total + entry.data.length > MAX_JSON_TOTAL) continue;
    total += entry.data.length;
    held.set(path, entry.data);
  }
  return (path) => {
    const bytes = held.get(path);
    return bytes ? { bytes } : present.has(path) ? 'large' : 'absent';
  };
}

function folderReader(dir: string): (path: string) => BlobRead {
  return (path) => {
    const read = readInside(dir, path, MAX_JSON);
    if (read.ok) return { bytes: read.bytes };
    return read.reason === 'too-large' ? 'large' : 'absent';
  };
}

function looksLikeJson(bytes: Buffer): boolean {
  const first = bytes.subarray(0, 64).toString('latin1').trimStart()[0];
  return first === '{' || first === '[';
}
