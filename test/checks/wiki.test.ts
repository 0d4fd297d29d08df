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
// The CAVRA bundle's sections; the check's own default requires none.
const options = { dir: 'docs/wiki', packet: 'nb', pages: '/wiki_pages/*', assets: '/visual_assets/*', sections: ['Public Safety Rules', 'Related Pages'] };

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
    errors: [{ messageId: 'page-missing', file: 'readiness.json', line: 16, message: /"Evaluator Handoff" has no file docs\/wiki\/Evaluator-Handoff\.md/ }],
  },
  {
    name: 'a page missing from Home',
    packets,
    files: { ...wiki, 'docs/wiki/Home.md': '# Home\n\n- [Trial Field Guide](Trial-Field-Guide)\n- [Runtime](./Runtime-Binding.md)\n', 'readiness.json': readiness(pages) },
    options,
    errors: [{ messageId: 'not-in-home', file: 'readiness.json', line: 8, message: /"Operator Audit Archive" is not linked from docs\/wiki\/Home\.md/ }],
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

// As CAVRA's lab-notebook validator decides: pages by repository path, Home lists the bare file
// name, title and sections are substrings, flags must be true, checkpoints and markers.
const nbPage = (title: string, extra = '') => `# AISPM ${title}\n\nIntro.\n${extra}\n## Verification Checkpoints\n\n## Public Safety Rules\n\n## Related Pages\n`;
const nbWiki = {
  'docs/wiki/Home.md': '# CAVRA\n\n- [Lab](AISPM-Lab.md)\n- Source: `docs/wiki/AISPM-Closeout.md`\n',
  'docs/wiki/AISPM-Lab.md': nbPage('Lab Notebook'),
  'docs/wiki/AISPM-Closeout.md': nbPage('Trial Revocation, Expiry, And Closeout'),
};
const nbEntries = [
  { page_id: 'trial-lab', title: 'Lab Notebook', source_ref: 'docs/wiki/AISPM-Lab.md', nav_entry_required: true, link_health_required: true, checkpoint_refs: ['checkpoint-a'] },
  { page_id: 'trial-closeout', title: 'Trial Revocation, Expiry, And Closeout', source_ref: 'docs/wiki/AISPM-Closeout.md', nav_entry_required: true, link_health_required: true, checkpoint_refs: [] },
];
const nbAssets = [{ asset_id: 'shot', source_route: 'https://example.org/#x', redaction_status: 'public_safe', alt_text_required: true, required: true }];
const nbOptions = {
  sections: ['Public Safety Rules', 'Related Pages'],
  dir: 'docs/wiki',
  packet: 'nb',
  pages: '/wiki_pages/*',
  'page-path-field': 'source_ref',
  'page-id-field': 'page_id',
  'listed-by': 'file-name',
  match: 'substring',
  'page-flags': ['nav_entry_required', 'link_health_required'],
  checkpoints: { field: 'checkpoint_refs', 'covered-by': 'Checkpoint' },
  forbids: ['LICENSE_SIGNING_KEY', 'INTERNAL_ONLY'],
  assets: '/visual_assets/*',
  'asset-flags': ['alt_text_required', 'required'],
  links: false,
};
const nb = (entries: object[], assets: object[] = nbAssets) => json({ wiki_pages: entries, visual_assets: assets });

valid.push({ name: 'file-name listing, substring title and sections, checkpoints covered by a Checkpoint section', packets, files: { ...nbWiki, 'readiness.json': nb(nbEntries) }, options: nbOptions });

invalid.push(
  {
    name: 'a wiki-style link without .md does not list the page (file-name), reported at its source_ref',
    packets,
    files: { ...nbWiki, 'docs/wiki/Home.md': '# CAVRA\n\n- [Lab](AISPM-Lab)\n- `docs/wiki/AISPM-Closeout.md`\n', 'readiness.json': nb(nbEntries) },
    options: nbOptions,
    errors: [{ messageId: 'not-listed-in-home', file: 'readiness.json', line: 6, message: /"trial-lab": its file name AISPM-Lab\.md does not appear in docs\/wiki\/Home\.md/ }],
  },
  {
    name: 'flags that are false, at the flag; a title not in the text',
    packets,
    files: { ...nbWiki, 'readiness.json': nb([{ ...nbEntries[0], nav_entry_required: false, title: "Lab Workbook" }, nbEntries[1]!]) },
    options: nbOptions,
    errors: [
      { messageId: 'no-title', file: 'docs/wiki/AISPM-Lab.md', line: 1 },
      { messageId: 'page-flag', file: 'readiness.json', line: 7, message: /nav_entry_required must be true/ },
    ],
  },
  {
    name: 'without a Checkpoint section, each ref the page does not name; a missing section; a forbidden marker at its line',
    packets,
    files: { ...nbWiki, 'docs/wiki/AISPM-Lab.md': '# AISPM Lab Notebook\n\nUses checkpoint-a.\nSet INTERNAL_ONLY=1\n## Public Safety Rules\n', 'readiness.json': nb([{ ...nbEntries[0], checkpoint_refs: ["checkpoint-a", "checkpoint-b"] }, nbEntries[1]!]) },
    options: nbOptions,
    errors: [
      { messageId: 'no-section', file: 'docs/wiki/AISPM-Lab.md', line: 1, message: /## Related Pages/ },
      { messageId: 'forbidden', file: 'docs/wiki/AISPM-Lab.md', line: 4, column: 5 },
      { messageId: 'no-checkpoint', file: 'readiness.json', line: 11, message: /checkpoint-b/ },
    ],
  },
  {
    name: 'an asset not public_safe, without alt text required, not required: each at its field',
    packets,
    files: { ...nbWiki, 'readiness.json': nb(nbEntries, [{ ...nbAssets[0], redaction_status: 'internal', alt_text_required: false, required: false }]) },
    options: nbOptions,
    errors: [
      { messageId: 'asset-not-public-safe', file: 'readiness.json', line: 26 },
      { messageId: 'asset-flag', file: 'readiness.json', line: 27, message: /alt_text_required must be true/ },
      { messageId: 'asset-flag', file: 'readiness.json', line: 28, message: /shot: required must be true/ },
    ],
  },
);

describeCheck('wiki', valid, invalid);
