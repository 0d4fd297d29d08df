import type { MatchContext, Rule } from '../types.js';
import { COMMAND_FILE, HISTORY_FILE, inCommandFile, standsIn } from './credential-apps-common.js';
import { linePrefix } from './context.js';

// Passwords typed on command lines (issue 21, part 1): shell histories keep every one, and
// scripts (.sh, .bat, .cmd, .ps1) repeat them. Read only in histories and scripts: documentation
// shows the same commands with made-up values. The command names its password, so a word-like
// one (`sshpass -p hunter22`) counts; variables (`$PASS`, `%PASSWORD%`, `$env:PW`) do not.

/** A command-line argument: single-quoted, double-quoted or bare (no quote, space or shell operator). */
const ARG = String.raw`(?:'(?<secret>[^'\r\n]{1,256})'|"(?<secret2>[^"\r\n]{1,256})"|(?<secret3>[^\s'"|;&<>\x60]{1,256}))`;

/** The value is the password written out, not a variable, a stand-in, a prompt (`*`) or a path. */
function writtenOut(value: string): boolean {
  return value.length >= 3 && !standsIn(value) && !/^[*~/\\]/.test(value) && !/^-/.test(value);
}

/**
 * htpasswd's `-b` (batch) takes the password as the last argument: `htpasswd -b[c] FILE USER PASS`,
 * or `htpasswd -nb USER PASS` (no file with -n).
 */
function htpasswdBatch(ctx: MatchContext): boolean {
  const words = linePrefix(ctx).replace(/^.*?\bhtpasswd\b/, '').trim().split(/[ \t]+/);
  const flags = words.filter((w) => w.startsWith('-')).join('');
  const positional = words.filter((w) => w !== '' && !w.startsWith('-')).length;
  return flags.includes('b') && positional === (flags.includes('n') ? 1 : 2);
}

export const shellCommandPassword: Rule = {
  id: 'shell-command-password',
  description: 'A password on a command line in a shell history or script: mysql/mysqldump -pPASS or --password=, sshpass -p, htpasswd -b, redis-cli -a, docker login -p, wget --password=, lftp -u user,pass, smbclient -U user%pass, sqlcmd -P',
  severity: 'critical',
  category: 'generic-secret',
  keywords: ['mysql', 'mariadb', 'sshpass', 'htpasswd', 'redis-cli', 'docker', 'wget', 'lftp', 'smbclient', 'sqlcmd'],
  onlyPaths: COMMAND_FILE,
  // Each command's options are read up to the password's flag with a bounded lazy run (or, for
  // sshpass, only its own options: `sshpass -e ssh -p 2222` is ssh's port); the argument's three
  // forms start with different characters.
  pattern: new RegExp(
    [
      String.raw`\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mariadb|mariadb-dump|mariadb-admin)\b[^\r\n|;&]{0,256}?[ \t](?:-p|--password=)${ARG}`,
      String.raw`\bsshpass(?:[ \t]+-(?:[ve]|[fdP][ \t]*[^\s-][^\s]{0,255}))*?[ \t]+-p[ \t]*${ARG.replace(/secret/g, 'secret1')}`,
      String.raw`\bredis-cli\b[^\r\n|;&]{0,256}?[ \t](?:-a|--pass)[ \t]+${ARG.replace(/secret/g, 'secret4')}`,
      String.raw`\bdocker[ \t]+login\b[^\r\n|;&]{0,256}?[ \t](?:-p|--password)(?:[ \t]+|=)${ARG.replace(/secret/g, 'secret5')}`,
      String.raw`\bwget\b[^\r\n|;&]{0,256}?[ \t]--(?:http-|ftp-)?password=${ARG.replace(/secret/g, 'secret6')}`,
      String.raw`\blftp\b[^\r\n|;&]{0,256}?[ \t]-u[ \t]+[^\s,'"]{1,128},${ARG.replace(/secret/g, 'secret8')}`,
      String.raw`\bsmbclient\b[^\r\n|;&]{0,256}?[ \t](?:-U|--user)(?:[ \t]+|=)[^\s%'"]{1,128}%${ARG.replace(/secret/g, 'secret9')}`,
      String.raw`\bsqlcmd\b[^\r\n|;&]{0,256}?[ \t]-P[ \t]+${ARG.replace(/secret/g, 'secret10')}`,
      String.raw`\bhtpasswd(?:[ \t]+-[A-Za-z]{1,8}){1,4}(?:[ \t]+[^\s;&|-][^\s;&|]{0,255}){1,2}[ \t]+(?<secret7>[^\s;&|'"]{1,256})(?=[ \t]*(?:[\r\n;&|]|$))`,
    ].join('|'),
    'g',
  ),
  validate: (value, ctx) => inCommandFile(ctx) && writtenOut(value) && (!/\bhtpasswd\b/.test(linePrefix(ctx)) || htpasswdBatch(ctx)),
};

