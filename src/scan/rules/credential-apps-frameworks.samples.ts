import type { RuleSamples } from '../types.js';
import { fake, HEX } from './fake.js';

/** Characters WordPress's secret-key service draws from (no quote or backslash). */
const WP_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_[]{}<>~`+=,.;:/?|';
/** Django's get_random_secret_key() alphabet. */
const DJANGO_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';

const wpConfig = (password: string, salt: string) => `<?php
/**
 * The base configuration for WordPress
 */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_shop' );
define( 'DB_PASSWORD', '${password}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '${salt}' );

$table_prefix = 'wp_';
`;

export const SAMPLES: Record<string, RuleSamples> = {
  'wordpress-config-secret': {
    positive: [
      { file: 'wp-config.php', text: wpConfig('Wp#shop2024', 'put your unique phrase here'), severity: 'critical' },
      { file: 'public_html/wp-config.php', text: wpConfig('password_here', fake('', 64, WP_CHARS, 501)) },
      { file: 'wp-config-production.php', text: `<?php\ndefine('DB_PASSWORD', "${fake('', 18, undefined, 502)}");\n` },
      { file: 'wp-config.php', text: `<?php\ndefine( 'NONCE_SALT', '${fake('', 64, WP_CHARS, 503)}' );\n` },
    ],
    negative: [
      { file: 'wp-config-sample.php', text: wpConfig('password_here', 'put your unique phrase here') },
      { file: 'wp-config.php', text: "<?php\ndefine( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );\ndefine( 'AUTH_KEY', getenv('AUTH_KEY') );\n" },
      { file: 'wp-config.php', text: "<?php\ndefine( 'DB_PASSWORD', '' );\n// define( 'AUTH_KEY', 'old-key-2019' );\n" },
    ],
  },
  'django-settings-secret': {
    positive: [
      { file: 'mysite/settings.py', text: `from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\n# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '${fake('', 50, DJANGO_CHARS, 511)}'\n\nDEBUG = True\n`, severity: 'critical' },
      { file: 'shop/settings/production.py', text: `SECRET_KEY = "${fake('', 50, DJANGO_CHARS, 512)}"\nALLOWED_HOSTS = ["shop.acme.io"]\n` },
      { file: 'shop/settings/base.py', text: "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'shop',\n        'USER': 'shop',\n        'PASSWORD': 'sh0p-db!',\n        'HOST': 'db.internal',\n    }\n}\n" },
      { file: 'local_settings.py', text: "EMAIL_HOST = 'smtp.mailgun.org'\nEMAIL_HOST_USER = 'postmaster@mg.acme.io'\nEMAIL_HOST_PASSWORD = 'Mailgun2024'\n" },
    ],
    negative: [
      { file: 'mysite/settings.py', text: "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nSECRET_KEY = env('SECRET_KEY')\n" },
      { file: 'tests/settings.py', text: "SECRET_KEY = 'django_tests_secret_key'\n" },
      { file: 'project/settings.py', text: "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'PASSWORD': ''}}\nSECRET_KEY = '<your-secret-key>'\n" },
      { file: 'docs/settings.py', text: "SECRET_KEY = 'change-me'\nEMAIL_HOST_PASSWORD = 'your-password'\n" },
    ],
  },
  'rails-config-secret': {
    positive: [
      { file: 'config/secrets.yml', text: `# Be sure to restart your server when you modify this file.\ndevelopment:\n  secret_key_base: ${fake('', 128, HEX, 521)}\n\nproduction:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n`, severity: 'critical' },
      { file: 'config/database.yml', text: "default: &default\n  adapter: postgresql\n  encoding: unicode\n  pool: 5\n\nproduction:\n  <<: *default\n  database: shop_production\n  username: shop\n  password: Rails#2024\n  host: db.internal\n" },
    ],
    negative: [
      { file: 'config/database.yml', text: "production:\n  adapter: postgresql\n  username: shop\n  password: <%= ENV['SHOP_DATABASE_PASSWORD'] %>\n" },
      { file: 'config/database.yml', text: 'development:\n  adapter: mysql2\n  username: root\n  password:\n  host: localhost\n' },
      { file: 'config/secrets.yml', text: 'production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n' },
    ],
  },
  'laravel-app-key': {
    positive: [
      { file: '.env', text: `APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=base64:${Buffer.from(fake('', 64, HEX, 531), 'hex').toString('base64')}\nAPP_DEBUG=false\nAPP_URL=https://shop.acme.io\n` },
      { file: 'docker-compose.yml', text: `services:\n  app:\n    environment:\n      APP_KEY: "base64:${Buffer.from(fake('', 64, HEX, 532), 'hex').toString('base64')}"\n` },
    ],
    negative: [
      { file: '.env.example', text: 'APP_NAME=Laravel\nAPP_ENV=local\nAPP_KEY=\nAPP_DEBUG=true\n' },
      { file: 'config/app.php', text: "'key' => env('APP_KEY'),\n'cipher' => 'AES-256-CBC',\n" },
      { file: '.env', text: 'APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n' },
    ],
  },
  'php-config-password': {
    positive: [
      { file: 'contact.php', text: "<?php\n$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'mail.acme.io';\n$mail->SMTPAuth = true;\n$mail->Username = 'contact';\n$mail->Password = 'Contact#2024';\n$mail->Port = 587;\n" },
      { file: 'application/config/database.php', text: "<?php\n$db['default'] = array(\n\t'dsn'\t=> '',\n\t'hostname' => 'localhost',\n\t'username' => 'shop',\n\t'password' => 'sh0pDB!2023',\n\t'database' => 'shop',\n);\n" },
      { file: 'config.inc.php', text: `<?php\n$cfg['Servers'][$i]['password'] = '${fake('', 16, undefined, 541)}';\n` },
    ],
    negative: [
      { file: 'config/database.php', text: "<?php\n'password' => env('DB_PASSWORD', ''),\n'password' => '',\n" },
      { file: 'resources/lang/de/auth.php', text: "<?php\nreturn ['password' => 'Passwort', 'failed' => 'Falsch.'];\n" },
      { file: 'lang/en/auth.php', text: "<?php\nreturn ['password' => 'The provided password is incorrect.'];\n" },
      { file: 'mailer.php', text: "<?php\n$mail->Password = getenv('SMTP_PASSWORD');\n$mail->Password = $config['smtp_password'];\n" },
    ],
  },
};
