/**
 * Why RE2 refused a pattern, fit to print. RE2 quotes the part it could not parse, which can be
 * the whole pattern, literal values and all (a rule written around the very value it looks for):
 * a long quote keeps its first characters only.
 */
export function re2Reason(err: unknown): string {
  return String((err as Error)?.message ?? err)
    .replace(/^error parsing regexp: /, '')
    .replace(/`([^`]{13,})`/g, (_, part: string) => `\`${part.slice(0, 6)}…\``);
}
