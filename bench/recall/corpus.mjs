// The recall corpus: every generator of ./families run `reps` times with its own seeded PRNG,
// each file written under its own folder, and the labels (file, line, family, format, positive)
// returned with their values (kept in memory; what the runner writes to disk carries none).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { prng } from './lib.mjs';
import credentialFiles from './families/credential-files.mjs';
import frameworks from './families/frameworks.mjs';
import generic from './families/generic.mjs';
import hashesFtp from './families/hashes-ftp.mjs';
import keysInfra from './families/keys-infra.mjs';
import providers from './families/providers.mjs';
import { files as providerFiles } from './families/tokens-new.mjs';

export const GENERATORS = [...credentialFiles, ...hashesFtp, ...keysInfra, ...frameworks, ...providers, ...providerFiles, ...generic];

/** Builds every file in memory: [{ path, content, family, format }] and the labels. */
export function buildCorpus({ seed = 21, reps = 3 } = {}) {
  const files = [];
  const labels = [];
  for (let rep = 0; rep < reps; rep++) {
    GENERATORS.forEach((gen, index) => {
      const g = prng(seed * 100003 + rep * 7919 + index * 31 + 1);
      const doc = gen.make(g, `r${rep}/p${String(index).padStart(3, '0')}`);
      files.push({ path: doc.path, content: doc.content(), family: doc.family, format: doc.format });
      labels.push(...doc.labels);
    });
  }
  return { files, labels };
}

/** Writes the corpus into `dir` (emptied first); returns the build (labels with their values). */
export function generateCorpus(dir, options) {
  const built = buildCorpus(options);
  rmSync(dir, { recursive: true, force: true });
  for (const f of built.files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  return built;
}
