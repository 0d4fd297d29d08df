import { describeCheck, type CheckCase } from '../helpers/check-table.js';
import { json } from '../helpers/repo.js';

const page = (title: string, body = '') => `# ${title}\n\n${body}\n\n## Public Safety Rules\n\nNo identities.\n\n## Related Pages\n\n- [Home](Home)\n`;
const wiki = {
  'docs/wiki/Home.md': '# Home\n\n- [Trial Field Guide](Trial-Field-Guide)\n- [[Operator Audit Archive]]\n- [Runtime](./Runtime-Binding.md)\n',
  'docs/wiki/Trial-Field-Guide.md': page('Trial Field Guide', 'See [the archive](Operator-Audit-Archive#public-safety-rules) and ![Trial landing page](images/landing.png).'),
  'docs/wiki/Operator-Audit-Archive.md': page('Operator Audit Archive', 'Back to [[Trial Field Guide|Trial-Field-Guide]]. `[not a link](Nowhere)`'),
  'docs/wiki/Runtime-Binding.md': page('Runtime Binding', '```\n[also not a link](Nowhere)\n```'),
  'docs/wiki/images/landing.png': 'png',
};
const readiness = (pages: object[], assets: object[] = [{ path: 'docs/wiki/images/landing.png', required: true, redaction_status: 'public_safe', alt_text_required: true }]) =>
  json({ wiki_pages: pages, visual_assets: assets });
const pages = [
  { page: 'Trial-Field-Guide', title: 'Trial Field Guide' },
  { page: 'Operator Audit Archive', title: 'Operator Audit Archive' },
  { page: 'docs/wiki/Runtime-Binding.md', title: 'Runtime Binding' },
];
const packets = [{ id: 'nb', file: 'readiness.json' }];
const options = { dir: 'docs/wiki', packet: 'nb', pages: '/wiki_pages/*', assets: '/visual_assets/*' };

const valid: CheckCase[] = [
  { name: 'pages exist, Home links each (three link forms), titles, sections, links, anchors and assets are sound', packets, files: { ...wiki, 'readiness.json': readiness(pages) }, options },
  { name: 'pages named in the policy instead of a packet', packets: [], files: wiki, options: { dir: 'docs/wiki', 'page-list': ['Trial-Field-Guide', 'Runtime Binding'] } },
];

const invalid: CheckCase[] = [
  {
    name: 'a page named in the packet has no file',
    packets,
    files: { ...wiki, 'readiness.json': readiness([...pages, { page: 'Evaluator Handoff', title: 'Evaluator Handoff' }]) },
    options,
    errors: [{ messageId: 'page-missing', file: 'readiness.json', line: 15, message: /"Evaluator Handoff" has no file docs\/wiki\/Evaluator-Handoff\.md/ }],
  },
  {
    name: 'a page missing from Home',
    packets,
    files: { ...wiki, 'docs/wiki/Home.md': '# Home\n\n- [Trial Field Guide](Trial-Field-Guide)\n- [Runtime](./Runtime-Binding.md)\n', 'readiness.json': readiness(pages) },
    options,
    errors: [{ messageId: 'not-in-home', file: 'readiness.json', line: 7, message: /"Operator Audit Archive" is not linked from docs\/wiki\/Home\.md/ }],
  },
  {
    name: 'a broken link and a broken anchor, at their line and column',
    packets,
    files: {
      ...wiki,
      'docs/wiki/Runtime-Binding.md': page('Runtime Binding', 'See [gone](Missing-Page) and\n[bad anchor](Trial-Field-Guide#no-such-section).'),
      'readiness.json': readiness(pages),
    },
    options,
    errors: [
      { messageId: 'broken-link', file: 'docs/wiki/Runtime-Binding.md', line: 3, column: 5, message: /"Missing-Page" does not resolve: docs\/wiki\/Missing-Page\.md does not exist/ },
      { messageId: 'broken-link', file: 'docs/wiki/Runtime-Binding.md', line: 4, column: 1, message: /has no heading "#no-such-section"/ },
    ],
  },
  {
    name: 'a page without its title or a required section',
    packets,
    files: { ...wiki, 'docs/wiki/Runtime-Binding.md': '# Runtime\n\n## Related Pages\n', 'readiness.json': readiness(pages) },
    options,
    errors: [
      { messageId: 'no-title', file: 'docs/wiki/Runtime-Binding.md', message: /no "# Runtime Binding" title/ },
      { messageId: 'no-section', file: 'docs/wiki/Runtime-Binding.md', message: /no "## Public Safety Rules" section/ },
    ],
  },
  {
    name: 'a required asset that is not public_safe, and its image without alt text',
    packets,
    files: {
      ...wiki,
      'docs/wiki/Trial-Field-Guide.md': page('Trial Field Guide', 'Landing: ![](images/landing.png)'),
      'readiness.json': readiness(pages, [{ path: 'docs/wiki/images/landing.png', required: true, redaction_status: 'needs_review' }]),
    },
    options,
    errors: [
      { messageId: 'no-alt', file: 'docs/wiki/Trial-Field-Guide.md', line: 3, column: 10 },
      { messageId: 'asset-not-public-safe', file: 'readiness.json', message: /redaction_status is "needs_review"/ },
    ],
  },
  {
    name: 'no Home page',
    packets: [],
    files: { 'docs/wiki/Runtime-Binding.md': wiki['docs/wiki/Runtime-Binding.md'] },
    options: { dir: 'docs/wiki', 'page-list': ['Runtime-Binding'] },
    errors: [
      { messageId: 'no-home', file: 'docs/wiki/Home.md' },
      { messageId: 'broken-link', file: 'docs/wiki/Runtime-Binding.md', line: 13, message: /"Home" does not resolve/ },
    ],
  },
];

describeCheck('wiki', valid, invalid);