/**
 * Windows: PowerShell `ConvertTo-SecureString "..." -AsPlainText` (also piped into it),
 * VMware PowerCLI `Connect-VIServer ... -Password ...`, and `net use \\host\share PASSWORD
 * /user:DOMAIN\user` (or the password after the user).
 */
export const windowsCommandPassword: Rule = {
  id: 'windows-command-password',
  description: 'A password on a Windows command line in a script or history: ConvertTo-SecureString "..." -AsPlainText, Connect-VIServer -Password, net use ... /user:',
  severity: 'critical',
  category: 'generic-secret',
  keywords: ['convertto-securestring', 'connect-viserver', 'net use'],
  onlyPaths: COMMAND_FILE,
  pattern: new RegExp(
    [
      String.raw`\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?:'(?<secret>[^'\r\n]{1,256})'|"(?<secret2>[^"\r\n]{1,256})")[ \t]+(?:-Force[ \t]+)?-AsPlainText`,
      String.raw`(?:'(?<secret3>[^'\r\n]{1,256})'|"(?<secret4>[^"\r\n]{1,256})")[ \t]*\|[ \t]*ConvertTo-SecureString\b[^\r\n|;]{0,64}?-AsPlainText`,
      String.raw`\bConnect-(?:VIServer|CIServer)\b[^\r\n|;]{0,512}?[ \t]-Password[ \t]+${ARG.replace(/secret/g, 'secret5')}`,
      String.raw`\bnet[ \t]+use[ \t]+(?:[A-Za-z]:[ \t]+|\*[ \t]+)?"?\\\\[^\s"]{1,256}"?(?:[ \t]+(?<secret6>[^\s/*"%][^\s"]{0,255})[ \t]+\/u(?:ser)?:|[ \t]+\/u(?:ser)?:(?:"[^"\r\n]{1,256}"|[^\s"]{1,256})[ \t]+(?<secret7>[^\s/*"%][^\s"]{0,255}))`,
    ].join('|'),
    'gi',
  ),
  validate: (value, ctx) => inCommandFile(ctx) && writtenOut(value),
};

/** Environment variables that hold a credential (`PGPASSWORD`, `MYSQL_PWD`, `GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`). */
const SECRET_NAME = /PASSW(?:OR)?D|PASS$|_PWD$|^MYSQL_PWD$|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH_?KEY/i;
const NOT_THE_SECRET = /(?:_FILE|_PATH|_DIR|_URL|_URI|_ENDPOINT|_NAME|_ID|_TYPE|_HEADER|_LENGTH|_TTL|_EXPIRY|_PROMPT|_CMD|_COMMAND)$|^(?:OLD)?PWD$|PUBLIC|PUBLISHABLE/i;

