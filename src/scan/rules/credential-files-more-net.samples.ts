import type { RuleSamples } from '../types.js';
import { fake, HEX } from './fake.js';

/** The crypt(3) alphabet. */
const CRYPT64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const WPA_HEAD = 'ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=DE\n\n';
const basic = (userPass: string) => Buffer.from(userPass).toString('base64');

export const SAMPLES: Record<string, RuleSamples> = {
  'wifi-psk': {
    positive: [
      { file: 'etc/wpa_supplicant/wpa_supplicant.conf', text: `${WPA_HEAD}network={\n\tssid="AcmeHome"\n\tpsk="Blue-Kettle-Sings-47"\n\tkey_mgmt=WPA-PSK\n}\n` },
      { file: 'boot/wpa_supplicant.conf', text: `${WPA_HEAD}network={\n\tssid="Office 5G"\n\tpsk=${fake('', 64, HEX, 621)}\n}\n` },
      { file: 'etc/NetworkManager/system-connections/Office.nmconnection', text: `[connection]\nid=Office\ntype=wifi\n\n[wifi]\nmode=infrastructure\nssid=Office\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=${fake('', 16, undefined, 622)}\n` },
      { file: 'wpa_supplicant-wlan0.conf', text: 'network={\n\tssid="corp"\n\tkey_mgmt=WPA-EAP\n\teap=PEAP\n\tidentity="jdoe"\n\tpassword="Harbor-Light-19"\n}\n' },
    ],
    negative: [
      { file: 'wpa_supplicant.conf', text: 'network={\n\tssid="simple"\n\tpsk="very secret passphrase"\n\tpriority=5\n}\n' },
      { file: 'wpa_supplicant.conf', text: 'network={\n\tssid="example"\n\tpsk=06b4be19da289f475aa46a33cb793029d4ab3db7a23ee92382eb0106c72ac7bb\n}\nnetwork={\n\tssid=00010203\n\tpsk=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n}\n' },
      { file: 'wpa_supplicant.conf', text: 'network={\n\tssid="eap-psk-test"\n\tpsk="Harbor-Light-19"\n}\n#\tpsk="mysecretpassphrase"\n' },
      { file: 'wpa_supplicant.conf', text: 'network={\n\tssid="ibss-rsn"\n\tpsk="12345678"\n}\n' },
      { file: 'notes.conf', text: 'psk="Blue-Kettle-Sings-47"\n' },
    ],
  },
  'fstab-cifs-password': {
    positive: [
      { file: 'etc/fstab', text: `UUID=1c2d / ext4 errors=remount-ro 0 1\n//nas.acme.lan/media /mnt/media cifs username=alice,password=${fake('', 14, undefined, 623)},uid=1000,iocharset=utf8 0 0\n` },
      { file: 'fstab', text: '//10.0.0.5/backup  /mnt/backup  cifs  user=ops,pass=Granite-Bay-7,vers=3.0  0  0\n' },
      { file: 'etc/systemd/system/mnt-share.mount', text: '[Mount]\nWhat=//files.acme.lan/share\nWhere=/mnt/share\nType=cifs\nOptions=username=svc,password=Coral-Ridge-42,uid=0\n' },
    ],
    negative: [
      { file: 'etc/fstab', text: '//nas.acme.lan/backup /mnt/backup cifs credentials=/root/.smbcredentials,uid=0 0 0\n' },
      { file: 'etc/fstab', text: '# //server/share /mnt cifs username=user,password=Coral-Ridge-42 0 0\n' },
      { file: 'etc/fstab', text: '//server/share /mnt cifs username=user,password=password 0 0\n' },
    ],
  },
  'smb-credentials-password': {
    positive: [
      { file: 'root/.smbcredentials', text: `username=alice\npassword=${fake('', 14, undefined, 624)}\ndomain=ACME\n` },
      { file: 'etc/samba/cifs-credentials', text: 'username = backup\npassword = Orchid-Valley-63\n' },
    ],
    negative: [
      { file: '.smbcredentials', text: 'username=<user>\npassword=<password>\n' },
      { file: '.smbcredentials', text: 'username=user\npassword=\n' },
      { file: '.smbcredentials', text: 'username=alice\npassword=${SMB_PASSWORD}\n' },
    ],
  },
  'ppp-secret': {
    positive: [
      { file: 'etc/ppp/chap-secrets', text: `# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\nalice\t*\t"${fake('', 12, undefined, 625)}"\t*\n` },
      { file: 'etc/ppp/pap-secrets', text: '# OUTBOUND connections\nacme-dsl * Willow-Creek-28\n' },
    ],
    negative: [
      { file: 'etc/ppp/pap-secrets', text: '*\thostname\t""\t*\nguest\thostname\t"*"\t-\nroot\thostname\t"*"\t-\n#-HOSTNAME-\t*\tpassword\n' },
      { file: 'etc/ppp/chap-secrets', text: '# client\tserver\tsecret\t\t\tIP addresses\n' },
      { file: 'etc/ppp/chap-secrets', text: 'alice * @/etc/ppp/alice.secret *\n' },
    ],
  },
  'traefik-basicauth-hash': {
    positive: [
      { file: 'docker-compose.yml', text: `services:\n  traefik:\n    image: traefik:v3.0\n    labels:\n      - "traefik.http.middlewares.auth.basicauth.users=admin:$$apr1$$${fake('', 8, CRYPT64, 626)}$$${fake('', 22, CRYPT64, 627)}"\n` },
      { file: 'compose.yaml', text: `    labels:\n      traefik.http.middlewares.dash.basicauth.users: "ops:$$2y$$05$$${fake('', 53, CRYPT64, 628)}"\n` },
      { file: 'traefik/dynamic.toml', text: `[http.middlewares.admin-auth.basicAuth]\n  users = [\n    "ops:$apr1$${fake('', 8, CRYPT64, 629)}$${fake('', 22, CRYPT64, 630)}",\n  ]\n` },
    ],
    negative: [
      { file: 'docker-compose.yml', text: '      - "traefik.http.middlewares.test-auth.basicauth.users=test:$$apr1$$H6uskkkW$$IgXLP6ewTrSuBkTrqE8wj/,test2:$$apr1$$d9hr9HBB$$4HxwgUir3HP4EsggP/QNo0"\n' },
      { file: 'docker-compose.yml', text: '      - "traefik.http.middlewares.auth.basicauth.users=${TRAEFIK_USERS}"\n      - "traefik.http.middlewares.auth.basicauth.usersfile=/run/secrets/users"\n' },
      { file: 'README.md', text: `basicauth.users=admin:$$apr1$$${fake('', 8, CRYPT64, 631)}$$${fake('', 22, CRYPT64, 632)}\n` },
    ],
  },
  'proxy-authorization-header': {
    positive: [
      { file: 'nginx/conf.d/api.conf', text: `location /api/ {\n    proxy_pass http://backend;\n    proxy_set_header Host $host;\n    proxy_set_header Authorization "Basic ${basic('svc-api:' + fake('', 16, undefined, 633))}";\n}\n` },
      { file: 'apache/site.conf', text: `<Location /upstream>\n  RequestHeader set Authorization "Basic ${basic('bridge:Copper-Field-38')}"\n</Location>\n` },
      { file: 'Caddyfile', text: `reverse_proxy /metrics* prom:9090 {\n\theader_up Authorization "Bearer ${fake('', 40, undefined, 634)}"\n}\n` },
    ],
    negative: [
      { file: 'nginx.conf', text: '    proxy_set_header Authorization $http_authorization;\n    proxy_set_header Authorization "";\n' },
      { file: 'nginx.conf', text: `    proxy_set_header Authorization "Basic ${basic('user:password')}";\n` },
      { file: 'nginx.conf', text: '    proxy_set_header Authorization "Bearer $jwt_token";\n' },
    ],
  },
  'shell-inline-password': {
    positive: [
      { file: 'scripts/backup.sh', text: `#!/bin/sh\nset -e\nPGPASSWORD=${fake('', 16, undefined, 635)} pg_dump -h db.acme.lan -U app orders > /backup/orders.sql\n` },
      { file: 'bin/restore.sh', text: '#!/bin/bash\nMYSQL_PWD="Lunar-Orbit-51" mysql -u root acme < dump.sql\n' },
      { file: 'Dockerfile', text: "FROM debian:12\nRUN useradd -m app && echo 'app:Quiet-River-74' | chpasswd\nUSER app\n" },
      { file: '.bash_history', text: `ls -la\necho "${fake('', 12, undefined, 636)}" | sudo -S apt-get update\n` },
      { file: 'provision.sh', text: '#!/bin/bash\nchpasswd <<< "deploy:Cinder-Path-16"\n' },
      { file: 'kickstart-post.sh', text: '#!/bin/bash\necho Cinder-Path-17 | passwd --stdin ops\n' },
    ],
    negative: [
      { file: 'scripts/backup.sh', text: '#!/bin/sh\nPGPASSWORD="$DB_PASS" pg_dump -h db -U app orders\nexport MYSQL_PWD=${MYSQL_ROOT_PASSWORD}\n' },
      { file: 'Dockerfile', text: "FROM debian:12\nRUN echo 'root:root' | chpasswd\nRUN echo \"$USER:$PASSWORD\" | chpasswd\n" },
      { file: 'docs/setup.md', text: "echo 'app:Quiet-River-74' | chpasswd\n" },
      { file: 'install.sh', text: '#!/bin/sh\necho "$SUDO_PASS" | sudo -S true\necho "Installing" | tee -a log\n' },
    ],
  },
};
