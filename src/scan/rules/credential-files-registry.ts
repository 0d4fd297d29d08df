import type { MatchContext, Rule } from '../types.js';
import { decodeBase64, standsForSecret } from './credential-files-common.js';
import { lineStartOf } from './context.js';

// Package and image registry client files: Yarn's .yarnrc.yml / .yarnrc and Docker's config.json /
// .dockercfg. (.npmrc is read by npmrc-auth in registry.ts.)

/**
 * Yarn 2+ `.yarnrc.yml`: `npmAuthToken` and `npmAuthIdent` (`user:password`), at the top level or
 * under `npmScopes.<scope>` / `npmRegistries.<url>` (Yarn documentation, "yarnrc settings").
 * Yarn 1 `.yarnrc`: npm's `_authToken` / `_auth` / `_password` keys, written `key value` or `key "value"`.
 */
export const yarnrcAuth: Rule = {
  id: 'yarnrc-auth',
  description: 'A registry token or user:password in a Yarn configuration file (.yarnrc.yml npmAuthToken / npmAuthIdent, any scope or registry; .yarnrc _authToken)',
  severity: 'critical',
  category: 'private-registry',
  keywords: ['npmauthtoken', 'npmauthident', '_authtoken', '_auth', '_password'],
  // yml: `npmAuthToken: value` (quoted or bare); yarnrc: `"//host/:_authToken" value` (no `=`: that
  // is .npmrc syntax, which npmrc-auth reads). Quoted and bare values start with disjoint characters.
  pattern:
    /^[ \t]*(?:["']?(?:npmAuthToken|npmAuthIdent)["']?[ \t]*:|["']?[^\s"'=]{0,256}:?_(?:authToken|auth|password)["']?)[ \t]+(?:"(?<secret>[^"\r\n]{1,1024})"|'(?<secret2>[^'\r\n]{1,1024})'|(?<secret3>[^\s"'#]\S{0,1023}))/gm,
  onlyPaths: /(?:^|\/)\.yarnrc(?:\.ya?ml)?$/i,
  validate: (value, ctx) => value.length >= 8 && !standsForSecret(value) && (!isIdent(ctx) || hasPassword(value)),
};

/** An `npmAuthIdent` value is `user:password`: a password must follow the colon. */
function isIdent(ctx: MatchContext): boolean {
  const lineStart = lineStartOf(ctx.text, ctx.index);
  return /npmAuthIdent/i.test(ctx.text.slice(lineStart, ctx.index));
}

/** `user:password`, written as is or base64-encoded like npm's `_auth` (Yarn documentation, npmAuthIdent). */
function hasPassword(ident: string): boolean {
  const plain = ident.includes(':') ? ident : (decodeBase64(ident) ?? '');
  const colon = plain.indexOf(':');
  return colon > 0 && /^[\x20-\x7e]+$/.test(plain) && !standsForSecret(plain.slice(colon + 1));
}

/**
 * Docker's `auth` is base64 of `user:password` (Docker CLI reference, "docker login", credential
 * store section): decoded, it must hold a user, a colon and a password that is not a placeholder.
 */
function isDockerAuth(value: string): boolean {
  const decoded = decodeBase64(value);
  if (decoded === undefined || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && !standsForSecret(decoded.slice(colon + 1)) && !standsForSecret(decoded.slice(0, colon));
}

/** The property name the JSON string value at ctx belongs to. */
function propertyOf(ctx: MatchContext): string {
  return /"([A-Za-z]+)"\s*:\s*"$/.exec(ctx.text.slice(Math.max(0, ctx.index - 64), ctx.index))?.[1]?.toLowerCase() ?? '';
}

/**
 * A Kubernetes Secret of type `kubernetes.io/dockerconfigjson` (or `dockercfg`) holds the whole
 * config base64-encoded under `.dockerconfigjson`: decoded, some registry entry must carry a
 * credential (`auth`, `password`, `identitytoken`), as `kubectl create secret docker-registry` writes.
 */
function holdsDockerCredential(encoded: string): boolean {
  let config: unknown;
  try {
    config = JSON.parse(decodeBase64(encoded) ?? '');
  } catch {
    return false;
  }
  if (typeof config !== 'object' || config === null) return false;
  const registries = (config as { auths?: unknown }).auths ?? config;
  if (typeof registries !== 'object' || registries === null) return false;
  return Object.values(registries as Record<string, unknown>).some((entry) => {
    if (typeof entry !== 'object' || entry === null) return false;
    const e = entry as Record<string, unknown>;
    if (typeof e.auth === 'string' && isDockerAuth(e.auth)) return true;
    return [e.password, e.identitytoken].some((v) => typeof v === 'string' && v.length >= 4 && !standsForSecret(v));
  });
}

const DOCKER_CONFIG_FILE = /(?:^|\/)(?:\.dockercfg|\.?dockerconfig(?:json)?(?:\.json)?|config\.json)$/i;

export const dockerConfigAuth: Rule = {
  id: 'docker-config-auth',
  description: 'A registry credential in a Docker client config (config.json / .dockercfg: auths.<registry>.auth base64 of user:password, identitytoken, registrytoken) or base64-encoded in a Kubernetes .dockerconfigjson Secret',
  severity: 'critical',
  category: 'private-registry',
  keywords: ['"auth"', '"identitytoken"', '"registrytoken"', '.dockerconfigjson', '.dockercfg'],
  pattern:
    /"(?:auth|identitytoken|registrytoken)"[ \t]*:[ \t]*"(?<secret>[^"\\\s]{4,8192})"|\.docker(?:configjson|cfg)["']?[ \t]*:[ \t]*["']?(?<secret2>ey[A-Za-z0-9+/]{18,65536}={0,2})/gi,
  // .dockercfg is the legacy file (a map of registries); config.json is Docker's only when it has
  // `auths`; a Secret manifest is YAML or JSON.
  onlyPaths: { test: (path: string) => DOCKER_CONFIG_FILE.test(path) || /\.(?:ya?ml|json)$/i.test(path) },
  validate: (value, ctx) => {
    if (/\.docker(?:configjson|cfg)["']?[ \t]*:[ \t]*["']?$/i.test(ctx.text.slice(Math.max(0, ctx.index - 64), ctx.index))) return holdsDockerCredential(value);
    if (!DOCKER_CONFIG_FILE.test(ctx.file)) return false;
    if (!/\.dockercfg$/i.test(ctx.file) && !/"auths"\s*:/.test(ctx.text)) return false;
    if (propertyOf(ctx) === 'auth') return isDockerAuth(value);
    return value.length >= 8 && !standsForSecret(value);
  },
};

export const REGISTRY_FILE_RULES: readonly Rule[] = [yarnrcAuth, dockerConfigAuth];
