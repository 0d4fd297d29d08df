import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseText } from '../../src/document/load.js';

function yaml(text: string, limits = DEFAULT_LIMITS) {
  return parseText(text, 'x.yaml', limits, 'yaml');
}

describe('YAML parser', () => {
  it('keeps YAML 1.2 core semantics: dates and yes/no stay strings', () => {
    const r = yaml('at: 2026-11-29T12:00:00Z\nflag: yes\nn: 3\nf: 1.5\nnull_: ~\n');
    expect(r.ok && r.document.value).toEqual({ at: '2026-11-29T12:00:00Z', flag: 'yes', n: 3, f: 1.5, null_: null });
  });

  it('maps pointers to lines in block and flow style', () => {
    const r = yaml('# header\ngates:\n  - id: a\n    checks: [x, {y: 2}]\n  - id: b\n');
    if (!r.ok) throw new Error('parse failed');
    expect(r.document.locate('/gates/1/id')).toMatchObject({ line: 5, column: 9 });
    expect(r.document.locate('/gates/0/checks/1/y')).toMatchObject({ line: 4, column: 21 });
    expect(r.document.locate('/gates/0/checks', 'key')).toMatchObject({ line: 4, column: 5 });
  });

  it('reports duplicate keys with their pointer', () => {
    const r = yaml('a: 1\nb:\n  c: 1\n  c: 2\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ messageId: 'duplicate-key', pointer: '/b/c' });
    expect(r.document.position(r.issues[0]!.offset)).toMatchObject({ line: 4, column: 3 });
  });

  it('stops an alias bomb at the alias limit (the limit, not a clock, ends it)', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill('*' + prev).join(',')}]`);
    }
    const r = yaml(lines.join('\n') + '\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure.messageId).toBe('alias-limit');
      expect(r.failure.message).toMatch(/alias bomb/);
    }
  });

  it('allows a few honest aliases', () => {
    const r = yaml('base: &b {x: 1}\none: *b\ntwo: *b\n');
    expect(r.ok && r.document.value).toEqual({ base: { x: 1 }, one: { x: 1 }, two: { x: 1 } });
  });

  it('reports syntax errors with line and column', () => {
    const r = yaml('a: [1, 2\nb: 3\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.failure.messageId, r.failure.line]).toEqual(['syntax', 2]);
    const tab = yaml('a:\n\t- 1\n');
    expect(tab.ok).toBe(false);
  });

  it('rejects several documents in one packet', () => {
    const r = yaml('a: 1\n---\nb: 2\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.failure.messageId, r.failure.line]).toEqual(['multiple-documents', 2]);
  });

  it('bounds nesting depth', () => {
    const r = yaml('a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.messageId).toBe('too-deep');
  });
});
