import { textSafe } from '../report/escape.js';
import type { ScanSettings } from '../scan/config.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';
import { scanSettings } from './scan-command.js';

/**
 * `readiness-gate rules`: the rules a scan in this repository runs (built-in ones the policy keeps,
 * its custom rules, imported gitleaks rules), so a user can see what is checked, and the bench can
 * give ripgrep the same patterns.
 */
export async function runRules(cwd: string, policy: string | undefined, format: string, io: CliIo): Promise<number> {
  const settings = await scanSettings(cwd, policy);
  const rows = listRules(settings);
  if (format === 'json') {
    io.stdout(JSON.stringify({ rules: rows }, null, 2) + '\n');
    return EXIT.ok;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  io.stdout(rows.map((r) => `${textSafe(r.id).padEnd(width)}  ${r.severity.padEnd(8)}  ${r.category.padEnd(16)}  ${textSafe(r.description)}`).join('\n') + `\n${rows.length} rules\n`);
  return EXIT.ok;
}

interface RuleRow {
  id: string;
  description: string;
  severity: string;
  category: string;
  keywords: string[];
  /** The pattern as written: a JavaScript regex for built-in rules, RE2 for custom and imported ones. */
  pattern?: { source: string; flags: string; syntax: 'javascript' | 're2' };
  paths?: 'path-only';
}

function listRules(settings: ScanSettings): RuleRow[] {
  const content: RuleRow[] = settings.rules.map((r) => ({
    id: r.id,
    description: r.description,
    severity: r.severity,
    category: r.category,
    keywords: r.keywords,
    pattern: r.pattern instanceof RegExp ? { source: r.pattern.source, flags: r.pattern.flags, syntax: 'javascript' } : { source: r.pattern.source, flags: '', syntax: 're2' },
  }));
  const byPath: RuleRow[] = settings.pathRules.map((r) => ({ id: r.id, description: r.description, severity: r.severity, category: r.category, keywords: [], paths: 'path-only' }));
  return [...content, ...byPath];
}
