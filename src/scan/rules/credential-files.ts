import type { MatchContext, Rule } from '../types.js';
import { isPlaceholder } from '../placeholders.js';
import { BUILD_FILE_RULES } from './credential-files-build.js';
import { HASH_FILE_RULES } from './credential-files-hashes.js';
import { INFRA_FILE_RULES } from './credential-files-infra.js';
import { INI_CREDENTIAL_RULES } from './credential-files-ini.js';
import { MORE_CLIENT_FILE_RULES } from './credential-files-more.js';
import { MORE_NETWORK_FILE_RULES } from './credential-files-more-net.js';
import { MORE_SHELL_RULES } from './credential-files-more-shell.js';
import { REGISTRY_FILE_RULES } from './credential-files-registry.js';

// Credential files read as the formats they are (issue 21, part 1). A netrc entry names its
// password with a word, not an operator, so the generic assignment rule never sees it; the
// format itself says the value is a password, so a word-like one counts too.

/** Hosts that documentation uses (RFC 2606 and friends): an entry for them is an example. */
const EXAMPLE_HOST = /^(?:(?:[\w-]+\.)*example(?:\.(?:com|org|net))?|localhost|host|hostname|machine|server|<[^>]*>|\$\{?\w+\}?)$/i;

/** A value that stands for the password: a word for it, a variable, a template, a mask. */
function namesThePassword(value: string): boolean {
  return isPlaceholder(value) || /^(?:pass(?:word|wd)?|secret|token|changeme|x+|\*+|<[^>]*>|your[\w-]*|\.\.\.)$/i.test(value) || /^[$%{<]/.test(value) || /\$\{?[A-Za-z_]/.test(value);
}

/** The machine the entry is for: the word after the last `machine` before the password. */
function machineOf(ctx: MatchContext): string {
  const before = ctx.text.slice(Math.max(0, ctx.index - 2048), ctx.index);
  const at = before.toLowerCase().lastIndexOf('machine');
  return at === -1 ? '' : (/^machine\s+(\S+)/i.exec(before.slice(at))?.[1] ?? '');
}

const NETRC_FILE = /(?:^|\/)[._]?netrc$/i;
const FIXTURE_NETRC = /(?:^|\/)(?:test|sample|example|fixture)[\w-]*\.netrc$|netrc\.(?:example|sample|test)$/i;

/**
 * A `default` entry (any other machine) counts in a netrc file only, and not for anonymous FTP,
 * whose password is by convention a mail address or `guest` (netrc(5)).
 */
function defaultEntry(value: string, ctx: MatchContext): boolean {
  const entry = ctx.text.slice(Math.max(0, ctx.index - 1024), ctx.index);
  const login = /\blogin[ \t]+(\S+)(?![^]*\blogin\b)/i.exec(entry)?.[1] ?? '';
  return NETRC_FILE.test(ctx.file) && !/^(?:anonymous|ftp)$/i.test(login) && !namesThePassword(value);
}

/** The entry the password is in starts with `default` (the last of `machine`/`default` before it). */
function inDefaultEntry(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.index - 2048), ctx.index);
  let last = '';
  for (const m of before.matchAll(/(?:^|\s)(machine|default)(?=\s)/gi)) last = m[1]!.toLowerCase();
  return last === 'default';
}

export const netrcPassword: Rule = {
  id: 'netrc-password',
  description: 'A password in a .netrc / _netrc entry (machine HOST or default, login USER password PASSWORD, on one line or several)',
  severity: 'critical',
  category: 'url-credentials',
  keywords: ['machine', 'default'],
  requires: ['password'],
  // `machine HOST` (or `default`, at a line's start, with a login), up to three of
  // `login`/`account`/`port` with their values, then `password VALUE`. Tokens and separators are
  // disjoint classes (\S and \s), so there is one way to read any text: linear time.
  // At `machine`, or at the start of the line whose blanks lead to `default`.
  starts: { texts: ['machine', 'default'], back: Infinity, lead: /[ \t]/ },
  pattern:
    /\bmachine[ \t]+\S{1,253}(?:\s+(?:login|account|port)[ \t]+\S{1,256}){0,3}\s+password[ \t]+(?<secret>\S{4,256})(?!\S)|^[ \t]*default(?:\s+(?:login|account|port)[ \t]+\S{1,256}){1,3}\s+password[ \t]+(?<secret2>\S{4,256})(?!\S)/gim,
  // A netrc named as a fixture (git's contrib/credential/netrc/test.netrc) holds made-up entries.
  validate: (value, ctx) => !FIXTURE_NETRC.test(ctx.file) && (inDefaultEntry(ctx) ? defaultEntry(value, ctx) : !namesThePassword(value) && !EXAMPLE_HOST.test(machineOf(ctx))),
};

export const CREDENTIAL_FILE_RULES: readonly Rule[] = [netrcPassword, ...INI_CREDENTIAL_RULES, ...REGISTRY_FILE_RULES, ...HASH_FILE_RULES, ...INFRA_FILE_RULES, ...BUILD_FILE_RULES, ...MORE_CLIENT_FILE_RULES, ...MORE_NETWORK_FILE_RULES, ...MORE_SHELL_RULES];
