import { describeCheck, type CheckCase } from '../helpers/check-table.js';

const packet = `{
  "areas": [
    { "area_id": "a" },
    { "area_id": "b" },
    { "area_id": "x" },
    { "area_id": "b" },
    { "title": "no id" }
  ],
  "pages": [{ "page_id": "p1" }, { "page_id": "p2" }],
  "nav": [{ "required_page_ids": ["p1", "p9"] }]
}
`;
const five = `{"areas": [{"id": "a"}, {"id": "b"}, {"id": "c"}]}`;

const valid: CheckCase[] = [
  { name: 'exactly a set', files: { 'packet.json': five }, options: { packet: 'p', items: '/areas/*', key: 'id', equals: ['c', 'b', 'a'], count: 3, unique: true } },
  { name: 'includes, with more allowed', files: { 'packet.json': five }, options: { packet: 'p', items: '/areas/*', key: 'id', includes: ['b'], 'min-count': 2 } },
  { name: 'ids within an absent list pass', files: { 'packet.json': '{}' }, options: { packet: 'p', items: '/nav/*/required_page_ids/*', within: '/pages/*/page_id' } },
];

const invalid: CheckCase[] = [
  {
    name: 'exact set: a missing id at the list, an unexpected one at its item; an item without id',
    files: { 'packet.json': packet },
    options: { packet: 'p', items: '/areas/*', key: 'area_id', equals: ['a', 'b', 'c'] },
    errors: [
      { messageId: 'missing-id', line: 2, message: /\/areas has no item with area_id "c"/ },
      { messageId: 'unexpected-id', line: 5, column: 18 },
      { messageId: 'no-id', line: 7 },
    ],
  },
  {
    name: 'count and duplicates',
    files: { 'packet.json': packet },
    options: { packet: 'p', items: '/areas/*', key: 'area_id', count: 5, unique: true, 'min-count': 6 },
    errors: [
      { messageId: 'min-count', line: 2, message: /has 5 items, expected at least 6/ },
      { messageId: 'duplicate', line: 6 },
      { messageId: 'no-id', line: 7 },
    ],
  },
  {
    name: 'an absent list misses every id (at the root)',
    files: { 'packet.json': '{}' },
    options: { packet: 'p', items: '/areas/*', key: 'id', equals: ['a'], count: 5 },
    errors: [
      { messageId: 'count', line: 1, message: /has 0 items, expected exactly 5/ },
      { messageId: 'missing-id', line: 1 },
    ],
  },
  {
    name: 'within: an id not among the page ids, at its element',
    files: { 'packet.json': packet },
    options: { packet: 'p', items: '/nav/*/required_page_ids/*', within: '/pages/*/page_id' },
    errors: [{ messageId: 'unknown-id', line: 10, column: 41, message: /"p9", which is not among/ }],
  },
];

describeCheck('ids', valid, invalid);
