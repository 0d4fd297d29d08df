#!/usr/bin/env node
// Prints the CHANGELOG.md section of one version (the release notes of its GitHub release), or
// fails naming what to write when the changelog has no such section.
import { readFileSync } from 'node:fs';

const version = process.argv[2]?.replace(/^v/, '');
if (!version) {
  console.error('usage: node scripts/release-notes.mjs X.Y.Z');
  process.exit(2);
}
const lines = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8').split('\n');
const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
if (start < 0) {
  console.error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased entries under it before tagging v${version}`);
  process.exit(1);
}
const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
const notes = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
if (!notes) {
  console.error(`CHANGELOG.md's section for ${version} is empty: say what changed`);
  process.exit(1);
}
console.log(notes);
