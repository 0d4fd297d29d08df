import type { MatchContext, Rule } from '../types.js';
import { COMMAND_FILE, inCommandFile } from './credential-apps-common.js';
import { notAPassword } from './credential-files-more.js';
import { linePrefix } from './context.js';

// Passwords handed to a command on its command line without a flag (issue 21, part 1): in the
// environment of one command (`PGPASSWORD=... pg_dump`), or piped to a program that reads it from
// standard input (`echo 'root:...' | chpasswd`, `echo ... | sudo -S`, `passwd --stdin`). Read
// where H2's shell rules read (histories, scripts, `#!` files), and in Dockerfiles for the pipes,
// whose RUN lines stay in the image history.

/** Dockerfiles and Containerfiles, by name. */
const DOCKERFILE = /(?:^|\/)(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$|\.dockerfile$/i;

/**
 * Variables that client programs read a password from (libpq PGPASSWORD, MySQL MYSQL_PWD,
 * redis-cli REDISCLI_AUTH, sshpass -e SSHPASS), set for one command or exported.
 */
const ENV_PASSWORD = String.raw`(?<![\w$])(?:export[ \t]+)?(?:PGPASSWORD|MYSQL_PWD|REDISCLI_AUTH|SSHPASS)=(?:'(?<secret>[^'\r\n]{1,256})'|"(?<secret2>[^"\r\n]{1,256})"|(?<secret3>[^\s'"|;&<>\x60]{1,256}))(?=[ \t;&|)]|\r?$)`;

/** An echo or printf (with its -n/-e flags) of one argument. */
const ECHO = String.raw`\b(?:echo|printf)(?:[ \t]+-[neE]{1,3})?[ \t]+`;

/** `user:password` quoted or bare, as chpasswd reads it (a trailing `\n` of printf is not the password). */
const USER_PASS = String.raw`(?:'[^':\r\n]{1,64}:(?<secret4>[^'\r\n\\]{1,256})(?:\\n)?'|"[^":\r\n]{1,64}:(?<secret5>[^"\r\n\\]{1,256})(?:\\n)?"|[^\s'":|;&]{1,64}:(?<secret6>[^\s'"|;&\\]{1,256}))`;

/** One password argument, quoted or bare. */
const PASS = String.raw`(?:'(?<secret7>[^'\r\n\\]{1,256})(?:\\n)?'|"(?<secret8>[^"\r\n\\]{1,256})(?:\\n)?"|(?<secret9>[^\s'"|;&<>\x60\\]{1,256}))`;

/** The program after the pipe: sudo reading its password from stdin (-S, --stdin), or passwd --stdin. */
const READS_STDIN = String.raw`[ \t]*\|[ \t]*(?:sudo\b[^\r\n|;&]{0,64}?[ \t](?:-[A-Za-z]{0,7}S|--stdin)\b|(?:sudo[ \t]+)?passwd[ \t]+--stdin\b)`;

export const shellInlinePassword: Rule = {
  id: 'shell-inline-password',
  description: "A password given to a command in a script, history or Dockerfile RUN: PGPASSWORD=... / MYSQL_PWD=... before a command, echo 'user:pass' | chpasswd, echo pass | sudo -S, passwd --stdin",
  severity: 'critical',
  category: 'generic-secret',
  keywords: ['pgpassword', 'mysql_pwd', 'rediscli_auth', 'sshpass', 'chpasswd', 'sudo', '--stdin'],
  onlyPaths: { test: (path: string) => COMMAND_FILE.test(path) || DOCKERFILE.test(path) },
  pattern: new RegExp(
    [
      ENV_PASSWORD,
      String.raw`${ECHO}${USER_PASS}[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd\b`,
      String.raw`\bchpasswd[ \t]*<<<[ \t]*${USER_PASS.replace(/secret(\d)/g, 'secret1$1')}`,
      String.raw`${ECHO}${PASS}${READS_STDIN}`,
    ].join('|'),
    'g',
  ),
  validate: (value: string, ctx: MatchContext) => {
    const dockerfile = DOCKERFILE.test(ctx.file);
    if (!dockerfile && !inCommandFile(ctx)) return false;
    // In a Dockerfile, ENV/ARG are dockerfile-secret's; only the pipes of RUN lines are read here.
    if (dockerfile && /(?:PGPASSWORD|MYSQL_PWD|REDISCLI_AUTH|SSHPASS)=["']?$/.test(linePrefix(ctx))) return false;
    return !notAPassword(value) && !/^[*~/\\-]/.test(value);
  },
};

export const MORE_SHELL_RULES: readonly Rule[] = [shellInlinePassword];
