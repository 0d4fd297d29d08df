import type { RuleSamples } from '../types.js';
import { fake } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'npmrc-auth': {
    positive: [`//npm.pkg.github.com/:_authToken=${fake('', 40, '0123456789abcdef', 4)}`, `_auth=${Buffer.from('ci:hunter2hunter2').toString('base64')}`],
    negative: ['//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}', '_authToken=${NPM_TOKEN}', '        _password = self.password.decode("latin-1") if isinstance(self.password, bytes) else self.password', "  const _auth = this.registryAuth.basic", '_auth = os.environ["NPM_AUTH"]'],
  },
  'private-registry-url': {
    positive: [`https://packages.acme.io/npm/private/?token=${fake('', 32)}`, `pip install --index-url "https://pypi.acme.io/simple?access_token=${fake('', 24, undefined, 2)}"`],
    negative: ['https://packages.acme.io/npm/private/?token=${REGISTRY_TOKEN}', 'https://registry.npmjs.org/?page=2'],
  },
};
