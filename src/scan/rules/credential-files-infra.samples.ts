import type { RuleSamples } from '../types.js';
import { B64, fake, HEX, URLSAFE } from './fake.js';

const pemKeyData = (seed: number) => Buffer.from(`-----BEGIN RSA ${'PRIVATE'} KEY-----\n${fake('', 64, B64, seed)}\n-----END RSA ${'PRIVATE'} KEY-----\n`).toString('base64');
const KUBE_HEAD = `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${Buffer.from('-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n').toString('base64')}\n    server: https://k8s.acme.io:6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: admin\n  name: prod\ncurrent-context: prod\n`;

const tfstate = (resource: string, attributes: string) =>
  `{\n  "version": 4,\n  "terraform_version": "1.7.5",\n  "serial": 12,\n  "lineage": "3f1b2c4d-0000-4a4a-9b9b-123456789abc",\n  "outputs": {},\n  "resources": [\n    {\n      "mode": "managed",\n      "type": "${resource}",\n      "name": "main",\n      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",\n      "instances": [\n        {\n          "schema_version": 0,\n          "attributes": {\n${attributes}\n          },\n          "sensitive_attributes": []\n        }\n      ]\n    }\n  ]\n}\n`;

export const SAMPLES: Record<string, RuleSamples> = {
  'kubeconfig-credential': {
    positive: [
      { file: '.kube/config', text: `${KUBE_HEAD}users:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from('-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n').toString('base64')}\n    client-key-data: ${pemKeyData(101)}\n` },
      { file: 'clusters/prod.kubeconfig', text: `${KUBE_HEAD}users:\n- name: admin\n  user:\n    token: ${fake('', 64, undefined, 102)}\n` },
      { file: 'deploy/admin.yaml', text: `${KUBE_HEAD}users:\n- name: admin\n  user:\n    username: admin\n    password: Kub3rnetes!Adm1n\n` },
    ],
    negative: [
      { file: '.kube/config', text: `${KUBE_HEAD}users:\n- name: admin\n  user:\n    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n    token: REDACTED\n` },
      { file: '.kube/config', text: `${KUBE_HEAD}users:\n- name: eks\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: ["eks", "get-token", "--cluster-name", "prod"]\n` },
      { file: 'kubeconfig', text: `${KUBE_HEAD}users:\n- name: admin\n  user:\n    client-key-data: ${Buffer.from('not a key at all, just text').toString('base64')}\n` },
    ],
  },
  'terraform-state-secret': {
    positive: [
      { file: 'terraform.tfstate', text: tfstate('aws_db_instance', `            "allocated_storage": 20,\n            "engine": "postgres",\n            "identifier": "orders",\n            "password": "Orders-Db-2024",\n            "username": "orders"`) },
      { file: 'infra/terraform.tfstate.backup', text: tfstate('random_password', `            "id": "none",\n            "length": 24,\n            "result": "${fake('', 24, undefined, 105)}",\n            "special": true`) },
      { file: 'gh.tfstate', text: tfstate('github_actions_secret', `            "created_at": "2024-03-01 10:00:00 +0000 UTC",\n            "encrypted_value": "",\n            "plaintext_value": "${fake('', 30, URLSAFE, 110)}",\n            "repository": "api",\n            "secret_name": "DEPLOY_KEY"`) },
      { file: 'prod.tfstate', text: tfstate('aws_iam_access_key', `            "id": "AKIAIOSFODNN7EXAMPLE",\n            "secret": "${fake('', 40, B64, 106)}",\n            "status": "Active",\n            "user": "ci"`) },
    ],
    negative: [
      { file: 'terraform.tfstate', text: tfstate('aws_db_instance', `            "engine": "postgres",\n            "password": null,\n            "password_wo_version": null,\n            "secret_name": "orders-db-credentials"`) },
      { file: 'terraform.tfstate', text: tfstate('random_string', `            "id": "k3j4h5",\n            "length": 6,\n            "result": "k3j4h5"`) },
    ],
  },
  'terraform-tfvars-secret': {
    positive: [
      { file: 'terraform.tfvars', text: `region        = "eu-west-1"\ninstance_type = "t3.medium"\ndb_password   = "hunter22-prod"\n` },
      { file: 'envs/prod.auto.tfvars', text: `cloudflare_api_token = "${fake('', 40, URLSAFE, 107)}"\nzone = "acme.io"\n` },
      { file: 'db.tfvars', text: 'admin_user = "dba"\nadmin_pass = "Orc4-Whale-19"\n' },
      { file: 'secrets.tfvars.json', text: `{\n  "github_webhook_secret": "${fake('', 32, HEX, 108)}",\n  "environment": "prod"\n}\n` },
    ],
    negative: [
      { file: 'terraform.tfvars', text: 'db_password = ""\ndb_password_secret_name = "prod/db"\nvault_token = "${VAULT_TOKEN}"\n' },
      { file: 'example.tfvars', text: 'api_token = "<your-api-token>"\nadmin_password = "changeme"\n' },
    ],
  },
  'ansible-password': {
    positive: [
      { file: 'inventory/hosts', text: '[web]\nweb1.acme.lan ansible_host=web1.dc2.acme.lan ansible_user=deploy ansible_password=Depl0y!2024\nweb2.acme.lan ansible_host=web2.dc2.acme.lan\n' },
      { file: 'group_vars/windows.yml', text: '---\nansible_user: Administrator\nansible_password: "Passw0rd-Win"\nansible_connection: winrm\nansible_winrm_server_cert_validation: ignore\n' },
      { file: 'host_vars/db1.yaml', text: `ansible_become: true\nansible_become_pass: '${fake('', 18, undefined, 109)}'\n` },
    ],
    negative: [
      { file: 'group_vars/all/vars.yml', text: 'ansible_password: "{{ vault_ansible_password }}"\nansible_become_pass: "{{ lookup(\'env\', \'BECOME_PASS\') }}"\n' },
      { file: 'plugins/connection/ssh.py', text: "    ansible_password = self.get_option('password')\n" },
      { file: 'inventory/hosts', text: '[all:vars]\nansible_ssh_pass=\n' },
      { file: 'inventory.winrm', text: '[windows]\n@NAME ansible_host=@HOST ansible_user=@USER ansible_password=@PASSWORD\n' },
      { file: 'inventory/hosts.example', text: '[web]\nweb1 ansible_password=Depl0y!2024\n' },
    ],
  },
};
