import type { MatchContext, Rule } from '../types.js';
import { lineAround, standsForSecret } from './credential-files-common.js';

// Build tools' credential files: Maven's settings.xml and Gradle's gradle.properties.

/**
 * In a `<server>` or `<proxy>` (its last opening comes after its last closing) and not in an XML
 * comment: the default settings.xml shows a commented-out server with a password.
 */
function inServerOrProxy(ctx: MatchContext): boolean {
  const window = ctx.text.slice(Math.max(0, ctx.index - 8192), ctx.index);
  if (window.lastIndexOf('<!--') > window.lastIndexOf('-->')) return false;
  return ['server', 'proxy'].some((tag) => window.lastIndexOf(`<${tag}>`) > window.lastIndexOf(`</${tag}>`));
}

/**
 * Maven settings.xml: `<servers><server><password>` / `<passphrase>` and `<proxies><proxy><password>`
 * (Maven documentation, "Settings Reference"). An encrypted value is written in braces (`{...}`,
 * "Password Encryption"; Maven 4 adds `{[name=master,cipher=...]...}`), and `${env.X}` reads an environment variable: neither is a finding.
 */
export const mavenSettingsPassword: Rule = {
  id: 'maven-settings-password',
  description: 'A plain password or passphrase of a <server> or <proxy> in a Maven settings.xml (not {encrypted}, not ${env.X})',
  severity: 'critical',
  category: 'private-registry',
  keywords: ['<password>', '<passphrase>'],
  // The element's whole text, up to the next `<`: one way to read it (a lazy value followed by
  // optional blanks would try every split of a run of blanks).
  pattern: /<(?<tag>password|passphrase)>(?<secret>[^<\r\n]{1,1024})<\/\k<tag>>/g,
  onlyPaths: /(?:^|\/)(?:settings|[\w.-]*-settings|settings-[\w.-]+|mvn-settings|maven-settings)\.xml$/i,
  validate: (value, ctx) => value.trim().length >= 4 && !standsForSecret(value) && !/^\{.*\}$/.test(value.trim()) && inServerOrProxy(ctx),
};

/**
 * gradle.properties keys that hold credentials: repository and signing passwords (`signing.password`,
 * `ossrhPassword`, `mavenCentralPassword`, `nexusPassword`), tokens and keys. A `*Key` may name a
 * key id or alias, so a key counts only when its value looks generated.
 */
const GRADLE_PASSWORD_KEY = /(?:password|passwd|passphrase|pwd|secret|token)$/i;
const GRADLE_KEY_KEY = /(?:key|apikey|accesskey|secretkey)$/i;
const GRADLE_NOT_SECRET = /(?:id|alias|file|path|name|url|type|ring|ringfile)$|^org\.gradle\.|^android\.|^kotlin\./i;

function gradleKeyOf(ctx: MatchContext): string {
  return /^[ \t]*(?:systemProp\.)?([\w.-]{1,128})[ \t]*[=:][ \t]*$/.exec(lineAround(ctx).before)?.[1] ?? '';
}

/** A generated key: long, with letters and digits (`signing.keyId` = 8 hex digits is not one). */
function looksGenerated(value: string): boolean {
  return value.length >= 16 && /\d/.test(value) && /[A-Za-z]/.test(value) && !/\s/.test(value);
}

export const gradlePropertiesCredential: Rule = {
  id: 'gradle-properties-credential',
  description: 'A credential in gradle.properties or an Android signing file (key.properties, keystore.properties: signing.password, ossrhPassword, mavenCentralPassword, storePassword, *Password, *Token, *Secret, generated *Key values)',
  severity: 'critical',
  category: 'private-registry',
  keywords: ['pass', 'pwd', 'secret', 'token', 'key'],
  // `key=value` / `key: value` / `key value` (java.util.Properties); the value runs to the end of the line.
  pattern: /^[ \t]*(?:systemProp\.)?[\w.-]{1,128}[ \t]*[=:][ \t]*(?<secret>[^\s\\](?:[^\r\n]{0,1022}[^\s\\])?)[ \t]*$/gm,
  // gradle.properties, and the signing files Android and Flutter builds read from it (key.properties:
  // storePassword / keyPassword, Flutter documentation "Build and release an Android app").
  onlyPaths: /(?:^|\/)(?:gradle|key|keystore|signing)\.properties$/i,
  validate: (value, ctx) => {
    const key = gradleKeyOf(ctx);
    if (key === '' || GRADLE_NOT_SECRET.test(key) || standsForSecret(value) || value.length < 4) return false;
    if (GRADLE_PASSWORD_KEY.test(key)) return true;
    return GRADLE_KEY_KEY.test(key) && looksGenerated(value);
  },
};

export const BUILD_FILE_RULES: readonly Rule[] = [mavenSettingsPassword, gradlePropertiesCredential];
