// Shared by the benchmarks: the ripgrep pattern list that stands for our rule set, and ripgrep
// itself (the system's, or Debian's package unpacked into bench/.tools without root).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TOOLS = join(ROOT, 'bench', '.tools');
export const WORK = join(ROOT, 'bench', '.work');
export const CLI = join(ROOT, 'dist', 'cli', 'index.js');

/** The same public-safety classes as ripgrep patterns (Rust regex syntax, no lookaround). */
export const RG_PATTERNS = [
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
