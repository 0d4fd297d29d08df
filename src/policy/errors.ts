import type { Document } from '../document/document.js';

export interface PolicyProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** The policy cannot be used. Carries every problem found, each with file, line and column. */
export class PolicyError extends Error {
  constructor(readonly problems: PolicyProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

export function formatProblem(p: PolicyProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}: ${p.message}`;
}

/** Collects problems while loading, each placed at a JSON pointer of a policy document. */
export class ProblemList {
  readonly problems: PolicyProblem[] = [];

  at(doc: Document, pointer: string, message: string, which: 'value' | 'key' = 'value'): void {
    const loc = doc.locate(pointer, which);
    this.problems.push({ file: doc.file, line: loc.line, column: loc.column, message });
  }

  add(problem: PolicyProblem): void {
    this.problems.push(problem);
  }

  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const sorted = [...this.problems].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) : a.file < b.file ? -1 : 1));
    throw new PolicyError(sorted);
  }
}
