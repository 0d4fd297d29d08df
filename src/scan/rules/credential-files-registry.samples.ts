import type { RuleSamples } from '../types.js';
import { fake, URLSAFE } from './fake.js';

/** Docker's `auth`: base64 of `user:password`. */
const b64 = (text: string) => Buffer.from(text).toString('base64');
const dockerAuth = (user: string, password: string) => b64(`${user}:${password}`);

export const SAMPLES: Record<string, RuleSamples> = {
  'yarnrc-auth': {
    positive: [
      { file: '.yarnrc.yml', text: `nodeLinker: node-modules\nnpmRegistryServer: "https://npm.acme.io"\nnpmAlwaysAuth: true\nnpmAuthToken: ${fake('', 40, URLSAFE, 61)}\nyarnPath: .yarn/releases/yarn-4.1.0.cjs\n` },
      { file: 'app/.yarnrc.yml', text: `npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.pkg.acme.io"\n    npmAuthToken: "${fake('', 36, undefined, 62)}"\n` },
      { file: '.yarnrc.yml', text: 'npmRegistries:\n  "https://nexus.acme.io/repository/npm/":\n    npmAlwaysAuth: true\n    npmAuthIdent: "ci-bot:Autumn2024!"\n' },
      { file: '.yarnrc.yml', text: `npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.acme.io"\n    npmAuthIdent: "${Buffer.from('ci:Spring2016!').toString('base64')}"\n` },
      { file: '.yarnrc', text: `registry "https://registry.acme.io/"\n"//registry.acme.io/:_authToken" "${fake('', 32, undefined, 63)}"\nlockfile true\n` },
    ],
    negative: [
      { file: '.yarnrc.yml', text: 'npmScopes:\n  acme:\n    npmAuthToken: "${NPM_TOKEN}"\n' },
      { file: '.yarnrc.yml', text: 'npmAuthToken: ${NPM_AUTH_TOKEN:-}\nnpmAuthIdent: "username:password"\n' },
      { file: '.yarnrc.yml', text: 'nodeLinker: pnp\nenableGlobalCache: true\n' },
      { file: '.yarnrc.yml', text: `npmAuthIdent: "${Buffer.from('ci:').toString('base64')}"\n` },
      { file: '.yarnrc', text: '"//registry.npmjs.org/:_authToken" "$NPM_TOKEN"\n' },
    ],
  },
  'docker-config-auth': {
    positive: [
      { file: '.docker/config.json', text: `{\n\t"auths": {\n\t\t"registry.acme.io": {\n\t\t\t"auth": "${dockerAuth('deploy', fake('', 20, undefined, 64))}"\n\t\t}\n\t},\n\t"credsStore": "desktop"\n}\n` },
      { file: 'config.json', text: `{"auths":{"https://index.docker.io/v1/":{"auth":"${dockerAuth('acmebot', 'Summer2024!')}"}},"HttpHeaders":{"User-Agent":"Docker-Client/24.0.7 (linux)"}}` },
      { file: '.dockercfg', text: `{"quay.io":{"auth":"${dockerAuth('acme+robot', fake('', 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 65))}","email":""}}` },
      { file: '.docker/config.json', text: `{\n  "auths": {\n    "acme.azurecr.io": {\n      "auth": "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg==",\n      "identitytoken": "${fake('', 180, URLSAFE, 66)}"\n    }\n  }\n}\n` },
      { file: 'k8s/pull-secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n  namespace: apps\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${b64(JSON.stringify({ auths: { 'registry.acme.io': { username: 'deploy', password: 'Depl0y-2024!', auth: dockerAuth('deploy', 'Depl0y-2024!') } } }))}\n` },
    ],
    negative: [
      { file: 'k8s/pull-secret.yaml', text: `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${b64(JSON.stringify({ auths: { 'registry.acme.io': { username: 'user', password: 'password', auth: dockerAuth('user', 'password') } } }))}\n` },
      { file: 'chart/templates/secret.yaml', text: 'type: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: {{ template "imagePullSecret" . }}\n' },
      { file: '.docker/config.json', text: '{\n  "auths": {\n    "ghcr.io": {}\n  },\n  "credsStore": "osxkeychain"\n}\n' },
      { file: '.docker/config.json', text: `{"auths":{"registry.acme.io":{"auth":"${dockerAuth('user', 'password')}"}}}` },
      { file: 'config.json', text: `{"auths":{"registry.acme.io":{"auth":"${dockerAuth('deploy', '')}"}}}` },
      { file: 'config.json', text: `{"server":{"auth":"${dockerAuth('deploy', 'hunter22')}"}}` },
      { file: '.docker/config.json', text: '{"auths":{"registry.acme.io":{"auth":"not base64!"}}}' },
    ],
  },
};
