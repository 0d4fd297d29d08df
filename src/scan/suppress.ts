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
  return suppressionReason(ruleId, sameLine, previousLine) !== undefined;
}

/** The reason the marker on the line (or the line before) gives for allowing this rule, if any. */
export function suppressionReason(ruleId: string, sameLine: string, previousLine: string | undefined): string | undefined {
  for (const line of [sameLine, previousLine]) {
    if (!line || !line.includes('readiness-gate:allow')) continue;
    const m = ALLOW.exec(line);
    if (m && m[1]!.split(',').some((r) => r === ruleId || r === '*')) return m[2]!;
  }
  return undefined;
}
