import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './cli.js';
import { makeRepo } from './repo.js';

/** Writes an archive into a fresh repository and runs `scan --archive` on it, as JSON. */
export async function scanArchiveBytes(name: string, bytes: Buffer, files: Record<string, string> = {}) {
  const dir = makeRepo(files);
  writeFileSync(join(dir, name), bytes);
  const r = await cli(['scan', '--archive', name, '--format', 'json'], dir);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

/** `file:line ruleId` of each finding, for compact assertions. */
export const where = (report: { findings: { file: string; line: number; ruleId: string }[] }) => report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);
