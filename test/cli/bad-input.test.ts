import { closeSync, ftruncateSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cliBundle } from '../helpers/cli.js';
import { json, makeRepo } from '../helpers/repo.js';

/** A repository with one packet `p` (at `file`) checked by a schema check and a status check. */
function repo(file: string, content: string | Buffer | undefined, extra: Record<string, string | Buffer> = {}, schema = 'schema.json') {
  const policy = { packets: [{ id: 'p', file, schema }], gates: [{ id: 'g', checks: [{ check: 'schema', packet: 'p' }, { check: 'status', packet: 'p' }] }] };
  return makeRepo({
    '.readiness-gate.yml': stringify(policy),
    'schema.json': json({ type: 'object' }),
    ...(content !== undefined ? { [file]: content } : {}),
    ...extra,
  });
}

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
  return lines.join('\n') + '\nstatus: ready\n';
}

interface Case {
  name: string;
  dir: () => string;
  code: 1 | 2;
  /** What the output must say: file:line[:col] and the message. */
  says: RegExp;
}

const cases: Case[] = [
  { name: 'malformed JSON', dir: () => repo('p.json', '{\n  "status": "ready"\n  "x": 1\n}\n'), code: 1, says: /p\.json:3:3 {2}packet {2}packet "p": expected "," or "}" after a property value, found a string/ },
  { name: 'malformed YAML', dir: () => repo('p.yaml', 'status: ready\nlist: [a, b\nother: 1\n'), code: 1, says: /p\.yaml:3:\d+ {2}packet {2}packet "p": .+/ },
  { name: 'a YAML alias bomb', dir: () => repo('p.yaml', aliasBomb()), code: 1, says: /p\.yaml:1:1 {2}packet {2}packet "p": YAML aliases expand beyond the limit of 100 \(an alias bomb\?\)/ },
  {
    name: 'a 50 MB file',
    dir: () => {
      const d = repo('p.json', undefined);
      const fd = openSync(join(d, 'p.json'), 'w');
      ftruncateSync(fd, 50 * 1024 * 1024);
      closeSync(fd);
      return d;
    },
    code: 1,
    says: /p\.json {2}packet {2}packet "p": file is 50 MiB, over the limit of 10 MiB; raise settings\.limits\.max-file-bytes/,
  },
  { name: 'a binary file', dir: () => repo('p.json', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x7d])), code: 1, says: /p\.json {2}packet {2}packet "p": binary file \(NUL byte at offset 1\)/ },
  { name: 'non-UTF-8 text', dir: () => repo('p.yaml', Buffer.from([0x73, 0x74, 0x61, 0x74, 0x75, 0x73, 0x3a, 0x20, 0xff, 0x0a])), code: 1, says: /p\.yaml:1:9 {2}packet {2}packet "p": not valid UTF-8 \(byte 0xff at offset 8\); re-save the file as UTF-8/ },
  { name: 'a missing schema', dir: () => repo('p.json', json({ status: 'ready' }), {}, 'schemas/nope.json'), code: 1, says: /schemas\/nope\.json {2}schema {2}cannot validate against schemas\/nope\.json: schema file not found/ },
  {
    name: 'a schema with a remote $ref',
    dir: () => repo('p.json', json({ status: 'ready' }), { 'schema.json': '{\n  "allOf": [\n    { "$ref": "https://schemas.example.net/base.json" }\n  ]\n}\n' }),
    code: 1,
    says: /schema\.json:3:15 {2}schema {2}cannot validate against schema\.json: \$ref "https:\/\/schemas\.example\.net\/base\.json" points at a remote schema that is not mapped to a local file; add it to settings\.schema-map/,
  },
  { name: 'a policy with a typo', dir: () => makeRepo({ '.readiness-gate.yml': 'version: 1\ngates:\n  - id: g\n    chekcs: []\n' }), code: 2, says: /\.readiness-gate\.yml:4:5: \/gates\/0\/chekcs: unexpected property "chekcs" \(did you mean "checks"\?\)/ },
  { name: 'a policy that names a gate twice', dir: () => makeRepo({ '.readiness-gate.yml': 'gates:\n  - id: g\n    checks: []\n  - id: g\n    checks: []\n' }), code: 2, says: /\.readiness-gate\.yml:4:9: gate "g" is declared twice in this file \(first at line 2\)/ },
  { name: 'a policy that is not YAML', dir: () => makeRepo({ '.readiness-gate.yml': 'gates: [\n' }), code: 2, says: /\.readiness-gate\.yml:2:1: cannot load policy: / },
  { name: 'a policy alias bomb', dir: () => makeRepo({ '.readiness-gate.yml': aliasBomb() }), code: 2, says: /\.readiness-gate\.yml:1:1: cannot load policy: YAML aliases expand beyond the limit/ },
  { name: 'a policy file that does not exist', dir: () => makeRepo({}), code: 2, says: /\.readiness-gate\.yml: cannot load policy: file not found \(create one with "readiness-gate init"/ },
];

describe('bad input gets a clear message with file and line, never a stack trace or a silent pass', () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = cliBundle(['check'], c.dir());
      const output = r.stdout + r.stderr;
      expect(r.code, output).toBe(c.code);
      expect(output).toMatch(c.says);
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(output).not.toMatch(/internal error/);
    });
  }
});
