import { existsSync } from 'node:fs';
import { isAbsolute, join, posix } from 'node:path';
import { CATEGORIES } from '../scan/config.js';
import { FINGERPRINT_KEY_ENV } from '../scan/mask.js';
import { scanTarget, type ScanTarget } from '../scan/scan.js';
import type { Category, ScanFinding, Severity } from '../scan/types.js';
import { UNREAD_RULES } from '../scan/archive/problems.js';
import type { SkipReason } from '../scan/targets/source.js';
import type { PayloadDef } from '../policy/types.js';
import { historyLine } from '../scan/history/describe.js';
import { scanLocation } from './options.js';
import type { Check, RunContext } from './types.js';

interface Options {
  payload: string;
  categories?: Category[];
  /** Findings below this severity are left out (default: every finding counts). */
  'min-severity'?: Severity;
}

/** Skips that leave bytes unread (binary files, links and LFS pointers are what they are). */
const UNREAD: ReadonlySet<SkipReason> = new Set<SkipReason>(['unreadable', 'too-large']);

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/**
 * What a release publishes holds nothing that must never be public: the payload named in the
 * policy's `payloads` (npm's file list, a build context, every layer of an image, an archive) is
 * scanned as `readiness-gate scan` would scan it, and each finding is reported at its path inside
 * the payload. A payload that is not there yet cannot be judged: the gate is `unknown`.
 */
export const payloadCheck: Check<Options> = {
  meta: {
    id: 'payload',
    description: 'A payload the release publishes (npm package, build context, image, archive, the git history) holds nothing the public-safety rules forbid.',
    subject: 'repository',
    options: {
      type: 'object',
      required: ['payload'],
      properties: {
        payload: { type: 'string', minLength: 1, description: 'Id of an entry of the policy\'s `payloads`.' },
        categories: { type: 'array', items: { enum: CATEGORIES }, description: 'Only rules of these categories.' },
        'min-severity': { enum: ['low', 'medium', 'high', 'critical'], description: 'Leave out findings below this severity.' },
      },
    },
    messages: {
      finding: '{{rule}} in {{payload}}: {{description}} ({{masked}}, {{fingerprint}}, evidence: {{evidence}})',
      historyFinding: '{{rule}} in {{payload}} (git history): {{description}} ({{masked}}, {{fingerprint}}, evidence: {{evidence}}); {{where}}',
      missing: 'payload "{{payload}}" is not there: {{path}} does not exist; build it before this gate runs (run it in the publish job, after the build)',
      failed: 'payload "{{payload}}" could not be scanned: {{error}}',
      unread: 'payload "{{payload}}" was not read whole: {{file}} was skipped ({{reason}}); what it holds cannot be judged, so the gate cannot be ready',
    },
  },

  prepare(options, ctx) {
    if (!ctx.payloads.has(options.payload)) {
      const known = [...ctx.payloads.keys()];
      ctx.problem('/payload', `no payload "${options.payload}" in the policy's payloads${known.length ? ` (known: ${known.join(', ')})` : ': declare it under payloads'}`);
    }
  },

  describe(options) {
    const which = options.categories ? ` (categories: ${options.categories.join(', ')})` : '';
    return `payload "${options.payload}" holds nothing the public-safety rules forbid${which}`;
  },

  async run(ctx) {
    const def = ctx.payloads.get(ctx.options.payload)!;
    const path = isAbsolute(def.path) ? def.path : join(ctx.cwd, def.path);
    if (!existsSync(path)) {
      ctx.report({ messageId: 'missing', state: 'unknown', data: { payload: def.id, path: def.path }, at: { option: '/payload' } });
      return;
    }
    const env = ctx.fingerprintKey ? { [FINGERPRINT_KEY_ENV]: ctx.fingerprintKey } : {};
    let findings;
    let skipped;
    try {
      ({ findings, stats: { skipped } } = await scanTarget(target(def, path, ctx), ctx.scanSettings, env));
    } catch (err) {
      ctx.report({ messageId: 'failed', state: 'unknown', data: { payload: def.id, error: (err as Error).message }, at: { option: '/payload' } });
      return;
    }
    // Fail closed: what was not read (damaged, unsupported, past a cap) makes the gate unknown
    // whatever the categories and severities chosen; its finding, if any, says why.
    const explained = new Set(findings.filter((f) => UNREAD_RULES.has(f.ruleId)).map((f) => f.file));
    for (const s of skipped.filter((s) => UNREAD.has(s.reason) && !explained.has(s.file))) {
      ctx.report({ messageId: 'unread', state: 'unknown', data: { payload: def.id, file: s.file, reason: s.reason }, at: scanLocation({ file: inRepo(def, s.file), line: 1, column: 1, endLine: 1, endColumn: 1 } as ScanFinding) });
    }
    const floor = SEVERITY_RANK[ctx.options['min-severity'] ?? 'low'];
    for (const f of findings) {
      const unread = UNREAD_RULES.has(f.ruleId);
      if (!unread && (SEVERITY_RANK[f.severity] < floor || (ctx.options.categories && !ctx.options.categories.includes(f.category)))) continue;
      ctx.report({
        // A bomb is a finding that blocks; anything else left unread is unknown, never ready.
        ...(unread && f.ruleId !== 'archive-bomb' ? { state: 'unknown' as const } : {}),
        messageId: f.history ? 'historyFinding' : 'finding',
        data: { rule: f.ruleId, payload: def.id, description: f.description, masked: f.masked, fingerprint: f.fingerprint, evidence: f.evidence ?? 'shape', ...(f.history ? { where: historyLine(f.history) } : {}) },
        at: scanLocation({ ...f, file: inRepo(def, f.file) }),
      });
    }
  },
};

/** Folder payloads report repository paths (`dist/x.js`), so annotations land on the file. */
function inRepo(def: PayloadDef, file: string): string {
  const folder = def.kind === 'directory' || def.kind === 'docker-context' || def.kind === 'npm-pack';
  return folder && !isAbsolute(def.path) && def.path !== '.' ? posix.join(def.path, file) : file;
}

function target(def: PayloadDef, path: string, ctx: RunContext<Options>): ScanTarget {
  switch (def.kind) {
    case 'npm-pack':
      return { kind: 'npm-pack', root: path };
    case 'docker-context':
      return { kind: 'docker-context', root: path, ...(def.dockerfile ? { dockerfile: join(ctx.cwd, def.dockerfile) } : {}) };
    case 'image':
      return { kind: 'archive', file: path, name: def.path, image: true };
    case 'archive':
      return { kind: 'archive', file: path, name: def.path };
    case 'directory':
      return { kind: 'directory', root: path };
    case 'git-history':
      return { kind: 'history', root: path, ...(def.range ? { range: def.range } : {}) };
  }
}
