import { closeSync, mkdirSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadDocument } from '../../src/document/load.js';
import { makeRepo } from '../helpers/repo.js';

describe('loading files within limits', () => {
  it('reports a 50 MB file without reading it', () => {
    const root = makeRepo({});
    const fd = openSync(join(root, 'huge.json'), 'w');
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: costs no disk
    closeSync(fd);
    const r = loadDocument(join(root, 'huge.json'), 'huge.json', DEFAULT_LIMITS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure.messageId).toBe('too-large');
      expect(r.failure.message).toMatch(/50 MiB, over the limit of 10 MiB; raise settings\.limits\.max-file-bytes/);
    }
  });

  it('reports a binary file', () => {
    const root = makeRepo({ 'img.json': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    const r = loadDocument(join(root, 'img.json'), 'img.json', DEFAULT_LIMITS);
    expect(!r.ok && r.failure.messageId).toBe('binary');
  });

  it('reports non-UTF-8 text at the line of the first bad byte', () => {
    const root = makeRepo({ 'latin1.yaml': Buffer.concat([Buffer.from('a: 1\nb: caf'), Buffer.from([0xe9]), Buffer.from('\n')]) });
    const r = loadDocument(join(root, 'latin1.yaml'), 'latin1.yaml', DEFAULT_LIMITS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure).toMatchObject({ messageId: 'not-utf8', line: 2, column: 7 });
      expect(r.failure.message).toMatch(/byte 0xe9 .*re-save the file as UTF-8/);
    }
  });

  it('reports a missing file and a directory', () => {
    const root = makeRepo({});
    mkdirSync(join(root, 'dir.json'));
    const missing = loadDocument(join(root, 'nope.json'), 'nope.json', DEFAULT_LIMITS);
    expect(!missing.ok && missing.failure.messageId).toBe('not-found');
    const dir = loadDocument(join(root, 'dir.json'), 'dir.json', DEFAULT_LIMITS);
    expect(!dir.ok && dir.failure.messageId).toBe('not-a-file');
  });

  it('chooses the parser by extension, then by content', () => {
    const root = makeRepo({ 'a.json': '{"a": 1}', 'b.yml': 'b: 2', 'c.txt': '{"c": 3}', 'd.txt': 'd: 4' });
    for (const [file, value] of [['a.json', { a: 1 }], ['b.yml', { b: 2 }], ['c.txt', { c: 3 }], ['d.txt', { d: 4 }]] as const) {
      const r = loadDocument(join(root, file), file, DEFAULT_LIMITS);
      expect(r.ok && r.document.value, file).toEqual(value);
    }
  });
});
