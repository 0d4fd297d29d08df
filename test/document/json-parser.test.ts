import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseText } from '../../src/document/load.js';

function fail(text: string) {
  const r = parseText(text, 'x.json', DEFAULT_LIMITS, 'json');
  if (r.ok) throw new Error('expected a failure');
  return r.failure;
}

function doc(text: string) {
  const r = parseText(text, 'x.json', DEFAULT_LIMITS, 'json');
  if (!r.ok) throw new Error(r.failure.message);
  return r;
}

describe('JSON parser', () => {
  it('parses what JSON.parse parses, to the same value', () => {
    const samples = ['{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9\\"\\\\/"],"b":{}}', '[]', '"s"', '0', '-0.1E+2', ' \n{ "k" : [ ] } \n', '"\\ud83d\\ude00"'];
    for (const s of samples) expect(doc(s).document.value, s).toEqual(JSON.parse(s));
  });

  it('keeps "__proto__" as a plain key and never touches the prototype', () => {
    const value = doc('{"__proto__": {"polluted": true}, "a": 1}').document.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('tolerates a byte order mark', () => {
    expect(doc('\ufeff{"a": 1}').document.value).toEqual({ a: 1 });
  });

  const errors: [string, string, number, number, RegExp][] = [
    ['trailing comma in object', '{\n  "a": 1,\n}', 2, 9, /trailing comma before "}"/],
    ['trailing comma in array', '[1,\n 2,\n]', 2, 3, /trailing comma before "]"/],
    ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected "," or "}"/],
    ['single quotes', "{'a': 1}", 1, 2, /property name in double quotes/],
    ['unterminated string', '{"a": "abc', 1, 7, /unterminated string/],
    ['raw newline in string', '{"a": "ab\ncd"}', 1, 10, /control character in string/],
    ['bad escape', '{"a": "\\x41"}', 1, 8, /invalid escape/],
    ['leading zero', '[01]', 1, 2, /leading zeros/],
    ['bare word', '{"a": yes}', 1, 7, /expected a value/],
    ['empty file', '  \n', 2, 1, /the file is empty/],
    ['garbage after value', '{"a": 1} x', 1, 10, /after the end of the JSON value/],
    ['comment', '{"a": 1 // no\n}', 1, 9, /expected "," or "}"/],
  ];
  for (const [name, text, line, column, message] of errors) {
    it(`reports ${name} at line ${line}, column ${column}`, () => {
      const f = fail(text);
      expect(f.messageId).toBe('syntax');
      expect([f.line, f.column]).toEqual([line, column]);
      expect(f.message).toMatch(message);
    });
  }

  it('reports duplicate keys at the second key, with its pointer', () => {
    const r = doc('{\n  "a": {\n    "b": 1,\n    "b": 2\n  }\n}');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ messageId: 'duplicate-key', pointer: '/a/b' });
    expect(r.document.locate('/a/b', 'key')).toMatchObject({ line: 4, column: 5 });
  });

  it('reports duplicate keys inside arrays with the right pointer', () => {
    const r = doc('[{"x": 1}, {"x": 1, "x": 2}]');
    expect(r.issues[0]!.pointer).toBe('/1/x');
  });

  it('bounds nesting depth instead of overflowing the stack', () => {
    const f = fail('['.repeat(200000) + ']'.repeat(200000));
    expect(f.messageId).toBe('too-deep');
    expect(f.message).toMatch(/limit of 64 levels/);
    const ok = parseText('['.repeat(64) + ']'.repeat(64), 'x.json', DEFAULT_LIMITS, 'json');
    expect(ok.ok).toBe(true);
  });

  it('maps pointers to value and key ranges, and missing pointers to the nearest ancestor', () => {
    const d = doc('{\n  "a": [\n    {"b": "x"},\n    {"b": "yy"}\n  ],\n  "c~/d": 1\n}').document;
    expect(d.locate('/a/1/b')).toEqual({ line: 4, column: 11, endLine: 4, endColumn: 15, pointer: '/a/1/b' });
    expect(d.locate('/a/1', 'key')).toMatchObject({ line: 4, column: 5 });
    expect(d.locate('/a', 'key')).toMatchObject({ line: 2, column: 3 });
    expect(d.locate('/a/7/zz')).toMatchObject({ line: 2, column: 8, pointer: '/a' });
    expect(d.locate('/c~0~1d')).toMatchObject({ line: 6, column: 11 });
    expect(d.locate('')).toMatchObject({ line: 1, column: 1 });
  });

  it('counts columns in UTF-16 code units after multi-byte characters', () => {
    const d = doc('{"é😀": "v", "k": 1}').document;
    expect(d.locate('/k')).toMatchObject({ line: 1, column: 19 });
  });
});
