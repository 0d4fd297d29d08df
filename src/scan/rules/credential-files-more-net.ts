import type { MatchContext, Rule } from '../types.js';
import { base64Text } from './credential-apps-common.js';
import { lineAround, nearestHeader } from './credential-files-common.js';
import { filledByHand, notAPassword } from './credential-files-more.js';

// Network credentials kept in system configuration (issue 21, part 1): Wi-Fi passphrases, CIFS
// mount passwords, SMB credentials files, PPP secrets, and HTTP credentials written into reverse
// proxy configuration (Traefik labels, nginx/Apache/Caddy headers).

/** A network block's SSID that documentation uses: `example`, `test network`, `eap-psk-test`. */
const EXAMPLE_SSID = /example|test|^(?:simple|second ssid|secure mesh|ssid|your[\w -]*|my[\w -]*)$/i;

/** A hex key whose bytes count up (`000102...1f`): a test vector, not a key. */
function countingBytes(hex: string): boolean {
  for (let i = 2; i + 2 <= hex.length; i += 2) if (parseInt(hex.slice(i, i + 2), 16) !== (parseInt(hex.slice(i - 2, i), 16) + 1) % 256) return false;
  return true;
}

/**
 * wpa_supplicant: `psk="passphrase"` (8-63 characters) or `psk=` 64 hex digits, `password=` and
 * `sae_password=` of a network block (wpa_supplicant.conf(5)); NetworkManager keyfiles:
 * `psk=` under [wifi-security], `password=` under [802-1x] (nm-settings-keyfile(5)).
 */
export const wifiPsk: Rule = {
  id: 'wifi-psk',
  description: 'A Wi-Fi passphrase or key in wpa_supplicant.conf or a NetworkManager connection (.nmconnection: psk=, password=, sae_password=)',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['psk=', 'password='],
  pattern: /^[ \t]*(?:psk|sae_password|password|wep_key[0-3]|wep-key[0-3])=(?:"(?<secret>[^"\r\n]{1,256})"|(?<secret2>[^\s"#]\S{0,255}))/gm,
  onlyPaths: /(?:^|\/)wpa_supplicant[\w.-]*\.conf$|(?:^|\/)wpa_supplicant\/[\w.-]+\.conf$|\.nmconnection$/i,
  validate: (value, ctx) => {
    if (notAPassword(value) || filledByHand(value) || (/^[0-9a-f]{64}$/i.test(value) && countingBytes(value))) return false;
    // The SSID of the block the value is in (wpa_supplicant) or the keyfile's (NetworkManager).
    const ssid = nearestHeader(ctx, /^[ \t]*ssid="?([^"\r\n]{0,64})/).trim();
    return !EXAMPLE_SSID.test(ssid);
  },
};

// mount.cifs options (mount.cifs(8)): `password=`/`pass=` in the options column of fstab, an
// automounter map or a systemd .mount unit's Options=. `credentials=FILE` names a file instead.
export const fstabCifsPassword: Rule = {
  id: 'fstab-cifs-password',
  description: 'A CIFS/SMB password in mount options (/etc/fstab, autofs maps, systemd .mount units: password=)',
  severity: 'critical',
  category: 'url-credentials',
  keywords: ['pass'],
  pattern: /(?<=[\s,=])pass(?:word)?=(?<secret>[^\s,"]{1,256})/g,
  onlyPaths: /(?:^|\/)(?:fstab(?:\.[\w-]+)?|[\w-]+\.fstab|auto\.(?!master\b)[\w.-]+|[\w@.\\-]+\.mount)$/i,
  validate: (value, ctx) => {
    const { line, before } = lineAround(ctx);
    // fstab and automounter lines name the share (`//host/share`) or the type; a .mount unit says Type=cifs on its own line.
    const cifs = /cifs|smb|\/\/|\\\\/i.test(line) || (/\.mount$/i.test(ctx.file) && /^Type=(?:cifs|smb3)\b/im.test(ctx.text));
    return cifs && !/^\s*#/.test(before) && !notAPassword(value);
  },
};

// mount.cifs / smbclient credentials files: `username=`, `password=`, `domain=` lines (mount.cifs(8), smbclient -A).
export const smbCredentialsPassword: Rule = {
  id: 'smb-credentials-password',
  description: 'A password in an SMB/CIFS credentials file (.smbcredentials, smb-credentials, cifs.cred: password=)',
  severity: 'critical',
  category: 'url-credentials',
  keywords: ['pass'],
  pattern: /^[ \t]*pass(?:word)?[ \t]*=[ \t]*(?<secret>[^\s#][^\r\n]{0,255})$/gm,
  onlyPaths: /(?:^|\/)\.?(?:smb|cifs|samba)[\w.-]{0,24}(?:cred|creds|credentials|auth)[\w.-]{0,24}$|(?:^|\/)samba\/[\w.-]*cred[\w.-]*$/i,
  validate: (value, ctx) => !notAPassword(value.trim()) && /^[ \t]*user(?:name)?[ \t]*=/im.test(ctx.text),
};

// pppd's chap-secrets / pap-secrets / srp-secrets: `client server secret [addresses]`, `#`
// comments, `""` or `*` for none, `@/path` to read the secret from a file (pppd(8), "Authentication").
export const pppSecret: Rule = {
  id: 'ppp-secret',
  description: 'A secret in a pppd secrets file (/etc/ppp/chap-secrets, pap-secrets: client server secret)',
  severity: 'critical',
  category: 'url-credentials',
  keywords: [],
  pattern: /^[ \t]*(?:"[^"\r\n]{1,128}"|[^\s#"]\S{0,127})[ \t]+(?:"[^"\r\n]{0,128}"|[^\s"]\S{0,127})[ \t]+(?:"(?<secret>[^"\r\n]{1,256})"|(?<secret2>[^\s"]\S{0,255}))/gm,
  onlyPaths: /(?:^|\/)(?:chap|pap|srp)-secrets$/i,
  validate: (value) => !notAPassword(value) && !/^[*@-]/.test(value),
};

