import type { MatchContext, Rule } from '../types.js';
import { decodeBase64, lineAround, nearestHeader, standsForSecret } from './credential-files-common.js';

// Infrastructure files that hold credentials in the clear: Kubernetes kubeconfig, Terraform state
// and variable files, Ansible inventories and variables.

/** A YAML value after `key:` on its line: double-quoted, single-quoted or bare (disjoint starts). */
const YAML_VALUE = String.raw`(?:"(?<secret>[^"\r\n]{1,8192})"|'(?<secret2>[^'\r\n]{1,8192})'|(?<secret3>[^\s"'#&*!|>{\[][^\s#]{0,8191}))`;

/** The top-level key of the YAML block the value at ctx is in: the nearest unindented `key:` line above it. */
function topLevelKey(ctx: MatchContext): string {
  return nearestHeader(ctx, /^([A-Za-z_][\w-]{0,63}):/);
}

/** `client-key-data` is base64 of a PEM private key (kubectl config reference): decoded, it must be one. */
function isPemKeyData(value: string): boolean {
  const pem = decodeBase64(value);
  return pem !== undefined && /-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----/.test(pem);
}

/**
 * kubeconfig `users[].user`: `client-key-data`, `token`, `password` (Kubernetes documentation,
 * "Organizing cluster access using kubeconfig files"), and an auth-provider's `id-token` /
 * `refresh-token` / `client-secret`. A kubeconfig is named so, or is YAML with `kind: Config`.
 */
/** Whether a YAML text says `kind: Config`: asked once per text, not once per value (a 1 MB file of tokens). */
let kindSeen: { text: string; config: boolean } = { text: '', config: false };
function declaresKubeconfig(text: string): boolean {
  if (kindSeen.text !== text) kindSeen = { text, config: /^kind:[ \t]*["']?Config["']?[ \t]*(?:#.*)?$/m.test(text) };
  return kindSeen.config;
}

export const kubeconfigCredential: Rule = {
  id: 'kubeconfig-credential',
  description: 'A credential of a user in a Kubernetes kubeconfig (users[].user: client-key-data, token, password, auth-provider id-token / refresh-token / client-secret)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['client-key-data', 'token', 'password', 'client-secret'],
  pattern: new RegExp(String.raw`^[ \t]+(?:client-key-data|token|password|id-token|refresh-token|client-secret)[ \t]*:[ \t]*${YAML_VALUE}`, 'gm'),
  onlyPaths: /(?:^|\/)(?:[^/]*kubeconfig[^/]*|\.kube\/config|[^/]+\.ya?ml)$/i,
  validate: (value, ctx) => {
    if (/\.ya?ml$/i.test(ctx.file) && !/kubeconfig/i.test(ctx.file) && !declaresKubeconfig(ctx.text)) return false;
    if (topLevelKey(ctx) !== 'users' || standsForSecret(value) || value.length < 6) return false;
    return /client-key-data/.test(lineAround(ctx).before) ? isPemKeyData(value) : true;
  },
};

/**
 * An attribute of a Terraform state that holds a secret in the clear (state stores every attribute
 * value, sensitive ones included: Terraform documentation, "Sensitive data in state"). Names end in
 * the secret's kind; `random_password`'s value is its `result`.
 */
const STATE_SECRET_NAME = /(?:password|passwd|secret|token|private_key(?:_pem|_openssh|_pkcs8)?|access_key|api_key|secret_key|connection_string|sas|client_key|auth_key|master_key|primary_key|secondary_key|shared_key|kube_config_raw|kube_admin_config_raw|secret_string|plaintext_value|sensitive_content)(?:_v\d)?$/i;
const STATE_NOT_SECRET = /(?:_id|_arn|_name|_type|_version|_length|_policy|_url|_uri|_path|_expiry|_fingerprint)$|^(?:token_type|secret_name|public_key)/i;

function isStateSecretName(name: string, ctx: MatchContext): boolean {
  if (name === 'result') return [...ctx.text.slice(Math.max(0, ctx.index - 4096), ctx.index).matchAll(/"type":\s*"([\w-]{1,64})"/g)].pop()?.[1] === 'random_password';
  // An output marked sensitive: `"name": { "value": "...", "type": "string", "sensitive": true }`.
  if (name === 'value') return /^[^{}]{0,512}"sensitive":\s*true/.test(ctx.text.slice(ctx.index, ctx.index + 8192).replace(/^(?:[^"\\]|\\.){0,8192}"/, ''));
  return STATE_SECRET_NAME.test(name) && !STATE_NOT_SECRET.test(name);
}

export const terraformStateSecret: Rule = {
  id: 'terraform-state-secret',
  description: 'A secret attribute value in a Terraform state file (*.tfstate: password, secret, token, private_key_pem, access_key, random_password result...)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['"'],
  // `"name": "value"` with a JSON string value; the name is judged in validate.
  pattern: /"(?<name>[a-z0-9_]{1,64})":[ \t]*"(?<secret>(?:[^"\\\r\n]|\\.){6,16384})"/g,
  onlyPaths: /\.tfstate(?:\.backup)?$/i,
  validate: (value, ctx) => {
    const name = /"([a-z0-9_]{1,64})":[ \t]*"$/.exec(ctx.text.slice(Math.max(0, ctx.index - 80), ctx.index))?.[1] ?? '';
    return isStateSecretName(name, ctx) && !standsForSecret(value);
  },
};

/** A variable name that says its value is a credential: `db_password`, `*_secret`, `*_token`, `api_key`. */
const VAR_SECRET_NAME = /(?:password|passwd|passphrase|secret|token|api_key|apikey|access_key|secret_key|private_key|client_secret|connection_string|(?:^|_)(?:pass|pwd))$/i;

export const terraformTfvarsSecret: Rule = {
  id: 'terraform-tfvars-secret',
  description: 'A credential assigned in a Terraform variables file (*.tfvars, *.auto.tfvars, *.tfvars.json: password, *_secret, *_token, *_api_key)',
  severity: 'critical',
  category: 'cloud-key',
  keywords: ['pass', 'secret', 'token', 'key'],
  pattern: /^[ \t]*"?(?<name>[A-Za-z0-9_-]{1,64})"?[ \t]*[=:][ \t]*"(?<secret>(?:[^"\\\r\n]|\\.){1,4096})"/gm,
  onlyPaths: /\.tfvars(?:\.json)?$/i,
  validate: (value, ctx) => {
    const name = /"?([A-Za-z0-9_-]{1,64})"?[ \t]*[=:][ \t]*"$/.exec(lineAround(ctx).before)?.[1] ?? '';
    return VAR_SECRET_NAME.test(name) && !/(?:_id|_name|_arn|_path|_file)$/i.test(name) && value.length >= 4 && !standsForSecret(value);
  },
};

