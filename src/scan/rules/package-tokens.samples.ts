import type { RuleSamples } from '../types.js';
import { fake } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'npm-token': { positive: [`//registry.npmjs.org/:_authToken=${fake('np' + 'm_', 36)}`], negative: ['npm_config_registry=https://registry.npmjs.org/', 'npm_package_version'] },
  'gitlab-token': { positive: [`CI_TOKEN: ${fake('glp' + 'at-', 20)}`], negative: ['glpat- tokens expire after a year'] },
  'pypi-token': {
    positive: [`password = ${fake('pypi-' + 'AgEIcHlwaS5vcmc', 60)}`, `[testpypi]\nusername = __token__\npassword = ${fake('pypi-' + 'AgENdGVzdC5weXBpLm9yZw', 120, undefined, 3)}`],
    negative: ['password = pypi-token-goes-here', 'password = pypi-AgENdGVzdC5weXBpLm9yZw...'],
  },
  'dockerhub-token': {
    positive: [`docker login -p ${fake('dckr' + '_pat_', 27)}`, `echo "${fake('dckr' + '_oat_', 32, undefined, 4)}" | docker login --username acme --password-stdin`],
    negative: ['use a dckr_pat_ token from the secret store', 'organization tokens start dckr_oat_'],
  },
};
