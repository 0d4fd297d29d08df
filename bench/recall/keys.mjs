// Real private keys from the seeded PRNG, so the corpus is deterministic and every key parses:
// RSA (primes found by Miller-Rabin over BigInt), EC P-256 and Ed25519 (a private scalar or seed
// of random bytes), written as PKCS#1, SEC1, PKCS#8, OpenSSH (openssh-key-v1, PROTOCOL.key) and
// PuTTY PPK v2/v3 (putty's ppk format: MAC over the key's fields). Public halves are negatives.
import { createECDH, createHash, createHmac, createPrivateKey, createPublicKey } from 'node:crypto';
import { prng } from './lib.mjs';

const SMALL_PRIMES = [3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97].map(BigInt);
const big = (buf) => BigInt(`0x${buf.toString('hex')}`);
const b64url = (n) => { let h = n.toString(16); if (h.length % 2) h = `0${h}`; return Buffer.from(h, 'hex').toString('base64url'); };

function modPow(b, e, m) {
  let r = 1n; b %= m;
  for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
}

function probablePrime(n, g) {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return false;
  let d = n - 1n, s = 0;
  while (!(d & 1n)) { d >>= 1n; s++; }
  for (let round = 0; round < 12; round++) {
    let x = modPow(2n + (big(g.bytes(16)) % (n - 4n)), d, n);
    if (x === 1n || x === n - 1n) continue;
    let composite = true;
    for (let i = 1; i < s && composite; i++) { x = (x * x) % n; if (x === n - 1n) composite = false; }
    if (composite) return false;
  }
  return true;
}

function prime(bits, g) {
  for (;;) {
    let n = big(g.bytes(bits / 8)) | (3n << BigInt(bits - 2)) | 1n;
    if (probablePrime(n, g) && (n - 1n) % 65537n !== 0n) return n;
  }
}

function inverse(a, m) {
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1) { const q = r0 / r1; [r0, r1] = [r1, r0 - q * r1]; [s0, s1] = [s1, s0 - q * s1]; }
  return ((s0 % m) + m) % m;
}

const RSA_CACHE = new Map();
/** An RSA private key object of `bits` bits, deterministic for the PRNG's state. */
export function rsaKey(g, bits = 2048) {
  // The primes come from a PRNG of their own, seeded from `g`: `g` advances the same whether the
  // key is computed or taken from the cache, so the files after it do not change.
  const seed = g.int(2 ** 31);
  if (RSA_CACHE.has(`${seed}/${bits}`)) return RSA_CACHE.get(`${seed}/${bits}`);
  const kg = prng(seed);
  const p = prime(bits / 2, kg), q = prime(bits / 2, kg), e = 65537n;
  const d = inverse(e, (p - 1n) * (q - 1n));
  const jwk = { kty: 'RSA', n: b64url(p * q), e: b64url(e), d: b64url(d), p: b64url(p), q: b64url(q), dp: b64url(d % (p - 1n)), dq: b64url(d % (q - 1n)), qi: b64url(inverse(q, p)) };
  const key = createPrivateKey({ key: jwk, format: 'jwk' });
  RSA_CACHE.set(`${seed}/${bits}`, key);
  return key;
}

export function ecKey(g) {
  const d = g.bytes(32);
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const pub = ecdh.getPublicKey();
  const jwk = { kty: 'EC', crv: 'P-256', d: d.toString('base64url'), x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') };
  return createPrivateKey({ key: jwk, format: 'jwk' });
}

export function ed25519(g) {
  const seed = g.bytes(32);
  const key = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
  const pub = Buffer.from(createPublicKey(key).export({ format: 'jwk' }).x, 'base64url');
  return { key, seed, pub };
}

export const pem = (key, type) => key.export({ type, format: 'pem' }).trimEnd();
export const publicPem = (key) => createPublicKey(key).export({ type: 'spki', format: 'pem' }).trimEnd();

const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
const sshString = (s) => { const b = Buffer.from(s); return Buffer.concat([u32(b.length), b]); };
const wrap = (b64, width) => b64.match(new RegExp(`.{1,${width}}`, 'g')).join('\n');

/** The public key line of authorized_keys (a public half: never a secret). */
export function sshPublicLine({ pub }, comment) {
  return `ssh-ed25519 ${Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]).toString('base64')} ${comment}`;
}

/** An unencrypted OpenSSH private key (openssh-key-v1) for an Ed25519 key. */
export function opensshKey(g, { seed, pub }, comment) {
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = g.bytes(4);
  let priv = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(comment)]);
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshString('none'), sshString('none'), sshString(''), u32(1), sshString(pubBlob), sshString(priv)]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(blob.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}

/** A PuTTY .ppk (version 2 or 3, unencrypted) for an Ed25519 key, with its MAC computed. */
export function ppk({ seed, pub }, comment, version = 3) {
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const privBlob = sshString(seed);
  const macData = Buffer.concat([sshString('ssh-ed25519'), sshString('none'), sshString(comment), sshString(pubBlob), sshString(privBlob)]);
  const mac = version === 2
    ? createHmac('sha1', createHash('sha1').update('putty-private-key-file-mac-key').digest()).update(macData).digest('hex')
    : createHmac('sha256', Buffer.alloc(0)).update(macData).digest('hex');
  const pubLines = wrap(pubBlob.toString('base64'), 64).split('\n');
  const privLines = wrap(privBlob.toString('base64'), 64).split('\n');
  return [`PuTTY-User-Key-File-${version}: ssh-ed25519`, 'Encryption: none', `Comment: ${comment}`, `Public-Lines: ${pubLines.length}`, ...pubLines,
    `Private-Lines: ${privLines.length}`, ...privLines, `Private-MAC: ${mac}`].join('\n');
}
