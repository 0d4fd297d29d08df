import { expect, it } from 'vitest';
import { PolicyError } from '../../src/policy/errors.js';
import { fake } from '../../src/scan/rules/fake.js';
import { describeCheck, runCase, type CheckCase } from '../helpers/check-table.js';
import { tar, tgz } from '../helpers/tar.js';
import { zip } from '../helpers/zip.js';

const token = fake('gh' + 'p_', 36, undefined, 41);
const release = { id: 'release', kind: 'archive', path: 'out/release.tgz' };
const site = { id: 'site', kind: 'directory', path: 'public' };

const valid: CheckCase[] = [
  { name: 'a clean release archive', packets: [], payloads: [release], files: { 'out/release.tgz': tgz([['package/README.md', '# Widget\n']]) }, options: { payload: 'release' } },
  { name: 'findings below min-severity are left out', packets: [], payloads: [site], files: { 'public/about.html': '<p>jane.doe@acme-corp.com</p>\n' }, options: { payload: 'site', 'min-severity': 'high' } },
  { name: 'findings outside the chosen categories are left out', packets: [], payloads: [site], files: { 'public/a.txt': `${token}\n` }, options: { payload: 'site', categories: ['identity'] } },
];

const invalid: CheckCase[] = [
  {
    name: 'a token inside the release archive blocks, named by its path in the archive',
    packets: [],
    payloads: [release],
    files: { 'out/release.tgz': tgz([['package/README.md', '# Widget\n'], ['package/lib/config.js', `\nconst t = "${token}";\n`]]) },
    options: { payload: 'release' },
    errors: [{ messageId: 'finding', file: 'out/release.tgz!package/lib/config.js', line: 2, state: 'blocked', message: /^github-token in release: .*\(ghp_\*\*\*\*, sha256:/ }],
  },
  {
    name: 'a folder payload reports repository paths, so annotations land on the file',
    packets: [],
    payloads: [site],
    files: { 'public/js/app.js': `x\ny\nfetch("https://api.acme.io", { headers: { a: "${token}" } })\n` },
    options: { payload: 'site' },
    errors: [{ messageId: 'finding', file: 'public/js/app.js', line: 3 }],
  },
  {
    name: 'every layer of an image payload',
    packets: [],
    payloads: [{ id: 'img', kind: 'image', path: 'img.tar' }],
    files: { 'img.tar': tar([['l1/layer.tar', tar([['app/.env', `T=${token}\n`]])], ['manifest.json', JSON.stringify([{ Config: 'c.json', Layers: ['l1/layer.tar'] }])], ['c.json', '{}']]) },
    options: { payload: 'img' },
    errors: [{ messageId: 'finding', file: 'img.tar@l1!app/.env', line: 1 }],
  },
  {
    name: 'a zip bomb in the payload blocks',
    packets: [],
    payloads: [{ id: 'z', kind: 'archive', path: 'dist.zip' }],
    files: { 'dist.zip': zip([['a.bin', Buffer.alloc(1024 * 1024)]], { overlap: 50 }) },
    options: { payload: 'z' },
    errors: [{ messageId: 'finding', file: 'dist.zip', message: /^archive-bomb in z: / }],
  },
  {
    name: 'a payload not built yet is unknown, never a silent pass',
    packets: [],
    payloads: [{ id: 'img', kind: 'image', path: 'build/image.tar' }],
    files: {},
    options: { payload: 'img' },
    errors: [{ messageId: 'missing', state: 'unknown', file: '.readiness-gate.yml', message: /build\/image\.tar does not exist; build it before this gate runs/ }],
  },
];

describeCheck('payload', valid, invalid);

it('an unknown payload id fails at load, naming the known ones', async () => {
  const err = await runCase('payload', { name: '', packets: [], payloads: [site], files: {}, options: { payload: 'sight' } }).catch((e) => e);
  expect(err).toBeInstanceOf(PolicyError);
  expect(err.problems[0].message).toMatch(/no payload "sight" in the policy's payloads \(known: site\)/);
});

it('a payload entry with an unknown kind fails at load', async () => {
  const err = await runCase('payload', { name: '', packets: [], payloads: [{ id: 'x', kind: 'helm-chart', path: 'c' }], files: {}, options: { payload: 'x' } }).catch((e) => e);
  expect(err).toBeInstanceOf(PolicyError);
  expect(err.problems.map((p: { message: string }) => p.message).join('\n')).toMatch(/kind/);
});
