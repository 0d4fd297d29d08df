import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expandGlobs } from '../engine/discover.js';
import type { Check } from './types.js';

interface Options {
  paths: string[];
  'non-empty'?: boolean;
}

/** Required files are present (each path or glob matches at least one file) and not empty. */
export const existsCheck: Check<Options> = {
  meta: {
    id: 'exists',
    description: 'Each listed path or glob matches at least one file, and (by default) no matched file is empty.',
    subject: 'repository',
    options: {
      type: 'object',
      required: ['paths'],
      properties: {
        paths: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Repository-relative paths or globs.' },
        'non-empty': { type: 'boolean', description: 'Also require every matched file to be non-empty (default true).' },
      },
    },
    messages: {
      missing: 'required file missing: nothing matches "{{path}}"',
      empty: 'required file is empty: {{file}}',
    },
  },

  describe(options) {
    const what = options.paths.map((p) => `"${p}"`).join(', ');
    return `files exist${options['non-empty'] === false ? '' : ' and are non-empty'}: ${what}`;
  },

  run(ctx) {
    ctx.options.paths.forEach((path, i) => {
      const files = expandGlobs(ctx.cwd, [path]);
      if (files.length === 0) {
        ctx.report({ messageId: 'missing', data: { path }, at: { option: `/paths/${i}` } });
        return;
      }
      if (ctx.options['non-empty'] === false) return;
      for (const file of files) {
        if (statSync(join(ctx.cwd, file)).size === 0) {
          ctx.report({ messageId: 'empty', data: { file }, at: { location: { file, line: 1, column: 1 } } });
        }
      }
    });
  },
};
