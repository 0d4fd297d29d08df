import { createHash } from 'node:crypto';
import { describeCheck, type CheckCase } from '../helpers/check-table.js';

const body = 'archive manifest\n';
const sha = createHash('sha256').update(body).digest('hex');
const sha512 = createHash('sha512').update(body).digest('hex');
const packet = (entries: object[]) => JSON.stringify({ artifacts: entries }, null, 2) + '\n';

const valid: CheckCase[] = [
  { name: 'sha256: prefixed digest matches', files: { 'packet.json': packet([{ path: 'a/manifest.txt', sha256: `sha256:${sha}` }]), 'a/manifest.txt': body }, options: { packet: 'p', entries: '/artifacts/*' } },
  { name: 'bare hex digest, upper case', files: { 'packet.json': packet([{ path: 'a/manifest.txt', sha256: sha.toUpperCase() }]), 'a/manifest.txt': body }, options: { packet: 'p', entries: '/artifacts/*' } },
  {
    name: 'custom field names and sha512',
    files: { 'packet.json': JSON.stringify({ files: [{ file: 'a/manifest.txt', digest: `sha512:${sha512}` }] }), 'a/manifest.txt': body },
    options: { packet: 'p', entries: '/files/*', 'path-field': 'file', 'digest-field': 'digest' },
  },
  { name: 'missing: skip ignores absent files', files: { 'packet.json': packet([{ path: 'absent.txt', sha256: sha }]) }, options: { packet: 'p', entries: '/artifacts/*', missing: 'skip' } },
];

const invalid: CheckCase[] = [
  {
    name: 'changed bytes are a mismatch at the digest',
    files: { 'packet.json': packet([{ path: 'a/manifest.txt', sha256: `sha256:${sha}` }]), 'a/manifest.txt': 'tampered\n' },
    options: { packet: 'p', entries: '/artifacts/*' },
    errors: [{ messageId: 'mismatch', line: 5, column: 17, state: 'blocked', message: /a\/manifest\.txt does not match its digest/ }],
  },
  {
    name: 'a listed file that is absent',
    files: { 'packet.json': packet([{ path: 'absent.txt', sha256: sha }]) },
    options: { packet: 'p', entries: '/artifacts/*' },
    errors: [{ messageId: 'missing-file', line: 4 }],
  },
  {
    name: 'a malformed digest',
    files: { 'packet.json': packet([{ path: 'a/manifest.txt', sha256: 'sha256:1234' }]), 'a/manifest.txt': body },
    options: { packet: 'p', entries: '/artifacts/*' },
    errors: [{ messageId: 'bad-digest', line: 5 }],
  },
  {
    name: 'a path leaving the repository is refused, not read',
    files: { 'packet.json': packet([{ path: '../../etc/passwd', sha256: sha }]) },
    options: { packet: 'p', entries: '/artifacts/*' },
    errors: [{ messageId: 'outside', line: 4 }],
  },
  {
    name: 'an entry without the fields',
    files: { 'packet.json': packet([{ name: 'x' }]) },
    options: { packet: 'p', entries: '/artifacts/*' },
    errors: [{ messageId: 'bad-entry' }],
  },
  {
    name: 'no entries at all is missing evidence',
    files: { 'packet.json': packet([]) },
    options: { packet: 'p', entries: '/artifacts/*' },
    errors: [{ messageId: 'no-entries' }],
  },
];

describeCheck('digest', valid, invalid);
