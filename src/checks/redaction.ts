import { join } from 'node:path';
import { expandGlobs } from '../engine/discover.js';
import { CATEGORIES } from '../scan/config.js';
import { scanFiles } from '../scan/run-scan.js';
import { fileSource } from '../scan/targets/directory.js';
import { emptyStats } from '../scan/targets/source.js';
import type { Category, ScanFinding } from '../scan/types.js';
import { PACKET_OPTION, requirePacket } from './options.js';
import type { Check, RunContext } from './types.js';

interface Options {
  paths?: string[];
  packet?: string;
  rules?: string[];
  categories?: Category[];
}

/**
 * Nothing that must never be public is in the named files, or in a packet's documents: the
 * public-safety scanner (with the policy's `scan` settings) runs over them, and each finding is
 * reported at its line with a masked value and a fingerprint, never the value.
 */
export const redactionCheck: Check<Options> = {
  meta: {
    id: 'redaction',
    description: 'Files or a packet hold nothing the public-safety rules forbid (tokens, keys, identities, IP addresses...).',
    subject: 'repository',
    options: {
      type: 'object',
      properties: {
        paths: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Globs of the files to scan.' },
        packet: { ...PACKET_OPTION, description: "Scan this packet's documents." },
        rules: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Only these rule ids (default: every rule of the scan settings).' },
        categories: { type: 'array', items: { enum: CATEGORIES }, description: 'Only rules of these categories.' },
      },
    },
    messages: {
      finding: '{{rule}}: {{description}} ({{masked}}, {{fingerprint}})',
      'no-files': 'nothing to scan: no file matches {{paths}}',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    if ((options.paths === undefined) === (options.packet === undefined)) ctx.problem('', 'set exactly one of "paths" (files to scan) or "packet" (a packet to scan)');
  },

  describe(options) {
    const what = options.packet ? `packet "${options.packet}"` : (options.paths ?? []).join(', ');
    const which = options.rules ? ` (rules: ${options.rules.join(', ')})` : options.categories ? ` (categories: ${options.categories.join(', ')})` : '';
    return `${what} holds nothing the public-safety rules forbid${which}`;
  },

  async run(ctx) {
    const o = ctx.options;
    const findings = o.packet ? scanPacket(ctx, o.packet) : await scanPaths(ctx, o.paths ?? []);
    if (findings === undefined) return;
    for (const f of findings) {
      if (o.rules && !o.rules.includes(f.ruleId)) continue;
      if (o.categories && !o.categories.includes(f.category)) continue;
      ctx.report({
        messageId: 'finding',
        data: { rule: f.ruleId, description: f.description, masked: f.masked, fingerprint: f.fingerprint },
        at: { location: { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn } },
      });
    }
  },
};

async function scanPaths(ctx: RunContext<Options>, paths: string[]): Promise<ScanFinding[] | undefined> {
  const wanted = new Set(expandGlobs(ctx.cwd, paths));
  if (wanted.size === 0) {
    ctx.report({ messageId: 'no-files', state: 'unknown', data: { paths: paths.join(', ') }, at: { option: '/paths' } });
    return undefined;
  }
  const files = [...wanted].map((path) => fileSource(join(ctx.cwd, path), path));
  return scanFiles(files, ctx.scanner(), ctx.scanSettings.limits, emptyStats());
}

function scanPacket(ctx: RunContext<Options>, id: string): ScanFinding[] {
  const scanner = ctx.scanner();
  return (ctx.packets.get(id)?.instances ?? []).flatMap((i) => (i.document ? scanner.scanText(i.document.file, i.document.text) : []));
}
