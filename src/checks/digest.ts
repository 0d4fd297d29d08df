import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { resolveInside } from '../util/safe-read.js';
import { dirname, join, normalize } from 'node:path';
import { select } from '../document/select.js';
import { toPosix } from '../engine/discover.js';
import { PACKET_OPTION, PATH_OPTION, quoteValue, requirePacket, requirePattern } from './options.js';
import type { Check } from './types.js';

interface Options {
  packet: string;
  entries: string;
  'path-field'?: string;
  'digest-field'?: string;
  base?: 'root' | 'packet';
  missing?: 'fail' | 'skip';
}

const ALGORITHMS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
const DIGEST_RE = /^(?:(sha256|sha384|sha512):)?([0-9a-fA-F]+)$/;

/** Files a packet lists with digests have exactly those bytes on disk. */
export const digestCheck: Check<Options> = {
  meta: {
    id: 'digest',
    description: 'Each file a packet lists with a sha256 (or sha384/sha512) digest has those exact bytes on disk.',
    subject: 'packet',
    options: {
      type: 'object',
      required: ['packet', 'entries'],
      properties: {
        packet: PACKET_OPTION,
        entries: { ...PATH_OPTION, description: 'Selects the entry objects, e.g. /artifacts/*.' },
        'path-field': { type: 'string', minLength: 1, description: 'Key of the file path in each entry (default "path").' },
        'digest-field': { type: 'string', minLength: 1, description: 'Key of the digest in each entry (default "sha256").' },
        base: { enum: ['root', 'packet'], description: "Paths are relative to the repository root (default) or to the packet's folder." },
        missing: { enum: ['fail', 'skip'], description: 'A listed file that is absent blocks (fail, default) or is skipped.' },
      },
    },
    messages: {
      mismatch: '{{file}} does not match its digest: listed {{expected}}, file has {{actual}}',
      'missing-file': 'listed file not found: {{file}}',
      'no-entries': 'evidence missing: no entries at {{entries}}',
      'bad-entry': '{{pointer}}: entry needs a string "{{pathField}}" and a string "{{digestField}}"',
      'bad-digest': '{{pointer}}: not a sha256/sha384/sha512 hex digest',
      outside: '{{pointer}}: path leaves the repository ({{file}}); digests are only checked inside it',
      unreadable: 'cannot read {{file}} to check its digest',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    requirePattern(ctx, options.entries, '/entries');
  },

  describe(options) {
    return `files listed at ${options.entries} in packet "${options.packet}" match their digests`;
  },

  run(ctx) {
    const doc = ctx.doc!;
    const pathField = ctx.options['path-field'] ?? 'path';
    const digestField = ctx.options['digest-field'] ?? 'sha256';
    const entries = select(doc.value, ctx.options.entries);
    if (entries.length === 0) {
      ctx.report({ messageId: 'no-entries', data: { entries: ctx.options.entries }, at: { doc, pointer: '' } });
      return;
    }
    const base = ctx.options.base === 'packet' ? dirname(doc.file) : '';
    for (const { pointer, value } of entries) {
      const entry = value as Record<string, unknown> | null;
      const path = entry?.[pathField];
      const listed = entry?.[digestField];
      if (typeof path !== 'string' || typeof listed !== 'string') {
        ctx.report({ messageId: 'bad-entry', data: { pointer, pathField, digestField }, at: { doc, pointer } });
        continue;
      }
      const m = DIGEST_RE.exec(listed.trim());
      const algorithm = m ? (m[1] ?? 'sha256') : '';
      if (!m || ALGORITHMS[algorithm] !== m[2]!.length) {
        ctx.report({ messageId: 'bad-digest', data: { pointer }, at: { doc, pointer: `${pointer}/${digestField}` } });
        continue;
      }
      const file = toPosix(normalize(join(base, path)));
      const shown = () => quoteValue(ctx, file, 200); // only for a message: it runs the scanner
      if (file.startsWith('../') || file === '..' || path.startsWith('/')) {
        ctx.report({ messageId: 'outside', data: { pointer, file: shown() }, at: { doc, pointer: `${pointer}/${pathField}` } });
        continue;
      }
      const actual = hashFile(ctx.cwd, file, algorithm);
      if (actual === 'outside') {
        ctx.report({ messageId: 'outside', data: { pointer, file: shown() }, at: { doc, pointer: `${pointer}/${pathField}` } });
      } else if (actual === 'missing') {
        if (ctx.options.missing !== 'skip') ctx.report({ messageId: 'missing-file', data: { file: shown() }, at: { doc, pointer: `${pointer}/${pathField}` } });
      } else if (actual === 'unreadable') {
        ctx.report({ messageId: 'unreadable', state: 'unknown', data: { file: shown() }, at: { doc, pointer: `${pointer}/${pathField}` } });
      } else if (actual !== m[2]!.toLowerCase()) {
        ctx.report({
          messageId: 'mismatch',
          data: { file: shown(), expected: `${algorithm}:${m[2]!.slice(0, 12).toLowerCase()}…`, actual: `${algorithm}:${actual.slice(0, 12)}…` },
          at: { doc, pointer: `${pointer}/${digestField}` },
        });
      }
    }
  },
};

/** Hashes a file in 1 MiB chunks, so a large artifact never sits whole in memory. */
function hashFile(root: string, rel: string, algorithm: string): string {
  const where = resolveInside(root, rel);
  if ('reason' in where) return where.reason;
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO must not block the open; fstat below refuses anything but a regular file.
    fd = openSync(where.abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR' ? 'missing' : 'unreadable';
  }
  try {
    if (!fstatSync(fd).isFile()) return 'missing';
    const hash = createHash(algorithm);
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
    }
    return hash.digest('hex');
  } catch {
    return 'unreadable';
  } finally {
    closeSync(fd);
  }
}
