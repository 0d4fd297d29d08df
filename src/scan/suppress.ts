/**
 * Inline suppression: `readiness-gate:allow RULE[,RULE] reason="why"` on the finding's line or the
 * line before. The reason is required, so every exception says why it exists.
 */
const ALLOW = /readiness-gate:allow\s+([a-z0-9*][a-z0-9,*-]*)\s+reason="([^"]+)"/;

export function allowedRules(line: string | undefined): string[] {
  if (!line || !line.includes('readiness-gate:allow')) return [];
  const m = ALLOW.exec(line);
  return m ? m[1]!.split(',').filter(Boolean) : [];
}

export function isSuppressed(ruleId: string, sameLine: string, previousLine: string | undefined): boolean {
  return [...allowedRules(sameLine), ...allowedRules(previousLine)].some((r) => r === ruleId || r === '*');
}
