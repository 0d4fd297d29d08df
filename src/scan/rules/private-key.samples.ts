import type { RuleSamples } from '../types.js';
import { B64, fake } from './fake.js';

/** A whole PEM block, base64-encoded once more (as `kubectl create secret` and CI variables hold it). */
const pem = (kind: string, seed: number) => `-----BEGIN ${kind} KEY-----\n${body(seed)}\n-----END ${kind} KEY-----\n`;
const wrapped = (text: string) => Buffer.from(text).toString('base64').match(/.{1,76}/g)!.join('\n');

const body = (seed: number) => Array.from({ length: 4 }, (_, i) => fake('', 64, B64, seed + i)).join('\n');

export const SAMPLES: Record<string, RuleSamples> = {
  'private-key': {
    positive: [
      `-----BEGIN ${'RSA PRIVATE'} KEY-----\n${body(1)}\n-----END RSA PRIVATE KEY-----`,
      `{"private_key": "-----BEGIN ${'PRIVATE'} KEY-----\\n${fake('', 64, B64, 7)}\\n-----END PRIVATE KEY-----\\n"}`,
      `-----BEGIN ${'OPENSSH PRIVATE'} KEY-----\n${body(11)}\n`,
      // Armor headers before the key material: an encrypted PEM key, a PGP key block, and the same as a JSON string.
      `-----BEGIN ${'RSA PRIVATE'} KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${fake('', 32, '0123456789ABCDEF', 31)}\n\n${body(33)}\n-----END RSA PRIVATE KEY-----`,
      `-----BEGIN ${'PGP PRIVATE'} KEY BLOCK-----\nVersion: GnuPG v2\nComment: https://gnupg.org\n\n${body(41)}\n-----END PGP PRIVATE KEY BLOCK-----`,
      `{"key": "-----BEGIN ${'RSA PRIVATE'} KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: AES-128-CBC,${fake('', 32, '0123456789ABCDEF', 51)}\\n\\n${fake('', 64, B64, 52)}\\n"}`,
      // On one line, as environment variables often hold it.
      `PRIVATE_KEY="-----BEGIN ${'PRIVATE'} KEY----- ${fake('', 64, B64, 61)} ${fake('', 64, B64, 62)} -----END PRIVATE KEY-----"`,
      // The same stand-in body in code's data and in a key file is still reported (at low: it may be a damaged copy).
      { file: 'deploy/keys.py', text: `SIGNING_KEY = "-----BEGIN ${'RSA PRIVATE'} KEY-----\\n${fake('', 64, B64, 84)}\\n-----END RSA PRIVATE KEY-----\\n"\n` },
      { file: 'deploy/server.key', text: `-----BEGIN ${'RSA PRIVATE'} KEY-----\n${body(81)}\n-----END RSA PRIVATE KEY-----\n` },
    ],
    negative: [
      `/** @example "-----BEGIN ${'RSA PRIVATE'} KEY-----\\n${fake('', 64, B64, 21)}\\n-----END RSA PRIVATE KEY-----" */`,
      `/** For example, \`-----BEGIN ${'RSA PRIVATE'} KEY----- ${fake('', 60, B64, 22)}. -----END RSA PRIVATE KEY-----\` */`,
      // A stand-in in documentation inside code: an Ansible module's EXAMPLES, a docstring, a
      // Markdown fence (the body is no key; the same block elsewhere is reported, at low).
      { file: 'plugins/modules/tls_cert.py', text: `DOCUMENTATION = '''\nmodule: tls_cert\n'''\n\nEXAMPLES = '''\n- tls_cert:\n    private_key: |\n      -----BEGIN ${'RSA PRIVATE'} KEY-----\n      ${body(81).replace(/\n/g, '\n      ')}\n      -----END RSA PRIVATE KEY-----\n'''\n` },
      { file: 'keys/load.py', text: `def load(text):\n    \"\"\"Reads a key such as::\n\n        -----BEGIN ${'EC PRIVATE'} KEY-----\n        ${fake('', 64, B64, 82)}\n        -----END EC PRIVATE KEY-----\n    \"\"\"\n    return parse(text)\n` },
      { file: 'docs/tls.md', text: `# TLS\n\n\`\`\`\n-----BEGIN ${'PRIVATE'} KEY-----\n${body(83)}\n-----END PRIVATE KEY-----\n\`\`\`\n` },
      'A key file starts with -----BEGIN PRIVATE KEY----- and must never be committed.', `-----BEGIN ${'PRIVATE'} KEY-----${' '.repeat(200)}!`, `-----BEGIN ${'PRIVATE'} KEY-----\nComment: ${'a: '.repeat(100)}\n`, '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n'],
  },
  'private-key-base64': {
    positive: [
      { file: 'k8s/tls-secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-tls\ntype: kubernetes.io/tls\ndata:\n  tls.key: ${Buffer.from(pem('RSA PRIVATE', 71)).toString('base64')}\n` },
      { file: '.env', text: `APP_ENV=production\nSIGNING_KEY_B64=${Buffer.from(pem('PRIVATE', 72)).toString('base64')}\nLOG_LEVEL=info\n` },
      // Wrapped at 76 characters, as `base64` writes it, in a YAML block scalar.
      { file: '.gitlab-ci.yml', text: `variables:\n  DEPLOY_KEY: |\n    ${wrapped(pem('OPENSSH PRIVATE', 73)).replace(/\n/g, '\n    ')}\n  DEPLOY_HOST: web1.acme.io\n` },
    ],
    negative: [
      // A certificate is public, whatever its encoding.
      { file: 'k8s/tls-secret.yaml', text: `data:\n  tls.crt: ${Buffer.from(`-----BEGIN CERTIFICATE-----\n${body(74)}\n-----END CERTIFICATE-----\n`).toString('base64')}\n` },
      // The header alone, base64-encoded: no key follows.
      `key: ${Buffer.from('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n').toString('base64')}`,
      // Documentation of the encoding, truncated.
      'The value starts with LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo and goes on for 2 KB.',
    ],
  },
};
