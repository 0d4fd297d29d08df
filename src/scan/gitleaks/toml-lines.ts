/**
 * Where things are in a gitleaks TOML file. The TOML parser gives values without positions, so
 * errors about a value (a regex RE2 refuses, a rule with no id) are placed by reading the text:
 * the n-th `[[rules]]` table, then the first line inside it that sets the key.
 */
export class TomlLines {
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
  }

  /** The 1-based line of the n-th (0-based) header `[[name]]` or `[name]`, if there is one. */
  header(name: string, n: number): number | undefined {
    const re = new RegExp(`^\\s*\\[{1,2}\\s*${name.replace(/\./g, '\\.')}\\s*\\]{1,2}\\s*(?:#.*)?$`);
    let seen = 0;
    for (let i = 0; i < this.lines.length; i++) {
      if (re.test(this.lines[i]!) && seen++ === n) return i + 1;
    }
    return undefined;
  }

  /** The line that sets `key` at or after `from`, before the next table header. */
  key(key: string, from: number): number {
    const re = new RegExp(`^\\s*["']?${key}["']?\\s*=`);
    for (let i = from - 1; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (i >= from && /^\s*\[/.test(line)) break;
      if (re.test(line)) return i + 1;
    }
    return from;
  }

  /** The line of a rule's key: the key inside the n-th `[[rules]]`, else the table header. */
  ruleKey(n: number, key: string): number {
    const at = this.header('rules', n);
    return at === undefined ? 1 : this.key(key, at);
  }

  /** The first line whose text contains the string (a regex written in an allowlist), else 1. */
  containing(text: string, from = 1): number {
    for (let i = Math.max(0, from - 1); i < this.lines.length; i++) if (this.lines[i]!.includes(text)) return i + 1;
    return from;
  }
}
