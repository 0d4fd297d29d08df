import { createReadStream } from 'node:fs';
import { compressionOf } from './compress.js';
import { scanContent, scanTar, scanZip } from './content.js';
import { reportStop, type ArchiveContext } from './problems.js';
import { endsWithZip, fileByteSource, isZip } from './zip.js';
import { ChunkedBinary } from '../binary-strings.js';
import { fingerprint } from '../mask.js';
import type { ScanFinding } from '../types.js';

export { DEFAULT_ARCHIVE_LIMITS, UNREAD_RULES, type ArchiveContext, type ArchiveLimits } from './problems.js';
export { scanTar } from './content.js';

/**
 * Scans a tar (plain or compressed), a zip, or an image in place, opening archives inside it to
 * maxDepth. What the file is comes from its bytes: a zip at its start, else a (compressed) tar;
 * a tar that ends with a zip is read as both, since a zip tool sees the zip and tar the tar.
 */
export async function scanArchive(file: string, display: string, ctx: ArchiveContext, image = false): Promise<void> {
  const before = ctx.findings.length;
  await readArchive(file, display, ctx, image);
  await scanRawStrings(file, display, ctx, before);
}

/**
 * The archive file's own bytes, read for credentials as a binary's strings are: what no entry
 * holds is still published with the file (a zip comment, bytes before or after the archive, data
 * after a tar's end marker, pax records, a gzip header's name, entries the directory does not
 * list, an unknown format). A value already found in an entry is not reported again.
 */
async function scanRawStrings(file: string, display: string, ctx: ArchiveContext, before: number): Promise<void> {
  const values = new Map<ScanFinding, string>();
  const raw = new ChunkedBinary(display, ctx.scanner.keepingValues(values));
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) raw.push(chunk as Buffer);
  } catch {
    return; // the archive reader has reported a file it could not read
  }
  // Fingerprints name the file, so a value seen in an entry is recognised by recomputing the
  // entry's fingerprint from the raw value (candidates narrowed by rule and masked form first).
  const inner = new Map<string, ScanFinding[]>();
  for (const f of ctx.findings.slice(before)) {
    const k = `${f.ruleId}\0${f.masked}`;
    inner.set(k, [...(inner.get(k) ?? []), f]);
  }
  for (const f of raw.findings) {
    const value = values.get(f);
    const same = inner.get(`${f.ruleId}\0${f.masked}`)?.some((i) => value !== undefined && i.fingerprint === fingerprint(i.ruleId, i.file, value, ctx.scanner.fingerprintKey));
    if (!same) ctx.findings.push(f);
  }
}

async function readArchive(file: string, display: string, ctx: ArchiveContext, image: boolean): Promise<void> {
  if (image) return guarded(ctx, display, async () => (await import('./scan-image.js')).scanImage(file, display, ctx));
  const src = fileByteSource(file);
  try {
    const head = src.read(0, 512);
    if (isZip(head)) return await guarded(ctx, display, () => scanZip(src, display, ctx, 1));
    const stream = () => createReadStream(file, { highWaterMark: 1 << 20 });
    // A compressed file is looked at again once decompressed (a .tgz, or a .gz of one text file);
    // a plain one must be a tar (anything else is reported as not one).
    if (compressionOf(head)) await guarded(ctx, display, () => scanContent({ chunks: stream() }, display, ctx, 0));
    else await guarded(ctx, display, () => scanTar(stream(), display, ctx, 1));
    if (endsWithZip(src)) await guarded(ctx, display, () => scanZip(src, display, ctx, 1));
  } finally {
    src.close();
  }
}

async function guarded(ctx: ArchiveContext, display: string, read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (err) {
    if (!reportStop(err, ctx, display)) throw err;
  }
}
