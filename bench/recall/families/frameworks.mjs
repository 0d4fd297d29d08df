// Framework settings that hold credentials, as each framework's generator writes them: WordPress
// wp-config.php (DB_PASSWORD and the eight keys and salts), Django settings.py (SECRET_KEY and
// DATABASES), Rails secrets.yml / database.yml, Laravel .env (APP_KEY base64 of 32 bytes), PHP
// mailers; and shell histories and PowerShell scripts with passwords on the command line.
import { ALNUM, Doc, HEX, randomPassword, wordPassword } from '../lib.mjs';

// WordPress's secret-key service: 64 printable characters (quotes and backslash left out).
const WP_SALT = ALNUM + '!@#$%^&*()-_[]{}<>~`+=,.;:/?|';
// Django's get_random_secret_key(): 50 characters of this alphabet; startproject prefixes django-insecure-.
const DJANGO = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
const pw = (g) => (g.int(2) ? wordPassword(g) : randomPassword(g, 14));
const USERS = ['deploy', 'app', 'root', 'admin', 'reporting', 'etl'];
const HOSTS = ['db1.northwind.io', 'mysql-prod.wingtip.co', 'pg.acme-internal.net'];

export default [
  { family: 'wordpress', format: 'wp-config.php', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['wp-config.php', 'public_html/wp-config.php'])}`, 'wordpress', 'wp-config.php');
    const p = pw(g);
    d.text('<?php', '/** The name of the database for WordPress */', "define( 'DB_NAME', 'wordpress' );", "define( 'DB_USER', 'wp_user' );");
    d.pos(`define( 'DB_PASSWORD', '${p}' );`, p);
    d.text("define( 'DB_HOST', 'localhost' );", "define( 'DB_CHARSET', 'utf8mb4' );", '', '/**#@+', ' * Authentication unique keys and salts.', ' */');
    for (const name of ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].slice(0, 4 + g.int(5))) {
      const v = g.str(64, WP_SALT);
      d.pos(`define( '${name}',${' '.repeat(Math.max(1, 18 - name.length))}'${v}' );`, v);
    }
    d.neg("define( 'NONCE_SALT',       'put your unique phrase here' );", 'put your unique phrase here');
    d.text("$table_prefix = 'wp_';", "define( 'WP_DEBUG', false );", "require_once ABSPATH . 'wp-settings.php';");
    return d;
  } },
  { family: 'django', format: 'settings.py', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['mysite', 'backend', 'shop'])}/settings.py`, 'django', 'settings.py');
    const key = (g.int(2) ? 'django-insecure-' : '') + g.str(50, DJANGO).replace(/'/g, '!');
    const p = pw(g);
    d.text('from pathlib import Path', '', 'BASE_DIR = Path(__file__).resolve().parent.parent', '', '# SECURITY WARNING: keep the secret key used in production secret!');
    d.pos(`SECRET_KEY = '${key}'`, key);
    d.text('', 'DEBUG = False', "ALLOWED_HOSTS = ['shop.fabrikam.dev']", '', 'INSTALLED_APPS = [', "    'django.contrib.admin',", "    'django.contrib.auth',", "    'django.contrib.sessions',", "    'orders',", ']', '',
      'DATABASES = {', "    'default': {", "        'ENGINE': 'django.db.backends.postgresql',", "        'NAME': 'shop',", "        'USER': 'shop',");
    d.pos(`        'PASSWORD': '${p}',`, p);
    d.text(`        'HOST': '${g.pick(HOSTS)}',`, "        'PORT': '5432',", '    },', "    'analytics': {", "        'ENGINE': 'django.db.backends.postgresql',");
    d.neg("        'PASSWORD': os.environ.get('ANALYTICS_DB_PASSWORD', ''),", "os.environ.get('ANALYTICS_DB_PASSWORD', '')");
    d.text('    },', '}', '');
    d.neg("AUTH_PASSWORD_VALIDATORS = [{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'}]", 'MinimumLengthValidator');
    d.neg("PASSWORD_RESET_TIMEOUT = 259200", 'PASSWORD_RESET_TIMEOUT');
    return d;
  } },
  { family: 'rails', format: 'secrets.yml', make(g, s) {
    const d = new Doc(`${s}/config/secrets.yml`, 'rails', 'secrets.yml');
    const a = g.str(128, HEX), b = g.str(128, HEX);
    d.text('# Be sure to restart your server when you modify this file.', '', 'development:');
    d.pos(`  secret_key_base: ${a}`, a);
    d.text('', 'test:');
    d.pos(`  secret_key_base: ${b}`, b);
    d.text('', '# Do not keep production secrets in the repository,', '# read them from the environment instead.', 'production:');
    d.neg('  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', '<%= ENV["SECRET_KEY_BASE"] %>');
    return d;
  } },
  { family: 'rails', format: 'database.yml', make(g, s) {
    const d = new Doc(`${s}/config/database.yml`, 'rails', 'database.yml');
    const p = pw(g);
    d.text('default: &default', '  adapter: postgresql', '  encoding: unicode', '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>', '', 'development:', '  <<: *default', '  database: app_development', '', 'production:', '  <<: *default', '  database: app_production', '  username: app');
    d.pos(`  password: ${p}`, p);
    d.text(`  host: ${g.pick(HOSTS)}`, '', 'staging:', '  <<: *default', '  database: app_staging');
    d.neg('  password: <%= ENV["APP_DATABASE_PASSWORD"] %>', '<%= ENV["APP_DATABASE_PASSWORD"] %>');
    return d;
  } },
  { family: 'laravel', format: 'laravel-env', make(g, s) {
    const d = new Doc(`${s}/.env`, 'laravel', 'laravel-env');
    const key = 'base64:' + g.bytes(32).toString('base64'), p = pw(g), m = randomPassword(g, 16);
    d.text('APP_NAME=Laravel', 'APP_ENV=production');
    d.pos(`APP_KEY=${key}`, key);
    d.text('APP_DEBUG=false', 'APP_URL=https://shop.fabrikam.dev', '', 'DB_CONNECTION=mysql', 'DB_HOST=127.0.0.1', 'DB_PORT=3306', 'DB_DATABASE=shop', 'DB_USERNAME=shop');
    d.pos(`DB_PASSWORD=${p}`, p, { family: 'password' });
    d.text('', 'MAIL_MAILER=smtp', 'MAIL_HOST=smtp.mailgun.org', 'MAIL_PORT=587', 'MAIL_USERNAME=postmaster');
    d.pos(`MAIL_PASSWORD=${m}`, m, { family: 'password' });
    d.neg('REDIS_PASSWORD=null', 'null');
    d.neg('AWS_SECRET_ACCESS_KEY=', 'AWS_SECRET_ACCESS_KEY=');
    d.neg('PUSHER_APP_SECRET=', 'PUSHER_APP_SECRET=');
    return d;
  } },
  { family: 'php-mailer', format: 'php', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['contact.php', 'inc/mailer.php', 'lib/send_mail.php'])}`, 'php-mailer', 'php');
    const p = pw(g);
    d.text('<?php', 'use PHPMailer\\PHPMailer\\PHPMailer;', "require 'vendor/autoload.php';", '', '$mail = new PHPMailer(true);', '$mail->isSMTP();', "$mail->Host = 'smtp.office365.com';", '$mail->SMTPAuth = true;', "$mail->Username = 'noreply';");
    d.pos(`$mail->Password = '${p}';`, p);
    d.text("$mail->SMTPSecure = 'tls';", '$mail->Port = 587;', '');
    d.neg("$mail->Password = getenv('SMTP_PASSWORD');", "getenv('SMTP_PASSWORD')");
    d.neg("// $mail->Password = 'your_password';", 'your_password');
    return d;
  } },
  { family: 'shell-history', format: 'bash_history', make(g, s) {
    const zsh = g.int(2) === 0;
    const d = new Doc(`${s}/${zsh ? '.zsh_history' : '.bash_history'}`, 'shell-history', zsh ? 'zsh_history' : 'bash_history');
    const ts = () => (zsh ? `: ${1700000000 + g.int(9999999)}:0;` : '');
    const ordinary = ['ls -la', 'cd /var/www/app', 'git status', 'git pull origin main', 'sudo systemctl restart nginx', 'tail -f /var/log/nginx/error.log', 'docker ps', 'df -h', 'htop',
      'vim config/app.yml', 'npm ci', 'npm run build', 'kubectl get pods -n web', 'ssh web2', 'history | grep deploy', 'top', 'free -m', 'cat /etc/os-release', 'journalctl -u app -n 100', 'exit'];
    const secrets = [
      (p) => [`mysql -u root -p${p} shop`, p],
      (p) => [`curl -u ${g.pick(USERS)}:${p} https://nexus.fabrikam.dev/service/rest/v1/status`, p],
      (p) => [`export DEPLOY_TOKEN=${p}`, p],
      (p) => [`sshpass -p '${p}' ssh deploy@${g.pick(HOSTS)}`, p],
      (p) => [`PGPASSWORD=${p} psql -h ${g.pick(HOSTS)} -U app orders`, p],
      (p) => [`mysqldump -u backup --password=${p} --all-databases > all.sql`, p],
    ];
    const picks = [0, 1, 2, 3, 4, 5].sort(() => g.rnd() - 0.5).slice(0, 3);
    const at = new Set(picks.map(() => g.int(30)));
    let k = 0;
    for (let i = 0; i < 40; i++) {
      if (at.has(i) && k < picks.length) { const [line, v] = secrets[picks[k++]](pw(g)); d.pos(ts() + line, v); } else d.text(ts() + g.pick(ordinary));
    }
    d.neg(ts() + 'mysql -u root -p shop', '-p shop');
    d.neg(ts() + 'curl -u "$USER:$API_TOKEN" https://api.fabrikam.dev/v1/jobs', '$API_TOKEN');
    d.neg(ts() + 'read -s DB_PASSWORD && export DB_PASSWORD', 'read -s DB_PASSWORD');
    return d;
  } },
  { family: 'shell-history', format: 'sql_history', make(g, s) {
    const psql = g.int(2) === 0;
    const d = new Doc(`${s}/${psql ? '.psql_history' : '.mysql_history'}`, 'shell-history', psql ? 'psql_history' : 'mysql_history');
    const p = pw(g), q = pw(g);
    d.text('select count(*) from orders;', 'show tables;', 'select * from users limit 10;');
    d.pos(psql ? `ALTER USER reporting WITH PASSWORD '${p}';` : `CREATE USER 'reporting'@'%' IDENTIFIED BY '${p}';`, p);
    d.text('\\dt', 'select now();');
    d.pos(psql ? `CREATE ROLE etl LOGIN PASSWORD '${q}';` : `SET PASSWORD FOR 'etl'@'%' = '${q}';`, q);
    d.neg(psql ? "\\password reporting" : "ALTER USER 'app'@'%' IDENTIFIED WITH auth_socket;", psql ? '\\password' : 'auth_socket');
    d.neg("select id, password_changed_at from users where password_changed_at < now() - interval '90 days';", 'password_changed_at');
    return d;
  } },
  { family: 'powershell', format: 'powershell', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['scripts/deploy.ps1', 'Setup-Server.ps1', 'tools/backup.ps1'])}`, 'powershell', 'powershell');
    const a = pw(g), b = pw(g), c = pw(g);
    d.text('param([string]$Environment = "prod")', '$ErrorActionPreference = "Stop"', 'Import-Module VMware.PowerCLI');
    d.pos(`$secure = ConvertTo-SecureString "${a}" -AsPlainText -Force`, a);
    d.text('$cred = New-Object System.Management.Automation.PSCredential("svc_deploy", $secure)');
    d.pos(`Connect-VIServer -Server vcenter.fabrikam.dev -User administrator@vsphere.local -Password '${b}'`, b);
    d.pos(`net use Z: \\\\files01\\share /user:FABRIKAM\\backup ${c}`, c);
    d.text('Copy-Item -Path .\\build\\* -Destination Z:\\releases -Recurse');
    d.neg('$secure = Read-Host -Prompt "Password" -AsSecureString', 'Read-Host');
    d.neg('$secure = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force', '$env:DEPLOY_PASSWORD');
    d.neg('Connect-VIServer -Server vcenter.fabrikam.dev -Credential (Get-Credential)', 'Get-Credential');
    return d;
  } },
];
