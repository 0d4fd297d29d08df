// Shared by the benchmarks: the ripgrep pattern list that stands for our rule set, and ripgrep
// itself (the system's, or Debian's package unpacked into bench/.tools without root).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TOOLS = join(ROOT, 'bench', '.tools');
export const WORK = join(ROOT, 'bench', '.work');
// READINESS_GATE_CLI: measure another build (a private one while dist/ is being rebuilt).
export const CLI = process.env.READINESS_GATE_CLI || join(ROOT, 'dist', 'cli', 'index.js');

/**
 * The rule set as ripgrep patterns: each rule's own regex (from `readiness-gate rules --format
 * json`), converted to Rust syntax. Rust's regex has no lookaround, so lookarounds are dropped
 * (ripgrep then matches a little more, never less); named groups become plain groups and flags
 * become inline flags. Checks that need code (entropy, context) have no ripgrep counterpart.
 */
/**
 * A short hand-written list for the main classes (Rust syntax, no lookaround): what a user would
 * give ripgrep. The bench times ripgrep with it and with every rule's own pattern (rgPatterns).
 */
export const RG_CORE_PATTERNS = [
  'gh[pousr]_[A-Za-z0-9]{36,255}',
  'github_pat_[A-Za-z0-9_]{82}',
  'npm_[A-Za-z0-9]{36}',
  'glpat-[A-Za-z0-9_-]{20,}',
  'dckr_pat_[A-Za-z0-9_-]{27,}',
  '(AKIA|ASIA)[A-Z0-9]{16}',
  `(?i)aws.{0,24}(secret|sk)[a-z_]*["']?\\s*[:=]\\s*["']?[A-Za-z0-9/+]{40}`,
  'xox[abposr]-[0-9A-Za-z-]{10,}',
  '(sk|rk)_(live|test)_[A-Za-z0-9]{24,}',
  'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}',
  '-----BEGIN [A-Z ]*PRIVATE KEY',
  'eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*',
  `[a-z][a-z0-9+.-]{1,20}://[^\\s:@/"']+:[^\\s@/"']+@`,
  '(?i)smtp[a-z_]*pass(word)?\\s*[:=]\\s*\\S{6,}',
  '_authToken=\\S{8,}',
  '(X-Amz-Signature|X-Goog-Signature)=[0-9a-f]{64}',
  'CAVRA-[A-Z0-9-]{10,}',
  `(?i)license[_-]?key["']?\\s*[:=]\\s*["']?[A-Za-z0-9]{8,}`,
  '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}',
  '\\b([0-9]{1,3}\\.){3}[0-9]{1,3}\\b',
  '\\b([0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{1,4}\\b',
  '"?(provider_response|request_payload|raw_response)"?\\s*:',
];

/** Room for the patterns' counted repetitions, which Rust compiles into large automata. */
// ASCII classes, as our JavaScript regexes (no u flag) mostly are: Unicode classes make Rust's automata huge.
export const RG_ARGS = ['--no-unicode', '--regex-size-limit', '1G', '--dfa-size-limit', '1G'];

export function rgPatterns(cwd = ROOT) {
  const out = execFileSync(process.execPath, [CLI, 'rules', '--format', 'json'], { cwd, encoding: 'utf8' });
  const patterns = JSON.parse(out).rules.filter((r) => r.pattern).map((r) => ({ id: r.id, rust: toRust(r.pattern.source, r.pattern.flags) }));
  // A pattern ripgrep cannot compile (one that spans lines: key blocks; a backreference) would make
  // it reject the whole list and match nothing: such rules are left out, and said so.
  const rg = ensureRipgrep();
  if (!rg) return patterns.map((p) => p.rust);
  const kept = patterns.filter((p) => spawnSync(rg, ['-c', ...RG_ARGS, '-e', p.rust, '/dev/null']).status !== 2);
  const left = patterns.filter((p) => !kept.includes(p)).map((p) => p.id);
  if (left.length) console.error(`ripgrep (all rules): ${left.length} rule(s) ripgrep cannot compile left out: ${left.join(', ')}`);
  return kept.map((p) => p.rust);
}

/** A JavaScript regex source as Rust regex syntax (see rgPatterns). */
export function toRust(source, flags) {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      out += next === '/' ? '/' : c + next;
      i++;
    } else if (c === '[') {
      const end = classEnd(source, i);
      out += source.slice(i, end + 1).replace(/\\\//g, '/');
      i = end;
    } else if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i) || source.startsWith('(?=', i) || source.startsWith('(?!', i)) {
      i = groupEnd(source, i);
    } else if (source.startsWith('(?<', i)) {
      out += '(?:';
      i = source.indexOf('>', i);
    } else out += c;
  }
  // Rust compiles a counted repetition into that many automaton states: a long upper bound
  // ({16,1024}) makes ripgrep crawl. Unbounded is a superset and what a hand-written list would use.
  out = out.replace(/\{(\d+),(\d+)\}/g, (all, lo, hi) => (Number(hi) > 64 ? `{${lo},}` : all));
  // ripgrep matches line by line and refuses a literal newline: a class that excludes one needs
  // not say so, and an alternative that crosses a line (a backslash continuation) cannot match.
  out = out.replace(/\[\^\\n\]/g, '.').replace(/\|\\\\\\r\?\\n/g, '').replace(/\[\^([^\]]*?)\\n/g, '[^$1');
  const inline = (flags.includes('i') ? 'i' : '') + (flags.includes('m') ? 'm' : '') + (flags.includes('s') ? 's' : '');
  return inline ? `(?${inline})${out}` : out;
}

function classEnd(source, i) {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === ']' && j > i + 1) return j;
  }
  return source.length - 1;
}

function groupEnd(source, i) {
  let depth = 0;
  for (let j = i; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === '[') j = classEnd(source, j);
    else if (source[j] === '(') depth++;
    else if (source[j] === ')' && --depth === 0) return j;
  }
  return source.length - 1;
}

/** The path of a ripgrep binary, or undefined when none can be had. */
export function ensureRipgrep() {
  mkdirSync(TOOLS, { recursive: true });
  let rg = spawnSync('rg', ['--version']).status === 0 ? 'rg' : join(TOOLS, 'deb', 'usr', 'bin', 'rg');
  if (rg !== 'rg' && !existsSync(rg)) {
    console.error("fetching Debian's ripgrep into bench/.tools/deb ...");
    const debs = join(TOOLS, 'debs');
    mkdirSync(debs, { recursive: true });
    const got = spawnSync('apt-get', ['download', 'ripgrep'], { cwd: debs, stdio: 'inherit' });
    const deb = readdirSync(debs).find((f) => f.startsWith('ripgrep_'));
    if (got.status !== 0 || !deb) rg = undefined;
    else execFileSync('dpkg', ['-x', join(debs, deb), join(TOOLS, 'deb')]);
  }
  return rg;
}
