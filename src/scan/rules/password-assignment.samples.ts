import type { RuleSamples } from '../types.js';
import { fake } from './fake.js';

// Word-like passwords under password-like names, in the syntaxes people write them in. Random
// ones of 16 or more characters are generic-secret's; these are the ones entropy cannot see.
export const SAMPLES: Record<string, RuleSamples> = {
  'password-assignment': {
    positive: [
      { file: '.env', text: 'APP_NAME=shop\nDB_HOST=db\nDB_PASSWORD=admin123\nDB_PORT=5432\n', severity: 'medium', evidence: 'shape' },
      { file: 'config/app.yml', text: 'database:\n  user: shop\n  password: hunter22\n  host: db.internal\n' },
      { file: 'shop/db_config.py', text: 'DB = {\n    "user": "shop",\n    "PASSWORD": "Summer2024!",\n}\n' },
      { file: 'db.go', text: 'cfg := Config{User: "shop", Password: "letmein42", Host: "db"}\n' },
      { file: 'notify.php', text: "<?php\n$dbUser = 'ops';\n$dbPass = 'Qwerty#77';\n" },
      { file: 'constants.php', text: "<?php\ndefine( 'MAIL_USER', 'shop' );\ndefine( 'MAIL_PASSWORD', 'w0rdpress!' );\n" },
      { file: 'database.rb', text: "ActiveRecord::Base.establish_connection(adapter: 'mysql2', username: 'app', password: 'rails2023')\n" },
      { file: 'application.properties', text: 'spring.datasource.username=app\nspring.datasource.password=Spring#2024\n' },
      { file: 'server.xml', text: '<datasource>\n  <user>app</user>\n  <password>tomcat8080</password>\n</datasource>\n' },
      { file: 'Main.java', text: 'String dbPassword = "P4ssw0rd2024";\n', severity: 'medium' },
      { file: 'app.js', text: "const client = new Client({ user: 'app', password: 'mongo4life' });\n" },
      { file: 'deploy.sh', text: '#!/bin/sh\n./bin/upload --user=root --password=toor1234 dist/\n' },
      { file: 'config.toml', text: '[smtp]\nhost = "mail.acme.io"\npassphrase = "blue-Horse-42"\n' },
      { file: 'secrets.yml', text: 'production:\n  secret_key_base: "a8Zk2!pQ"\n' },
      { file: '.env', text: `ADMIN_PASS=${fake('', 14, undefined, 61)}!\n`, severity: 'high' },
      { file: 'docker-compose.yml', text: 'services:\n  db:\n    environment:\n      - MYSQL_ROOT_PASSWORD=123456\n' },
      { file: 'values.yaml', text: 'db:\n  password: &db_password hunter22\nreplica:\n  password: *db_password\n' },
      { file: 'values.yaml', text: 'admin:\n  password: !!str 20240917\n' },
      { file: 'hooks.ts', text: "export const WEBHOOK_SECRET = 'hook-2024-prod';\n" },
    ],
    negative: [
      { file: '.env', text: 'DB_PASSWORD=\nDB_PASSWORD=changeme\nDB_PASSWORD=${DB_PASSWORD}\n' },
      { file: 'config.yml', text: 'password: <password>\npassword: "{{ db_password }}"\npassword: xxxxxxxx\npassword: "***"\n' },
      { file: 'settings.py', text: 'PASSWORD = os.environ["DB_PASSWORD"]\nPASSWORD = get_secret("db")\nDSN = "%(password)s"\n' },
      { file: 'config.ini', text: '[db]\npassword = your-password-here\npassword = %(db_password)s\n' },
      { file: 'form.html', text: '<input type="password" name="password" placeholder="Password">\n' },
      { file: 'user.py', text: 'password_confirmation = "again1234"\nPASSWORD_MIN_LENGTH = 12\nmin_password_length = 8\n' },
      { file: 'messages.json', text: '{ "password": "Mot de passe", "forgot_password": "Forgot2 it?" }\n' },
      { file: 'app.js', text: "const password = req.body.password;\nconst password = 'required';\n" },
      { file: 'auth.go', text: 'password := r.FormValue("password")\nif password == "admin123" { deny() }\n' },
      { file: 'README.md', text: 'Log in with the password you chose.\nThe password: for example hunter22 works.\n' },
      { file: 'config.yml', text: 'auth:\n  mode: password\n  password_file: /run/secrets/db\n' },
      { file: 'schema.sql', text: 'CREATE TABLE users (password VARCHAR(255) NOT NULL);\n' },
      { file: 'test_vectors.py', text: 'passwords = ("passw0rd", "hunter22")\n' },
      { file: 'app/Http/Requests/SignupRequest.php', text: "return ['email' => 'required|email', 'password' => 'required|string|min:8|confirmed'];\n" },
      { file: 'group_vars/all.yml', text: 'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6231373338\n' },
      { file: 'Compass.java', text: 'bypass = "route66";\ncompass = "north42";\n' },
      { file: 'app.ts', text: 'const tokenKey = "auth_token_v2";\nconst publicKey = "pk_2024_web";\n' },
      { file: 'deploy.sh', text: 'mysql --password="$DB_PASS" -e status\nexport PGPASSWORD=$(cat /run/secrets/pg)\n' },
    ],
  },
};
