import type { Rule } from '../types.js';
import { keyFileRule, standsForSecret } from './credential-files-common.js';

// Credential files of database clients, object-storage tools and package indexes: INI-like files
// (`name = value` under `[section]`s) and PostgreSQL's colon-separated password file. Each is read
// by its file name; the format says which value is the password, so a word-like one counts.

/**
 * PostgreSQL's password file: `hostname:port:database:username:password`, `*` for any, `\:` and
 * `\\` escaped, `#` comments (PostgreSQL documentation, "The Password File").
 */
export const pgpassPassword: Rule = {
  id: 'pgpass-password',
  description: 'A password in a PostgreSQL password file (.pgpass / pgpass.conf: host:port:database:user:password)',
  severity: 'critical',
  category: 'url-credentials',
  keywords: [],
  // Five fields; each is escaped characters or characters other than `:`, `\` and newline (disjoint
  // alternatives, so one way to read a line). A comment line starts with `#`.
  pattern:
    /^(?:[^#:\\\s]|\\.)(?:[^:\\\r\n]|\\.){0,252}:(?:\d{1,5}|\*):(?:[^:\\\r\n]|\\.){1,253}:(?:[^:\\\r\n]|\\.){1,253}:(?<secret>(?:[^\\\r\n]|\\.){1,512})\r?$/gm,
  onlyPaths: /(?:^|\/)(?:\.pgpass|pgpass(?:\.conf)?)$/i,
  validate: (value) => !standsForSecret(value.replace(/\\(.)/g, '$1')),
};

/** Sections of MySQL and MariaDB option files that client programs and the server read. */
const MYSQL_SECTION = /^(?:client|mysql|mariadb|mysqld|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlslap|mysqlpump|mysql_upgrade|xtrabackup|mariabackup|sst|galera|innobackupex|clientssl)/;

export const mysqlOptionPassword = keyFileRule({
  id: 'mysql-option-password',
  description: 'A password in a MySQL / MariaDB option file (.my.cnf, my.cnf, *.cnf, my.ini: password= under [client], [mysql], [mysqldump]...)',
  category: 'url-credentials',
  files: /(?:^|\/)(?:[^/]+\.cnf|my(?:-[\w.-]+)?\.ini)$/i,
  // MySQL accepts an unambiguous prefix of an option name; `pass` and `passwd` are the ones used.
  keys: ['password', 'passwd', 'pass'],
  // Any section of a file named for MySQL; in another *.cnf (OpenSSL's) only MySQL's sections.
  section: (section, file) => MYSQL_SECTION.test(section) || (/(?:^|\/)\.?my(?:sql)?[\w.-]*\.(?:cnf|ini)$/i.test(file) && section !== ''),
});

// s3cmd's configuration (`s3cmd --configure` writes it): keys documented in its sample .s3cfg.
export const s3cfgSecret = keyFileRule({
  id: 's3cfg-secret',
  description: 'A secret key, session token or GPG passphrase in an s3cmd configuration file (.s3cfg)',
  category: 'cloud-key',
  files: /(?:^|\/)\.?s3cfg(?:\.ini)?$/i,
  keys: ['secret_key', 'access_token', 'gpg_passphrase', 'proxy_password'],
});

// boto's configuration (.boto, /etc/boto.cfg; gsutil writes the gs_* keys): [Credentials] section.
export const botoCredential = keyFileRule({
  id: 'boto-credential',
  description: 'A secret in a boto / gsutil configuration file (.boto, boto.cfg: aws_secret_access_key, gs_secret_access_key, gs_oauth2_refresh_token)',
  category: 'cloud-key',
  files: /(?:^|\/)(?:\.boto|boto\.cfg|boto\.config)$/i,
  keys: ['aws_secret_access_key', 'gs_secret_access_key', 'gs_oauth2_refresh_token', 'gs_service_key_file_password'],
});

// The AWS CLI and SDKs read keys in every profile of both files (AWS CLI User Guide, "Configuration
// and credential file settings"); aws_security_token is the older name of aws_session_token.
export const awsCredentialsFile = keyFileRule({
  id: 'aws-credentials-file',
  description: 'A secret access key or session token in an AWS shared credentials or config file (~/.aws/credentials, ~/.aws/config), any profile',
  category: 'cloud-key',
  files: /(?:^|\/)(?:\.?aws\/(?:credentials|config)|credentials|aws[_-]?credentials(?:\.ini|\.txt|\.cfg)?)$/i,
  keys: ['aws_secret_access_key', 'aws_session_token', 'aws_security_token'],
  minLength: 8,
});

// distutils/twine's .pypirc: [distutils] lists the index servers; each server's own section may
// hold `password` (an API token `pypi-...`, or a password on private indexes).
export const pypircPassword = keyFileRule({
  id: 'pypirc-password',
  description: 'A password or API token in a .pypirc index-server section ([pypi], [testpypi], a private index)',
  category: 'private-registry',
  files: /(?:^|\/)\.?pypirc$/i,
  keys: ['password'],
  section: (section) => section !== '' && section !== 'distutils',
});

export const INI_CREDENTIAL_RULES: readonly Rule[] = [pgpassPassword, mysqlOptionPassword, s3cfgSecret, botoCredential, awsCredentialsFile, pypircPassword];
