// Writes docs/policy.schema.json from the code (src/policy/editor-schema.ts) through the built CLI.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const schema = execFileSync(process.execPath, ['dist/cli/index.js', 'schema', 'policy'], { encoding: 'utf8' });
writeFileSync('docs/policy.schema.json', schema);
console.log('wrote docs/policy.schema.json');
