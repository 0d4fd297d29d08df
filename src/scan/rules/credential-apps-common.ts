import type { MatchContext } from '../types.js';
import { isPlaceholder } from '../placeholders.js';
import { linePrefix } from './context.js';

// What the credential-app rules share (issue 21, part 1): client configuration files, framework
// settings and command lines name their password, so a word-like value (`hunter22`, `admin123`)
// is a password there. These helpers tell the values that only stand for one.

/** A word that names the value instead of being it, alone or with a number (`password1`). */
const WORD_FOR_IT =
  /^(?:pass(?:word|wd|phrase)?|pwd|secret|token|key|changeme|change[_-]?me|changeit|example|sample|test(?:ing)?|demo|dummy|placeholder|none|null|nil|undefined|empty|todo|fixme|tbd|redacted|hidden|masked|omitted|foo|bar|foobar|baz|qwerty|username|user|login)\d{0,3}$/i;

/**
 * A value that stands for the secret: a word for it, a variable (`$PASS`, `%PASSWORD%`,
 * `$env:PW`), a template (`${X}`, `{{ x }}`, `<%= ENV[...] %>`, `%(x)s`, `#{x}`), a mask
 * (`***`, `xxxx`), a bracketed stand-in (`<password>`, `[PASSWORD]`), or words asking for one
 * (`your_password`, `put your unique phrase here`, `password_here`).
 */
export function standsIn(value: string): boolean {
  const v = value.trim();
  if (v === '' || isPlaceholder(v) || WORD_FOR_IT.test(v)) return true;
  if (/^[$%]|\$\{|\$\(|\$env:|\{\{|\{%|<%|#\{|%\(\w+\)s|%[A-Z_]+%/i.test(v)) return true;
  if (/^(?:x+|\*+|\.+|-+|_+|#+|\?+|0+|1+)$/i.test(v) || /\*{3}|x{4}|X{4}/.test(v)) return true;
  if (/^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$|^\([^)]*\)$/.test(v)) return true;
  if (/^(?:your|my|the|some|enter|insert|put|type|add|replace|set|new|default|example|sample)[\s_-]/i.test(v)) return true;
  return /[\s_-](?:here|goes[\s_-]here|placeholder)$/i.test(v);
}

/** The line holding the value is commented out (`//`, `#`, `;`, `--`, `REM`, `<!--`) before it. */
export function commentedOut(ctx: MatchContext): boolean {
  return /^\s*(?:\/\/|#|;|--|rem\s|<!--)/i.test(linePrefix(ctx));
}

/** Decodes strict base64 (round-trips) to printable UTF-8 text, else undefined. */
export function base64Text(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 === 1) return undefined;
  const bytes = Buffer.from(value, 'base64');
  if (bytes.toString('base64').replace(/=+$/, '') !== value.replace(/=+$/, '')) return undefined;
  const text = bytes.toString('utf8');
  return /^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]+$/.test(text) ? text : undefined;
}

/**
 * Shell history files: bash, zsh (lines prefixed `: 1700000000:0;`), ksh/sh, fish, PowerShell's
 * PSReadLine history, and the database clients' (psql, mysql, sqlite, redis-cli, mongo).
 */
export const HISTORY_FILE =
  /(?:^|\/)(?:\.?(?:bash|zsh|sh|ksh|tcsh|psql|mysql|sqlite|rediscli|mongo|mongosh|dbshell|python|node_repl|irb)_history|\.history|fish_history|ConsoleHost_history\.txt)$/i;

/** Scripts whose lines are commands: POSIX shells, Windows batch files and PowerShell. */
export const SCRIPT_FILE = /\.(?:sh|bash|zsh|ksh|fish|command|bat|cmd|ps1|psm1)$/i;

/** A file name with no extension: an installed script (`bin/deploy`) is one, when its first line says so. */
const NO_EXTENSION = /(?:^|\/)[^/.]+$/;

/**
 * Where a command line is a command: a history, a script by its extension, or a file without one
 * (the rule's validate then asks for a shell's `#!` line). Not documentation, which shows commands
 * with made-up values.
 */
export const COMMAND_FILE = { test: (path: string) => HISTORY_FILE.test(path) || SCRIPT_FILE.test(path) || NO_EXTENSION.test(path) };

/** The text is a history or a script: by name, or by a `#!` line naming a shell (sh, bash, zsh, ksh, dash, pwsh). */
export function inCommandFile(ctx: MatchContext): boolean {
  return HISTORY_FILE.test(ctx.file) || SCRIPT_FILE.test(ctx.file) || /^#![^\n]{0,64}\b(?:ba|z|k|da)?sh|^#![^\n]{0,64}\bpwsh\b/.test(ctx.text.slice(0, 128));
}
