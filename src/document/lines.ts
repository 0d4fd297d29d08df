/** Maps character offsets in a text to 1-based line and column (UTF-16 code units, as SARIF and editors count). */
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** Built on first use: most documents never need a position. */
  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    this.starts = starts;
    return starts;
  }

  position(offset: number): Position {
    const starts = this.lineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (starts[lo] as number) + 1 };
  }

  /** The character offset of a 1-based line and column (the inverse of position). */
  offset(line: number, column: number): number {
    const starts = this.lineStarts();
    const start = starts[Math.max(0, Math.min(line, starts.length) - 1)] ?? 0;
    return Math.min(this.text.length, start + column - 1);
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const starts = this.lineStarts();
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}
