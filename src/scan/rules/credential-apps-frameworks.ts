import type { MatchContext, Rule } from '../types.js';
import { commentedOut, standsIn } from './credential-apps-common.js';
import { linePrefix } from './context.js';

// Web frameworks' settings files (issue 21, part 1): each names its database password and its
// signing keys in a fixed place, so a literal there is the secret, word-like or not.

/** A quoted literal with the quote it opened with, no raw line break: linear (one class per quote). */
const SINGLE_OR_DOUBLE = String.raw`(?:'(?<secret>(?:[^'\\\r\n]|\\.){1,256})'|"(?<secret2>(?:[^"\\\r\n]|\\.){1,256})")`;

/** Words without a digit or a symbol, in any script (`not a secret`, `django_tests_secret_key`, `Passwort`), name themselves. */
function wordsOnly(value: string): boolean {
  return /^\p{L}+(?:[ _.-]\p{L}+)*$/u.test(value);
}

const WP_SALTS = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];

/**
 * wp-config.php: `define( 'DB_PASSWORD', '...' )` and the eight authentication keys and salts
 * (WordPress's wp-config-sample.php has `password_here` and `put your unique phrase here`).
 */
export const wordpressConfigSecret: Rule = {
  id: 'wordpress-config-secret',
  description: 'WordPress wp-config.php: the database password (DB_PASSWORD) or one of the eight authentication keys and salts (AUTH_KEY ... NONCE_SALT)',
  severity: 'critical',
  category: 'generic-secret',
  keywords: ['define'],
  onlyPaths: /(?:^|\/)wp-config[\w.-]*\.php$/i,
  pattern: new RegExp(String.raw`\bdefine[ \t]*\([ \t]*["'](?:DB_PASSWORD|${WP_SALTS.join('|')})["'][ \t]*,[ \t]*${SINGLE_OR_DOUBLE}`, 'g'),
  validate: (value, ctx) => !commentedOut(ctx) && !standsIn(value) && (/DB_PASSWORD/.test(linePrefix(ctx)) ? value.length >= 3 : value.length >= 8 && !wordsOnly(value)),
};

/** Django settings modules: settings.py, local_settings.py, settings_prod.py, settings/production.py. */
const DJANGO_SETTINGS = /(?:^|\/)(?:[\w-]*settings[\w-]*\.py|settings\/[\w-]+\.py)$/i;

/**
 * Django: `SECRET_KEY = '...'` (get_random_secret_key() writes 50 characters; new projects start
 * with a `django-insecure-` one, still the key that signs sessions), `EMAIL_HOST_PASSWORD`, and a
 * `'PASSWORD': '...'` entry of DATABASES. A run of plain words (`'not-a-secret'`) names itself.
 */
