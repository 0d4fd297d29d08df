// Writes src/policy/policy-validator.generated.ts: the policy schema's validator as code (see
// src/policy/validator-code.ts). Run after changing the policy schema or the check list; a test
// fails while the file is stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'rg-validator-'));
try {
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'scripts/dev/policy-validator-entry.ts', '-o', out, '--quiet', '--target', 'es2022', '--transpile-only'], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(out, 'index.js'), 'src/policy/policy-validator.generated.ts'], { stdio: 'inherit' });
} finally {
  rmSync(out, { recursive: true, force: true });
}
