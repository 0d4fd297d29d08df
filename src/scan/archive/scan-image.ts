import { createReadStream, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { TarError, tarEntries } from './tar.js';
import { isRegularFileInside, readInside } from '../../util/safe-read.js';
import { scanTar, type ArchiveContext } from './scan-archive.js';

/**
 * A container image without a Docker engine: a `docker save` tarball (manifest.json) or an OCI
 * image layout (index.json), as a tar or a folder. Every layer is scanned, so a file added in one
 * layer and deleted by a whiteout in a later one is still found: it is in the image's history and
 * in every copy of it. Findings name the layer digest and the path.
 */
export async function scanImage(file: string, name: string, ctx: ArchiveContext): Promise<void> {
  const folder = statSync(file).isDirectory();
  const small = folder ? readSmallFromFolder(file) : await readSmallFromTar(file);
  const { layers, config } = imageManifest(small);
  if (layers.length === 0) throw new TarError(`${name} is neither a docker save tarball (manifest.json) nor an OCI image layout (index.json)`);
  // The config holds the image's Env and the history of its build commands (with their build
  // args): a secret passed as ARG or ENV is there even when no layer file holds it.
  const configData = config ? small.get(config) : undefined;
  if (configData) {
    ctx.stats.files++;
    ctx.stats.scanned++;
    ctx.stats.bytes += configData.length;
    ctx.findings.push(...ctx.scanner.scanBytes(`${name}@config`, configData));
  }
  const order = new Map(layers.map((l, i) => [l, i]));
  const deleted: Set<string>[] = layers.map(() => new Set());
  const before = ctx.findings.length;
  const scanLayer = async (path: string, body: AsyncIterable<Buffer>) => {
    const gone = deleted[order.get(path)!]!;
    // A whiteout entry `dir/.wh.name` deletes `dir/name` from the layers below; the opaque
    // whiteout `dir/.wh..wh..opq` deletes everything below `dir/` (kept as `dir/` itself).
    ctx.onEntry = (entry) => {
      const base = posix.basename(entry);
      const dir = posix.dirname(entry);
      if (base === '.wh..wh..opq') gone.add(`${dir}/`);
      else if (base.startsWith('.wh.')) gone.add(posix.join(dir, base.slice(4)));
    };
    try {
      await scanTar(body, `${name}@${layerDigest(path)}`, ctx, 1);
    } finally {
      delete ctx.onEntry;
    }
  };
  if (folder) {
    for (const path of layers) {
      // A layer path comes from the image's manifest: it must name a regular file inside the layout.
      if (!isRegularFileInside(file, path)) throw new TarError(`layer ${JSON.stringify(path.slice(0, 80))} is not a regular file inside the image layout; the image is refused`);
      await scanLayer(path, createReadStream(join(file, path), { highWaterMark: 1 << 20 }));
    }
  } else {
    for await (const entry of tarEntries(createReadStream(file, { highWaterMark: 1 << 20 }), { maxEntryBytes: 0, maxEntries: 100_000, stream: (p) => order.has(posix.normalize(p)) })) {
      if (entry.body) await scanLayer(posix.normalize(entry.path), entry.body);
    }
  }
  markDeleted(ctx, before, layers, deleted);
}

function markDeleted(ctx: ArchiveContext, from: number, layers: string[], deleted: Set<string>[]): void {
  for (const f of ctx.findings.slice(from)) {
    const m = /@(sha256:[0-9a-f]{12}|[^!]+)!(.*)$/.exec(f.file);
    if (!m) continue;
    const layer = layers.findIndex((l) => layerDigest(l) === m[1]);
    const path = posix.normalize(m[2]!);
    const laterDeletes = deleted.slice(layer + 1).some((s) => s.has(path) || ancestors(path).some((dir) => s.has(`${dir}/`)));
    if (laterDeletes) f.description += ' (deleted by a later layer, but still in the image history)';
  }
}

/** `a/b/c.txt` -> [`a/b`, `a`, `.`]: the folders an opaque whiteout may have cleared. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
    out.push(dir);
    if (dir === '.' || dir === '/') return out;
  }
}

function layerDigest(path: string): string {
  const blob = /blobs\/sha256\/([0-9a-f]{64})$/.exec(path);
  return blob ? `sha256:${blob[1]!.slice(0, 12)}` : path.replace(/\/layer\.tar$/, '');
}

/** The layer files, in order, and the config, from manifest.json (docker save) or index.json (OCI layout). */
function imageManifest(small: Map<string, Buffer>): { layers: string[]; config?: string } {
  const json = (path: string): any => {
    const data = small.get(path);
    try {
      return data ? JSON.parse(data.toString('utf8')) : undefined;
    } catch {
      return undefined;
    }
  };
  const manifest = json('manifest.json');
  if (Array.isArray(manifest) && Array.isArray(manifest[0]?.Layers)) {
    const config = manifest[0].Config;
    return { layers: manifest[0].Layers.map((l: string) => posix.normalize(l)), ...(typeof config === 'string' ? { config: posix.normalize(config) } : {}) };
  }
  const index = json('index.json');
  const blob = blobPath;
  const first = index?.manifests?.[0]?.digest;
  if (typeof first !== 'string') return { layers: [] };
  let m = json(blob(first));
  if (Array.isArray(m?.manifests) && typeof m.manifests[0]?.digest === 'string') m = json(blob(m.manifests[0].digest)); // an index of platforms
  if (!Array.isArray(m?.layers)) return { layers: [] };
  const config = m.config?.digest;
  return { layers: m.layers.map((l: { digest: string }) => blob(l.digest)), ...(config !== undefined ? { config: blob(config) } : {}) };
}

/** The small JSON files of an image tarball (manifests, indexes, configs), read in one pass. */
async function readSmallFromTar(file: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for await (const entry of tarEntries(createReadStream(file, { highWaterMark: 1 << 20 }), { maxEntryBytes: 256 * 1024, maxEntries: 100_000 })) {
    if (entry.data && (entry.path.endsWith('.json') || entry.path.startsWith('blobs/') || entry.path.startsWith('./blobs/'))) out.set(posix.normalize(entry.path), entry.data);
  }
  return out;
}

function readSmallFromFolder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of ['index.json', 'manifest.json']) {
    const read = readInside(dir, name, 1 << 20);
    if (read.ok) out.set(name, read.bytes);
  }
  const index = out.get('index.json');
  const visit = (digest: unknown) => {
    if (typeof digest !== 'string') return;
    const path = blobPath(digest);
    const read = readInside(dir, path, 256 * 1024);
    if (!read.ok) return; // absent, a layer too large to be JSON, or not a regular file inside the layout
    const data = read.bytes;
    out.set(path, data);
    try {
      const parsed = JSON.parse(data.toString('utf8'));
      for (const m of parsed.manifests ?? []) visit(m.digest);
      visit(parsed.config?.digest);
    } catch {
      /* a layer, not JSON */
    }
  };
  if (index) for (const m of JSON.parse(index.toString('utf8')).manifests ?? []) visit(m.digest);
  return out;
}

/**
 * The blob path of an OCI digest, refused unless it is algorithm:hex: a digest comes from the
 * image, and `sha256:../../etc/passwd` must never become a path.
 */
export function blobPath(digest: unknown): string {
  if (typeof digest !== 'string' || !/^(?:sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})$/.test(digest)) {
    throw new TarError(`an OCI digest that is not algorithm:hex (${typeof digest === 'string' ? JSON.stringify(digest.slice(0, 40)) : typeof digest}); the image is refused`);
  }
  return `blobs/${digest.replace(':', '/')}`;
}
