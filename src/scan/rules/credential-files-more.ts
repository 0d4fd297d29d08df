import type { MatchContext, Rule } from '../types.js';
import { standsIn } from './credential-apps-common.js';
import { keyFileRule, lineAround, standsForSecret } from './credential-files-common.js';

// More credential files read as their formats (issue 21, part 1, the long tail an outside check
// found missed): mail fetchers and senders, curl and wget defaults, Bundler's gem-server
// credentials, HexChat's network list, Transmission's RPC settings, Kaggle's API file, Rails'
// master key, Vault's token file and OpenVPN profiles. Each is read only in the file its tool reads;
// the format names the value, so a word-like password counts and placeholders do not.

/** Words that documentation and fixtures write where a password goes: `very secret passphrase`, `foobar`. */
const DOC_PHRASE = /^(?:(?:very|not|so|secure|secret|passphrase|password|passwd|pass|my|your|the|a|foo|bar|foobar|test|example|sample|demo|dummy|mysecret|mypassword|mysecretpassphrase|s3cr3t|changeit|hunter2)(?:[ _-]|$)){1,6}$/i;

/** The value stands for a password: a placeholder, a variable, a vendor default, a documentation phrase. */
export function notAPassword(value: string): boolean {
  const v = value.trim();
  return v.length < 4 || standsForSecret(v) || standsIn(v) || DOC_PHRASE.test(v);
}

/** A run of one character eight times (`aaaaaaaa`, `00000000`): filled in by hand, not generated. */
export function filledByHand(value: string): boolean {
  return /(.)\1{7}/.test(value);
}

/** A double-quoted, single-quoted or bare value, each form starting with its own character. */
const VALUE = String.raw`(?:"(?<secret>[^"\r\n]{1,256})"|'(?<secret2>[^'\r\n]{1,256})'|(?<secret3>[^\s"'#]\S{0,255}))`;

// msmtp: `password VALUE` in an account (msmtp manual, "Configuration files"); `passwordeval`
// runs a command and is another word.
export const msmtpPassword: Rule = {
  id: 'msmtp-password',
  description: 'A password in an msmtp configuration (.msmtprc, msmtprc, msmtp/config: password VALUE)',
  severity: 'critical',
  category: 'smtp-credentials',
  keywords: ['password'],
  pattern: new RegExp(String.raw`^[ \t]*password[ \t]+${VALUE}`, 'gm'),
  onlyPaths: /(?:^|\/)(?:\.?msmtprc(?:\.[\w-]+)?|msmtp\/config)$/i,
  validate: (value) => !notAPassword(value),
};

// fetchmail: `password`/`pass` followed by a quoted or bare string anywhere in a poll entry
// (fetchmail manual, "The run control file": keywords are free-form).
export const fetchmailPassword: Rule = {
  id: 'fetchmail-password',
  description: "A password in a fetchmail run control file (.fetchmailrc: poll ... user 'u' password 'p')",
  severity: 'critical',
  category: 'smtp-credentials',
  keywords: ['pass'],
  pattern: new RegExp(String.raw`(?<![\w-])pass(?:word)?[ \t]+${VALUE}`, 'g'),
  onlyPaths: /(?:^|\/)\.?fetchmailrc(?:\.[\w-]+)?$/i,
  validate: (value) => !notAPassword(value) && !/^(?:is|there|here|with|and|user|username|poll|proto|protocol)$/i.test(value),
};

