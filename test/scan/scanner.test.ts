import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { PolicyError } from '../../src/policy/errors.js';
import { loadPolicy } from '../../src/policy/load.js';
import { buildScanSettings } from '../../src/scan/config.js';
import { fingerprint, mask } from '../../src/scan/mask.js';
import { fake } from '../../src/scan/rules/fake.js';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { scanTarget } from '../../src/scan/scan.js';
import { Scanner } from '../../src/scan/scanner.js';
import { growth } from './growth.js';
import { makeRepo } from '../helpers/repo.js';

const token = fake('gh' + 'p_', 36, undefined, 42);
const scanner = new Scanner({ rules: PUBLIC_SAFETY_RULES });

describe('scanner engine', () => {
  it('runs only the rules whose keywords occur, in one pass', async () => {
    const ids = (text: string) => scanner.candidates(text).map((c) => c.rule.id);
    expect(ids('plain prose with no markers')).toEqual([]);
    // A rule without keywords that reads one file format runs on files of that name only.
    expect(scanner.candidates('db.internal:5432:app:ops:Winter42', '.pgpass').map((c) => c.rule.id)).toContain('pgpass-password');
    expect(scanner.candidates('db.internal:5432:app:ops:Winter42', 'notes.txt').map((c) => c.rule.id)).not.toContain('pgpass-password');
    expect(ids('version 1.2 at 12:30')).toEqual(['ipv4-address', 'ipv6-address']);
    expect(ids('DB_PASSWORD=x')).toEqual(expect.arrayContaining(['npmrc-auth', 'generic-secret']));
    expect(ids('contact a@b.io about ghp_ tokens')).toEqual(expect.arrayContaining(['github-token', 'email-address']));
  });

  it('masks to a short prefix and a fixed mask, and fingerprints stably, keyed when a key is set', async () => {
    expect(mask(token)).toBe('ghp_****');
    expect(mask('10.1.2.3')).toBe('10****');
    expect(mask('abc')).toBe('****');
    const plain = fingerprint('github-token', 'a.txt', token, undefined);
    expect(plain).toBe(fingerprint('github-token', 'a.txt', token, undefined));
    expect(plain).toMatch(/^sha256:[0-9a-f]{32}$/);
    const keyed = fingerprint('github-token', 'a.txt', token, 'k1');
    expect(keyed).toMatch(/^hmac:[0-9a-f]{32}$/);
    expect(keyed).not.toBe(fingerprint('github-token', 'a.txt', token, 'k2'));
    expect(fingerprint('github-token', 'b.txt', token, 'k1')).not.toBe(keyed);
  });

  it('honours readiness-gate:allow with a reason, on the line or the one before, for the named rule only', async () => {
    const text = [
      `a = "${token}" # readiness-gate:allow github-token reason="revoked test token"`,
      '# readiness-gate:allow github-token reason="fixture"',
      `b = "${token}"`,
      `c = "${token}" # readiness-gate:allow github-token`,
      `d = "${token}" # readiness-gate:allow email-address reason="wrong rule"`,
    ].join('\n');
    expect(scanner.scanText('x.py', text).map((f) => f.line)).toEqual([4, 5]);
  });

  it('leaves placeholders and documentation values alone whatever the rule', async () => {
    const text = ['token: ${{ secrets.DEPLOY_TOKEN }}', 'password: ${DB_PASSWORD}', 'api_key: process.env.API_KEY', 'smtp_password: CAVRA_REPORT_SMTP_PASSWORD_REF', 'secret: <redacted>', 'secret: "***"', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE'].join('\n');
    expect(scanner.scanText('x.yml', text)).toEqual([]);
  });

  it('one value gives one finding: the most specific rule wins', async () => {
    expect(scanner.scanText('x', `GITHUB_TOKEN=${token}`).map((f) => f.ruleId)).toEqual(['github-token']);
    expect(scanner.scanText('x', 'url: postgres://app:s3cr3tPa55@db.acme.io/app').map((f) => f.ruleId)).toEqual(['url-credentials']);
  });

  it('applies global and per-rule allowlists: paths, values, stopwords and regexes', async () => {
    const settings = buildScanSettings({ allowlist: { paths: ['fixtures/**'], values: ['10.9.9.9'], stopwords: ['acme-test'], regexes: ['^192\\.168\\.'] } }, () => undefined);
    const s = new Scanner({ rules: settings.rules, allowlist: settings.allowlist! });
    expect(s.scanText('fixtures/a.txt', `TOKEN=${token}`)).toEqual([]);
    expect(s.scanText('a.txt', 'ip 10.9.9.9 and 192.168.4.4 and jane@acme-test.io').map((f) => f.ruleId)).toEqual([]);
    expect(s.scanText('a.txt', 'ip 10.9.9.8').map((f) => f.ruleId)).toEqual(['ipv4-address']);
  });

  it('an allowlisted JSON pointer of a file drops only the findings inside that value', async () => {
    const rules = [{ id: 'marker', description: 'A private marker', regex: '(?P<secret>INTERNAL_ONLY)', keywords: ['internal_only'] }];
    const settings = buildScanSettings({ rules, allowlist: { pointers: [{ path: 'docs/**/*-summary.json', pointer: '/public_safety/forbidden_markers_checked' }] } }, () => undefined);
    const s = new Scanner({ rules: settings.rules, allowlist: settings.allowlist! });
    const text = '{\n  "public_safety": {\n    "forbidden_markers_checked": ["INTERNAL_ONLY"]\n  },\n  "notes": "INTERNAL_ONLY"\n}\n';
    expect(s.scanText('docs/rv/x-summary.json', text).map((f) => [f.ruleId, f.line])).toEqual([['marker', 5]]);
    expect(s.scanText('docs/rv/other.json', text).map((f) => f.line)).toEqual([3, 5]);
    expect(s.scanText('docs/rv/bad-summary.json', '{"public_safety": INTERNAL_ONLY').map((f) => f.ruleId)).toEqual(['marker']);
  });
});

describe('custom rules', () => {
  const repo = (scan: object) => makeRepo({ '.readiness-gate.yml': stringify({ scan }) });

  it('run from the policy, with keywords and severity', async () => {
    const cwd = makeRepo({
      '.readiness-gate.yml': stringify({ scan: { rules: [{ id: 'acme-internal-host', description: 'Internal host names', regex: '(?P<secret>[a-z0-9-]+\\.internal\\.acme\\.io)', keywords: ['internal.acme.io'], severity: 'medium', category: 'identity' }] } }),
      'docs/a.md': 'connect to build-7.internal.acme.io\n',
    });
    const r = await scanTarget({ kind: 'directory', root: cwd }, loadPolicy({ cwd }).scan, {});
    expect(r.findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.severity, f.masked])).toEqual([['acme-internal-host', 'docs/a.md', 1, 12, 'medium', 'buil****']]);
  });

  it('a catastrophic pattern cannot stall a scan: RE2 matches in linear time', async () => {
    const cwd = repo({ rules: [{ id: 'evil', description: 'nested quantifiers', regex: '(a+)+$' }] });
    const settings = loadPolicy({ cwd }).scan;
    const s = new Scanner({ rules: settings.rules.filter((r) => r.id === 'evil') });
    expect(s.scanText('x', 'a'.repeat(50000) + 'b')).toEqual([]);
    // A backtracking engine doubles its time per added 'a'; RE2's grows with the input (by ratio, no clock).
    expect(growth((n) => void s.scanText('x', 'a'.repeat(n) + 'b'), 1000, 64_000).ratio).toBeLessThan(10);
  });

  it('patterns RE2 cannot run in linear time, and empty matches, are rejected at load with the line', async () => {
    const cases: [string, RegExp][] = [
      ['(\\w+)\\s\\1', /invalid or unsupported regex .*RE2 syntax, which runs in linear time/],
      ['(?<=token=)\\w+', /invalid or unsupported regex/],
      ['x*', /matches the empty string/],
    ];
    for (const [regex, message] of cases) {
      let err: unknown;
      try {
        loadPolicy({ cwd: repo({ rules: [{ id: 'bad', description: 'bad', regex }] }) });
      } catch (e) {
        err = e;
      }
      expect(err, regex).toBeInstanceOf(PolicyError);
      expect((err as PolicyError).problems[0]).toMatchObject({ line: 5, message: expect.stringMatching(message) });
    }
  });

  it('rejects an unknown rule in disable and a custom id that shadows a built-in', async () => {
    expect(() => loadPolicy({ cwd: repo({ disable: ['email'] }) })).toThrow(/unknown rule "email"/);
    expect(() => loadPolicy({ cwd: repo({ rules: [{ id: 'jwt', description: 'x', regex: 'y' }] }) })).toThrow(/built-in rule's/);
  });
});

describe('payload keys from the policy', () => {
  it('scan.payload-keys adds keys to the provider-payload rule', async () => {
    const cwd = makeRepo({
      '.readiness-gate.yml': stringify({ scan: { 'payload-keys': ['smtp_transcript'] } }),
      'a.json': '{\n  "smtp_transcript": "250 2.0.0 queued as 4F1",\n  "provider_response": "redacted"\n}\n',
    });
    const r = await scanTarget({ kind: 'directory', root: cwd }, loadPolicy({ cwd }).scan, {});
    expect(r.findings.map((f) => [f.ruleId, f.line])).toEqual([['provider-payload', 2]]);
  });
});
