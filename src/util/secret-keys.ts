/**
 * Key names whose values are secrets whatever the values look like: a password such as
 * "hunter2-correct-horse" matches no credential rule, so no scan can tell it apart from a release
 * name. The one list every output path consults before it quotes a value (check messages, the
 * sweep over finished messages); written once here so the two never disagree.
 */

/** Words that make a key secret wherever they occur in it, even run together (`dbpassword`, `apiKey`). */
const INSIDE = ['password', 'passwd', 'passphrase', 'passcode', 'apikey', 'privatekey', 'secretkey', 'accesskey', 'clientsecret', 'credential'];

/**
 * Words that make a key secret only as a word of their own (`auth_token`, `x-auth`), since inside
 * other words they mean something else (`author`, `secretary`, `tokenizer`, `keyboard`).
 */
const WORDS = ['pwd', 'secret', 'secrets', 'token', 'tokens', 'auth', 'authorization', 'bearer', 'cookie', 'key'];

/** `key` counts as a word only together with another word: `api_key`, `private-key`, `signing key`. */
const KEY_PAIRS = ['api', 'private', 'secret', 'access', 'signing', 'encryption', 'master', 'client', 'license', 'ssh', 'deploy'];

/** Every word of the list, for documentation and tests. */
export const SECRET_KEY_WORDS: readonly string[] = [...INSIDE, ...WORDS.filter((w) => w !== 'key'), ...KEY_PAIRS.map((p) => `${p}_key`)];

/** The words of a key: camelCase and any non-alphanumeric run split it, lower-cased. */
function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether a key name says its value is a secret. */
export function isSecretKey(key: string): boolean {
  if (key.length === 0 || key.length > 200) return false;
  const squashed = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (INSIDE.some((w) => squashed.includes(w))) return true;
  const list = words(key);
  return list.some((w, i) => (w === 'key' ? i > 0 && KEY_PAIRS.includes(list[i - 1]!) : WORDS.includes(w)));
}

/** Whether any segment of a JSON pointer is a secret-like key: every value below such a key is one. */
export function isSecretPointer(pointer: string): boolean {
  if (!pointer) return false;
  return pointer
    .split('/')
    .slice(1)
    .some((segment) => isSecretKey(segment.replace(/~1/g, '/').replace(/~0/g, '~')));
}