/** Traefik's documentation examples (user test and test2, password test): published, open nothing. */
const TRAEFIK_DOC_HASHES = ['$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/', '$apr1$d9hr9HBB$4HxwgUir3HP4EsggP/QNo0'];

/**
 * Traefik's basicAuth/digestAuth middleware: `users=name:HASH[,name:HASH]` in labels, a `users`
 * list in its files (Traefik documentation, "BasicAuth"). In Docker Compose each `$` of the
 * htpasswd hash is written `$$`. The hash can be cracked offline like any published password hash.
 */
export const traefikBasicAuthHash: Rule = {
  id: 'traefik-basicauth-hash',
  description: 'An htpasswd password hash in Traefik basicAuth users (Compose labels with $$-escaped $apr1$/bcrypt/SHA hashes, dynamic configuration)',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['basicauth', 'digestauth'],
  pattern:
    /(?<=[\s=,"'[]|\\")[A-Za-z0-9_.@-]{1,64}:(?<secret>\$\$(?:apr1|1|5|6)\$\$[./A-Za-z0-9]{1,16}\$\$[./A-Za-z0-9]{22,86}|\$\$2[aby]\$\$\d\d\$\$[./A-Za-z0-9]{53}|\$(?:apr1|1|5|6)\$[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}|\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}|\{SHA\}[A-Za-z0-9+/]{27}=)(?![./A-Za-z0-9$])/g,
  onlyPaths: /\.(?:ya?ml|toml|json|env|conf|tf|hcl|nomad|sh)$|(?:^|\/)(?:Dockerfile|Containerfile)[\w.-]*$/i,
  validate: (value, ctx) => {
    const hash = value.replace(/\$\$/g, '$');
    if (TRAEFIK_DOC_HASHES.includes(hash) || filledByHand(hash)) return false;
    return /basicauth|digestauth/i.test(ctx.text.slice(Math.max(0, ctx.index - 1024), ctx.index));
  },
};

/** Basic credentials: base64 of `user:password` that round-trips, the password not a stand-in. */
function basicPair(value: string): boolean {
  const decoded = base64Text(value);
  const colon = decoded?.indexOf(':') ?? -1;
  return decoded !== undefined && colon > 0 && !notAPassword(decoded.slice(colon + 1));
}

function bearerToken(value: string): boolean {
  return value.length >= 20 && /\d/.test(value) && /[A-Za-z]/.test(value) && !notAPassword(value) && !filledByHand(value);
}

/**
 * A reverse proxy that adds credentials to the requests it forwards: nginx `proxy_set_header
 * Authorization "Basic ..."`, Apache `RequestHeader set Authorization`, HAProxy `http-request
 * set-header`, Caddy `header_up`. The header name is followed by a space, not the `:` or `=` that
 * the authorization-header rule reads, which is why that rule misses these forms.
 */
export const proxyAuthorizationHeader: Rule = {
  id: 'proxy-authorization-header',
  description: 'Credentials a reverse proxy adds to requests (nginx proxy_set_header, Apache RequestHeader, HAProxy set-header, Caddy header_up: Authorization "Basic ..."/"Bearer ...")',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['authorization'],
  pattern:
    /\b(?:proxy_set_header|grpc_set_header|more_set_input_headers|RequestHeader[ \t]+(?:set|add|append)|http-request[ \t]+(?:set|add)-header|header_up|header)[ \t]+["']?Authorization:?["']?[ \t]+["']?(?:Basic[ \t]+(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})|Bearer[ \t]+(?<secret2>[A-Za-z0-9._~+/-]{16,2048}={0,2}))(?![A-Za-z0-9+/=._~-])/gi,
  validate: (value, ctx: MatchContext) => (/basic[ \t]+$/i.test(ctx.text.slice(Math.max(0, ctx.index - 8), ctx.index)) ? basicPair(value) : bearerToken(value)),
};

export const MORE_NETWORK_FILE_RULES: readonly Rule[] = [wifiPsk, fstabCifsPassword, smbCredentialsPassword, pppSecret, traefikBasicAuthHash, proxyAuthorizationHeader];
