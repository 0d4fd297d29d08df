/**
 * Reads the lines a unified patch adds, as data. Content lines are consumed by the counts in each
 * hunk header (`@@ -a,b +c,d @@`), never recognised by what they start with: an added line whose
 * text is `++ /dev/null` or `diff --git ...` is content, not a header. Paths are not read from the
 * patch at all: a file's section is known by its `index OLD..NEW` line (full object ids, from
 * `--full-index`), which the caller matches against `git diff --raw -z` output.
 */

export class PatchError extends Error {}

/** Added line numbers (1-based, in the new version), by `oldBlob..newBlob`. */
export type AddedByBlobs = Map<string, Set<number>>;

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const INDEX = /^index ([0-9a-f]+)\.\.([0-9a-f]+)/;

/**
 * Parses `git diff -p --unified=0 --full-index` output (bytes: content is never decoded). A hunk
 * whose lines do not match its counts means the output is not what was asked for: that throws,
 * so the caller fails closed instead of guessing.
 */
export function parseAddedLines(patch: Buffer): AddedByBlobs {
  const added: AddedByBlobs = new Map();
  let current: Set<number> | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  let inHeader = false;
  let at = 0;
  const end = patch.length;
  while (at < end) {
    let nl = patch.indexOf(10, at);
    if (nl === -1) nl = end;
    if (oldLeft > 0 || newLeft > 0) {
      const c = nl > at ? patch[at] : 32; // an empty line inside a hunk is a blank context line (diff.suppressBlankEmpty)
      if (c === 43 /* + */) {
        if (newLeft === 0) throw new PatchError(`a hunk adds more lines than its header says (at byte ${at})`);
        current?.add(newLine++);
        newLeft--;
      } else if (c === 45 /* - */) {
        if (oldLeft === 0) throw new PatchError(`a hunk removes more lines than its header says (at byte ${at})`);
        oldLeft--;
      } else if (c === 32 /* space */) {
        if (oldLeft === 0 || newLeft === 0) throw new PatchError(`a hunk has more context than its header says (at byte ${at})`);
        oldLeft--;
        newLeft--;
        newLine++;
      } else if (c !== 92 /* \ No newline at end of file */) {
        throw new PatchError(`a hunk ends before its header's line counts (at byte ${at})`);
      }
      at = nl + 1;
      continue;
    }
    const line = patch.toString('latin1', at, Math.min(nl, at + 200));
    if (line.startsWith('diff ')) {
      current = undefined;
      inHeader = true;
    } else if (inHeader && line.startsWith('index ')) {
      const m = INDEX.exec(line);
      if (m) added.set(`${m[1]}..${m[2]}`, (current = added.get(`${m[1]}..${m[2]}`) ?? new Set()));
    } else if (line.startsWith('@@ ')) {
      const m = HUNK.exec(line);
      if (!m) throw new PatchError(`a hunk header that cannot be read: ${JSON.stringify(line.slice(0, 60))}`);
      inHeader = false;
      oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      newLine = Number(m[2]);
      newLeft = m[3] === undefined ? 1 : Number(m[3]);
    }
    // Other lines between sections (mode lines, ---/+++ names, "Binary files differ", "\ No newline")
    // carry nothing we need: paths come from the raw listing.
    at = nl + 1;
  }
  if (oldLeft > 0 || newLeft > 0) throw new PatchError('the patch ends inside a hunk');
  return added;
}