/**
 * Ansible connection and privilege-escalation passwords (Ansible documentation, "Connecting to
 * hosts: behavioral inventory parameters"): INI `host ansible_password=...` and YAML
 * `ansible_password: ...`. A `!vault |` block or a `{{ lookup(...) }}` is not the password itself.
 */
export const ansiblePassword: Rule = {
  id: 'ansible-password',
  description: 'A plain password in an Ansible inventory or variables file (ansible_password, ansible_ssh_pass, ansible_become_pass/password, ansible_sudo_pass)',
  severity: 'critical',
  category: 'url-credentials',
  keywords: ['ansible_'],
  pattern: /(?<![\w-])ansible_(?:ssh_|become_|sudo_|su_|winrm_|httpapi_|net_|paramiko_)?pass(?:word)?[ \t]*[=:][ \t]*(?:"(?<secret>[^"\r\n]{1,512})"|'(?<secret2>[^'\r\n]{1,512})'|(?<secret3>[^\s"'#{!|>][^\s#]{0,511}))/g,
  // Inventories (INI or YAML, often without an extension), group_vars and host_vars; not source
  // code, documentation or templates (`*.template`, `*.example`), where the names are parameters and examples.
  onlyPaths: { test: (path: string) => !/\.(?:py|pyc|[cm]?[jt]sx?|go|rb|java|md|rst|txt|html?|adoc|j2|jinja2?|json|template|tmpl|example|sample|dist)$/i.test(path) },
  validate: (value) => value.length >= 4 && !standsForSecret(value),
};

export const INFRA_FILE_RULES: readonly Rule[] = [kubeconfigCredential, terraformStateSecret, terraformTfvarsSecret, ansiblePassword];
