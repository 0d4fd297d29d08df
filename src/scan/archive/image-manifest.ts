import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { TarError } from './tar.js';

/**
 * Which blobs of an image are layers and configs: every entry of a `docker save` manifest.json
 * (all images) and every manifest an OCI index.json reaches (all platforms, nested indexes). A
 * blob named by a digest is believed only when the sha256 of its bytes is that digest, and each
 * digest is visited once, so an index that lists itself (or a cycle) cannot recurse.
 */
export interface ImageParts {
  /** Layer paths of each image, in order (whiteouts apply to the layers below, image by image). */
  images: { layers: string[] }[];
  /** Config paths, each once. */
  configs: string[];
  /** What could not be read: a missing or mismatching blob, an unparsable manifest. */
  problems: string[];
}

/** A small JSON blob held in memory; `large` when the blob is there but too large to be a manifest. */
export type BlobRead = { bytes: Buffer } | 'absent' | 'large';

const MAX_MANIFESTS = 10_000;
const MAX_INDEX_DEPTH = 8;

export function imageParts(read: (path: string) => BlobRead): ImageParts {
  const out: ImageParts = { images: [], configs: [], problems: [] };
  const configs = new Set<string>();
  const addImage = (layers: string[], config: string | undefined) => {
    out.images.push({ layers });
    if (config !== undefined && !configs.has(config)) configs.add(config) && out.configs.push(config);
  };
  const docker = parse(read('manifest.json'), 'manifest.json', out);
  if (docker !== undefined) {
    if (!Array.isArray(docker)) out.problems.push('manifest.json is not a list of images');
    for (const entry of Array.isArray(docker) ? docker : []) {
      if (!Array.isArray(entry?.Layers) || !entry.Layers.every((l: unknown) => typeof l === 'string')) {
        out.problems.push('an entry of manifest.json has no list of layers');
        continue;
      }
      addImage(entry.Layers.map((l: string) => posix.normalize(l)), typeof entry.Config === 'string' ? posix.normalize(entry.Config) : undefined);
    }
  }
  const index = parse(read('index.json'), 'index.json', out);
  if (index !== undefined) walkIndex(index, read, out, addImage);
  return out;
}

function walkIndex(index: any, read: (path: string) => BlobRead, out: ImageParts, addImage: (layers: string[], config: string | undefined) => void): void {
  const visited = new Set<string>();
  const visit = (node: any, where: string, depth: number) => {
    if (!Array.isArray(node?.manifests)) return void out.problems.push(`${where} lists no manifests`);
    for (const m of node.manifests) {
      const digest = m?.digest;
      if (visited.has(digest)) continue; // listed twice, by itself, or in a cycle: read once
      visited.add(digest);
      if (visited.size > MAX_MANIFESTS) throw new TarError(`more than ${MAX_MANIFESTS} manifests: stopped`);
      const path = blobPath(digest);
      const blob = verified(read(path), digest, out);
      if (!blob) continue;
      const doc = parse(blob, path, out);
      if (Array.isArray(doc?.manifests)) {
        if (depth >= MAX_INDEX_DEPTH) out.problems.push(`${path} is an index nested more than ${MAX_INDEX_DEPTH} deep: not read`);
        else visit(doc, path, depth + 1);
      } else if (Array.isArray(doc?.layers)) {
        const config = doc.config?.digest;
        addImage(
          doc.layers.map((l: { digest?: unknown }) => blobPath(l?.digest)),
          config === undefined ? undefined : blobPath(config),
        );
      } else if (doc !== undefined) out.problems.push(`${path} is neither an image index nor a manifest`);
    }
  };
  visit(index, 'index.json', 0);
}

/** The blob's bytes when they are there and their sha256 is the digest they are named by. */
function verified(blob: BlobRead, digest: string, out: ImageParts): BlobRead | undefined {
  if (blob === 'absent') return void out.problems.push(`${digest} is listed but not in the image`);
  if (blob === 'large') return void out.problems.push(`${digest} is listed as a manifest but is larger than a manifest can be: not read`);
  const problem = digestProblem(blob.bytes, digest);
  if (problem) return void out.problems.push(problem);
  return blob;
}

export function digestProblem(bytes: Buffer | string, digest: string, actual?: string): string | undefined {
  const [algorithm, hex] = digest.split(':') as [string, string];
  const got = actual ?? createHash(algorithm).update(bytes).digest('hex');
  return got === hex ? undefined : `${digest.slice(0, 19)}… does not match its content (${algorithm} ${got.slice(0, 12)}…): the blob was altered or is not what it is named`;
}

function parse(blob: BlobRead | undefined, where: string, out: ImageParts): any {
  if (blob === undefined || blob === 'absent') return undefined;
  if (blob === 'large') return void out.problems.push(`${where} is too large to be a manifest: not read`);
  try {
    return JSON.parse(blob.bytes.toString('utf8'));
  } catch {
    return void out.problems.push(`${where} is not valid JSON`);
  }
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

/** The digest a blob path names (`blobs/sha256/<hex>`), if it names one. */
export function digestOf(path: string): string | undefined {
  const m = /^blobs\/(sha256|sha384|sha512)\/([0-9a-f]+)$/.exec(path);
  return m ? `${m[1]}:${m[2]}` : undefined;
}
