import type { RuleSamples } from '../types.js';
import { B64, fake } from './fake.js';

/** The crypt(3) alphabet. */
const CRYPT64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const bcrypt = (seed: number, v = '2y') => `$${v}$10$${fake('', 53, CRYPT64, seed)}`;
const sha512crypt = (seed: number) => `$6$${fake('', 16, CRYPT64, seed)}$${fake('', 86, CRYPT64, seed + 1)}`;
const apr1 = (seed: number) => `$apr1$${fake('', 8, CRYPT64, seed)}$${fake('', 22, CRYPT64, seed + 1)}`;
const phpass = (seed: number) => `$P$B${fake('', 30, CRYPT64, seed)}`;
const django = (seed: number) => `pbkdf2_sha256$600000$${fake('', 22, undefined, seed)}$${fake('', 43, B64, seed + 1)}=`;

export const SAMPLES: Record<string, RuleSamples> = {
  'password-file-hash': {
    positive: [
      { file: 'deploy/.htpasswd', text: `admin:${apr1(71)}\n`, severity: 'high' },
      { file: 'conf/site.htpasswd', text: `# staging users\nstaging:${bcrypt(73)}\n` },
      { file: '.htpasswd', text: `monitor:{SHA}${fake('', 27, B64, 74)}=\n` },
      { file: 'backup/etc/shadow', text: `root:*:19700:0:99999:7:::\ndaemon:*:19700:0:99999:7:::\nsshd:!:19700::::::\nops:${sha512crypt(75)}:19701:0:99999:7:::\nnobody:x:19700:0:99999:7:::\n` },
      { file: 'etc/shadow', text: `deploy:$y$j9T$${fake('', 22, CRYPT64, 77)}$${fake('', 43, CRYPT64, 78)}:19800:0:99999:7:::\n` },
      { file: '.htpasswd', text: `legacy:aB3x.Yz9/Qw1R\n` },
    ],
    negative: [
      { file: 'etc/shadow', text: 'root:*:19700:0:99999:7:::\nbin:!:19700::::::\nops:!$6$aaaa$locked:19701:0:99999:7:::\nnobody:x:19700:0:99999:7:::\n' },
      { file: 'etc/passwd', text: 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n' },
      { file: 'README.md', text: `Create it with htpasswd:\n\n    admin:${apr1(79)}\n` },
      { file: '.htpasswd', text: 'admin:plaintextpw\n' },
    ],
  },
  'sql-dump-password-hash': {
    positive: [
      { file: 'backup/wordpress.sql', text: `LOCK TABLES \`wp_users\` WRITE;\nINSERT INTO \`wp_users\` VALUES (1,'admin','${phpass(81)}','admin','ops','','2024-01-02 10:00:00','',0,'admin');\nUNLOCK TABLES;\n`, severity: 'high' },
      { file: 'db/dump.sql', text: `COPY public.auth_user (id, password, last_login, is_superuser, username) FROM stdin;\n1\t${django(83)}\t\\N\tt\tadmin\n\\.\n` },
      { file: 'seed.sql', text: `INSERT INTO users (id, login, password_hash, created_at)\nVALUES\n  (1, 'ops', '${bcrypt(85, '2b')}', now());\n` },
      { file: 'globals.sql', text: `--\n-- Roles\n--\n\nCREATE ROLE app;\nALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:${fake('', 22, B64, 92)}==$${fake('', 43, B64, 93)}=:${fake('', 43, B64, 94)}=';\n` },
      { file: 'mysql-users.sql', text: `INSERT INTO \`user\` VALUES ('%','app','*${fake('', 40, '0123456789ABCDEF', 95)}','N','N');\n` },
      { file: 'roles.sql', text: `ALTER ROLE report WITH LOGIN PASSWORD 'md5${fake('', 32, '0123456789abcdef', 96)}';\n` },
      { file: 'backup/wp68.sql', text: `INSERT INTO \`wp_users\` VALUES (1,'admin','$wp${bcrypt(98)}','admin','ops','','2025-05-02 10:00:00','',0,'admin');\n` },
      { file: 'drupal7.sql', text: `INSERT INTO \`users\` VALUES (1,'admin','$S$D${fake('', 51, CRYPT64, 99)}','','',0,0,0,1);\n` },
      { file: 'users.sql', text: `UPDATE accounts SET password = '${sha512crypt(87)}' WHERE login = 'ops';\n` },
    ],
    negative: [
      { file: 'schema.sql', text: 'CREATE TABLE users (\n  id serial PRIMARY KEY,\n  password_hash varchar(60) NOT NULL -- bcrypt, e.g. $2y$10$...\n);\n' },
      { file: 'notes.txt', text: `INSERT INTO users VALUES (1, 'admin', '${bcrypt(89)}');\n` },
      { file: 'fill_help_tables.sql', text: `INSERT INTO help_topic VALUES (1,'ALTER USER','Change the password with the hash:\\n\\nALTER USER foo IDENTIFIED BY PASSWORD \\'*${fake('', 40, '0123456789ABCDEF', 97)}\\';');\n` },
      { file: 'dump.sql', text: `-- the hash of the default password\n-- ${bcrypt(91)}\nSELECT 1;\n` },
      { file: 'dump.sql', text: "INSERT INTO users VALUES (1, 'admin', '$2y$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');\n" },
    ],
  },
};
