// Generates the scanner benchmark corpus: ~20,000 files (~25 MB) of Markdown, JSON, YAML,
// TypeScript and .env text, with planted values that must be found and look-alike decoys that
// must not, and labels.json listing every planted value by file and line. `dense: true` makes the
// worst case for a keyword prefilter: most filler lines name a password, token, key or secret
// (with placeholders, lookups, calls, settings about them), so nearly every rule runs on every file.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function generateCorpus(dir, { files = 20000, seed = 7, dense = false } = {}) {
  rmSync(dir, { recursive: true, force: true });
  let state = seed >>> 0 || 1;
  const rnd = () => {
    state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
  const int = (n) => Math.floor(rnd() * n);
  const pick = (list) => list[int(list.length)];
  const str = (n, alphabet = ALNUM) => Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join('');
  const labels = [];
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const type = pick(TYPES);
    const path = `${pick(DIRS)}/${String(Math.floor(i / 100)).padStart(3, '0')}/${type.name(i)}`;
    const lines = Array.from({ length: 20 + int(30) }, () => ({ text: dense && rnd() < 0.6 ? pick(NEAR_MISSES[type.name(0).split('.').pop()])(pick, int, str) : type.filler(pick, int, str) }));
    // About 6% of files get a planted value, 20% a decoy, each at a random line.
    const plants = [];
    if (rnd() < 0.06) plants.push(...Array.from({ length: 1 + int(2) }, () => ({ positive: true, gen: pick(POSITIVES) })));
    if (rnd() < 0.2) plants.push(...Array.from({ length: 1 + int(2) }, () => ({ positive: false, gen: pick(DECOYS) })));
    for (const plant of plants) {
      lines.splice(int(lines.length + 1), 0, { text: plant.gen.make(str, pick, int), kind: plant.positive ? plant.gen.kind : undefined });
    }
    // Label by real line number: a planted block (a PEM key) spans several lines.
    let line = 1;
    for (const l of lines) {
      if (l.kind) labels.push({ file: path, line, kind: l.kind });
      line += l.text.split('\n').length;
    }
    const content = lines.map((l) => l.text).join('\n') + '\n';
    bytes += Buffer.byteLength(content);
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels));
  return { files, bytes, positives: labels.length };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const DIRS = ['docs', 'examples', 'packages/app/src', 'packages/lib/src', 'config', 'deploy', 'docs/wiki'];
const WORDS = 'release evidence packet operator trial gate review archive dashboard readiness tenant report delivery schedule approval retention policy export manifest alert remediation closure digest'.split(' ');
const sentence = (pick, int) => Array.from({ length: 6 + int(10) }, () => pick(WORDS)).join(' ');

