// The recall bench's corpus (bench/recall) is checked here without running the scanner: its labels
// point at lines that exist and hold the labelled value, it is the same on every run, and it holds
// about as many negative lines as positive ones.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, generateCorpus } from '../../bench/recall/corpus.mjs';

const dir = mkdtempSync(join(tmpdir(), 'recall-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const written = generateCorpus(dir, { reps: 2 });

describe('recall corpus', () => {
  it('labels lines that exist and hold a non-empty value', () => {
    const problems: string[] = [];
    const cache = new Map<string, string[]>();
    for (const l of written.labels) {
      if (!l.value) problems.push(`${l.file}:${l.line} has no value`);
      if (l.binary) {
        if (!l.file.endsWith(l.value)) problems.push(`${l.file}: binary label names another file`);
        continue;
      }
      if (!cache.has(l.file)) cache.set(l.file, readFileSync(join(dir, l.file), 'utf8').split('\n'));
      const lines = cache.get(l.file) ?? [];
      if (!(lines[l.line - 1] ?? '').includes(l.value)) problems.push(`${l.file}:${l.line} does not hold its value (${l.family})`);
      if (l.span && (l.span[0] > l.line || l.span[1] < l.line || l.span[1] > lines.length)) problems.push(`${l.file}:${l.line} span out of range`);
    }
    expect(problems).toEqual([]);
  });

  it('labels each line once, and every label has a family and a format', () => {
    const seen = new Set<string>();
    const twice = written.labels.map((l) => `${l.file}:${l.line}`).filter((k) => seen.size === seen.add(k).size);
    expect(twice).toEqual([]);
    expect(written.labels.filter((l) => !l.family || !l.format)).toEqual([]);
  });

  it('is deterministic', () => {
    const again = buildCorpus({ reps: 2 });
    expect(again.files.map((f) => [f.path, Buffer.from(f.content).toString('base64')])).toEqual(written.files.map((f) => [f.path, Buffer.from(f.content).toString('base64')]));
    expect(again.labels).toEqual(written.labels);
  });

  it('holds about as many negative lines as positive ones', () => {
    const positives = written.labels.filter((l) => l.positive).length;
    const negatives = written.labels.length - positives;
    expect(positives).toBeGreaterThan(300);
    expect(negatives / positives).toBeGreaterThan(0.8);
    expect(negatives / positives).toBeLessThan(1.25);
  });

  it('writes every file under its own path', () => {
    expect(new Set(written.files.map((f) => f.path)).size).toBe(written.files.length);
  });
});
