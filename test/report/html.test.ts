import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { renderDashboard } from '../../src/report/html/dashboard.js';
import { fileHref } from '../../src/report/html/markup.js';
import type { Report } from '../../src/report/model.js';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { json, makeRepo } from '../helpers/repo.js';

const NOW = '2026-11-29T12:00:00Z';
const token = `ghp_${fake('', 36, undefined, 91)}`;

/** A repository with a hostile gate title, a leaked token and a packet that expires soon. */
function repo() {
  return makeRepo({
    '.readiness-gate.yml': stringify({
      version: 1,
      packets: [{ id: 'license', file: 'evidence/license.json' }],
      gates: [
        { id: 'trial-license', title: 'Trial <script>alert(1)</script> & "license"', checks: [{ check: 'fresh', packet: 'license', expires: '/expires_at' }] },
        { id: 'public-safety', checks: [{ check: 'redaction', paths: ['docs/**'] }] },
      ],
    }),
    'evidence/license.json': json({ expires_at: '2026-12-04T09:30:00Z' }),
    'docs/setup.md': `# Setup\n\nexport GITHUB_TOKEN=${token}\n`,
  });
}

describe('check --format html', () => {
  it('writes one self-contained page: no URL to fetch, a CSP that forbids fetching, the script allowed by hash', async () => {
    const dir = repo();
    const r = await cli(['check', '--now', NOW, '--format', 'html'], dir);
    expect(r.code).toBe(1);
    const html = r.stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    // Nothing that a browser would fetch: no src, no stylesheet link, no @import or url() in CSS.
    expect(html).not.toMatch(/\ssrc=|<link\b|@import|url\(/i);
    expect(html.match(/https?:\/\/[^\s"<]+/g) ?? []).toEqual(['http://www.w3.org/2000/svg'].filter((u) => html.includes(u)));
    const script = html.match(/<script>([\s\S]*?)<\/script>/)![1]!;
    const { createHash } = await import('node:crypto');
    expect(html).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  });

  it('escapes what came from the policy and packets, and shows a found value only masked', async () => {
    const dir = repo();
    const html = (await cli(['check', '--now', NOW, '--format', 'html'], dir)).stdout;
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('Trial &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;license&#34;');
    expect(html).not.toContain(token);
    expect(html).toMatch(/ghp_\*{4}/);
  });

  it('links each reason to its file line relative to where the page is written, or under --link-base', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'out', 'nightly'), { recursive: true });
    await cli(['check', '--now', NOW, '--format', 'html', '-o', 'out/nightly/dash.html'], dir);
    const html = readFileSync(join(dir, 'out/nightly/dash.html'), 'utf8');
    expect(html).toContain('<a class="loc" href="../../docs/setup.md#L3"><code>docs/setup.md:3:');
    const linked = (await cli(['check', '--now', NOW, '--format', 'html', '--link-base', 'https://github.com/o/r/blob/abc123'], dir)).stdout;
    expect(linked).toContain('href="https://github.com/o/r/blob/abc123/docs/setup.md#L3"');
    const bad = await cli(['check', '--format', 'html', '--link-base', 'javascript:alert(1)'], dir);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/--link-base must be an http\(s\) URL/)]);
  });

  it('shows the horizon as a timeline and the drift since --compare', async () => {
    const dir = repo();
    await cli(['check', '--now', '2026-11-28T12:00:00Z', '--format', 'json', '-o', 'last-night.json'], dir);
    writeFileSync(join(dir, 'docs/setup.md'), '# Setup\n');
    const html = (await cli(['check', '--now', NOW, '--horizon', 'P7D', '--compare', 'last-night.json', '--format', 'html'], dir)).stdout;
    expect(html).toMatch(/<li class="mark blocked" style="left:\d+\.\d+%;--lane:0">/);
    expect(html).toMatch(/<time datetime="2026-12-04">2026-12-04<\/time><\/td><td><a href="#gate-trial-license">trial-license<\/a>/);
    expect(html).toMatch(/<h3>Resolved findings<\/h3><ul class="drift"><li>.*<code>public-safety<\/code> <code>docs\/setup\.md:3:\d+<\/code>/);
    expect(html).toContain('1 gate changed state');
  });

  it('text output with --compare appends the drift; a missing --compare file or an option the format ignores is a usage error', async () => {
    const dir = repo();
    await cli(['check', '--now', NOW, '--format', 'json', '-o', 'a.json'], dir);
    const text = await cli(['check', '--now', NOW, '--compare', 'a.json'], dir);
    expect(text.stdout).toMatch(/drift from 2026-11-29T12:00:00.000Z \(fail\)[\s\S]*Gates that changed \(0\)/);
    for (const [args, message] of [
      [['--format', 'json', '--compare', 'a.json'], /--compare and --history add to the text and html reports; for JSON, use "readiness-gate diff"/],
      [['--history', '.'], /--history draws a chart in --format html/],
      [['--link-base', 'https://x/'], /--link-base sets the file links of --format html/],
    ] as const) {
      const r = await cli(['check', ...args], dir);
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(message)]);
    }
    // Refused before any gate is evaluated: even where there is no policy to evaluate.
    const early = await cli(['check', '--history', '.'], join(dir, 'docs'));
    expect([early.code, early.stderr]).toEqual([2, expect.stringMatching(/^readiness-gate: --history draws a chart/)]);
    const missing = await cli(['check', '--format', 'html', '--compare', 'nope.json'], dir);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/cannot read nope\.json: file not found/)]);
  });
});

describe('file links', () => {
  it('encodes path segments and never links bundle files', () => {
    expect(fileHref({ url: 'https://x/blob/s/' }, 'docs/a b#c.md', 4)).toBe('https://x/blob/s/docs/a%20b%23c.md#L4');
    expect(fileHref({ root: '/r', pageDir: '/r' }, 'bundle:cavra/policy.yml', 2)).toBeUndefined();
    expect(fileHref({}, 'docs/a.md', 1)).toBeUndefined();
  });

  it('a report with no gates still renders a page that says so', () => {
    const empty = { reportVersion: 1, tool: { name: 'readiness-gate', version: '0' }, evaluatedAt: NOW, policy: { files: [], digest: 'sha256:0' }, result: 'pass', failOn: ['blocked'], summary: { gates: 0, findings: 0, ready: 0, degraded: 0, blocked: 0, unknown: 0 }, gates: [], packets: [] } as unknown as Report;
    const html = renderDashboard({ report: empty, links: {} });
    expect(html).toContain('No gates were selected.');
    expect(html).toContain('No findings.');
  });
});
