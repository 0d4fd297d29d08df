import type { MatchContext, Rule } from '../types.js';
import { inDocCode, inDocCommentExample, inDocumentationExample, inPythonDocstring, linePrefix } from './context.js';
import { judgePassword, looksLikePassword } from './password-assignment.js';

// Issue 21: a password passed straight to the call that uses it has no name before it, so no
// assignment rule sees it. These calls take a password at a known place (their documentation
// says which argument): PHP's PDO and mysqli, JDBC's DriverManager, Python's DB-API drivers,
// smtplib/ftplib/imaplib logins, HTTP Basic auth helpers, LDAP binds, .NET's NetworkCredential
// and setters named setPassword. A literal there is a hard-coded credential.

/** One argument before the password: a quoted string, or a variable, constant or member. */
const ARG = String.raw`(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[$\w.>\[\]:-]{1,100})`;
const Q = String.raw`["']`;
const VALUE = String.raw`(?<secret>[^"'\s\\]{4,128})`;

/** Calls whose third argument is the password: (dsn|host, user, password, ...). */
const THIRD = String.raw`(?:new\s+PDO|new\s+mysqli|mysqli_connect|mysqli_real_connect|mysql_connect|DriverManager\.getConnection|pymysql\.connect|MySQLdb\.connect|mysql\.connector\.connect)`;
/** Calls whose second argument is the password: (user, password). */
const SECOND = String.raw`(?:new\s+NetworkCredential|new\s+PasswordAuthentication|\.login|HTTPBasicAuth|HTTPDigestAuth|HTTPProxyAuth|\bauth\s*=\s*|simple_bind_s|simple_bind|\.bind_s|ldap_bind|\.basicAuth|withBasicAuth|setBasicAuth|\.auth)`;
/** Setters whose only argument is the password. */
const FIRST = String.raw`(?:\.setPassword|\.set_password|\.setPass|\.withPassword|\.password)`;

export const passwordArgument: Rule = {
  id: 'password-argument',
  description: 'A literal password passed to a call that takes one (new PDO, mysqli_connect, DriverManager.getConnection, smtp/ftp login, HTTPBasicAuth, LDAP bind, NetworkCredential, setPassword...)',
  severity: 'medium',
  category: 'generic-secret',
  keywords: ['pdo', 'mysql', 'getconnection', 'connect(', 'credential', 'login', 'auth', 'bind', 'password(', 'setpass'],
  // The call, its earlier arguments (quoted strings or names, disjoint from the separators around
  // them), then a quoted literal. Each argument is bounded, so a match is tried in linear time.
  // Where each call's name starts; `.login`, `.auth`, `.password` and the like one `.` before the word.
  starts: { texts: ['new', 'mysql', 'DriverManager', 'pymysql', 'MySQLdb', 'login', 'HTTP', 'auth', 'simple_bind', 'bind_s', 'ldap_bind', 'basicAuth', 'withBasicAuth', 'setBasicAuth', '.set', 'withPassword', 'password'], back: 1, lead: /\./ },
  pattern: new RegExp(`(?:${THIRD}\\s*\\(\\s*${ARG}\\s*,\\s*${ARG}\\s*,|${SECOND}\\s*\\(\\s*${ARG}\\s*,|${FIRST}\\s*\\()\\s*${Q}${VALUE}${Q}`, 'g'),
  validate: (value: string, ctx: MatchContext) => {
    // The value must close where it opened: `'pass'`, not the start of a longer string.
    const quote = ctx.text.charAt(ctx.index - 1);
    if (ctx.text.charAt(ctx.index + value.length) !== quote) return false;
    // A doctest or console line (`>>> smtp.login("user", "pw")`) shows how to call it.
    if (/^\s*(?:>>>|\.\.\.|\$\s|#|\/\/|\*)/.test(linePrefix(ctx))) return false;
    return looksLikePassword(value, true) && !inDocumentationExample(ctx) && !inDocCommentExample(ctx) && !inDocCode(ctx) && !inPythonDocstring(ctx);
  },
  judge: (value) => judgePassword(value),
};
