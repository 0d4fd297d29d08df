import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';

async function found(files: Record<string, string | Buffer>): Promise<string[]> {
  const r = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-gitignore'], makeRepo(files))).stdout);
  return r.findings.map((f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`);
}

describe('documentation: code shows usage, prose states facts', () => {
  it('an address in inline code, a fenced or indented block or an rst literal block is an example; in prose it is found', async () => {
    const md = ['Set the proxy with `proxies={"http": "10.10.1.10:3128"}`.', '', '```sh', 'export HTTPS_PROXY="http://10.10.1.10:1080"', '```', '', 'The collector runs at 10.4.2.17 in production.', 'Public peer `34.120.7.201` in code, 34.120.7.202 in prose.', '', '    peer: 34.120.7.203'].join('\n');
    const rst = ['Proxies::', '', '    proxies = {"http": "http://10.10.1.10:3128"}', '', '>>> requests.get("http://10.10.1.10")', 'Our cache is 172.16.4.9.'].join('\n');
    expect(await found({ 'docs/guide.md': md, 'docs/api.rst': rst })).toEqual(['docs/api.rst:6 ipv4-address', 'docs/guide.md:7 ipv4-address', 'docs/guide.md:8 ipv4-address']);
    // Line 8 holds one address in a code span (an example) and one in prose (found): one finding.
  });
});

describe('files that only look like text', () => {
  it('SVG path data is not an address', async () => {
    expect(await found({ 'logo.svg': '<svg viewBox="0 0 1018.49 1307.46"><path d="M12.34.56.78 10.20.30.40z"/></svg>\n' })).toEqual([]);
  });

  it('a file with a NUL past its first 8,000 bytes is binary, whatever its text header says', async () => {
    const header = Buffer.from(`%PDF-1.5 metadata author ops.lead@tenant-42.io at 34.120.7.201\n${'x'.repeat(60_000)}\n`);
    const r = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-gitignore'], makeRepo({ 'logo.ai': Buffer.concat([header, Buffer.from([0, 1, 2, 3])]) }))).stdout);
    expect([r.findings.length, r.summary.skippedBinary, r.summary.skipped]).toEqual([0, 1, [{ file: 'logo.ai', reason: 'binary' }]]);
  });
});
