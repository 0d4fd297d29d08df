import type { RuleSamples } from '../types.js';
import { fake, HEX } from './fake.js';
import { SAMPLES as frameworks } from './credential-apps-frameworks.samples.js';
import { SAMPLES as keys } from './credential-apps-keys.samples.js';
import { SAMPLES as shell } from './credential-apps-shell.samples.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** A FileZilla 3 site manager file with one server entry; `pass` is the whole <Pass> element. */
const siteManager = (pass: string, host = 'ftp.acme-hosting.net') => `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>${host}</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>deploy</User>
            ${pass}
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <Name>acme production</Name>
            <SyncBrowsing>0</SyncBrowsing>
        </Server>
    </Servers>
</FileZilla3>
`;

const winScp = (lines: string) => `[Configuration\\Interface]
RandomSeedFile=%APPDATA%\\winscp.rnd
[Sessions\\acme%20production]
HostName=files.acme-hosting.net
UserName=deploy
FSProtocol=2
${lines}
LocalDirectory=C:%5CUsers%5Cops%5Csite
`;

export const SAMPLES: Record<string, RuleSamples> = {
  'filezilla-password': {
    positive: [
      { file: 'sitemanager.xml', text: siteManager(`<Pass encoding="base64">${b64('Spr1ngTime!24')}</Pass>`), severity: 'critical', evidence: 'structure' },
      { file: 'AppData/Roaming/FileZilla/recentservers.xml', text: siteManager(`<Pass encoding="base64">${b64('hunter22')}</Pass>`).replace('<Servers>', '<RecentServers>').replace('</Servers>', '</RecentServers>') },
      { file: 'backup/filezilla.xml', text: siteManager(`<Pass>${fake('', 14, undefined, 301)}</Pass>`), severity: 'critical' },
      { file: 'sitemanager.xml', text: siteManager(`<Pass encoding="crypt" pubkey="${fake('', 64, undefined, 302)}">${fake('', 96, undefined, 303)}</Pass>`), severity: 'high' },
      // Exported under another name: the FileZilla3 root says what it is.
      { file: 'exports/sites-2024.xml', text: siteManager(`<Pass encoding="base64">${b64('acme#deploy7')}</Pass>`) },
    ],
    negative: [
      { file: 'sitemanager.xml', text: siteManager('<Pass encoding="base64"></Pass>') },
      { file: 'sitemanager.xml', text: siteManager(`<Pass encoding="base64">${b64('password')}</Pass>`) },
      { file: 'sitemanager.xml', text: siteManager('<Pass>&lt;password&gt;</Pass>') },
      { file: 'sitemanager.xml', text: siteManager('<Pass>********</Pass>') },
      // Not base64 at all: a damaged or hand-edited entry.
      { file: 'sitemanager.xml', text: siteManager('<Pass encoding="base64">not base64!</Pass>') },
      // Another application's XML with a <Pass> element is not a FileZilla file.
      { file: 'config/routes.xml', text: '<Route>\n  <Pass>through</Pass>\n  <Pass>north</Pass>\n</Route>\n' },
    ],
  },
  'winscp-password': {
    positive: [
      { file: 'WinSCP.ini', text: winScp(`Password=${fake('A35C', 72, '0123456789ABCDEF', 311)}`), severity: 'high' },
      { file: 'portable/winscp.ini', text: winScp('PasswordPlain=Deploy2024!'), severity: 'critical' },
      { file: 'WinSCP.ini', text: winScp(`PortNumber=2222\nTunnelPassword=${fake('A3', 60, '0123456789ABCDEF', 312)}`) },
    ],
    negative: [
      { file: 'WinSCP.ini', text: winScp('PasswordPlain=\nPasswordPlain=%PASSWORD%') },
      { file: 'WinSCP.ini', text: winScp('Password=\nPingType=0') },
      { file: 'WinSCP.ini', text: winScp('PasswordPlain=<password>') },
      { file: 'settings.ini', text: `[account]\nPassword=${fake('A35C', 72, '0123456789ABCDEF', 313)}\n` },
    ],
  },
  'ftp-client-config-password': {
    positive: [
      { file: '.ftpconfig', text: `{\n    "protocol": "ftp",\n    "host": "ftp.acme-hosting.net",\n    "port": 21,\n    "user": "deploy",\n    "pass": "${fake('', 16, undefined, 321)}",\n    "remote": "/public_html",\n    "secure": false\n}\n` },
      { file: 'sftp-config.json', text: '{\n    "type": "sftp",\n    "save_before_upload": true,\n    "upload_on_save": true,\n    "host": "web1.acme.io",\n    "user": "www",\n    "password": "Summer2024!",\n    "remote_path": "/var/www/site/",\n}\n' },
      { file: '.vscode/sftp.json', text: `{\n  "name": "staging",\n  "host": "staging.acme.io",\n  "protocol": "sftp",\n  "username": "ops",\n  "privateKeyPath": "~/.ssh/id_ed25519",\n  "passphrase": "${fake('', 20, undefined, 322)}",\n  "uploadOnSave": true\n}\n` },
    ],
    negative: [
      { file: 'sftp-config.json', text: '{\n    "type": "sftp",\n    "host": "example.com",\n    "user": "username",\n    //"password": "password",\n    //"ssh_key_file": "~/.ssh/id_rsa",\n    "remote_path": "/example/path/",\n}\n' },
      { file: '.ftpconfig', text: '{\n  "host": "ftp.acme.io",\n  "user": "deploy",\n  "pass": "",\n  "promptForPass": true\n}\n' },
      { file: '.vscode/sftp.json', text: '{\n  "host": "staging.acme.io",\n  "password": "${env:SFTP_PASSWORD}"\n}\n' },
      { file: 'package.json', text: '{\n  "name": "ftp-deploy",\n  "config": { "host": "ftp.acme.io" }\n}\n' },
    ],
  },
  'jetbrains-password': {
    positive: [
      { file: '.idea/webServers.xml', text: `<?xml version="1.0" encoding="UTF-8"?>\n<project version="4">\n  <component name="WebServers">\n    <option name="servers">\n      <webServer id="${fake('', 8, HEX, 331)}" name="production" url="https://www.acme-shop.net">\n        <fileTransfer host="ftp.acme-shop.net" port="21" rootFolder="/htdocs" accessType="FTP" password="${fake('', 32, HEX, 332)}" username="deploy">\n          <advancedOptions>\n            <advancedOptions dataProtectionLevel="Private" passiveMode="true" shareSSLContext="true" />\n          </advancedOptions>\n        </fileTransfer>\n      </webServer>\n    </option>\n  </component>\n</project>\n` },
      { file: '.idea/dataSources.local.xml', text: '<?xml version="1.0" encoding="UTF-8"?>\n<project version="4">\n  <component name="dataSourceStorageLocal">\n    <data-source name="shop@db.acme.io" uuid="5f1b0c2e-8d4a-4b1e-9c3f-2a7d6e8b9c01">\n      <database-info product="PostgreSQL" version="15.4" />\n      <user-name>shop</user-name>\n      <property name="password" value="Shop#2024db" />\n    </data-source>\n  </component>\n</project>\n' },
    ],
    negative: [
      { file: '.idea/webServers.xml', text: '<fileTransfer host="ftp.acme-shop.net" port="21" accessType="FTP" password="" username="deploy" />\n' },
      { file: '.idea/dataSources.local.xml', text: '<data-source name="shop">\n  <secret-storage>master_key</secret-storage>\n  <user-name>shop</user-name>\n  <property name="password" value="${DB_PASSWORD}" />\n</data-source>\n' },
      { file: '.idea/workspace.xml', text: '<component name="PropertiesComponent">\n  <property name="password" value="********" />\n</component>\n' },
    ],
  },
  ...keys,
  ...frameworks,
  ...shell,
};
