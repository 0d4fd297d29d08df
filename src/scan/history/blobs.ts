import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitPipe } from './git-process.js';

/**
 * One object's content: in memory, or spooled to a temporary file when larger than the memory
 * limit. `type` is git's (blob; commit and tag objects are read for their messages).
 */
export type BlobContent = { oid: string; type: string; size: number; bytes: Buffer } | { oid: string; type: string; size: number; file: string };

/**
 * Reads blobs through one `git cat-file --batch` process: each id written to its input as soon as
 * it is known (`request`), each content read back as `<id> blob <size>\n<bytes>\n`. Contents up
 * to `memoryLimit` bytes are handed over whole; larger ones go to a temporary file first (deleted
 * after the callback), so memory stays bounded whatever a history holds.
 */
export class BlobReader {
  private readonly spool = mkdtempSync(join(tmpdir(), 'rg-blob-'));
  private readonly git: ReturnType<typeof gitPipe>;
  private pending: string[] = [];

  constructor(cwd: string, memoryLimit: number, onBlob: (blob: BlobContent) => void, onMissing: (oid: string) => void) {
    const parser = new BatchParser(memoryLimit, join(this.spool, 'blob'), onBlob, onMissing);
    this.git = gitPipe(cwd, ['cat-file', '--batch'], (chunk) => parser.push(chunk), true);
  }

  request(oid: string): void {
    this.pending.push(oid);
    if (this.pending.length >= 256) this.flush();
  }

  /** Every requested blob has been handed over (or the reading failed). */
  async finish(): Promise<void> {
    this.flush();
    this.git.stdin!.end();
    try {
      await this.git.done;
    } finally {
      rmSync(this.spool, { recursive: true, force: true });
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.git.stdin!.write(this.pending.join('\n') + '\n');
    this.pending = [];
  }
}

/** The `--batch` output as a state machine over chunks: a header line, then `size` bytes and a newline. */
class BatchParser {
  private header = '';
  private body: { oid: string; type: string; size: number; got: number; bytes?: Buffer; fd?: number } | undefined;
  private skipNewline = false;

  constructor(
    private readonly memoryLimit: number,
    private readonly spoolFile: string,
    private readonly onBlob: (blob: BlobContent) => void,
    private readonly onMissing: (oid: string) => void,
  ) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.skipNewline) {
        at++; // the newline after each content
        this.skipNewline = false;
      } else if (this.body) {
        at = this.take(chunk, at);
      } else {
        const nl = chunk.indexOf(10, at);
        if (nl === -1) {
          this.header += chunk.toString('latin1', at);
          return;
        }
        this.start(this.header + chunk.toString('latin1', at, nl));
        this.header = '';
        at = nl + 1;
      }
    }
  }

  private start(line: string): void {
    const [oid, type, size] = line.split(' ');
    if (type === 'missing') {
      this.onMissing(oid!);
      return;
    }
    const n = Number(size);
    this.body = n > this.memoryLimit ? { oid: oid!, type: type!, size: n, got: 0, fd: openSync(this.spoolFile, 'w') } : { oid: oid!, type: type!, size: n, got: 0, bytes: Buffer.allocUnsafe(n) };
    if (n === 0) this.finish();
  }

  /** Copies (or spools) as much of the current content as this chunk holds. */
  private take(chunk: Buffer, at: number): number {
    const body = this.body!;
    const n = Math.min(body.size - body.got, chunk.length - at);
    if (body.bytes) chunk.copy(body.bytes, body.got, at, at + n);
    else writeSync(body.fd!, chunk, at, n);
    body.got += n;
    if (body.got === body.size) this.finish();
    return at + n;
  }

  private finish(): void {
    const body = this.body!;
    this.body = undefined;
    this.skipNewline = true;
    if (body.bytes) {
      this.onBlob({ oid: body.oid, type: body.type, size: body.size, bytes: body.bytes });
      return;
    }
    closeSync(body.fd!);
    try {
      this.onBlob({ oid: body.oid, type: body.type, size: body.size, file: this.spoolFile });
    } finally {
      rmSync(this.spoolFile, { force: true });
    }
  }
}