const TYPES = [
  { name: (i) => `page-${i}.md`, filler: (pick, int) => (int(8) === 0 ? `## ${pick(WORDS)} ${pick(WORDS)}` : `${sentence(pick, int)}.`) },
  { name: (i) => `packet-${i}.json`, filler: (pick, int, str) => `  "${pick(WORDS)}_${pick(WORDS)}": "${pick(['ready', 'blocked', `${pick(WORDS)}:${str(8)}`, `cavra://evidence/redacted/${str(6)}`])}",` },
  { name: (i) => `config-${i}.yaml`, filler: (pick, int, str) => `${pick(WORDS)}_${pick(WORDS)}: ${pick(['true', 'false', String(int(500)), `${pick(WORDS)}-${str(5)}`])}` },
  { name: (i) => `module-${i}.ts`, filler: (pick, int) => `export const ${pick(WORDS)}${int(99)} = ${pick([`'${pick(WORDS)}'`, String(int(1000)), `${pick(WORDS)}(${int(9)})`])};` },
  { name: (i) => `service-${i}.env`, filler: (pick, int, str) => `${pick(WORDS).toUpperCase()}_${pick(WORDS).toUpperCase()}=${pick([str(6), String(int(100)), 'enabled'])}` },
];

// Lines that hold rule keywords and look like credentials at a glance, but are not: what a dense
// corpus is made of, by file extension.
const NEAR_MISSES = {
  md: [
    (pick, int) => `Set the password in your vault; the token expires after ${int(90)} days and the api key rotates.`,
    (pick) => `Use \`secret_key = "<your-secret>"\` and never commit the ${pick(WORDS)} token.`,
    (pick, int) => `The ${pick(WORDS)} key bypasses the compass pass ${int(9)} when the password policy allows it.`,
  ],
  json: [
    (pick, int) => `  "${pick(WORDS)}_token_ttl": ${int(9000)}, "${pick(WORDS)}_token": ${pick(['null', '"<token>"', '"${TOKEN}"', '""'])},`,
    () => '  "password_policy": "strong", "password_min_length": 12,',
    (pick) => `  "secretName": "${pick(WORDS)}-credentials", "apiKeyHeader": "X-Api-Key",`,
    (pick) => `  "key": "${pick(WORDS)}", "passThrough": true,`,
  ],
  yaml: [
    (pick) => `password: ${pick(['${DB_PASSWORD}', '<password>', 'changeme', '"{{ vault_password }}"', '""', 'xxxxxxxx'])}`,
    (pick, int) => `token_ttl: ${int(3600)}`,
    () => 'api_key_header: X-Api-Key',
    (pick) => `secret_ref: ${pick(WORDS)}-secret`,
    (pick) => `private_key_path: /etc/${pick(WORDS)}/key.pem`,
  ],
  ts: [
    (pick, int) => `const token = await getToken(${int(99)});`,
    (pick, int) => `if (password.length < ${int(20)}) throw new Error('password too short');`,
    (pick, int) => `const passThrough = bypass(${pick(WORDS)}${int(9)});`,
    () => "headers['x-api-key'] = apiKey;",
    (pick) => `export const ${pick(WORDS).toUpperCase()}_SECRET_NAME = '${pick(WORDS)}-secret';`,
  ],
  env: [
    (pick) => `API_KEY_NAME=${pick(WORDS)}`,
    (pick, int) => `TOKEN_TTL=${int(9000)}`,
    (pick) => `PASSWORD_FILE=/run/secrets/${pick(WORDS)}`,
    () => 'SECRET_KEY=${SECRET_KEY}',
  ],
};

const email = (pick, int) => `${pick(['jane', 'r', 'ops', 'sam', 'li'])}.${pick(['doe', 'kumar', 'lead', 'chen', 'garcia'])}${int(99)}@${pick(['acme-corp.com', 'contoso.io', 'tenant-7.net', 'globex.co.uk'])}`;
const b64url = (s) => Buffer.from(s).toString('base64url');

const POSITIVES = [
  { kind: 'github-token', make: (str) => `GITHUB_TOKEN=${'gh' + 'p_'}${str(36)}` },
  { kind: 'npm-token', make: (str) => `//registry.npmjs.org/:_authToken=${'np' + 'm_'}${str(36)}` },
  { kind: 'aws-access-key-id', make: (str) => `aws_access_key_id = ${'AK' + 'IA'}${str(16, UPPER)}` },
  { kind: 'aws-secret', make: (str) => `aws_secret_access_key = ${str(40, B64)}` },
  { kind: 'slack', make: (str) => `SLACK_BOT_TOKEN=${'xo' + 'xb-'}${str(10, '0123456789')}-${str(12, '0123456789')}-${str(24)}` },
  { kind: 'stripe', make: (str) => `stripe_key: ${'sk' + '_live_'}${str(28)}` },
  { kind: 'sendgrid', make: (str) => `SENDGRID_API_KEY=${'S' + 'G.'}${str(22)}.${str(43)}` },
  { kind: 'private-key', make: (str) => `-----BEGIN ${'RSA PRIVATE'} KEY-----\n${str(64, B64)}\n${str(64, B64)}\n${str(64, B64)}\n-----END RSA PRIVATE KEY-----` },
  { kind: 'jwt', make: (str) => `Authorization: Bearer ${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url(`{"sub":"${str(8)}","tenant":"t-${str(4)}"}`)}.${str(43, ALNUM + '-_')}` },
  { kind: 'url-credentials', make: (str, pick) => `DATABASE_URL=postgres://${pick(['app', 'svc', 'report'])}:${str(14)}@db-${str(4).toLowerCase()}.internal.acme.io:5432/app` },
  { kind: 'smtp', make: (str) => `SMTP_PASSWORD=${str(16)}` },
  { kind: 'signed-url', make: (str) => `download: https://acme-reports.s3.amazonaws.com/r/${str(8)}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=${str(64, HEX)}` },
  { kind: 'license-key', make: (str) => `license: CAVRA-TRIAL-${str(5, UPPER)}-${str(5, UPPER)}-${str(4, 'ABCDEFGH')}7-${str(5, UPPER)}` },
  { kind: 'license-assignment', make: (str) => `"license_key": "${str(24)}",` },
  { kind: 'email', make: (str, pick, int) => `evaluator contact: ${email(pick, int)}` },
  { kind: 'ipv4', make: (str, pick, int) => `client_ip: ${pick(['10', '34', '52', '172', '185'])}.${1 + int(250)}.${int(255)}.${1 + int(250)}` },
  { kind: 'ipv6', make: (str, pick, int) => `peer_address: 2600:1f18:${str(4, HEX)}:${str(4, HEX)}:${str(4, HEX)}:${str(4, HEX)}:${str(4, HEX)}:${1 + int(9)}` },
  { kind: 'payload', make: (str) => `"provider_response": {"id": "msg_${str(10)}", "status": 250, "detail": "queued"},` },
  { kind: 'openai', make: (str) => `OPENAI_API_KEY=${'sk-' + 'proj-'}${str(156, ALNUM + '-_')}` },
  { kind: 'anthropic', make: (str) => `ANTHROPIC_API_KEY=${'sk-' + 'ant-api03-'}${str(93, ALNUM + '-_')}AA` },
  { kind: 'gcp-api-key', make: (str) => `  apiKey: "${'AI' + 'za'}${str(35, ALNUM + '-_')}",` },
  { kind: 'azure-ad', make: (str) => `AZURE_CLIENT_SECRET=${str(3)}8Q~${str(34, ALNUM + '_.')}` },
  { kind: 'gitlab-runner', make: (str) => `token = "${'gl' + 'rt-'}${str(20)}"` },
  { kind: 'curl-user', make: (str) => `curl -u deploy:${str(14)} https://nexus.acme.io/repository/releases/app.jar` },
  { kind: 'bearer', make: (str) => `curl -H "Authorization: Bearer ${str(40)}" https://api.acme.io/v1/jobs` },
  { kind: 'generic-go', make: (str) => `apiToken := "${str(24)}"` },
  { kind: 'generic-xml', make: (str) => `<password>${str(18)}</password>` },
];

const DECOYS = [
  { make: () => 'export const X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token";' },
  { make: () => 'curl -H "Authorization: Bearer ${TOKEN}" -u "$USER:$PASSWORD" https://nexus.acme.io' },
  { make: () => 'OPENAI_API_KEY=sk-proj-...' },
  { make: (str) => `"token3": "${'xo' + 'xp-'}1234-1234-1234-${str(32, HEX)}"` },
  { make: (str) => `publicToken = "${str(40)}"` },
  { make: (str) => `  SessionToken: "${str(20)}EXAMPLE${str(20)}"` },
  { make: (str, pick, int) => `documentation_ip: ${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(255)}` },
  { make: () => 'bind: 127.0.0.1 and 0.0.0.0' },
  { make: (str, pick, int) => `version ${int(20)}.${int(20)}.${int(20)}.${int(20)}` },
  { make: (str, pick, int) => `contact evaluator@example.com or noreply@acme-corp.com (ticket ${int(9999)})` },
  { make: () => 'token: ${{ secrets.DEPLOY_TOKEN }}' },
  { make: () => 'SMTP_PASSWORD=${SMTP_PASSWORD}' },
  { make: () => 'smtp_password_ref: CAVRA_REPORT_SMTP_PASSWORD_REF' },
  { make: () => 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE' },
  { make: () => '"license_key_included": false, "provider_response_included": false,' },
  { make: (str) => `digest: sha256:${str(64, HEX)}` },
  { make: (str) => `commit ${str(40, HEX)} merged` },
  { make: (str) => `id: ${str(8, HEX)}-${str(4, HEX)}-${str(4, HEX)}-${str(4, HEX)}-${str(12, HEX)}` },
  { make: () => 'started at 12:30:45, device 00:1a:2b:3c:4d:5e' },
  { make: () => 'url: https://user:${DB_PASSWORD}@db.internal/app' },
  { make: () => 'Use a token with the ghp_ prefix; never commit it.' },
  { make: () => 'A key file starts with -----BEGIN PRIVATE KEY----- and stays in the vault.' },
  { make: () => 'license: CAVRA-ENTERPRISE-TRIAL-EDITION' },
  { make: () => 'ipv6_doc: 2001:db8::1 and ::1' },
  { make: () => 'api_key: process.env.API_KEY' },
  { make: () => '"provider_response": "redacted",' },
];