export const djangoSettingsSecret: Rule = {
  id: 'django-settings-secret',
  description: 'Django settings: a literal SECRET_KEY, EMAIL_HOST_PASSWORD or DATABASES PASSWORD (startproject django-insecure- keys are django-secret-key findings)',
  severity: 'critical',
  category: 'generic-secret',
  keywords: ['secret_key', 'password'],
  onlyPaths: DJANGO_SETTINGS,
  pattern: new RegExp(String.raw`(?:^[ \t]*(?:SECRET_KEY|EMAIL_HOST_PASSWORD)[ \t]*=[ \t]*[rbu]?|["']PASSWORD["'][ \t]*:[ \t]*)${SINGLE_OR_DOUBLE}`, 'gm'),
  // A startproject key (django-insecure- and 50 characters) is django-secret-key's, wherever it stands.
  validate: (value, ctx) =>
    !commentedOut(ctx) && !standsIn(value) && !wordsOnly(value) && !/^django-insecure-[a-z0-9!@#$%^&*(\-_=+)]{50}$/.test(value) && (/SECRET_KEY/.test(linePrefix(ctx)) ? value.length >= 16 : value.length >= 3),
};

/** A YAML scalar after `key:`: plain or quoted, up to a comment or the line's end. */
const YAML_VALUE = String.raw`["']?(?<secret>[^\s"'#<>{}\[\]|&*!%@\x60][^\s"'#]{0,255})["']?[ \t]*(?:#[^\r\n]*)?\r?$`;

/**
 * Rails: `secret_key_base:` in config/secrets.yml (generated as 128 hex characters) and
 * `password:` in config/database.yml. ERB (`<%= ENV["X"] %>`) is where production reads them.
 */
export const railsConfigSecret: Rule = {
  id: 'rails-config-secret',
  description: 'Rails config/secrets.yml secret_key_base or config/database.yml password with a literal value',
  severity: 'critical',
  category: 'generic-secret',
  keywords: ['secret_key_base', 'password'],
  onlyPaths: /(?:^|\/)config\/(?:secrets|database)[\w.-]*\.ya?ml$/i,
  pattern: new RegExp(String.raw`^[ \t]*(?:secret_key_base|password):[ \t]*${YAML_VALUE}`, 'gm'),
  validate: (value, ctx) => !standsIn(value) && (/secret_key_base/.test(linePrefix(ctx)) ? value.length >= 30 : value.length >= 3 && !/^(?:true|false|null|~)$/i.test(value)),
};

/** Laravel's APP_KEY: `base64:` and 32 random bytes (artisan key:generate), in .env or anywhere it is copied. */
export const laravelAppKey: Rule = {
  id: 'laravel-app-key',
  description: 'Laravel application key (APP_KEY=base64:... of 32 bytes), which encrypts and signs cookies and sessions',
  severity: 'critical',
  category: 'generic-secret',
  keywords: ['app_key'],
  pattern: /\bAPP_KEY[ \t]*[=:][ \t]*["']?base64:(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/g,
  validate: (value) => Buffer.from(value, 'base64').length === 32 && new Set(value).size >= 16,
};

/** Translations and validation rules are arrays keyed `'password'` too: their values are prose or rule lists. */
const NOT_A_CONFIG = /(?:^|\/)(?:lang|languages?|locales?|locali[sz]ation|l10n|i18n|translations?)\//i;

/**
 * `->Password = '...'` (PHPMailer, SwiftMailer wrappers) or `'password' => '...'` in a PHP config
 * array. In an array the key also labels form fields and validation rules (`'required|min:8'`),
 * so there a value of plain words, or of three words and more, is a label or a sentence.
 */
function phpPassword(value: string, ctx: MatchContext): boolean {
  if (commentedOut(ctx) || standsIn(value) || value.length < 3 || NOT_A_CONFIG.test(ctx.file)) return false;
  if (/->Password[ \t]*=[ \t]*["']$/.test(linePrefix(ctx))) return true;
  return !wordsOnly(value) && !/\|/.test(value) && !/^(?:required|nullable|sometimes|confirmed|string|min:|max:)/i.test(value) && !/\S\s+\S+\s+\S/.test(value);
}

export const phpConfigPassword: Rule = {
  id: 'php-config-password',
  description: "A literal password in PHP: a mailer's ->Password = '...' (PHPMailer) or a 'password' => '...' config array entry",
  severity: 'critical',
  category: 'generic-secret',
  keywords: ['password', 'passwd'],
  onlyPaths: /\.(?:php\d?|phtml|inc)$/i,
  pattern: new RegExp(String.raw`(?:->Password[ \t]*=[ \t]*|\[[ \t]*["'](?:password|passwd|pass)["'][ \t]*\][ \t]*=[ \t]*|["'](?:password|passwd|pass)["'][ \t]*=>[ \t]*)${SINGLE_OR_DOUBLE}`, 'g'),
  validate: phpPassword,
};

export const FRAMEWORK_RULES: readonly Rule[] = [wordpressConfigSecret, djangoSettingsSecret, railsConfigSecret, laravelAppKey, phpConfigPassword];
