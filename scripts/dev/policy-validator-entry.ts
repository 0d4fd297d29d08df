// Bundled and run by scripts/policy-validator.mjs: writes the generated policy validator.
import { writeFileSync } from 'node:fs';
import { policyValidatorCode } from '../../src/policy/validator-code.js';

const out = process.argv[2]!;
writeFileSync(out, policyValidatorCode());
console.log(`wrote ${out}`);