// curl's config file: long options without their dashes, `name = value` / `name value` / `name:
// value`, or the command line's own spelling (curl manual, "-K, --config").
export const curlrcUserPassword: Rule = {
  id: 'curlrc-user-password',
  description: 'A user and password in a curl config file (.curlrc, _curlrc: the user, -u and proxy-user options)',
  severity: 'critical',
  category: 'url-credentials',
  keywords: ['user', '-u'],
  pattern:
    /^[ \t]*(?:-{0,2}(?:user|proxy-user)|-[uU])(?:[ \t]{0,16}[=:][ \t]{0,16}|[ \t]{1,16})(?:"[^":\r\n]{0,128}:(?<secret>[^"\r\n]{1,256})"|'[^':\r\n]{0,128}:(?<secret2>[^'\r\n]{1,256})'|[^\s"':]{0,128}:(?<secret3>[^\s"']{1,256}))/gm,
  onlyPaths: /(?:^|\/)[._]?curlrc$/i,
  validate: (value) => !notAPassword(value),
};

// wget's startup file: commands are case-, underscore- and minus-insensitive (wget manual, "Wgetrc Syntax").
export const wgetrcPassword = keyFileRule({
  id: 'wgetrc-password',
  description: 'A password in a wget startup file (.wgetrc, /etc/wgetrc: password, http_password, ftp_password, proxy_password)',
  category: 'url-credentials',
  files: /(?:^|\/)[._]?wgetrc$/i,
  keys: ['password', 'passwd', 'http_password', 'http-password', 'httppassword', 'ftp_password', 'ftp-password', 'ftppassword', 'proxy_password', 'proxy-password', 'proxypassword'],
});
wgetrcPassword.validate = ((inner) => (value: string, ctx: MatchContext) => inner(value, ctx) && !notAPassword(value))(wgetrcPassword.validate!);

/**
 * Bundler keeps gem-server credentials as `BUNDLE_<HOST>: "user:password"`, the host upper-cased
 * with `.` as `__` and `-` as `___` (Bundler documentation, "bundle config": Credentials for gem
 * sources). Its own settings (PATH, BUILD__*, MIRROR__*, LOCAL__*) are not hosts.
 */
export const bundlerConfigCredential: Rule = {
  id: 'bundler-config-credential',
  description: 'A gem server credential in a Bundler config (.bundle/config: BUNDLE_GEMS__HOST__COM: "user:password" or a token)',
  severity: 'critical',
  category: 'private-registry',
  keywords: ['bundle_'],
  pattern: /^[ \t]*BUNDLE_(?<name>[A-Z0-9_]{1,200})[ \t]*:[ \t]*(?<quote>["']?)(?:[^\s:"'/]{1,128}:(?<secret>[^\s"']{1,256})|(?<secret2>[^\s:"']{16,256}))\k<quote>[ \t]*\r?$/gm,
  onlyPaths: /(?:^|\/)\.bundle\/config$/,
  validate: (value, ctx) => {
    const line = lineAround(ctx).line;
    const name = /BUNDLE_([A-Z0-9_]+)/.exec(line)?.[1] ?? '';
    if (!name.includes('__') || /^(?:BUILD|MIRROR|LOCAL|SSL|GEMFILE|PATH|WITH|WITHOUT)(?:__|$)/.test(name)) return false;
    // A token alone (the user part is the token): only when it looks generated.
    const alone = !line.slice(line.indexOf(':') + 1).includes(':');
    return !notAPassword(value) && (!alone || (/\d/.test(value) && /[A-Za-z]/.test(value)));
  },
};

// HexChat/XChat network list: `P=` is the server password, `B=` the NickServ password (servlist.conf layout).
export const hexchatServerPassword: Rule = {
  id: 'hexchat-server-password',
  description: 'A server or NickServ password in a HexChat / XChat network list (servlist.conf: P=, B=)',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['p=', 'b='],
  pattern: /^[PB]=(?<secret>[^\s][^\r\n]{0,255})$/gm,
  onlyPaths: /(?:^|\/)servlist_?\.conf$/i,
  validate: (value) => !notAPassword(value),
};

// Transmission replaces a plain rpc-password with its salted hash, `{` + 40 hex + 8 salt, when the
// daemon starts (Transmission wiki, "Editing Configuration Files"); Debian ships `transmission`.
export const transmissionRpcPassword: Rule = {
  id: 'transmission-rpc-password',
  description: 'A plain-text RPC password in a Transmission settings.json (rpc-password that is not yet the {salted hash})',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['rpc-password'],
  pattern: /"rpc-password"[ \t]*:[ \t]*"(?<secret>[^"\\\r\n{][^"\\\r\n]{0,255})"/g,
  onlyPaths: /(?:^|\/)settings\.json$/i,
  validate: (value) => !notAPassword(value) && value !== 'transmission',
};

// Kaggle's API credentials file: {"username": ..., "key": 32 lower-case hex} (Kaggle API documentation, "Authentication").
export const kaggleApiKey: Rule = {
  id: 'kaggle-api-key',
  description: 'A Kaggle API key in kaggle.json ({"username": ..., "key": 32 hex})',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['"key"'],
  pattern: /"key"[ \t]*:[ \t]*"(?<secret>[0-9a-f]{32})"/g,
  onlyPaths: /(?:^|\/)kaggle\.json$/i,
  validate: (value, ctx) => !filledByHand(value) && !notAPassword(value) && /"username"/.test(ctx.text),
};

// Rails encrypted credentials: config/master.key and config/credentials/<env>.key hold 32 hex
// characters (SecureRandom.hex(16)) and nothing else (Rails guides, "Custom Credentials").
export const railsMasterKey: Rule = {
  id: 'rails-master-key',
  description: 'A Rails credentials key file (config/master.key, config/credentials/*.key: 32 hex characters)',
  severity: 'critical',
  category: 'generic-secret',
  keywords: [],
  pattern: /^(?<secret>[0-9a-f]{32})[ \t]*$/gm,
  onlyPaths: /(?:^|\/)config\/(?:master\.key|credentials\/[\w.-]+\.key)$/,
  validate: (value, ctx) => ctx.text.trim() === value && !filledByHand(value) && !notAPassword(value),
};

// The Vault CLI's token helper writes the token alone to ~/.vault-token: hvs./hvb./hvr. since
// Vault 1.10, s./b./r. before (Vault documentation, "Tokens": token prefixes).
export const vaultTokenFile: Rule = {
  id: 'vault-token-file',
  description: 'A HashiCorp Vault token in a .vault-token file (hvs., hvb., hvr., or legacy s., b., r. tokens)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['s.', 'b.', 'r.'],
  pattern: /^[ \t]*(?<secret>(?:hv[sbr]|[sbr])\.[A-Za-z0-9_-]{24,300})[ \t]*\r?$/gm,
  onlyPaths: /(?:^|\/)\.?vault-token$/,
  validate: (value) => !filledByHand(value) && !notAPassword(value) && /\d/.test(value),
};

// OpenVPN profiles may inline the auth-user-pass file: the user name, then the password, each on
// its own line inside <auth-user-pass> (OpenVPN manual, "Inline files").
export const openvpnAuthUserPass: Rule = {
  id: 'openvpn-auth-user-pass',
  description: 'A password inlined in an OpenVPN profile (*.ovpn, openvpn/*.conf: <auth-user-pass> user and password lines)',
  severity: 'critical',
  category: 'generic-secret',
  keywords: ['<auth-user-pass>'],
  pattern: /<auth-user-pass>[ \t]*\r?\n[ \t]*[^\s<][^\r\n]{0,255}\r?\n[ \t]*(?<secret>[^\s<][^\r\n]{0,255})\r?\n[ \t]*<\/auth-user-pass>/g,
  onlyPaths: /\.ovpn$|(?:^|\/)openvpn\/(?:[\w.-]+\/)?[\w.-]+\.conf$/i,
  validate: (value) => !notAPassword(value),
};

export const MORE_CLIENT_FILE_RULES: readonly Rule[] = [
  msmtpPassword,
  fetchmailPassword,
  curlrcUserPassword,
  wgetrcPassword,
  bundlerConfigCredential,
  hexchatServerPassword,
  transmissionRpcPassword,
  kaggleApiKey,
  railsMasterKey,
  vaultTokenFile,
  openvpnAuthUserPass,
];
