import type { MatchContext, Rule, Verdict } from '../types.js';
import { base64Text, commentedOut, standsIn } from './credential-apps-common.js';
import { FRAMEWORK_RULES } from './credential-apps-frameworks.js';
import { keystoreFile } from './credential-apps-keystore.js';
import { puttyPrivateKey } from './credential-apps-putty.js';
import { SHELL_RULES } from './credential-apps-shell.js';
import { privateKeyBase64 } from './private-key.js';

// Client applications that save a login in their own file (issue 21, part 1): FTP/SFTP clients,
// editor deployment plugins and IDEs. Each file is recognised by its name and structure; the
// format names the value a password, so a word-like one counts too.

/** The `<Pass ...>` element's opening tag before the value (FileZilla). */
function passTag(ctx: MatchContext): string {
  const before = ctx.text.slice(Math.max(0, ctx.index - 600), ctx.index);
  return /<Pass\b[^<>]*>$/.exec(before)?.[0] ?? '';
}

/** An XML element's text with its five predefined entities resolved (`&lt;password&gt;` is `<password>`). */
function xmlText(value: string): string {
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return value.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => entities[name]!);
}

/** FileZilla 3 writes `<Pass encoding="base64">` since 3.26; older files and exports hold `<Pass>` in plain text. */
function fileZillaPassword(value: string, ctx: MatchContext): boolean {
  if (!/(?:^|\/)(?:sitemanager|recentservers|filezilla)\.xml$/i.test(ctx.file) && !ctx.text.includes('<FileZilla3')) return false;
  const tag = passTag(ctx);
  if (/encoding="crypt"/.test(tag)) return value.length >= 16;
  const password = /encoding="base64"/.test(tag) ? base64Text(value) : xmlText(value);
  return password !== undefined && password.length >= 3 && !standsIn(password);
}

export const fileZillaPasswordRule: Rule = {
  id: 'filezilla-password',
  description: 'A saved FileZilla login (sitemanager.xml, recentservers.xml, filezilla.xml): <Pass> in plain text or base64 (critical), or encrypted with a master password (high)',
  severity: 'critical',
  category: 'url-credentials',
  keywords: ['<pass'],
  onlyPaths: /\.xml$/i,
  pattern: /<Pass(?:[ \t]+[a-z]{1,16}="[^"\r\n]{0,1024}"){0,3}[ \t]*>(?<secret>[^<\r\n]{1,2048})<\/Pass>/g,
  validate: fileZillaPassword,
  // base64 is an encoding, not a protection: decoded and checked (structure); `crypt` needs the master password.
  judge: (_value, ctx): Verdict => {
    const tag = passTag(ctx);
    if (/encoding="crypt"/.test(tag)) return { evidence: 'shape', severity: 'high' };
    return { evidence: /encoding="base64"/.test(tag) ? 'structure' : 'shape' };
  },
};

/**
 * WinSCP.ini `[Sessions\...]`: `Password=` holds the password XOR-obfuscated as upper-case hex
 * (reversible without any key: high), `PasswordPlain=` (as imported or scripted) in plain text.
 */
export const winScpPassword: Rule = {
  id: 'winscp-password',
  description: 'A saved WinSCP session password in WinSCP.ini: obfuscated hex Password= (high) or PasswordPlain= (critical)',
  severity: 'high',
  category: 'url-credentials',
  keywords: ['password'],
  onlyPaths: /(?:^|\/)winscp[^/]*\.ini$/i,
  pattern: /^(?:Tunnel|Proxy)?Password(?:=(?<secret>[0-9A-F]{16,1024})|Plain=(?<secret2>[^\r\n]{1,256}))\r?$/gm,
  validate: (value, ctx) => !ctx.text.startsWith('Plain=', ctx.index - 6) || !standsIn(value),
  judge: (_value, ctx): Verdict => ({ evidence: 'shape', severity: ctx.text.startsWith('Plain=', ctx.index - 6) ? 'critical' : 'high' }),
};

/** A JSON string's value: escapes allowed, no raw line breaks. */
const JSON_STRING = String.raw`"(?<secret>(?:[^"\\\r\n]|\\.){1,512})"`;

/**
 * Editor deployment plugins that keep the login beside the code: Atom's Remote-FTP `.ftpconfig`
 * (`"pass"`), Sublime SFTP's `sftp-config.json` (`"password"`, its template comments it out),
 * VS Code SFTP's `.vscode/sftp.json` (`"password"`, `"passphrase"`).
 */
export const ftpClientConfigPassword: Rule = {
  id: 'ftp-client-config-password',
  description: 'A password or key passphrase in an editor FTP/SFTP deployment config (.ftpconfig, sftp-config.json, .vscode/sftp.json)',
  severity: 'critical',
  category: 'url-credentials',
  keywords: ['pass'],
  onlyPaths: /(?:^|\/)(?:\.ftpconfig|\.sftpconfig|sftp-config(?:-alt\d*)?\.json|\.vscode\/sftp\.json|ftp-?sync\.json)$/i,
  pattern: new RegExp(String.raw`"(?:pass|password|passphrase)"[ \t]*:[ \t]*${JSON_STRING}`, 'g'),
  validate: (value, ctx) => !commentedOut(ctx) && !standsIn(value),
};

/**
 * JetBrains IDEs' project files under `.idea/`: deployment servers (`webServers.xml`,
 * `deployment.xml`: `password="..."` of a `<fileTransfer>`, scrambled but reversible) and data
 * sources (`dataSources.local.xml`, `<property name="password" value="..."/>`). Recent IDEs keep
 * passwords in the OS keychain; older ones and exported settings write them here.
 */
export const jetbrainsPassword: Rule = {
  id: 'jetbrains-password',
  description: 'A saved server or database password in a JetBrains IDE project file (.idea/webServers.xml, deployment.xml, dataSources*.xml)',
  severity: 'high',
  category: 'url-credentials',
  keywords: ['password', 'passphrase'],
  onlyPaths: /(?:^|\/)\.idea\/[^/]+\.xml$/i,
  pattern: /[ \t](?:[Pp]assword|passphrase)="(?<secret>[^"\r\n]{1,1024})"|<(?:option|property)[ \t]+name="(?:[Pp]assword|passphrase)"[ \t]+value="(?<secret2>[^"\r\n]{1,1024})"/g,
  validate: (value) => !standsIn(value),
};

export const CREDENTIAL_APP_RULES: readonly Rule[] = [
  fileZillaPasswordRule,
  winScpPassword,
  ftpClientConfigPassword,
  jetbrainsPassword,
  puttyPrivateKey,
  // Registered here, not in index.ts beside private-key: the file formats that carry keys are this family's.
  privateKeyBase64,
  keystoreFile,
  ...FRAMEWORK_RULES,
  ...SHELL_RULES,
];
