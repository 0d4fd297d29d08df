import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { Document, type DocumentFormat } from './document.js';
import { fastParseJson } from './json-fast.js';
import { parseJson } from './json-parser.js';
import { ParseFailure, type ParseIssue } from './positions.js';
import { parseYaml } from './yaml-parser.js';
import { resolveInside } from '../util/safe-read.js';

export interface DocumentLimits {
  maxFileBytes: number;
  maxDepth: number;
  maxAliases: number;
}

export const DEFAULT_LIMITS: DocumentLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
};

/** Why a file could not become a document. `unreadable` means we could not look; the others mean it is bad. */
export type LoadFailureId =
  | 'not-found'
  | 'unreadable'
  | 'not-a-file'
  | 'outside-root'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'syntax'
  | 'too-deep'
  | 'alias-limit'
  | 'multiple-documents';

export interface LoadFailure {
  file: string;
  messageId: LoadFailureId;
  message: string;
  line?: number;
  column?: number;
}

export type LoadResult = { ok: true; document: Document; issues: ParseIssue[] } | { ok: false; failure: LoadFailure };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function formatFor(file: string, text?: string): DocumentFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  const first = text?.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

/** Reads and parses one file within the limits. Never throws for bad input. */
/**
 * Reads and parses one document. With `root`, the path must stay inside root once symbolic links
 * are resolved: a packet or schema that links out of the repository is refused, never read.
 */
export function loadDocument(absPath: string, file: string, limits: DocumentLimits, format?: DocumentFormat, root?: string): LoadResult {
  if (root !== undefined) {
    const where = resolveInside(root, absPath);
    if ('reason' in where && where.reason === 'outside') {
      return { ok: false, failure: { file, messageId: 'outside-root', message: 'resolves outside the repository through a symbolic link; only files inside it are read' } };
    }
  }
  const read = readBounded(absPath, file, limits.maxFileBytes);
  if ('failure' in read) return { ok: false, failure: read.failure };
  return parseText(read.text, file, limits, format ?? formatFor(file, read.text));
}

export function parseText(text: string, file: string, limits: DocumentLimits, format: DocumentFormat): LoadResult {
  try {
    if (format === 'json') {
      const positions = () => parseJson(text, { maxDepth: limits.maxDepth, positions: true }).positions;
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      const fast = fastParseJson(body, limits.maxDepth);
      if (fast) return { ok: true, document: new Document(file, text, fast.value, 'json', positions), issues: [] };
      const parsed = parseJson(text, { maxDepth: limits.maxDepth, positions: false });
      return { ok: true, document: new Document(file, text, parsed.value, 'json', positions), issues: parsed.issues };
    }
    const parsed = parseYaml(text, limits);
    return { ok: true, document: new Document(file, text, parsed.value, 'yaml', () => parsed.positions), issues: parsed.issues };
  } catch (err) {
    if (err instanceof ParseFailure) {
      const doc = new Document(file, text, undefined, format, () => undefined);
      const at = doc.position(err.offset);
      return { ok: false, failure: { file, messageId: err.messageId, message: err.message, line: at.line, column: at.column } };
    }
    throw err;
  }
}

function readBounded(absPath: string, file: string, maxBytes: number): { text: string } | { failure: LoadFailure } {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO would otherwise block the open until some writer appears.
    fd = openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { failure: ioFailure(file, err) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return { failure: { file, messageId: 'not-a-file', message: 'not a regular file (a FIFO, socket, device or directory); only regular files are read' } };
    }
    if (stat.size > maxBytes) {
      return {
        failure: {
          file,
          messageId: 'too-large',
          message: `file is ${formatBytes(stat.size)}, over the limit of ${formatBytes(maxBytes)}; raise settings.limits.max-file-bytes if it really is evidence`,
        },
      };
    }
    const bytes = scratch(stat.size);
    let got = 0;
    while (got < stat.size) {
      const n = readSync(fd, bytes, got, stat.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return decode(bytes.subarray(0, got), file);
  } catch (err) {
    return { failure: ioFailure(file, err) };
  } finally {
    closeSync(fd);
  }
}

/**
 * One read buffer reused for every file: thousands of small packets would otherwise each allocate
 * an external buffer, and external memory is what makes V8 run its costliest collections.
 */
let shared = Buffer.allocUnsafe(256 * 1024);
function scratch(size: number): Buffer {
  if (size > shared.length) shared = Buffer.allocUnsafe(Math.max(size, shared.length * 2));
  return shared;
}

function decode(bytes: Buffer, file: string): { text: string } | { failure: LoadFailure } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { failure: { file, messageId: 'binary', message: `binary file (NUL byte at offset ${nul}); evidence must be UTF-8 text` } };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset);
    let line = 1;
    let lastNl = -1;
    for (let i = 0; i < before.length; i++) if (before[i] === 10) (line++, (lastNl = i));
    return {
      failure: {
        file,
        messageId: 'not-utf8',
        message: `not valid UTF-8 (byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at offset ${offset}); re-save the file as UTF-8`,
        line,
        column: offset - lastNl,
      },
    };
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  // Walks the sequences one by one; only reached on the error path, so linear cost is fine.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}

function ioFailure(file: string, err: unknown): LoadFailure {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { file, messageId: 'not-found', message: 'file not found' };
  if (code === 'EISDIR') return { file, messageId: 'not-a-file', message: 'is a directory, not a file' };
  if (code === 'EACCES' || code === 'EPERM') return { file, messageId: 'unreadable', message: 'permission denied: the file cannot be read' };
  return { file, messageId: 'unreadable', message: `cannot read the file (${code ?? (err as Error).message})` };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}
