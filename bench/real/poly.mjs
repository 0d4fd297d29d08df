// The polyglot tree of bench:real: Debian packages of code in Python, PHP, Go, Ruby, C++, Perl,
// Rust and Java docs, with gettext catalogues, fetched with `apt-get download` (no install, no
// root needed to unpack) and unpacked with `dpkg-deb -x` into bench/.work/real/poly/tree/<package>/,
// once. What a user's repository vendors or a container image carries, in other languages than npm.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Fixed, so two runs scan the same tree (apt resolves each to the release's current version). */
export const DEBIAN_PACKAGES = [
  // Python (Ansible module docs and examples, Django with its gettext catalogues, SDKs)
  'ansible', 'ansible-core', 'python3-django', 'python3-babel', 'python3-requests', 'python3-paramiko', 'python3-django-allauth', 'python3-boto3',
  // PHP
  'php-symfony-console', 'php-symfony-http-foundation', 'php-twig', 'php-phpseclib3', 'php-pear', 'php-guzzlehttp-psr7', 'php-symfony-validator',
  // Go (source under /usr/share/gocode)
  'golang-golang-x-net-dev', 'golang-golang-x-crypto-dev', 'golang-github-spf13-cobra-dev', 'golang-github-prometheus-client-golang-dev', 'golang-github-go-sql-driver-mysql-dev', 'golang-github-gin-gonic-gin-dev',
  // Ruby
  'ruby-activesupport', 'ruby-rack', 'ruby-net-ssh', 'ruby-faraday', 'ruby-actionpack', 'ruby-i18n',
  // C and C++ headers
  'libboost1.81-dev', 'libpoco-dev', 'libgit2-dev',
  // Perl
  'libmojolicious-perl', 'libdbi-perl', 'libwww-perl', 'perl-modules-5.36', 'libnet-ssh2-perl', 'libmail-sendmail-perl',
  // Rust (crate sources under /usr/share/cargo/registry)
  'librust-regex-dev', 'librust-serde-dev', 'librust-tokio-dev', 'librust-hyper-dev', 'librust-reqwest-dev',
  // Java (Debian ships Java as jars: BeanShell's sources come as a tarball, which the scan opens; two API docs)
  'bsh-src', 'junit4-doc', 'libcommons-io-java-doc',
];

/** Language of a path, by extension (an archive entry by its own name). */
export function languageOf(file) {
  const name = file.slice(file.lastIndexOf('!') + 1);
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return LANGUAGE[ext] ?? 'other';
}

const LANGUAGE = {
  py: 'python', php: 'php', go: 'go', rb: 'ruby', rs: 'rust', java: 'java',
  ...Object.fromEntries(['c', 'cc', 'cpp', 'cxx', 'h', 'hh', 'hpp', 'ipp'].map((e) => [e, 'c/c++'])),
  ...Object.fromEntries(['pl', 'pm', 'pod', 't'].map((e) => [e, 'perl'])),
  po: 'gettext', pot: 'gettext', yml: 'yaml', yaml: 'yaml',
};
export const LANGUAGES = ['python', 'php', 'go', 'ruby', 'c/c++', 'perl', 'rust', 'gettext', 'java', 'yaml', 'other'];

/**
 * Downloads the packages not yet there and unpacks each into tree/<package>/ (once). Returns the
 * tree's path, or undefined (said on stderr) when apt-get or dpkg-deb is missing or nothing came.
 */
export function ensurePolyTree(poly) {
  const debs = join(poly, 'debs');
  const tree = join(poly, 'tree');
  const marker = join(tree, '.extracted');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === DEBIAN_PACKAGES.join('\n')) return tree;
  if (!has('apt-get', ['--version']) || !has('dpkg-deb', ['--version'])) {
    console.error('apt-get or dpkg-deb is unavailable: the polyglot tree is skipped');
    return undefined;
  }
  mkdirSync(debs, { recursive: true });
  mkdirSync(tree, { recursive: true });
  const debOf = (pkg) => readdirSync(debs).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
  const missing = () => DEBIAN_PACKAGES.filter((p) => !debOf(p));
  if (missing().length) {
    console.error(`downloading ${missing().length} Debian packages into ${debs} (once)...`);
    if (!download(debs, missing())) {
      // One name the lists do not know makes apt-get fetch nothing: refresh the lists, then one by one.
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      for (const pkg of missing()) if (!download(debs, [pkg])) console.error(`  ${pkg}: could not be downloaded, left out`);
    }
  }
  for (const pkg of DEBIAN_PACKAGES) {
    const deb = debOf(pkg);
    const into = join(tree, pkg);
    if (!deb || existsSync(into)) continue;
    const partial = `${into}.partial`;
    rmSync(partial, { recursive: true, force: true });
    const r = spawnSync('dpkg-deb', ['-x', join(debs, deb), partial], { stdio: 'inherit' });
    if (r.status === 0) renameSync(partial, into);
    else console.error(`  ${pkg}: dpkg-deb -x failed, left out`);
  }
  const got = DEBIAN_PACKAGES.filter((p) => existsSync(join(tree, p)));
  if (got.length === 0) return undefined;
  if (got.length === DEBIAN_PACKAGES.length) writeFileSync(marker, DEBIAN_PACKAGES.join('\n'));
  return tree;
}

