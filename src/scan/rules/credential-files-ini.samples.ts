import type { RuleSamples } from '../types.js';
import { B64, fake, URLSAFE } from './fake.js';

const PGPASS_HEADER = '# hostname:port:database:username:password\n';
const AWS_EXAMPLE_ID = 'AKIAIOSFODNN7EXAMPLE';

export const SAMPLES: Record<string, RuleSamples> = {
  'pgpass-password': {
    positive: [
      { file: '.pgpass', text: `${PGPASS_HEADER}db.acme-internal.net:5432:orders:app:${fake('', 24, undefined, 51)}\n` },
      { file: 'home/deploy/.pgpass', text: `${PGPASS_HEADER}*:*:*:replicator:hunter22\n`, severity: 'critical' },
      { file: 'pgpass.conf', text: 'localhost:5433:analytics:report:Tr0ub4dor\\:3x\n# staging\n' },
      { file: '.pgpass', text: 'pg-primary.acme.io:*:billing:billing_rw:S3cure!Pass#2024\r\n' },
      { file: '.pgpass', text: `db1.acme.io:5432:*:deploy:%-${fake('', 18, undefined, 50)}\n` },
    ],
    negative: [
      { file: '.pgpass', text: `${PGPASS_HEADER}# localhost:5432:mydb:postgres:secret\n` },
      { file: '.pgpass', text: 'hostname:port:database:username:password\n' },
      { file: '.pgpass', text: '*:*:*:postgres:${PGPASSWORD}\n' },
      { file: '.pgpass', text: 'db:5432:app:app:changeme\n' },
      { file: 'notes.txt', text: 'db.acme.io:5432:orders:app:Winter2024\n' },
      { file: '.pgpass', text: 'db:5432:app:app:<your-password>\n' },
      { file: '.pgpass', text: 'db:5432:app:app:%PGPASSWORD%\n*:*:*:*:$(cat /run/secrets/pg)\n' },
    ],
  },
  'mysql-option-password': {
    positive: [
      { file: '.my.cnf', text: `[client]\nuser=backup\npassword=${fake('', 20, undefined, 52)}\nhost=db1.acme.io\n` },
      { file: 'etc/mysql/debian.cnf', text: '# Automatically generated for Debian scripts. DO NOT TOUCH!\n[client]\nhost     = localhost\nuser     = debian-sys-maint\npassword = hunter22\nsocket   = /var/run/mysqld/mysqld.sock\n' },
      { file: 'conf/backup.cnf', text: '[mysqldump]\nuser = dump\npassword = "Sp@ce Station 9"\nsingle-transaction\n' },
      { file: 'my.ini', text: '[mysqld]\nport=3306\n[mysqladmin]\nuser=root\npass=r00tPa55\n' },
    ],
    negative: [
      { file: '.my.cnf', text: '[client]\nuser=root\npassword=\n' },
      { file: '.my.cnf', text: '[client]\n#password=your_password\npassword=${MYSQL_PWD}\n' },
      { file: 'openssl.cnf', text: '[ req ]\ndefault_bits = 2048\n# input_password = secret\nprompt = no\n' },
      { file: '.my.cnf', text: '[client]\npassword = <password>\n' },
      { file: 'my.cnf', text: '[mysqld]\nlog-error=/var/log/mysql/error.log\n!includedir /etc/mysql/conf.d/\n' },
    ],
  },
  's3cfg-secret': {
    positive: [
      { file: '.s3cfg', text: `[default]\naccess_key = ${AWS_EXAMPLE_ID}\naccess_token =\nbucket_location = US\nhost_base = s3.amazonaws.com\nsecret_key = ${fake('', 40, B64, 53)}\nuse_https = True\n` },
      { file: 'backup/.s3cfg', text: '[default]\nhost_base = minio.acme.lan:9000\naccess_key = backup\nsecret_key = minio-backup-2024\ngpg_passphrase =\n' },
      { file: '.s3cfg', text: '[default]\nencrypt = True\ngpg_command = /usr/bin/gpg\ngpg_passphrase = correct horse battery 7\n' },
    ],
    negative: [
      { file: '.s3cfg', text: '[default]\naccess_key =\nsecret_key =\ngpg_passphrase =\n' },
      { file: '.s3cfg', text: '[default]\naccess_key = YOUR_ACCESS_KEY\nsecret_key = YOUR_SECRET_KEY\n' },
    ],
  },
  'boto-credential': {
    positive: [
      { file: '.boto', text: `[Credentials]\ngs_oauth2_refresh_token = 1//${fake('', 60, URLSAFE, 55)}\n\n[Boto]\nhttps_validate_certificates = True\n` },
      { file: 'etc/boto.cfg', text: `[Credentials]\n# HMAC key for the backup service account\ngs_secret_access_key = ${fake('', 40, B64, 57)}\n` },
      { file: '.boto', text: '[Credentials]\naws_access_key_id = minio\naws_secret_access_key = minio-storage-2024\n[s3]\nhost = minio.acme.lan\n' },
    ],
    negative: [
      { file: '.boto', text: '[Credentials]\n# gs_oauth2_refresh_token = <your refresh token>\ngs_secret_access_key =\n' },
      { file: '.boto', text: '[Credentials]\naws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\n' },
    ],
  },
  'aws-credentials-file': {
    positive: [
      { file: '.aws/credentials', text: `[default]\naws_access_key_id = ${AWS_EXAMPLE_ID}\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\n[profile b2]\nendpoint_url = https://s3.us-west-004.backblazeb2.com\naws_access_key_id = 004a1b2c3d4e5f60000000001\naws_secret_access_key = K004${fake('', 27, undefined, 58)}\n` },
      { file: 'home/ops/.aws/config', text: '[default]\nregion = eu-west-1\n\n[profile local-minio]\nendpoint_url = http://localhost:9000\naws_access_key_id = minioadmin\naws_secret_access_key = minio-Adm1n-2024\n' },
      { file: '.aws/credentials', text: `[legacy]\naws_security_token = ${fake('', 120, B64, 59)}\n` },
    ],
    negative: [
      { file: '.aws/credentials', text: `[default]\naws_access_key_id = ${AWS_EXAMPLE_ID}\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n` },
      { file: '.aws/config', text: '[profile sso]\nsso_start_url = https://acme.awsapps.com/start\nsso_region = us-east-1\nregion = us-east-1\noutput = json\n' },
      { file: '.aws/credentials', text: '[default]\naws_secret_access_key = <secret key>\naws_session_token =\n' },
    ],
  },
  'pypirc-password': {
    positive: [
      { file: '.pypirc', text: '[distutils]\nindex-servers =\n    pypi\n    internal\n\n[internal]\nrepository = https://pypi.acme.io/simple/\nusername = deploy\npassword = Wint3rIsComing\n' },
      { file: 'home/me/.pypirc', text: `[distutils]\nindex-servers = testpypi\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = jdoe\npassword = ${fake('', 18, undefined, 60)}\n` },
    ],
    negative: [
      { file: '.pypirc', text: '[pypi]\nusername = __token__\npassword = <PyPI token>\n' },
      { file: '.pypirc', text: '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n' },
    ],
  },
};
