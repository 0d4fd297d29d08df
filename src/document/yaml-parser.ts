import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node as YamlNode } from 'yaml';
import { childPointer } from './pointer.js';
import { ParseFailure, type ParseIssue, type PosNode } from './positions.js';

export interface YamlParseOptions {
  maxDepth: number;
  /** How many alias expansions a document may make: the defence against "billion laughs" alias bombs. */
  maxAliases: number;
}

export interface YamlParseResult {
  value: unknown;
  positions: PosNode | undefined;
  issues: ParseIssue[];
}

/** Parses one YAML document (YAML 1.2 core schema, so dates and "yes" stay strings) with source ranges. */
export function parseYaml(text: string, options: YamlParseOptions): YamlParseResult {
  let docs;
  try {
    // Duplicate keys are found by walk() with a set per map: the library's own check (uniqueKeys)
    // compares each key with every earlier key of its map, quadratic in the keys of one map (80,000
    // keys took minutes).
    docs = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false, strict: true, merge: true });
  } catch (err) {
    throw tooDeepOr(err);
  }
  if (!Array.isArray(docs)) {
    throw new ParseFailure('syntax', 'the file holds no YAML document', 0);
  }
  if (docs.length === 0) throw new ParseFailure('syntax', 'the file is empty: expected a YAML document', 0);
  const second = docs[1];
  if (second) {
    throw new ParseFailure(
      'multiple-documents',
      'the file holds more than one YAML document ("---"); a packet or policy must be a single document',
      second.range[0],
    );
  }
  const doc = docs[0]!;
  const issues: ParseIssue[] = [];
  for (const err of doc.errors) {
    const offset = err.pos[0];
    if (/call stack/i.test(err.message)) throw new ParseFailure('too-deep', 'nesting too deep to parse', offset);
    throw new ParseFailure('syntax', cleanMessage(err.message), offset);
  }
  const positions = doc.contents ? walk(doc.contents as YamlNode, 0, '', options, issues) : undefined;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: options.maxAliases });
  } catch (err) {
    if (err instanceof ReferenceError || /alias/i.test(String((err as Error).message))) {
      throw new ParseFailure(
        'alias-limit',
        `YAML aliases expand beyond the limit of ${options.maxAliases} (an alias bomb?); raise settings.limits.max-aliases only if the file is trusted`,
        0,
      );
    }
    throw tooDeepOr(err);
  }
  return { value, positions, issues };
}

function walk(node: YamlNode, depth: number, pointer: string, options: YamlParseOptions, issues: ParseIssue[]): PosNode {
  if (depth > options.maxDepth) {
    throw new ParseFailure('too-deep', `nesting deeper than the limit of ${options.maxDepth} levels`, node.range?.[0] ?? 0);
  }
  const [start, end] = node.range ?? [0, 0];
  if (isMap(node)) {
    const children = new Map<string, PosNode>();
    // Keys as YAML compares them (the library's rule): scalars by value, so 1 and "1" differ;
    // other keys (complex keys) only by identity, so never twice.
    const keys = new Set<unknown>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key;
      const name = isScalar(key) ? String(key.value) : String(key);
      const keyStart = isScalar(key) && key.range ? key.range[0] : start;
      const memberPointer = childPointer(pointer, name);
      const child = pair.value
        ? walk(pair.value as YamlNode, depth + 1, memberPointer, options, issues)
        : { start: keyStart, end: keyStart };
      child.keyStart = keyStart;
      const identity = isScalar(key) ? key.value : key;
      if (keys.has(identity)) issues.push({ messageId: 'duplicate-key', message: 'duplicate key: YAML tools keep only one of them', offset: keyStart, pointer: memberPointer });
      keys.add(identity);
      children.set(name, child);
    }
    return { start, end, children };
  }
  if (isSeq(node)) {
    const children: PosNode[] = [];
    node.items.forEach((item, i) => {
      children.push(walk(item as YamlNode, depth + 1, childPointer(pointer, i), options, issues));
    });
    return { start, end, children };
  }
  // Scalars and aliases: an alias keeps its own position and no children, so walking stays linear.
  if (isAlias(node) || isScalar(node)) return { start, end };
  return { start, end };
}

function cleanMessage(message: string): string {
  // The yaml library appends " at line N, column M" and a code frame; we print our own position.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function tooDeepOr(err: unknown): Error {
  if (err instanceof RangeError) return new ParseFailure('too-deep', 'nesting too deep to parse', 0);
  return err instanceof Error ? err : new Error(String(err));
}
