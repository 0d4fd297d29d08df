import { describeCheck, type CheckCase } from '../helpers/check-table.js';

const md = '# Page\n\n## Public Safety Rules\n\nText.\n\n### Related Pages Index\n';
const html = '<section id="aispmPilot">Pilot Control Readiness</section>\n<p>license_key=abc</p>\n';

const valid: CheckCase[] = [
  { name: 'each file contains its strings (plain substrings: ### satisfies ##)', files: { 'a.md': md }, options: { files: ['a.md'], contains: ['## Public Safety Rules', '## Related Pages'] } },
  { name: 'together: either file may supply a string', files: { 'a.md': md, 'b.html': html }, options: { files: ['a.md', 'b.html'], contains: ['Pilot Control Readiness', '# Page'], together: true } },
  { name: 'case-sensitive', files: { 'a.md': md }, options: { files: ['a.md'], forbids: ['public safety rules'] } },
  { name: 'a missing glob is skipped with missing: skip', files: { 'a.md': md }, options: { files: ['docs/*.md'], forbids: ['x'], missing: 'skip' } },
];

const invalid: CheckCase[] = [
  {
    name: 'a required string missing from one of two files',
    files: { 'a.md': md, 'b.html': html },
    options: { files: ['a.md', 'b.html'], contains: ['Pilot Control Readiness'] },
    errors: [{ messageId: 'missing-text', file: 'a.md', line: 1 }],
  },
  {
    name: 'together: missing from all files',
    files: { 'a.md': md, 'b.html': html },
    options: { files: ['a.md', 'b.html'], contains: ['## Enterprise Boundary'], together: true },
    errors: [{ messageId: 'missing-text-together', file: 'a.md', message: /none of a\.md \+ b\.html/ }],
  },
  {
    name: 'a forbidden string at each occurrence',
    files: { 'b.html': html + 'again license_key=x\n' },
    options: { files: ['b.html'], forbids: ['license_key='] },
    errors: [
      { messageId: 'forbidden', line: 2, column: 4 },
      { messageId: 'forbidden', line: 3, column: 7 },
    ],
  },
  {
    name: 'a quoted key form matches a JSON key, also when escaped',
    files: { 'x.json': '{\n  "ok": 1,\n  "license\\u005fkey": "v"\n}\n' },
    options: { files: ['x.json'], forbids: ['"license_key":'] },
    errors: [{ messageId: 'forbidden', line: 3, column: 3 }],
  },
  {
    name: 'a required file that does not exist, at the option',
    files: { 'a.md': md },
    options: { files: ['a.md', 'missing.md'], contains: ['# Page'] },
    errors: [{ messageId: 'missing-file', file: '.readiness-gate.yml' }],
  },
];

describeCheck('text', valid, invalid);
