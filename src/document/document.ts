import { LineIndex } from './lines.js';
import { parsePointer } from './pointer.js';
import type { PosNode } from './positions.js';

export type DocumentFormat = 'json' | 'yaml';

/** Where something is written: 1-based lines and columns. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Located extends SourceRange {
  /** The pointer actually found: the requested one, or its nearest ancestor that exists. */
  pointer: string;
}

/**
 * A parsed packet or policy: its value plus a map from JSON pointer to source range.
 * Positions are computed on first request, since most documents never need one.
 */
export class Document {
  private readonly lines: LineIndex;
  private positions: PosNode | undefined;

  constructor(
    /** Path relative to the repository root, with forward slashes. */
    readonly file: string,
    readonly text: string,
    readonly value: unknown,
    readonly format: DocumentFormat,
    private readonly buildPositions: () => PosNode | undefined,
  ) {
    this.lines = new LineIndex(text);
  }

  /** The range of the value at `pointer`, or of its nearest existing ancestor. */
  locate(pointer: string, which: 'value' | 'key' = 'value'): Located {
    this.positions ??= this.buildPositions() ?? { start: 0, end: this.text.length };
    let node = this.positions;
    const found: string[] = [];
    let tokens: string[];
    try {
      tokens = parsePointer(pointer);
    } catch {
      tokens = [];
    }
    let complete = true;
    for (const token of tokens) {
      const children = node.children;
      let next: PosNode | undefined;
      if (Array.isArray(children)) next = /^\d+$/.test(token) ? children[Number(token)] : undefined;
      else if (children) next = children.get(token);
      if (!next) {
        complete = false;
        break;
      }
      node = next;
      found.push(token);
    }
    const start = which === 'key' && complete && node.keyStart !== undefined ? node.keyStart : node.start;
    const end = Math.max(start, node.end);
    const a = this.lines.position(start);
    const b = this.lines.position(end);
    const resolved = found.map((t) => '/' + t.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, pointer: resolved };
  }

  position(offset: number): SourceRange {
    const a = this.lines.position(offset);
    return { line: a.line, column: a.column, endLine: a.line, endColumn: a.column };
  }

  lineText(line: number): string {
    return this.lines.lineText(line);
  }
}
