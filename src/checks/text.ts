import { expandGlobs } from '../engine/discover.js';
import { containsTerm, findTerm, readSearchable, type SearchableText } from '../util/text-terms.js';
import { quoteValue } from './options.js';
import type { Check, RunContext } from './types.js';

interface Options {
  files: string[];
  contains?: string[];
  forbids?: string[];
  together?: boolean;
  missing?: 'fail' | 'skip';
}

const TERMS = { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } as const;

/**
 * Documents say what they must and nothing they must not: each file contains every required
 * string (or, `together`, the files between them do), and no file contains a forbidden one. Plain,
 * case-sensitive substrings, as hand-written validators test them; JSON is also searched decoded.
 */
export const textCheck: Check<Options> = {
  meta: {
    id: 'text',
    description: 'Files contain required strings and no forbidden ones (case-sensitive substrings; JSON also decoded).',
    subject: 'repository',
    options: {
      type: 'object',
      required: ['files'],
      properties: {
        files: { ...TERMS, description: 'Repository-relative paths or globs of the files to search.' },
        contains: { ...TERMS, description: 'Strings every file must contain.' },
        forbids: { ...TERMS, description: 'Strings no file may contain; each occurrence is a finding at its line.' },
        together: { type: 'boolean', description: 'A required string may be in any of the files (default: in each).' },
        missing: { enum: ['fail', 'skip'], description: 'A listed path that matches no file blocks (fail, default) or is skipped.' },
      },
    },
    messages: {
      'missing-text': '{{file}} does not contain "{{term}}"',
      'missing-text-together': 'none of {{files}} contains "{{term}}"',
      forbidden: '{{file}} contains the forbidden string "{{term}}"',
      'missing-file': 'required file missing: nothing matches "{{path}}"',
      unreadable: 'cannot search {{file}}: {{reason}}',
    },
  },

  prepare(options, ctx) {
    if (!options.contains && !options.forbids) ctx.problem('', 'set "contains", "forbids" or both');
  },

  describe(options) {
    const parts = [
      options.contains && `${options.together ? 'together contain' : 'each contain'} ${options.contains.length} string(s)`,
      options.forbids && `contain none of ${options.forbids.length} forbidden string(s)`,
    ].filter(Boolean);
    return `${options.files.join(', ')}: ${parts.join(', ')}`;
  },

  run(ctx) {
    const texts = readAll(ctx);
    const o = ctx.options;
    if (o.contains && o.together && texts.length > 0) {
      for (const term of o.contains) {
        if (!texts.some((t) => containsTerm(t, term))) {
          const files = texts.map((t) => t.file).join(' + ');
          ctx.report({ messageId: 'missing-text-together', data: { files, term: quoteValue(ctx, term, 200) }, at: { location: { file: texts[0]!.file, line: 1, column: 1 } } });
        }
      }
    }
    for (const t of texts) {
      if (o.contains && !o.together) {
        for (const term of o.contains) {
          if (!containsTerm(t, term)) ctx.report({ messageId: 'missing-text', data: { file: t.file, term: quoteValue(ctx, term, 200) }, at: { location: { file: t.file, line: 1, column: 1 } } });
        }
      }
      for (const term of o.forbids ?? []) {
        for (const range of findTerm(t, term)) {
          ctx.report({ messageId: 'forbidden', data: { file: t.file, term: quoteValue(ctx, term, 200) }, at: { location: { file: t.file, ...range } } });
        }
      }
    }
  },
};

/** The listed files, read once; a path that matches nothing is a finding at the option naming it. */
function readAll(ctx: RunContext<Options>): SearchableText[] {
  const out: SearchableText[] = [];
  const seen = new Set<string>();
  ctx.options.files.forEach((path, i) => {
    const files = expandGlobs(ctx.cwd, [path]);
    if (files.length === 0) {
      if (ctx.options.missing !== 'skip') ctx.report({ messageId: 'missing-file', data: { path }, at: { option: `/files/${i}` } });
      return;
    }
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      const read = readSearchable(ctx.cwd, file);
      if (read.ok) out.push(read.searchable);
      else ctx.report({ messageId: 'unreadable', state: 'unknown', data: { file, reason: read.reason === 'too-large' ? 'larger than 16 MiB' : read.reason }, at: { location: { file } } });
    }
  });
  return out;
}
