/** Source ranges of every node of a parsed document, so a JSON pointer maps back to the text. */
export interface PosNode {
  start: number;
  end: number;
  /** For an object member: where its key is written. */
  keyStart?: number;
  children?: Map<string, PosNode> | PosNode[];
}

/** A problem found while parsing that does not stop the parse (a duplicate key). */
export interface ParseIssue {
  messageId: 'duplicate-key';
  message: string;
  offset: number;
  pointer: string;
}

/** A problem that stops the parse: the document has no value. */
export class ParseFailure extends Error {
  constructor(
    readonly messageId: 'syntax' | 'too-deep' | 'alias-limit' | 'multiple-documents',
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Sets a property, even one named `__proto__`, as a plain own data property. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
