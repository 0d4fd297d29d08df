import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { summaryMarkdown } from '../../src/action/summary.js';
import { mdCode, mdLinkTarget, mdText, noMentions, noWorkflowCommands, textSafe } from '../../src/report/escape.js';
import type { Report } from '../../src/report/model.js';
import { cli } from '../helpers/cli.js';
import { json, makeRepo } from '../helpers/repo.js';

const forged = 'blocked\n::error file=FORGED,line=1::all good\r\x1b[2K::add-mask::x';
const fileName = 'evidence/a\n::warning::forged.json';

describe('text output carries no workflow command and no terminal escape from data', () => {
  it('check, explain and scan print values and file names with their control characters escaped', async () => {
    const dir = makeRepo({
      '.readiness-gate.yml': stringify({ version: 1, packets: [{ id: 'p', files: ['evidence/*.json'] }], gates: [{ id: 'g', title: 'T\n::notice::x', checks: [{ check: 'status', packet: 'p' }] }] }),
      [fileName]: json({ status: forged }),
      'notes\n::error::x.txt': 'nothing\n',
    });
    for (const args of [['check'], ['explain', 'g'], ['scan', '.']]) {
      const r = await cli(args, dir);
      for (const out of [r.stdout, r.stderr]) {
        expect(out, args.join(' ')).not.toMatch(/^\s*::/m);
        expect(out).not.toContain('\x1b[2K');
        expect(out).not.toContain('\r');
      }
    }
    const check = await cli(['check'], dir);
    expect(check.stdout).toContain('evidence/a\\n::warning::forged.json');
  });

  it('the guards themselves', () => {
    expect(textSafe('a\nb\r\x1b[31mc\u202ed')).toBe('a\\nb\\r\\x1b[31mc\\u202ed');
    expect(noWorkflowCommands('ok\n::error::x\n  ::set-output name=a::b\n')).toBe('ok\n ::error::x\n   ::set-output name=a::b\n');
  });
});

describe('Markdown output cannot open a heading, link, image or HTML from data', () => {
  const report = (title: string, message: string): Report =>
    ({
      reportVersion: 1,
      tool: { name: 'readiness-gate', version: '0' },
      evaluatedAt: '2026-11-29T12:00:00Z',
      policy: { files: ['.readiness-gate.yml'], digest: 'sha256:0123456789abcdef' },
      result: 'fail',
      failOn: ['blocked'],
      summary: { gates: 1, findings: 1, ready: 0, degraded: 0, blocked: 1, unknown: 0 },
      gates: [{ id: 'g`x', title, state: 'blocked', checks: [], findings: [{ check: 'status', checkId: 's', messageId: 'm', message, state: 'blocked', location: { file: 'a`b|c.json', line: 2 } }] }],
      packets: [],
    }) as unknown as Report;

  it('a title or message with a heading, a link, an image or HTML renders as text', () => {
    const md = summaryMarkdown({ passed: false, report: report('\n\n# Readiness Gate: pass', '\n\n[Approve](https://evil.example) ![x](https://evil.example/i.png) <img src=x onerror=alert(1)> www.evil.example'), notes: ['# not a heading'], hidden: { offChangedLines: 0, overLimit: 0 } });
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toEqual(['## Readiness Gate: fail', '### Top reasons', '### What to do next']);
    expect(md).not.toMatch(/(?<!\\)\[Approve(?<!\\)\]/);
    expect(md).not.toMatch(/<img/);
    expect(md).not.toMatch(/(?<!\\):\/\/evil/);
    expect(md).toContain('> \\# not a heading');
  });

  it('inline code keeps backticks and pipes from closing it', () => {
    expect(mdCode('a`b|c')).toBe('``a`b\\|c``');
    expect(mdText('a|b')).toBe('a\\|b');
  });

  it('no @mention survives: users, teams, after a word; the text still reads @name', () => {
    expect(mdText('ask @octocat, @acme/security or x@Bot-1')).toBe('ask @&#8203;octocat, @&#8203;acme/security or x@&#8203;Bot-1');
    expect(mdText('mail a @ b')).toBe('mail a @ b');
    expect(noMentions('ping @octocat')).toBe('ping @\u200boctocat');
  });

  it('a link target is percent-encoded whole: no byte can close it or add a title', () => {
    expect(mdLinkTarget('docs/a) b(c <d>"e\'f[g].md', '/')).toBe('docs/a%29%20b%28c%20%3Cd%3E%22e%27f%5Bg%5D.md');
    expect(mdLinkTarget('é\u202e', '/')).toBe('%C3%A9%E2%80%AE');
  });

  it('bidi marks and isolates are shown as escapes like the overrides', () => {
    expect(textSafe('a\u200eb\u200fc\u2066d\u061ce')).toBe('a\\u200eb\\u200fc\\u2066d\\u061ce');
  });
});
