// Credential files of command-line tools, each written as the tool's documentation describes it:
// .netrc (GNU inetutils), .git-credentials (git-credential-store), .pgpass (libpq), MySQL option
// files, s3cmd's .s3cfg, boto's .boto, the AWS CLI's credentials and config, .pypirc, .npmrc,
// .yarnrc.yml, and Docker's .dockercfg / config.json.
import { B64, Doc, HEX, UPPER_ALNUM, checksummedToken, randomPassword, wordPassword } from '../lib.mjs';

const HOSTS = ['db1.northwind.io', 'pg.acme-internal.net', 'ftp.contoso-media.com', 'git.fabrikam.dev', 'build.tailspin.cloud', 'mysql-prod.wingtip.co'];
const USERS = ['deploy', 'jenkins', 'app', 'backup', 'report', 'svc_etl', 'mkovacs', 'tlindqvist'];
const pw = (g) => (g.int(2) ? wordPassword(g) : randomPassword(g, 12 + g.int(10)));
const awsId = (g) => 'AK' + 'IA' + g.str(16, UPPER_ALNUM.replace(/[0189]/g, ''));
const awsSecret = (g) => g.str(40, B64);

export default [
  { family: 'netrc', format: 'netrc', make(g, s) {
    const d = new Doc(`${s}/${g.int(4) ? '.netrc' : '_netrc'}`, 'netrc', 'netrc');
    const a = pw(g), b = pw(g), c = pw(g);
    d.text('# ftp and api logins', '');
    d.pos(`machine ${g.pick(HOSTS)} login ${g.pick(USERS)} password ${a}`, a);
    d.text('');
    d.pos(`machine ${g.pick(HOSTS)}\n  login ${g.pick(USERS)}\n  password ${b}`, b);
    d.text('', `machine api.heroku.com`, `  login ${g.pick(USERS)}`);
    d.pos(`  password ${c}`, c);
    d.neg('machine example.com login anonymous password <password>', '<password>');
    d.neg('# machine HOST login USER password PASSWORD', 'PASSWORD');
    d.neg('default login anonymous password $NETRC_PASSWORD', '$NETRC_PASSWORD');
    return d;
  } },
  { family: 'git-credentials', format: 'git-credentials', make(g, s) {
    const d = new Doc(`${s}/.git-credentials`, 'git-credentials', 'git-credentials');
    const t = checksummedToken(g, 'gh' + 'p_'), p = pw(g);
    d.pos(`https://${g.pick(USERS)}:${t}@github.com`, t, { family: 'github' });
    d.pos(`https://${g.pick(USERS)}:${p}@${g.pick(HOSTS)}`, p);
    d.neg('https://username:password@example.com', 'password');
    d.neg('https://user:${GIT_TOKEN}@git.fabrikam.dev', '${GIT_TOKEN}');
    return d;
  } },
  { family: 'pgpass', format: 'pgpass', make(g, s) {
    const d = new Doc(`${s}/.pgpass`, 'pgpass', 'pgpass');
    d.text('# hostname:port:database:username:password', '# reporting replicas, see runbook');
    for (let i = 0; i < 3; i++) { const p = pw(g); d.pos(`${g.pick(HOSTS)}:5432:${g.pick(['orders', 'billing', '*'])}:${g.pick(USERS)}:${p}`, p); }
    d.neg('localhost:5432:*:postgres:changeme', 'changeme');
    d.neg('*:*:*:replicator:<password>', '<password>');
    d.neg('# db.example.com:5432:mydb:myuser:mypassword', 'mypassword');
    return d;
  } },
  { family: 'mysql-option-file', format: 'my.cnf', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['.my.cnf', 'etc/mysql/debian.cnf', 'conf/my.cnf'])}`, 'mysql-option-file', 'my.cnf');
    const a = pw(g), b = pw(g);
    d.text('[client]', `user = ${g.pick(USERS)}`, `host = ${g.pick(HOSTS)}`);
    d.pos(`password = ${a}`, a);
    d.text('', '[mysqldump]', 'user = backup');
    d.pos(`password="${b}"`, b);
    d.text('', '[mysqld]', 'max_connections = 200');
    d.neg('# password = your_password', 'your_password');
    d.neg('password =', 'password =');
    return d;
  } },
  { family: 's3cfg', format: 's3cfg', make(g, s) {
    const d = new Doc(`${s}/.s3cfg`, 's3cfg', 's3cfg');
    const id = awsId(g), sec = awsSecret(g);
    d.text('[default]');
    d.pos(`access_key = ${id}`, id, { family: 'aws' });
    d.text('bucket_location = EU', 'host_base = s3.amazonaws.com', 'host_bucket = %(bucket)s.s3.amazonaws.com');
    d.pos(`secret_key = ${sec}`, sec);
    d.text('use_https = True', 'signature_v2 = False');
    d.neg('gpg_passphrase = ', 'gpg_passphrase');
    d.neg('proxy_host = ', 'proxy_host');
    return d;
  } },
  { family: 'boto', format: 'boto', make(g, s) {
    const d = new Doc(`${s}/.boto`, 'boto', 'boto');
    const id = awsId(g), sec = awsSecret(g);
    d.text('[Credentials]');
    d.pos(`aws_access_key_id = ${id}`, id, { family: 'aws' });
    d.pos(`aws_secret_access_key = ${sec}`, sec);
    d.text('', '[Boto]', 'debug = 0', 'num_retries = 10', '', '[GSUtil]', 'default_project_id = analytics-2231');
    d.neg('# gs_secret_access_key = <your secret>', '<your secret>');
    d.neg('gs_oauth2_refresh_token =', 'gs_oauth2_refresh_token');
    return d;
  } },
  { family: 'aws', format: 'aws-credentials', make(g, s) {
    const d = new Doc(`${s}/.aws/credentials`, 'aws', 'aws-credentials');
    for (const profile of ['default', 'staging', 'ci']) {
      const id = awsId(g), sec = awsSecret(g);
      d.text(`[${profile}]`);
      d.pos(`aws_access_key_id = ${id}`, id);
      d.pos(`aws_secret_access_key = ${sec}`, sec);
      d.text('');
    }
    d.neg('[example]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE');
    d.neg('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    d.neg('credential_process = /opt/bin/awsvault export --json ci', 'credential_process');
    d.neg('aws_session_token = ${AWS_SESSION_TOKEN}', '${AWS_SESSION_TOKEN}');
    return d;
  } },
  { family: 'aws', format: 'aws-config', make(g, s) {
    const d = new Doc(`${s}/.aws/config`, 'aws', 'aws-config');
    const id = awsId(g), sec = awsSecret(g);
    d.text('[default]', 'region = eu-central-1', 'output = json', '', '[profile legacy]', 'region = us-east-1');
    d.pos(`aws_access_key_id=${id}`, id);
    d.pos(`aws_secret_access_key=${sec}`, sec);
    d.text('', '[profile sso-dev]', 'sso_start_url = https://acme.awsapps.com/start', 'sso_region = eu-central-1', `sso_account_id = ${g.str(12, '0123456789')}`);
    d.neg('role_arn = arn:aws:iam::123456789012:role/deploy', 'arn:aws:iam::123456789012:role/deploy');
    d.neg('source_profile = default', 'source_profile');
    return d;
  } },
  { family: 'pypi', format: 'pypirc', make(g, s) {
    const d = new Doc(`${s}/.pypirc`, 'pypi', 'pypirc');
    const tok = 'pypi-' + 'AgEIcHlwaS5vcmc' + g.str(120, B64.replace('+/', '-_'));
    const p = pw(g);
    d.text('[distutils]', 'index-servers =', '    pypi', '    internal', '', '[pypi]', 'username = __token__');
    d.pos(`password = ${tok}`, tok);
    d.text('', '[internal]', 'repository = https://pypi.fabrikam.dev/simple/', `username = ${g.pick(USERS)}`);
    d.pos(`password = ${p}`, p, { family: 'pypirc' });
    d.neg('# password = <your PyPI token>', '<your PyPI token>');
    d.neg('[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__', '__token__');
    return d;
  } },
  { family: 'npm', format: 'npmrc', make(g, s) {
    const d = new Doc(`${s}/.npmrc`, 'npm', 'npmrc');
    const t = checksummedToken(g, 'np' + 'm_'), basic = Buffer.from(`${g.pick(USERS)}:${pw(g)}`).toString('base64'), legacy = g.uuid();
    d.text('registry=https://registry.npmjs.org/', '@fabrikam:registry=https://npm.fabrikam.dev/', 'save-exact=true');
    d.pos(`//registry.npmjs.org/:_authToken=${t}`, t);
    d.pos(`//npm.fabrikam.dev/:_auth=${basic}`, basic, { family: 'npmrc-auth' });
    d.pos(`//nexus.tailspin.cloud/repository/npm/:_authToken=${legacy}`, legacy, { family: 'npmrc-auth' });
    d.neg('//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '${NPM_TOKEN}');
    d.neg('always-auth=true', 'always-auth');
    d.neg('//npm.pkg.github.com/:_authToken=${{ secrets.GITHUB_TOKEN }}', 'secrets.GITHUB_TOKEN');
    return d;
  } },
  { family: 'npmrc-auth', format: 'yarnrc.yml', make(g, s) {
    const d = new Doc(`${s}/.yarnrc.yml`, 'npmrc-auth', 'yarnrc.yml');
    const t = checksummedToken(g, 'np' + 'm_'), ident = Buffer.from(`ci:${pw(g)}`).toString('base64');
    d.text('nodeLinker: node-modules', 'yarnPath: .yarn/releases/yarn-4.1.0.cjs', 'npmScopes:', '  fabrikam:', '    npmRegistryServer: "https://npm.fabrikam.dev"');
    d.pos(`    npmAuthIdent: "${ident}"`, ident);
    d.text('npmRegistries:', '  "https://registry.npmjs.org":');
    d.pos(`    npmAuthToken: ${t}`, t, { family: 'npm' });
    d.neg('npmAuthToken: "${NPM_AUTH_TOKEN}"', '${NPM_AUTH_TOKEN}');
    d.neg('enableTelemetry: false', 'enableTelemetry');
    return d;
  } },
  { family: 'docker-auth', format: 'docker-config.json', make(g, s) {
    const d = new Doc(`${s}/${g.int(2) ? '.docker/config.json' : '.dockercfg'}`, 'docker-auth', 'docker-config.json');
    const a = Buffer.from(`${g.pick(USERS)}:${pw(g)}`).toString('base64');
    const b = Buffer.from(`_json_key:${randomPassword(g, 24)}`).toString('base64');
    const idt = g.str(40, HEX) + g.str(24);
    d.text('{', '  "auths": {', '    "registry.fabrikam.dev": {');
    d.pos(`      "auth": "${a}"`, a);
    d.text('    },', '    "eu.gcr.io": {');
    d.pos(`      "auth": "${b}",`, b);
    d.text('      "email": ""', '    },', '    "acr.tailspin.cloud": {');
    d.pos(`      "identitytoken": "${idt}"`, idt);
    d.text('    },', '    "https://index.docker.io/v1/": {}', '  },');
    d.neg('  "credsStore": "desktop",', 'desktop');
    d.neg('  "credHelpers": { "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login" },', 'ecr-login');
    d.neg(`  "auth_example": "${Buffer.from('username:password').toString('base64')}",`, Buffer.from('username:password').toString('base64'));
    d.text('  "currentContext": "default"', '}');
    return d;
  } },
];