/** The variable a history line sets: the identifier just before `=` or before the value of `setenv NAME value`. */
function variableName(ctx: MatchContext): string {
  return /([A-Za-z_][A-Za-z0-9_]*)(?:=|[ \t]+)["']?$/.exec(linePrefix(ctx))?.[1] ?? '';
}

function historySecret(value: string, ctx: MatchContext): boolean {
  if (!writtenOut(value)) return false;
  const before = linePrefix(ctx);
  if (/:\/\/[^\s:@/]*:$/.test(before)) return true; // a database URL's password
  if (/^(?:: \d{1,12}:\d{1,6};)?[ \t]*AUTH[ \t]/i.test(before)) return /rediscli_history$/i.test(ctx.file);
  const name = variableName(ctx);
  return SECRET_NAME.test(name) && !NOT_THE_SECRET.test(name);
}

export const shellHistorySecret: Rule = {
  id: 'shell-history-secret',
  description: 'A credential in a shell history (.bash_history, .zsh_history, fish_history...): export NAME=value of a password/token variable, a database URL with its password, redis AUTH',
  severity: 'critical',
  category: 'generic-secret',
  keywords: ['pass', 'pwd', 'secret', 'token', 'key', '://', 'auth'],
  onlyPaths: HISTORY_FILE,
  // At a line's start (after zsh's `: <time>:<elapsed>;`): `[export ]NAME=value`, `setenv NAME
  // value` (csh), `set -x NAME value` (fish); anywhere: a database URL `scheme://user:pass@`.
  pattern: new RegExp(
    [
      String.raw`^(?:: \d{1,12}:\d{1,6};|- cmd: )?[ \t]*(?:(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]{0,80}=|(?:setenv|set[ \t]+-[A-Za-z]{1,4})[ \t]+[A-Za-z_][A-Za-z0-9_]{0,80}[ \t]+|(?:AUTH|auth)[ \t]+(?:[^\s]{1,128}[ \t]+)?)${ARG}`,
      String.raw`\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?)://[^\s:@/"'<>]{0,64}:(?<secret4>[^\s@/"'<>]{1,128})@`,
    ].join('|'),
    'gm',
  ),
  validate: historySecret,
};

/** A password hash, not the password: MySQL `*` + 40 hex, PostgreSQL `md5` + 32 hex or SCRAM. */
const HASHED = /^(?:\*[0-9A-F]{40}|md5[0-9a-f]{32}|SCRAM-SHA-256\$.*)$/i;

/**
 * SQL that sets a password, as database client histories keep it (.mysql_history writes spaces
 * as `\040`): `CREATE USER ... IDENTIFIED BY '...'`, `ALTER ROLE ... [ENCRYPTED] PASSWORD '...'`,
 * `SET PASSWORD ... = PASSWORD('...')`.
 */
export const sqlPasswordStatement: Rule = {
  id: 'sql-password-statement',
  description: "A password set in SQL in a database client history (.mysql_history, .psql_history): IDENTIFIED BY '...', PASSWORD '...', SET PASSWORD FOR ... = '...'",
  severity: 'critical',
  category: 'generic-secret',
  keywords: ['identified', 'password'],
  onlyPaths: HISTORY_FILE,
  // Not `\b`: in .mysql_history a keyword follows `\040`, whose 0 is a word character.
  // `SET PASSWORD FOR user = '...'` (MySQL 5.7.6 and later) names the user between.
  pattern:
    /(?<![A-Za-z_])(?:IDENTIFIED(?:[ \t]|\\040){1,8}(?:WITH(?:[ \t]|\\040){1,8}\w{1,40}(?:[ \t]|\\040){1,8})?BY|PASSWORD|SET(?:[ \t]|\\040){1,8}PASSWORD(?:[ \t]|\\040){1,8}FOR(?:[ \t]|\\040)[^=\r\n]{1,128}=)(?:[ \t]|\\040|=|\(){0,8}'(?<secret>[^'\r\n]{1,256})'/gi,
  validate: (value) => writtenOut(value) && !HASHED.test(value),
};

export const SHELL_RULES: readonly Rule[] = [shellCommandPassword, windowsCommandPassword, shellHistorySecret, sqlPasswordStatement];
