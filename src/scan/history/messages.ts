import { closeSync, openSync, readSync } from 'node:fs';
import { skip } from '../run-scan.js';
import type { ScanLimits } from '../run-scan.js';
import { commitMessageName, scanMessage, tagMessageName } from '../scan-commits.js';
import type { Scanner } from '../scanner.js';
import { git } from '../targets/git-changes.js';
import { pathName } from '../targets/path-bytes.js';
import { bufferSource, emptyStats, type ScanStats, type SourceFile } from '../targets/source.js';
import type { HistoryOrigin, ScanFinding } from '../types.js';
import { iso } from './attribute.js';
import type { BlobContent } from './blobs.js';
import { gitText, objectIds } from './git-process.js';
import type { Commit } from './log.js';

/** An annotated tag a ref names: the tag object, the ref, and the object it finally points at. */
export interface AnnotatedTag {
  oid: string;
  ref: string;
  /** The ref's name under refs/tags/, as pathName() spells its bytes; a tag inside a tag, the name its own header gives. */
  name: string;
  /** The commit it tags, through any number of tags; undefined when it tags a tree or a blob. */
  commit: string | undefined;
  /** A tag only another tag points at: named by its own header once read. */
  nested?: true;
}

/** Every ref under refs/tags that names a tag object (lightweight tags have no message). */
export function annotatedTags(cwd: string): AnnotatedTag[] {
  const out = git(cwd, ['for-each-ref', '--format=%(objectname) %(objecttype) %(refname)', 'refs/tags']);
  const tags: AnnotatedTag[] = [];
  // A ref name holds no newline and no space (git refuses both); it may hold bytes that are not UTF-8.
  for (let at = 0; at < out.length; ) {
    const nl = out.indexOf(10, at);
    const line = out.subarray(at, nl === -1 ? out.length : nl);
    at = nl === -1 ? out.length : nl + 1;
    const m = /^([0-9a-f]+) (\w+) /.exec(line.toString('latin1'));
    if (!m || m[2] !== 'tag') continue;
    const ref = line.subarray(m[0].length);
    tags.push({ oid: m[1]!, ref: pathName(ref), name: pathName(ref.subarray('refs/tags/'.length)), commit: undefined });
  }
  // %(*objectname) peels one level only: a tag of a tag is peeled to its commit by git cat-file (one process).
  objectIds(cwd, tags.map((t) => `${t.oid}^{commit}`), 'commit').forEach((commit, i) => (tags[i]!.commit = commit));
  return tags;
}

/** What a commit or tag object says before its message, and where the message starts. */
interface Header {
  /** Single-line fields (`tag`, `type`, `object`, `tagger`), as bytes. */
  fields: Map<string, Buffer>;
  bodyAt: number;
}

/** Reads the header of an object: fields up to the first blank line, the message after it. */
function header(head: Buffer): Header {
  const gap = head.indexOf('\n\n');
  const end = gap === -1 ? head.length : gap;
  const fields = new Map<string, Buffer>();
  for (let at = 0; at < end; ) {
    const nl = head.indexOf(10, at);
    const stop = nl === -1 || nl > end ? end : nl;
    const space = head.indexOf(32, at);
    if (space > at && space < stop && !fields.has(head.toString('latin1', at, space))) fields.set(head.toString('latin1', at, space), head.subarray(space + 1, stop));
    at = stop + 1;
  }
  return { fields, bodyAt: gap === -1 ? head.length : gap + 2 };
}

/** A spooled object's header is read in pieces until its blank line; past this, the object is scanned whole. */
const MAX_HEADER = 16 * 1024 * 1024;

/** The message of an object spooled to a file (larger than the in-memory limit): read in chunks from where it starts. */
function spooledMessage(file: string, size: number, nameOf: (h: Header) => string): { source: SourceFile; header: Header } {
  const fd = openSync(file, 'r');
  let head = Buffer.alloc(0);
  try {
    while (head.length < Math.min(size, MAX_HEADER) && head.indexOf('\n\n') === -1) {
      const piece = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, piece, 0, piece.length, head.length);
      if (n === 0) break;
      head = Buffer.concat([head, piece.subarray(0, n)]);
    }
  } finally {
    closeSync(fd);
  }
  const found = header(head);
  const from = head.indexOf('\n\n') === -1 ? 0 : found.bodyAt;
  const source: SourceFile = {
    path: nameOf(found),
    size: () => size - from,
    *read(chunk: number) {
      const buffer = Buffer.allocUnsafe(chunk);
      const reader = openSync(file, 'r');
      try {
        for (let position = from; position < size; ) {
          const n = readSync(reader, buffer, 0, chunk, position);
          if (n === 0) return;
          position += n;
          yield buffer.subarray(0, n);
        }
      } finally {
        closeSync(reader);
      }
    },
  };
  return { source, header: found };
}

/** At most this many commits off the tip's history are asked which refs hold them (one git process each). */
const MAX_REF_QUESTIONS = 100;

/**
 * The messages of a history: every walked commit's, and every annotated tag's, read through the
 * same `git cat-file --batch` process as the blobs and scanned for credentials (scanMessage, as
 * pull requests do). Messages are not files: they are counted apart, and only their skips reach
 * the scan's file statistics.
 */
