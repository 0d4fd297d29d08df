import { createReadStream } from 'node:fs';
import { compressionOf } from './compress.js';
import { scanContent, scanTar, scanZip } from './content.js';
import { reportStop, type ArchiveContext } from './problems.js';
import { endsWithZip, fileByteSource, isZip } from './zip.js';

export { DEFAULT_ARCHIVE_LIMITS, UNREAD_RULES, type ArchiveContext, type ArchiveLimits } from './problems.js';
export { scanTar } from './content.js';

/**
 * Scans a tar (plain or compressed), a zip, or an image in place, opening archives inside it to
 * maxDepth. What the file is comes from its bytes: a zip at its start, else a (compressed) tar;
 * a tar that ends with a zip is read as both, since a zip tool sees the zip and tar the tar.
 */
export async function scanArchive(file: string, display: string, ctx: ArchiveContext, image = false): Promise<void> {
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
