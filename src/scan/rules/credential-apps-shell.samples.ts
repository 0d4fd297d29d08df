import type { RuleSamples } from '../types.js';
import { fake, HEX } from './fake.js';

/** A zsh extended-history line: `: <start time>:<elapsed>;command`. */
const zsh = (command: string, at = 1700000000) => `: ${at}:0;${command}`;

export const SAMPLES: Record<string, RuleSamples> = {
  'shell-command-password': {
    positive: [
      { file: '.bash_history', text: 'cd /var/www\ngit pull\nmysql -u root -pHunter22 shop < dump.sql\nsudo systemctl restart nginx\n', severity: 'critical' },
      { file: 'home/ops/.zsh_history', text: [zsh('ls -la'), zsh("sshpass -p 'Deploy#2024' ssh -l deploy web1.acme.io", 1700000100), zsh('exit', 1700000200)].join('\n') + '\n' },
      { file: 'scripts/backup.sh', text: `#!/bin/sh\nset -e\nmysqldump --user=backup --password="${fake('', 18, undefined, 601)}" --all-databases | gzip > /backup/all.sql.gz\n` },
      { file: '.bash_history', text: 'htpasswd -bc /etc/nginx/.htpasswd admin S3cure!pass\nnginx -t\n' },
      { file: '.bash_history', text: 'htpasswd -nb stats Grafana2024\n' },
      { file: 'deploy/sync.sh', text: 'sshpass -e ssh -p 2222 -l ops bastion.acme.io uptime\nsshpass -p hunter22 rsync -a dist/ web2.acme.io:/srv/\n' },
      { file: '.bash_history', text: 'redis-cli -h cache.internal -a R3dis!cache ping\n' },
      { file: '.bash_history', text: 'docker login -u acmeci -p Dock3r!hub registry.acme.io\ndocker push registry.acme.io/shop:1.4\n' },
      { file: 'ci/fetch.sh', text: '#!/bin/sh\nsmbclient //fs01/builds -U builder%B1ld#share -c "get latest.zip"\n' },
      { file: 'ci/upload.sh', text: '#!/bin/sh\nlftp -u deploy,Ftp#2024 ftp.acme-hosting.net -e "mirror -R dist /www; quit"\n' },
      // An installed script without an extension, known by its #! line.
      { file: 'bin/nightly-dump', text: '#!/usr/bin/env bash\nset -euo pipefail\nmysqldump -ubackup -pN1ghtly#dump shop > /srv/dumps/shop.sql\n' },
    ],
    negative: [
      { file: '.bash_history', text: 'mysql -u root -p shop\nmysql -u root -p$MYSQL_ROOT_PASSWORD shop\nmysql --password="${DB_PASS}" shop\n' },
      { file: 'scripts/deploy.sh', text: 'sshpass -p "$SSH_PASS" ssh -l deploy host\nsshpass -e ssh -p 2222 bastion.acme.io\nsshpass -f ~/.pw ssh host\n' },
      { file: 'README.md', text: 'Import the dump with `mysql -u root -pHunter22 shop < dump.sql`.\n' },
      { file: '.bash_history', text: 'mysql -u root -p<password> shop\nmysql -uroot -pPASSWORD\nhtpasswd -c /etc/nginx/.htpasswd admin\nhtpasswd -b /etc/nginx/.htpasswd admin\n' },
      { file: '.bash_history', text: 'echo "$CI_TOKEN" | docker login -u ci --password-stdin registry.acme.io\nsmbclient //fs01/builds -U builder\nwget --password=$FTP_PASS ftp://ftp.acme.io/x.zip\n' },
      // No extension and no shell's #! line: a note, a man page, a Makefile.
      { file: 'docs/BACKUP', text: 'Dump the database:\n    mysqldump -ubackup -pN1ghtly#dump shop > shop.sql\n' },
      { file: 'install.sh', text: 'mysql -u root -p"$(cat /run/secrets/db)" < schema.sql\nredis-cli -a "$REDIS_PASSWORD" ping\n' },
    ],
  },
  'windows-command-password': {
    positive: [
      { file: 'scripts/Connect-Prod.ps1', text: '$user = "ACME\\svc-deploy"\n$pass = ConvertTo-SecureString "Winter2024!" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential($user, $pass)\n', severity: 'critical' },
      { file: 'AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt', text: 'Get-VM\nConnect-VIServer -Server vcenter.acme.local -User administrator@vsphere.local -Password VMware1!\nGet-VM | Stop-VM\n' },
      { file: 'map-drives.bat', text: '@echo off\nnet use Z: \\\\fs01.acme.local\\share Passw0rd! /user:ACME\\backup /persistent:no\n' },
      { file: 'login.cmd', text: '@echo off\nnet use \\\\nas01\\backup /user:ACME\\svc-backup B4ckup#2024\n' },
      { file: 'setup.ps1', text: `$secure = '${fake('', 20, undefined, 611)}' | ConvertTo-SecureString -AsPlainText -Force\n` },
    ],
    negative: [
      { file: 'scripts/Connect-Prod.ps1', text: '$pass = ConvertTo-SecureString $env:DEPLOY_PW -AsPlainText -Force\n$pass = ConvertTo-SecureString "$Password" -AsPlainText -Force\n$pass = Read-Host -AsSecureString\n' },
      { file: 'map-drives.bat', text: 'net use Z: \\\\fs01\\share * /user:ACME\\backup\nnet use Z: \\\\fs01\\share %PASSWORD% /user:%USERNAME%\nnet use Z: /delete\n' },
      { file: 'connect.ps1', text: 'Connect-VIServer -Server $vc -Credential $cred\nConnect-VIServer -Server $vc -User $u -Password $p\n' },
      { file: 'docs/setup.md', text: 'Run `net use Z: \\\\fs01\\share Passw0rd! /user:ACME\\backup` to map the drive.\n' },
    ],
  },
  'shell-history-secret': {
    positive: [
      { file: '.bash_history', text: 'cd ~/src/shop\nexport DB_PASSWORD=admin123\nnpm start\n', severity: 'critical' },
      { file: '.zsh_history', text: [zsh('git status'), zsh(`export GITLAB_DEPLOY_PASSWORD="${fake('', 24, undefined, 621)}"`, 1700000050)].join('\n') + '\n' },
      { file: '.bash_history', text: 'PGPASSWORD=Pg#shop2024 psql -h db.internal -U shop shop\n' },
      { file: '.bash_history', text: 'psql postgresql://shop:Shop2024db@localhost:5432/shop\n' },
      { file: '.local/share/fish/fish_history', text: `- cmd: set -gx OPENWEATHER_API_KEY ${fake('', 32, undefined, 622).toLowerCase()}\n  when: 1700000000\n` },
      { file: '.rediscli_history', text: 'AUTH R3dis!cache\nKEYS *\n' },
    ],
    negative: [
      { file: '.bash_history', text: 'export DB_PASSWORD=$(vault kv get -field=password secret/db)\nexport API_TOKEN=$TOKEN\nexport TOKEN_FILE=/run/secrets/token\n' },
      { file: '.bash_history', text: 'export PWD=/home/ops\nexport GITHUB_TOKEN=\nexport DB_PASSWORD=changeme\nexport PASSWORD_STORE_DIR=~/.pass\n' },
      { file: '.zsh_history', text: zsh('psql postgresql://shop:${PGPASS}@db/shop') + '\n' },
      { file: '.bash_history', text: 'git log --author=auth\nssh-keygen -t ed25519\n' },
    ],
  },
  'sql-password-statement': {
    positive: [
      { file: '.mysql_history', text: "_HiStOrY_V2_\nshow\\040databases;\nCREATE\\040USER\\040'shop'@'%'\\040IDENTIFIED\\040BY\\040'Sh0p#2024';\nGRANT\\040ALL\\040ON\\040shop.*\\040TO\\040'shop'@'%';\n", severity: 'critical' },
      { file: '.psql_history', text: "\\dt\nALTER ROLE reporting WITH PASSWORD 'rep0rting!';\n\\q\n" },
      { file: '.mysql_history', text: "SET PASSWORD FOR 'root'@'localhost' = PASSWORD('toor2024');\n" },
      { file: '.psql_history', text: `CREATE USER app WITH ENCRYPTED PASSWORD '${fake('', 20, undefined, 631)}';\n` },
      { file: '.mysql_history', text: "select now();\nSET PASSWORD FOR 'etl'@'%' = 'sunshine25';\nflush privileges;\n" },
    ],
    negative: [
      { file: '.psql_history', text: `ALTER ROLE reporting WITH PASSWORD 'md5${fake('', 32, HEX, 632)}';\nALTER ROLE app PASSWORD NULL;\n` },
      { file: '.mysql_history', text: "CREATE USER 'shop'@'%' IDENTIFIED BY PASSWORD '*" + '6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9' + "';\nCREATE USER 'x'@'%' IDENTIFIED BY 'password';\n" },
      { file: 'migrations/001_users.sql', text: "CREATE USER shop IDENTIFIED BY 'Sh0p#2024';\n" },
    ],
  },
};
