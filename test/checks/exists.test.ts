import { describeCheck, type CheckCase } from '../helpers/check-table.js';

const valid: CheckCase[] = [
  { name: 'a path that exists', packets: [], files: { 'docs/a.md': '# A\n' }, options: { paths: ['docs/a.md'] } },
  { name: 'a glob with a match', packets: [], files: { 'docs/x/a.md': '# A\n' }, options: { paths: ['docs/**/*.md'] } },
  { name: 'empty allowed with non-empty: false', packets: [], files: { 'docs/a.md': '' }, options: { paths: ['docs/a.md'], 'non-empty': false } },
];

// In the generated policy the check entry starts at line 6; its paths list items at line 8.
const invalid: CheckCase[] = [
  {
    name: 'a missing path points at the path in the policy',
    packets: [],
    files: { 'docs/a.md': '# A\n' },
    options: { paths: ['docs/a.md', 'docs/missing.md'] },
    errors: [{ messageId: 'missing', file: '.readiness-gate.yml', line: 9, column: 13, message: /nothing matches "docs\/missing\.md"/ }],
  },
  {
    name: 'a glob without a match',
    packets: [],
    files: { 'docs/a.txt': 'x' },
    options: { paths: ['docs/**/*.md'] },
    errors: [{ messageId: 'missing', file: '.readiness-gate.yml' }],
  },
  {
    name: 'an empty file',
    packets: [],
    files: { 'docs/a.md': '' },
    options: { paths: ['docs/*.md'] },
    errors: [{ messageId: 'empty', file: 'docs/a.md', state: 'blocked' }],
  },
  {
    name: 'a directory is not a file',
    packets: [],
    files: { 'docs/a.md/inner.txt': 'x' },
    options: { paths: ['docs/a.md'] },
    errors: [{ messageId: 'missing' }],
  },
];

describeCheck('exists', valid, invalid);
