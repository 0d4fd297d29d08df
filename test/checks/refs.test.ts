import { describeCheck, type CheckCase } from '../helpers/check-table.js';
import { json } from '../helpers/repo.js';

const guide = '# Trial Field Guide\n\n## Public Safety Rules\n\nText.\n\n## Related Pages\n\n```md\n## Not A Heading\n```\n\n## Related Pages\n';

const valid: CheckCase[] = [
  {
    name: 'file refs, with heading anchors, and duplicate headings numbered as GitHub does',
    files: { 'packet.json': json({ docs: ['docs/guide.md', 'docs/guide.md#public-safety-rules', 'docs/guide.md#related-pages-1'] }), 'docs/guide.md': guide },
    options: { packet: 'p', fields: ['/docs'] },
  },
  {
    name: 'refs relative to the packet folder',
    packets: [{ id: 'p', file: 'release/packet.json' }],
    files: { 'release/packet.json': json({ evidence: { ref: 'evidence/a.json' } }), 'release/evidence/a.json': '{}' },
    options: { packet: 'p', fields: ['/evidence/ref'], base: 'packet' },
  },
  {
    name: 'packet refs by policy id or by an id field',
    packets: [{ id: 'p', file: 'packet.json' }, { id: 'handoff', file: 'handoff.json' }],
    files: { 'packet.json': json({ refs: ['handoff', 'handoff:trial-42'] }), 'handoff.json': json({ handoff_ref: 'handoff:trial-42' }) },
    options: { packet: 'p', fields: ['/refs'], resolve: ['packet'], 'id-fields': ['/handoff_ref'] },
  },
  {
    name: 'match selects which values are refs (opaque refs are left alone)',
    files: { 'packet.json': json({ refs: ['cavra://evidence/redacted/x', 'docs/guide.md'] }), 'docs/guide.md': guide },
    options: { packet: 'p', fields: ['/refs'], match: '^docs/' },
  },
  {
    name: 'deep patterns find refs anywhere',
    files: { 'packet.json': json({ a: { b: [{ evidence_ref: 'docs/guide.md' }] }, c: { evidence_ref: 'docs/guide.md' } }), 'docs/guide.md': guide },
    options: { packet: 'p', fields: ['/**/evidence_ref'] },
  },
];

const invalid: CheckCase[] = [
  {
    name: 'a file ref that does not resolve, at the ref',
    files: { 'packet.json': '{\n  "docs": [\n    "docs/guide.md",\n    "docs/missing.md"\n  ]\n}\n', 'docs/guide.md': guide },
    options: { packet: 'p', fields: ['/docs'] },
    errors: [{ messageId: 'unresolved', line: 4, column: 5, message: /"docs\/missing\.md" does not resolve to an existing file/ }],
  },
  {
    name: 'a heading anchor that does not exist (headings in code fences do not count)',
    files: { 'packet.json': json({ docs: ['docs/guide.md#not-a-heading'] }), 'docs/guide.md': guide },
    options: { packet: 'p', fields: ['/docs'] },
    errors: [{ messageId: 'no-anchor', line: 3 }],
  },
  {
    name: 'a ref leaving the repository does not resolve',
    files: { 'packet.json': json({ docs: ['../outside.md'] }) },
    options: { packet: 'p', fields: ['/docs'] },
    errors: [{ messageId: 'unresolved' }],
  },
  {
    name: 'a packet ref to nothing',
    files: { 'packet.json': json({ refs: ['handoff:nope'] }) },
    options: { packet: 'p', fields: ['/refs'], resolve: ['packet', 'file'] },
    errors: [{ messageId: 'unresolved', message: /does not resolve to a packet or an existing file/ }],
  },
  {
    name: 'a non-string ref',
    files: { 'packet.json': json({ refs: [1] }) },
    options: { packet: 'p', fields: ['/refs'] },
    errors: [{ messageId: 'not-a-string' }],
  },
  {
    name: 'no refs where refs are expected is missing evidence',
    files: { 'packet.json': json({}) },
    options: { packet: 'p', fields: ['/refs'] },
    errors: [{ messageId: 'no-refs', state: 'blocked' }],
  },
];

describeCheck('refs', valid, invalid);