function has(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

function download(dir, pkgs) {
  return spawnSync('apt-get', ['download', '-qq', ...pkgs], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
}

/**
 * Regular files under `dir` per language (symbolic links are not followed by the scan either), and
 * the files inside tarballs, which the scan opens and reads entry by entry (bsh-src's sources).
 */
export function filesPerLanguage(dir) {
  const counts = Object.fromEntries(LANGUAGES.map((l) => [l, 0]));
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    counts[languageOf(entry.name)]++;
    if (!/\.(?:tar\.gz|tgz|tar)$/.test(entry.name)) continue;
    const listed = spawnSync('tar', ['-tf', join(entry.parentPath ?? entry.path, entry.name)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    for (const name of listed.status === 0 ? listed.stdout.split('\n') : []) if (name && !name.endsWith('/')) counts[languageOf(name)]++;
  }
  return counts;
}

/**
 * A fixed-seed sample of findings, each as `rule file:line` and its line with every found value on
 * it replaced by its masked form: the raw value is never printed. Archive entries (not files on
 * disk) print without their line.
 */
export function sampleLines(findings, cwd, size = 25, seed = 22) {
  let state = seed >>> 0;
  const random = () => {
    // mulberry32: small, deterministic, good enough to pick a sample
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = findings.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const picked = order.slice(0, size).sort((a, b) => a - b).map((i) => findings[i]);
  return picked.flatMap((f) => [`  ${f.rule} ${f.file}:${f.line}`, `      ${maskedLine(f, findings, cwd)}`]);
}

const texts = new Map();

/** A gzip file's content; a NUL (read as a binary: no line shown) when it does not inflate. */
function gunzipOrNul(bytes) {
  try {
    return gunzipSync(bytes);
  } catch {
    return Buffer.from([0]);
  }
}

function maskedLine(f, all, cwd) {
  if (f.file.includes('!')) return '(an archive entry: no line shown)';
  if (!texts.has(f.file)) {
    // A gzip file (a Debian changelog) is scanned as what it holds: read the same.
    const bytes = readFileSync(join(cwd, f.file));
    const text = (f.file.endsWith('.gz') && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipOrNul(bytes) : bytes).toString('utf8');
    // As the scanner reads it: a UTF-8 byte-order mark is no character. A binary's strings are not lines.
    texts.set(f.file, text.includes('\0') ? undefined : text.replace(/^\uFEFF/, '').split('\n'));
  }
  const lines = texts.get(f.file);
  if (!lines) return '(a binary: no line shown)';
  let line = lines[f.line - 1] ?? '';
  // Every finding on this line, right to left so columns stay true; one spanning lines masks to the end.
  const here = all.filter((g) => g.file === f.file && g.line === f.line).sort((a, b) => b.column - a.column);
  for (const g of here) {
    const end = g.endLine === g.line ? g.endColumn - 1 : line.length;
    // The masked form starts with the value's first characters: where they differ the positions are
    // not this text's (another encoding), and nothing of the line is shown.
    if (!line.startsWith(g.masked.replace(/\*+$/, ''), g.column - 1)) return '(positions do not match the text as read: no line shown)';
    line = line.slice(0, g.column - 1) + g.masked + line.slice(end);
  }
  const at = Math.max(0, f.column - 60);
  const shown = line.slice(at, at + 160).trim();
  return (at > 0 ? '...' : '') + shown + (line.length > at + 160 ? '...' : '');
}
