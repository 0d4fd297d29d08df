// Private keys as people commit them (PEM in PKCS#1, SEC1, PKCS#8; OpenSSH; base64-wrapped in a
// Kubernetes Secret; a JSON string with \n escapes; PuTTY .ppk; PKCS#12 / JKS keystores by name),
// and infrastructure files that hold credentials: kubeconfig, Terraform state and tfvars, Ansible
// inventories, Maven settings.xml, gradle.properties.
import { B64, Doc, HEX, LOWER_ALNUM, randomPassword, wordPassword } from '../lib.mjs';
import { ecKey, ed25519, opensshKey, pem, ppk, publicPem, rsaKey, sshPublicLine } from '../keys.mjs';

const b64 = (s) => Buffer.from(s).toString('base64');
const fakeCert = (g) => `-----BEGIN CERTIFICATE-----\n${Array.from({ length: 8 }, () => g.str(64, B64)).join('\n')}\n-----END CERTIFICATE-----`;
const jwt = (g, payload) => `${Buffer.from(JSON.stringify({ alg: 'RS256', kid: g.str(43, LOWER_ALNUM) })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${g.str(342, B64.replace('+/', '-_'))}`;
const pw = (g) => (g.int(2) ? wordPassword(g) : randomPassword(g, 16));

export default [
  { family: 'private-key', format: 'pem', make(g, s) {
    const kind = g.int(3);
    const key = kind === 2 ? ecKey(g) : rsaKey(g, 2048);
    const body = pem(key, kind === 0 ? 'pkcs1' : kind === 1 ? 'pkcs8' : 'sec1');
    const d = new Doc(`${s}/${g.pick(['deploy/server.key', 'certs/tls.key', 'id_rsa', 'config/jwt/private.pem'])}`, 'private-key', 'pem');
    d.pos(body, body.split('\n')[0], { span: true });
    return d;
  } },
  { family: 'private-key', format: 'openssh', make(g, s) {
    const k = ed25519(g);
    const d = new Doc(`${s}/${g.pick(['.ssh/id_ed25519', 'deploy/keys/ci_ed25519', 'ansible/files/deploy_key'])}`, 'private-key', 'openssh');
    const body = opensshKey(g, k, 'ci@build-07');
    d.pos(body, body.split('\n')[0], { span: true });
    return d;
  } },
  { family: 'private-key', format: 'key-docs', make(g, s) {
    const d = new Doc(`${s}/docs/ssh-access.md`, 'private-key', 'key-docs');
    const k = ed25519(g);
    d.text('# SSH access', '', 'Add your public key to `authorized_keys`:', '', '```');
    d.neg(sshPublicLine(k, 'ops@laptop'), 'ssh-ed25519 AAAA');
    d.text('```', '', 'The server verifies tokens with this public key:', '', '```');
    const pub = publicPem(ecKey(g));
    d.neg(pub, pub.split('\n')[1]);
    d.text('```', '', 'A private key file looks like this (never commit one):', '', '```');
    d.neg('-----BEGIN OPENSSH PRIVATE KEY-----\n<your key material>\n-----END OPENSSH PRIVATE KEY-----', '<your key material>');
    d.text('```', '', 'The CA certificate:', '', '```');
    const cert = fakeCert(g);
    d.neg(cert, cert.split('\n')[1]);
    d.text('```');
    return d;
  } },
  { family: 'private-key', format: 'k8s-secret', make(g, s) {
    const d = new Doc(`${s}/k8s/tls-secret.yaml`, 'private-key', 'k8s-secret');
    const key = b64(pem(ecKey(g), 'pkcs8') + '\n');
    d.text('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: ingress-tls', '  namespace: web', 'type: kubernetes.io/tls', 'data:');
    d.neg(`  tls.crt: ${b64(fakeCert(g))}`, 'tls.crt');
    d.pos(`  tls.key: ${key}`, key);
    return d;
  } },
  { family: 'private-key', format: 'json-escaped', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['service-account.json', 'config/gcp-key.json', 'credentials/firebase-adminsdk.json'])}`, 'private-key', 'json-escaped');
    const project = `analytics-${g.int(9000) + 1000}`;
    const body = pem(rsaKey(g, 2048), 'pkcs8').replace(/\n/g, '\\n') + '\\n';
    d.text('{', '  "type": "service_account",', `  "project_id": "${project}",`);
    d.pos(`  "private_key_id": "${g.str(40, HEX)}",`, '"private_key_id"', { family: 'gcp-service-account' });
    d.pos(`  "private_key": "${body}",`, '-----BEGIN PRIVATE KEY-----');
    d.text(`  "client_email": "loader@${project}.iam.gserviceaccount.com",`, `  "client_id": "${g.str(21, '0123456789')}",`, '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token"', '}');
    return d;
  } },
  { family: 'private-key', format: 'ppk', make(g, s) {
    const version = g.int(2) ? 3 : 2;
    const d = new Doc(`${s}/${g.pick(['keys/prod.ppk', 'putty/deploy.ppk', 'server.ppk'])}`, 'private-key', 'ppk');
    const body = ppk(ed25519(g), `ed25519-key-2024${String(g.int(12) + 1).padStart(2, '0')}01`, version);
    d.pos(body, `PuTTY-User-Key-File-${version}`, { span: true });
    return d;
  } },
  { family: 'keystore', format: 'keystore', make(g, s) {
    const jks = g.int(2) === 0;
    const d = new Doc(`${s}/${jks ? g.pick(['android/app/release.jks', 'src/main/resources/keystore.jks']) : g.pick(['certs/client.p12', 'deploy/signing.pfx'])}`, 'keystore', 'keystore');
    const head = jks ? Buffer.from('feedfeed00000002', 'hex') : Buffer.from('308209', 'hex');
    return d.binary(Buffer.concat([head, g.bytes(2400)]));
  } },
  { family: 'kubeconfig', format: 'kubeconfig', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['.kube/config', 'deploy/kubeconfig.yaml', 'kubeconfig'])}`, 'kubeconfig', 'kubeconfig');
    const keyData = b64(pem(ecKey(g), 'sec1') + '\n');
    const token = jwt(g, { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', sub: 'system:serviceaccount:ci:deployer' });
    const p = pw(g);
    d.text('apiVersion: v1', 'clusters:', '- cluster:');
    d.neg(`    certificate-authority-data: ${b64(fakeCert(g))}`, 'certificate-authority-data');
    d.text('    server: https://k8s-prod.fabrikam.dev:6443', '  name: prod', 'contexts:', '- context:', '    cluster: prod', '    user: admin', '  name: prod', 'current-context: prod', 'kind: Config', 'preferences: {}', 'users:', '- name: admin', '  user:');
    d.neg(`    client-certificate-data: ${b64(fakeCert(g))}`, 'client-certificate-data');
    d.pos(`    client-key-data: ${keyData}`, keyData);
    d.text('- name: ci', '  user:');
    d.pos(`    token: ${token}`, token);
    d.text('- name: legacy-basic', '  user:', '    username: admin');
    d.pos(`    password: ${p}`, p);
    d.text('- name: oidc', '  user:', '    exec:', '      apiVersion: client.authentication.k8s.io/v1beta1', '      command: kubelogin');
    d.neg('      args: ["get-token", "--login", "azurecli"]', 'get-token');
    return d;
  } },
  { family: 'terraform', format: 'tfstate', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['terraform.tfstate', 'infra/terraform.tfstate.backup', 'envs/prod/terraform.tfstate'])}`, 'terraform', 'tfstate');
    const dbPw = randomPassword(g, 20), iamSecret = g.str(40, B64), rnd = randomPassword(g, 24);
    d.text('{', '  "version": 4,', '  "terraform_version": "1.7.4",', `  "serial": ${g.int(90) + 1},`, `  "lineage": "${g.uuid()}",`, '  "outputs": {},', '  "resources": [',
      '    {', '      "mode": "managed",', '      "type": "aws_db_instance",', '      "name": "main",', '      "instances": [', '        {', '          "attributes": {');
    d.neg(`            "arn": "arn:aws:rds:eu-west-1:${g.str(12, '0123456789')}:db:orders",`, 'arn:aws:rds');
    d.pos(`            "password": "${dbPw}",`, dbPw);
    d.text('            "username": "orders_admin"', '          },', '          "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]', '        }', '      ]', '    },',
      '    {', '      "mode": "managed",', '      "type": "aws_iam_access_key",', '      "name": "ci",', '      "instances": [', '        {', '          "attributes": {');
    const akid = 'AK' + 'IA' + g.str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
    d.pos(`            "id": "${akid}",`, akid, { family: 'aws' });
    d.pos(`            "secret": "${iamSecret}",`, iamSecret);
    d.neg('            "encrypted_secret": null,', 'encrypted_secret');
    d.text('            "user": "ci"', '          }', '        }', '      ]', '    },', '    {', '      "mode": "managed",', '      "type": "random_password",', '      "name": "api",', '      "instances": [', '        {', '          "attributes": {');
    d.pos(`            "result": "${rnd}",`, rnd);
    d.text('            "length": 24', '          }', '        }', '      ]', '    }', '  ]', '}');
    return d;
  } },
  { family: 'terraform', format: 'tfvars', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['terraform.tfvars', 'envs/prod.auto.tfvars', 'secrets.tfvars'])}`, 'terraform', 'tfvars');
    const a = pw(g), b = g.str(32, LOWER_ALNUM);
    d.text('region         = "eu-west-1"', 'instance_count = 3', 'environment    = "production"');
    d.pos(`db_password    = "${a}"`, a);
    d.pos(`datadog_api_key = "${b}"`, b);
    d.neg('# db_password = "<set in the CI variables>"', '<set in the CI variables>');
    d.neg('tags = { owner = "platform", cost_center = "4410" }', 'cost_center');
    return d;
  } },
  { family: 'ansible', format: 'ansible-inventory', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['inventory/hosts', 'hosts.ini', 'inventories/prod/hosts'])}`, 'ansible', 'ansible-inventory');
    const a = pw(g), b = pw(g), c = pw(g);
    d.text('[web]');
    d.pos(`web1.fabrikam.dev ansible_host=web1 ansible_user=deploy ansible_password=${a}`, a);
    d.text('web2.fabrikam.dev ansible_host=web2 ansible_user=deploy', '', '[db]');
    d.pos(`db1.fabrikam.dev ansible_user=admin ansible_ssh_pass=${b} ansible_become_pass=${c}`, b);
    d.text('', '[all:vars]', 'ansible_python_interpreter=/usr/bin/python3');
    d.neg('ansible_become_password="{{ vault_become_password }}"', '{{ vault_become_password }}');
    d.neg('# ansible_password=<password>', '<password>');
    return d;
  } },
  { family: 'maven', format: 'maven-settings', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['.m2/settings.xml', 'ci/settings.xml'])}`, 'maven', 'maven-settings');
    const a = pw(g), b = randomPassword(g, 20);
    d.text('<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">', '  <servers>', '    <server>', '      <id>nexus-releases</id>', '      <username>deployment</username>');
    d.pos(`      <password>${a}</password>`, a);
    d.text('    </server>', '    <server>', '      <id>ossrh</id>', '      <username>release-bot</username>');
    d.pos(`      <password>${b}</password>`, b);
    d.text('    </server>', '    <server>', '      <id>github</id>', '      <username>${env.GITHUB_ACTOR}</username>');
    d.neg('      <password>${env.GITHUB_TOKEN}</password>', '${env.GITHUB_TOKEN}');
    d.text('    </server>', '  </servers>', '  <mirrors>');
    d.neg('    <!-- <password>your-password</password> -->', 'your-password');
    d.text('  </mirrors>', '</settings>');
    return d;
  } },
  { family: 'gradle', format: 'gradle.properties', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['gradle.properties', 'android/gradle.properties'])}`, 'gradle', 'gradle.properties');
    const a = pw(g), key = g.str(32), sec = g.str(32);
    d.text('org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8', 'android.useAndroidX=true', 'kotlin.code.style=official');
    d.pos(`signing.password=${a}`, a);
    d.neg(`signing.keyId=${g.str(8, '0123456789ABCDEF')}`, 'signing.keyId');
    d.neg('signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg', 'secring.gpg');
    d.pos(`gradle.publish.key=${key}`, key);
    d.pos(`gradle.publish.secret=${sec}`, sec);
    d.neg('ossrhPassword=', 'ossrhPassword=');
    return d;
  } },
];
