import { linearRegex, type LinearRegex } from '../util/linear-regex.js';
import { isRegularFileInside } from '../util/safe-read.js';
import { posix } from 'node:path';
import { expandGlobs } from '../engine/discover.js';
import type { Check } from './types.js';

interface Options {
  from: string;
  match: string;
  to: string;
}

interface Prepared {
  match: LinearRegex;
}

/**
 * Every file of one kind has its counterpart: each contract schema its redacted example, each
 * packet its Markdown page. The counterpart's path is built from the file name's match groups.
 */
export const pairsCheck: Check<Options> = {
  meta: {
    id: 'pairs',
    description: 'Each file matching a glob has a counterpart whose path is built from its name (every schema has its example).',
    subject: 'repository',
    options: {
      type: 'object',
      required: ['from', 'match', 'to'],
      properties: {
        from: { type: 'string', minLength: 1, description: 'Glob of the files that need a counterpart.' },
        match: { type: 'string', minLength: 1, description: "Regular expression on each file's name, with capture groups." },
        to: { type: 'string', minLength: 1, description: 'Repository path of the counterpart, with $1, $2... from the match.' },
      },
    },
    messages: {
      missing: '{{file}} has no counterpart: expected {{expected}}',
      'no-match': "{{file}}'s name does not match {{pattern}}",
      'no-files': 'nothing matches {{from}}',
    },
  },

  prepare(options, ctx) {
    try {
      return { match: linearRegex(options.match) } satisfies Prepared;
    } catch (err) {
      ctx.problem('/match', (err as Error).message);
      return undefined;
    }
  },

  describe(options) {
    return `each ${options.from} has its ${options.to}`;
  },

  run(ctx) {
    const { match } = ctx.prepared as Prepared;
    const files = expandGlobs(ctx.cwd, [ctx.options.from]);
    if (files.length === 0) {
      ctx.report({ messageId: 'no-files', state: 'unknown', data: { from: ctx.options.from }, at: { option: '/from' } });
      return;
    }
    for (const file of files) {
      const m = match.exec(posix.basename(file));
      if (!m) {
        ctx.report({ messageId: 'no-match', data: { file, pattern: ctx.options.match }, at: { location: { file, line: 1, column: 1 } } });
        continue;
      }
      const expected = ctx.options.to.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '');
      if (!isRegularFileInside(ctx.cwd, expected)) ctx.report({ messageId: 'missing', data: { file, expected }, at: { location: { file, line: 1, column: 1 } } });
    }
  },
};
