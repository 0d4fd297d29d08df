import type { RuleSamples } from '../types.js';
import { SAMPLES as net } from './credential-files-more-net.samples.js';
import { fake, HEX } from './fake.js';

const MSMTP_HEAD = 'defaults\nauth on\ntls on\ntls_trust_file /etc/ssl/certs/ca-certificates.crt\nlogfile ~/.msmtp.log\n\n';

export const SAMPLES: Record<string, RuleSamples> = {
  ...net,
  'msmtp-password': {
    positive: [
      { file: '.msmtprc', text: `${MSMTP_HEAD}account work\nhost smtp.acme-mail.io\nport 587\nuser ops\npassword ${fake('', 16, undefined, 601)}\n\naccount default : work\n` },
      { file: 'home/alice/.msmtprc', text: `${MSMTP_HEAD}account gmail\nhost smtp.gmail.com\nuser alice.w\npassword "Blue Kettle 47"\n` },
      { file: 'etc/msmtprc', text: 'account default\nhost mail.acme.lan\nauth plain\nuser backup\n  password Sn0wfall-Backup\n' },
    ],
    negative: [
      { file: '.msmtprc', text: `${MSMTP_HEAD}account gmail\nhost smtp.gmail.com\nuser alice\npasswordeval gpg2 --no-tty -q -d ~/.msmtp-password.gpg\n` },
      { file: '.msmtprc', text: '# password secret\naccount default\nhost smtp.example.com\npassword <your password>\n' },
      { file: 'msmtprc-user.example', text: 'account default\nhost mail.acme.io\npassword Sn0wfall-Backup\n' },
      { file: '.msmtprc', text: 'account default\npassword ${SMTP_PASSWORD}\n' },
    ],
  },
  'fetchmail-password': {
    positive: [
      { file: '.fetchmailrc', text: `set daemon 300\npoll mail.acme-mail.io protocol IMAP\n  user 'alice' there with password '${fake('', 14, undefined, 602)}' is 'alice' here\n  ssl\n` },
      { file: 'home/bob/.fetchmailrc', text: 'poll pop.acme-mail.io proto pop3 user "bob" pass "Hx9pR3-winter" ssl keep\n' },
      { file: '.fetchmailrc', text: 'poll imap.acme.lan with proto IMAP\n   user jdoe there with password Tr4in-Station is jdoe here\n' },
    ],
    negative: [
      { file: '.fetchmailrc', text: "poll mail.example.com protocol pop3 user 'joe' password 'secret'\n" },
      { file: '.fetchmailrc', text: 'poll mail.acme.io proto imap user alice there is alice here\n# password is asked for at start\n' },
      { file: 'fetchmail.txt', text: "poll mail.acme.io user 'alice' password 'Tr4in-Station'\n" },
    ],
  },
  'curlrc-user-password': {
    positive: [
      { file: '.curlrc', text: `# curl defaults\nsilent\nshow-error\nuser = "deploy:${fake('', 18, undefined, 603)}"\n` },
      { file: 'home/ci/.curlrc', text: '--location\n-u builder:Gr33n-Lantern\n' },
      { file: '_curlrc', text: 'proxy = http://proxy.acme.lan:3128\nproxy-user = "ops:Cobalt-Harbor-9"\n' },
    ],
    negative: [
      { file: '.curlrc', text: 'user = "name:password"\n' },
      { file: '.curlrc', text: '# user = "alice:hunter22"\nuser-agent = "acme-bot/1.0"\n' },
      { file: '.curlrc', text: 'user = "ci:${CURL_PASSWORD}"\n' },
    ],
  },
  'wgetrc-password': {
    positive: [
      { file: '.wgetrc', text: `tries = 3\nhttp_user = alice\nhttp_password = ${fake('', 14, undefined, 604)}\n` },
      { file: 'etc/wgetrc', text: '# proxy\nuse_proxy = on\nproxy_user = build\nproxy_password = Amber-Falcon-12\n' },
      { file: '.wgetrc', text: 'user = mirror\npassword = Quartz-Lake-88\n' },
    ],
    negative: [
      { file: 'etc/wgetrc', text: '# You can set the default proxies for Wget to use\n#http_proxy = http://proxy.yoyodyne.com:18023/\n#passwd = guest\n' },
      { file: '.wgetrc', text: 'http_password = \nftp_password = <password>\n' },
    ],
  },
  'bundler-config-credential': {
    positive: [
      { file: '.bundle/config', text: `---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_GEMS__ACME__IO: "deploy:${fake('', 20, undefined, 605)}"\n` },
      { file: 'home/ci/.bundle/config', text: '---\nBUNDLE_JOBS: "4"\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: "ops:Velvet-Orchard-31"\n' },
      { file: 'app/.bundle/config', text: `---\nBUNDLE_GEMS__MY___MIRROR__NET: ${fake('', 24, undefined, 606)}\n` },
    ],
    negative: [
      { file: '.bundle/config', text: '---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"\nBUNDLE_WITHOUT: "development:test"\n' },
      { file: '.bundle/config', text: '---\nBUNDLE_MIRROR__RUBYGEMS__ORG: "https://gems.acme.io"\nBUNDLE_GEMS__ACME__IO: "user:password"\n' },
      { file: '.bundle/config', text: '---\nBUNDLE_GEMS__ACME__IO: "${GEMS_CREDENTIALS}"\n' },
    ],
  },
  'hexchat-server-password': {
    positive: [
      { file: '.config/hexchat/servlist.conf', text: `v=2.16.1\n\nN=Libera.Chat\nL=7\nE=UTF-8 (Unicode)\nF=19\nD=0\nS=irc.libera.chat\nP=${fake('', 16, undefined, 607)}\n` },
      { file: 'servlist_.conf', text: 'v=2.8.8\n\nN=AcmeNet\nI=ops\nB=Silver-Comet-21\nS=irc.acme.lan/6697\n' },
    ],
    negative: [
      { file: 'servlist.conf', text: 'v=2.16.1\n\nN=Libera.Chat\nL=6\nE=UTF-8 (Unicode)\nF=23\nD=0\nS=irc.libera.chat\n' },
      { file: 'servlist.conf', text: 'N=Example\nP=password\n' },
    ],
  },
  'transmission-rpc-password': {
    positive: [
      { file: 'etc/transmission-daemon/settings.json', text: `{\n    "rpc-authentication-required": true,\n    "rpc-enabled": true,\n    "rpc-password": "${fake('', 16, undefined, 608)}",\n    "rpc-port": 9091,\n    "rpc-username": "ops"\n}\n` },
      { file: 'config/settings.json', text: '{\n  "rpc-bind-address": "0.0.0.0",\n  "rpc-password": "Maple-Drift-64",\n  "rpc-whitelist-enabled": false\n}\n' },
    ],
    negative: [
      { file: 'settings.json', text: `{\n    "rpc-password": "{${fake('', 40, HEX, 609)}${fake('', 8, undefined, 610)}",\n    "rpc-port": 9091\n}\n` },
      { file: 'settings.json', text: '{\n    "rpc-password": "transmission",\n    "rpc-username": "transmission"\n}\n' },
      { file: 'settings.json', text: '{\n    "rpc-password": "",\n    "rpc-authentication-required": false\n}\n' },
    ],
  },
  'kaggle-api-key': {
    positive: [
      { file: '.kaggle/kaggle.json', text: `{"username":"alicedata","key":"${fake('', 32, HEX, 611)}"}\n`, severity: 'critical' },
      { file: 'kaggle.json', text: `{\n  "username": "ml-team",\n  "key": "${fake('', 32, HEX, 612)}"\n}\n` },
    ],
    negative: [
      { file: 'kaggle.json', text: '{"username":"your-username","key":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}\n' },
      { file: 'kaggle.json', text: '{"username":"","key":""}\n' },
    ],
  },
  'rails-master-key': {
    positive: [
      { file: 'config/master.key', text: `${fake('', 32, HEX, 613)}` },
      { file: 'app/config/credentials/production.key', text: `${fake('', 32, HEX, 614)}\n` },
    ],
    negative: [
      { file: 'config/master.key', text: '00000000000000000000000000000000\n' },
      { file: 'config/master.key.example', text: `${fake('', 32, HEX, 615)}\n` },
      { file: 'config/credentials/staging.key', text: '# put the staging key here\n' },
    ],
  },
  'vault-token-file': {
    positive: [
      { file: '.vault-token', text: `hvs.${fake('', 24, undefined, 616)}` },
      { file: 'home/ops/.vault-token', text: `s.${fake('', 24, undefined, 617)}\n` },
    ],
    negative: [
      { file: '.vault-token', text: 'root\n' },
      { file: '.vault-token', text: 's.xxxxxxxxxxxxxxxxxxxxxxxx\n' },
      { file: 'vault-token.md', text: `hvs.${fake('', 24, undefined, 618)}\n` },
    ],
  },
  'openvpn-auth-user-pass': {
    positive: [
      { file: 'vpn/office.ovpn', text: `client\ndev tun\nproto udp\nremote vpn.acme.io 1194\nauth-user-pass\n<auth-user-pass>\nalice\n${fake('', 14, undefined, 619)}\n</auth-user-pass>\n` },
      { file: 'etc/openvpn/client/home.conf', text: 'client\nremote vpn.acme.lan 443\n<auth-user-pass>\nops\nIron-Meadow-55\n</auth-user-pass>\n' },
    ],
    negative: [
      { file: 'client.ovpn', text: 'client\nauth-user-pass /etc/openvpn/auth.txt\n' },
      { file: 'client.ovpn', text: '<auth-user-pass>\nusername\npassword\n</auth-user-pass>\n' },
      { file: 'README.md', text: '<auth-user-pass>\nalice\nIron-Meadow-55\n</auth-user-pass>\n' },
    ],
  },
};
