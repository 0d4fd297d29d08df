import type { RuleSamples } from '../types.js';
import { fake, UPPER_ALNUM } from './fake.js';

const key = (seed: number) => ['CAVRA', 'TRIAL', ...[0, 1, 2, 3].map((i) => fake('', 5, UPPER_ALNUM, seed + i))].join('-');

export const SAMPLES: Record<string, RuleSamples> = {
  'cavra-license-key': { positive: [`license: ${key(3)}`, `"licenseKey": "${key(17)}"`], negative: ['CAVRA-ENTERPRISE-TRIAL-EDITION', 'the CAVRA-TRIAL key is issued privately'] },
  'license-key-assignment': {
    positive: [
      `"license_key": "${fake('', 24)}"`,
      `LICENSE_KEY=${fake('LK', 20, undefined, 8)}`,
      `licenseKey: ${fake('', 16, undefined, 2)}`,
      { file: 'app/license.py', text: `LICENSE_KEY = "${fake('', 20, undefined, 31)}"\n` },
    ],
    negative: [
      'options:\n  license_key:\n    description: Licence key of the appliance\n    required: true\n',
      '"license_key_included": false',
      'license_key: CAVRA_TRIAL_LICENSE_KEY_REF',
      'LICENSE_KEY=${CAVRA_LICENSE_KEY}',
      '"license_key": "<redacted>"',
      // Code: a call, a member access, a template expression.
      { file: 'plugins/modules/appliance.py', text: "        self.license_key = self.module.params.get('license_key', '')\n" },
      { file: 'app/license.py', text: 'license_key = read_license_key2(config)\n' },
      { file: 'templates/appliance.j2', text: '{% set license_key = appliance.license_key_v2 %}\n' },
    ],
  },
};
