/**
 * Attacks from an outside check of issue 21's rules: one long line of many matches, a YAML file
 * of many tokens, a byte-order mark. Growth is measured as a ratio of times in this process
 * (test/scan/growth.ts), never against a clock.
 */
import { describe, expect, it } from 'vitest';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { Scanner } from '../../src/scan/scanner.js';
import { growth } from './growth.js';

const scanner = new Scanner({ rules: PUBLIC_SAFETY_RULES });

describe('many matches on one line, many values in one file', () => {
  it('password assignments repeated on one line grow linearly', () => {
    const line = (n: number) => `x = {${Array.from({ length: n }, (_, i) => `password: "Pw${i}zzKqv"`).join(', ')}}\n`;
    const g = growth((n) => void scanner.scanText('app.js', line(n)), 1024, 4096);
    expect(g.ratio).toBeLessThan(10);
  });

  it('ansible_password pairs on one inventory line grow linearly', () => {
    const line = (n: number) => Array.from({ length: n }, (_, i) => `ansible_password=Pw${i}zz`).join(' ') + '\n';
    const g = growth((n) => void scanner.scanText('hosts', line(n)), 256, 4096);
    expect(g.ratio).toBeLessThan(10);
  });

  it('a Markdown table of many addresses on long rows is read once, not once per address', () => {
    // Each address once walked up the table to its header, reading every long row above it.
    const row = (r: number) => `|${Array.from({ length: 20 }, (_, i) => `52.${(r % 200) + 1}.${i + 1}.${(r % 50) + 7}`).join(' | ')}|`;
    const table = (n: number) => `| Host | Address |\n|---|---|\n${Array.from({ length: n }, (_, r) => row(r)).join('\n')}\n`;
    expect(scanner.scanText('hosts.md', table(10)).filter((f) => f.ruleId === 'ipv4-address')).toHaveLength(200);
    const g = growth((n) => void scanner.scanText('hosts.md', table(n)), 16, 1024);
    expect(g.ratio).toBeLessThan(10);
  });

  it('a kubeconfig of thousands of users: every token found, however far below users: it is', () => {
    // Each value once looked its header up by reading back line by line (at most 4,096 lines,
    // seconds per megabyte); headers are now found in one pass per text.
    const users = Array.from({ length: 3000 }, (_, i) => `- name: u${i}\n  user:\n    token: Tk${i}q7Zr2mXw9LpV4s`).join('\n');
    const found = scanner.scanText('kubeconfig', `apiVersion: v1\nkind: Config\nusers:\n${users}\n`);
    expect(found.filter((f) => f.ruleId === 'kubeconfig-credential')).toHaveLength(3000);
  });
});

describe('a UTF-8 byte-order mark', () => {
  it('does not hide the first line from rules anchored at a line start, and counts no column', () => {
    const text = '\ufeffdb.corp.io:5432:app:bob:Winter42x\n';
    const found = scanner.scanBytes('sub/.pgpass', Buffer.from(text, 'utf8'));
    expect(found.map((f) => f.ruleId)).toEqual(['pgpass-password']);
    expect(found[0]!.line).toBe(1);
    expect(found[0]!.column).toBe('db.corp.io:5432:app:bob:'.length + 1);
  });
});

describe('a rule whose own code throws', () => {
  it('keeps the value as a finding (fail closed) and the file scanned; a throwing judge leaves evidence shape', () => {
    const rule = {
      id: 'throws',
      description: 'a rule whose validation and judge throw',
      severity: 'high' as const,
      category: 'generic-secret' as const,
      keywords: ['boom'],
      pattern: /boom=(?<secret>\w{6,})/g,
      validate: () => {
        throw new Error('decoder met something new');
      },
      judge: () => {
        throw new Error('judge met something new');
      },
    };
    const found = new Scanner({ rules: [rule] }).scanText('a.env', 'boom=abcdef123\n');
    expect(found.map((f) => [f.ruleId, f.severity, f.evidence])).toEqual([['throws', 'high', 'shape']]);
  });
});