export class HistoryMessages {
  readonly findings: ScanFinding[] = [];
  /** Messages scanned (commits and tags). */
  count = 0;
  private readonly commits = new Map<string, Commit>();
  private readonly tags = new Map<string, AnnotatedTag>();
  /** Tags of tags, found in a tag's header: read in a later round. */
  private inner: string[] = [];
  private readonly visited = new Set<string>();
  private readonly scratch = emptyStats();
  /** Tag findings dated by the commit they tag (no tagger line): filled in by settle(). */
  private readonly undated: ScanFinding[] = [];

  constructor(
    private readonly scanner: Scanner,
    private readonly limits: ScanLimits,
    private readonly stats: ScanStats,
  ) {}

  expectCommit(c: Commit): void {
    this.commits.set(c.oid, c);
  }

  expectTag(tag: AnnotatedTag): boolean {
    if (this.visited.has(tag.oid)) return false;
    this.visited.add(tag.oid);
    this.tags.set(tag.oid, tag);
    return true;
  }

  /** The name reports give an object this reader waits for, or undefined when it is not one. */
  nameOf(oid: string): string | undefined {
    const tag = this.tags.get(oid);
    return this.commits.has(oid) ? commitMessageName(oid) : tag ? tagMessageName(tag.name) : undefined;
  }

  /** Tags named inside tags since the last call (each once), with the outer tag's ref and target. */
  takeInner(): AnnotatedTag[] {
    const out = this.inner.map((oid) => this.tags.get(oid)!);
    this.inner = [];
    return out;
  }

  /** One commit or tag object read back: its message scanned. */
  read(obj: BlobContent): void {
    const commit = this.commits.get(obj.oid);
    const tag = this.tags.get(obj.oid);
    if (obj.type === 'commit' && commit) {
      this.commits.delete(obj.oid);
      const { source } = this.message(obj, () => commitMessageName(obj.oid));
      this.scan(source, { commit: commit.oid, date: iso(commit), status: 'present' });
    } else if (obj.type === 'tag' && tag) {
      const { source, header: fields } = this.message(obj, (h) => {
        const named = tag.nested ? h.fields.get('tag') : undefined;
        if (named) tag.name = pathName(named);
        return tagMessageName(tag.name);
      });
      // Dated by its tagger line; a tag without one (made by very old git) by the commit it tags (settle()).
      const when = / (\d+) [+-]\d{4}$/.exec(fields.fields.get('tagger')?.toString('latin1') ?? '');
      const date = when ? iso({ oid: '', time: Number(when[1]) }) : '';
      const found = this.scan(source, { commit: tag.commit ?? tag.oid, date, status: 'elsewhere', refs: [tag.ref] });
      if (!when && tag.commit) for (const f of found) this.undated.push(f);
      this.innerTag(tag, fields);
    }
  }

  /** A tag whose object is another tag: that one is read too, by the name its own header gives. */
  private innerTag(outer: AnnotatedTag, fields: Header): void {
    const object = fields.fields.get('object')?.toString('latin1');
    if (fields.fields.get('type')?.toString('latin1') !== 'tag' || !object || !/^[0-9a-f]+$/.test(object)) return;
    if (this.expectTag({ ...outer, oid: object, name: object.slice(0, 12), nested: true })) this.inner.push(object);
  }

  /** The object's message as a source to scan, named (by `nameOf`) once its header is read. */
  private message(obj: BlobContent, nameOf: (h: Header) => string): { source: SourceFile; header: Header } {
    if ('file' in obj) return spooledMessage(obj.file, obj.size, nameOf);
    const found = header(obj.bytes);
    const body = obj.bytes.subarray(found.bodyAt);
    return { source: bufferSource(nameOf(found), () => body, () => body.length), header: found };
  }

  private scan(source: SourceFile, origin: HistoryOrigin): ScanFinding[] {
    this.count++;
    const found = scanMessage(source, this.scanner, this.limits, this.scratch).map((f) => ({ ...f, history: { ...origin } }));
    for (const f of found) this.findings.push(f);
    for (const s of this.scratch.skipped) skip(this.stats, s.file, s.reason);
    this.scratch.skipped.length = 0;
    return found;
  }

  /**
   * Where each commit message found stands: on the tip's history (present), or only on other refs
   * (elsewhere, naming up to 10 of them). A tag's message is where its tag is.
   */
  settle(cwd: string, tip: string): void {
    for (const f of this.undated) f.history!.date = gitText(cwd, ['show', '-s', '--format=%cI', f.history!.commit]).trim().replace(/\+00:00$/, 'Z');
    const commitFindings = this.findings.filter((f) => f.history!.status === 'present');
    if (commitFindings.length === 0) return;
    const onTip = new Set(gitText(cwd, ['rev-list', tip]).split('\n'));
    const refsOf = new Map<string, string[]>();
    for (const f of commitFindings) {
      const commit = f.history!.commit;
      if (onTip.has(commit)) continue;
      let refs = refsOf.get(commit);
      if (!refs) {
        refs = refsOf.size < MAX_REF_QUESTIONS ? gitText(cwd, ['for-each-ref', '--count=10', '--format=%(refname)', `--contains=${commit}`]).split('\n').filter(Boolean) : [];
        refsOf.set(commit, refs);
      }
      f.history = { ...f.history!, status: 'elsewhere', refs };
    }
  }
}
