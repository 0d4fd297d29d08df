import { anyNarrowed, NARROWED_KINDS, type Narrowed, type NarrowedClass, type NarrowedKind } from '../scan/narrowing.js';
import type { Style } from './style.js';

const LABEL: Record<NarrowedKind, string> = { thirdParty: 'third-party content', testContent: 'test content', exampleContent: 'example content', documentation: 'documentation' };

/** Globs named on the text report's line (the JSON report has them all). */
const SHOWN_GLOBS = 5;

/**
 * The text report's block on what was narrowed: for each kind of content with files, how many,
 * by which globs, what ran and what was left out, and a few of the files. Nothing when nothing
 * was narrowed. Reads already-masked report data only.
 */
export function narrowedLines(narrowed: Narrowed | undefined, style: Style): string[] {
  if (!narrowed || !anyNarrowed(narrowed)) return [];
  const out = ['Narrowed (why a value may not be reported; summary.narrowed in --format json):'];
  for (const kind of NARROWED_KINDS) {
    const c = narrowed[kind];
    if (c.files === 0) continue;
    out.push(`  ${LABEL[kind]}: ${c.files} file${c.files === 1 ? '' : 's'} (${globList(c)})`);
    out.push(style.dim(`    ${whatRan(c)}`));
    out.push(style.dim(`    e.g. ${c.examples.join(', ')}${c.files > c.examples.length ? ', ...' : ''}`));
  }
  return out;
}

function globList(c: NarrowedClass): string {
  const shown = c.globs.slice(0, SHOWN_GLOBS).map((g) => `${g.glob} ${g.files}`);
  return shown.join(', ') + (c.globs.length > SHOWN_GLOBS ? `, and ${c.globs.length - SHOWN_GLOBS} more` : '');
}

function whatRan(c: NarrowedClass): string {
  const ran = c.leftOut.length === 0 ? 'every category ran' : `ran: ${c.ran.join(', ') || 'nothing'}; left out: ${c.leftOut.join(', ')}`;
  return c.readAsExamples.length === 0 ? ran : `${ran}; code in them (inline code, fenced and literal blocks) is read as examples by ${c.readAsExamples.join(', ')}`;
}
