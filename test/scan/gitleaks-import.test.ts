import { describe, expect, it } from 'vitest';
import { fake, HEX } from '../../src/scan/rules/fake.js';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { Scanner } from '../../src/scan/scanner.js';
import { cli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';

// gitleaks configurations written here, from gitleaks' documented format: [[rules]] with id, regex,
// secretGroup, entropy, keywords, path and [[rules.allowlists]]; [[allowlists]] with targetRules;
// [extend] with path and useDefault.

const acmeKey = fake('acme_', 32, HEX, 3);
const otherKey = fake('acme_', 32, HEX, 4);

const CONFIG = `title = "acme secrets"

[extend]
useDefault = true

[[rules]]
id = "acme-key"
description = "Acme internal API key"
regex = '''(?i)acme[_-]?key\\s*[:=]\\s*["']?(acme_[a-f0-9]{32})'''
secretGroup = 1
entropy = 3.0
keywords = ["acme"]

  [[rules.allowlists]]
  description = "fixtures"
  regexTarget = "line"
  regexes = ['''fixture-only''']

[[rules]]
id = "keystore-file"
description = "A Java keystore"
path = '''\\.jks$'''

[[rules]]
id = "acme-any"
regex = '''acme_[a-f0-9]{32}'''
keywords = ["acme_"]
path = '''^config/'''

[[allowlists]]
description = "test data"
paths = ['''(^|/)testdata/''']

[[allowlists]]
targetRules = ["github-token"]
stopwords = ["sandbox"]
`;

function repo(files: Record<string, string>, policy = 'version: 1\nscan:\n  import: .gitleaks.toml\n') {
  return makeRepo({ '.readiness-gate.yml': policy, '.gitleaks.toml': CONFIG, ...files });
}

async function findings(dir: string, args: string[] = []) {
  const r = await cli(['scan', '.', '--format', 'json', '--no-gitignore', ...args], dir);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).findings.map((f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`).sort();
}

describe('scan.import: a gitleaks configuration joins the scan', () => {
  it('runs its rules with secret group, keywords, entropy, path and allowlists', async () => {
    const dir = repo({
      'app.env': `ACME_KEY=${acmeKey}\n`,
      'fixtures.env': `ACME_KEY=${otherKey} # fixture-only\n`,
      'low.env': `ACME_KEY=acme_${'0'.repeat(32)}\n`,
      'config/prod.yml': `value: ${otherKey}\n`,
      'src/prod.yml': `value: ${otherKey}\n`,
      'keys/release.jks': 'binary-ish keystore',
      'testdata/app.env': `ACME_KEY=${acmeKey}\n`,
    });
    expect(await findings(dir)).toEqual(['app.env:1 acme-key', 'config/prod.yml:1 acme-any', 'keys/release.jks:1 keystore-file']);
  });

  it('a targeted allowlist joins a built-in rule; an untargeted one applies to every rule', async () => {
    const dir = repo({ 'a.env': `GITHUB_TOKEN=${fake('ghp_sandbox', 29, undefined, 1)}\nOTHER=${fake('gh' + 'p_', 36, undefined, 2)}\n`, 'testdata/b.env': `T=${fake('gh' + 'p_', 36, undefined, 3)}\n` });
    expect(await findings(dir)).toEqual(['a.env:2 github-token']);
  });

  it('extend.path reads another configuration; a rule of the extending file replaces one with its id', async () => {
    const dir = makeRepo({
      '.readiness-gate.yml': 'version: 1\nscan:\n  import: sec/main.toml\n',
      'sec/main.toml': `[extend]\npath = "base.toml"\ndisabledRules = ["base-only-off"]\n\n[[rules]]\nid = "shared"\nregex = '''zeta_[0-9]{6}'''\n`,
      'sec/base.toml': `[[rules]]\nid = "shared"\nregex = '''alpha_[0-9]{6}'''\n\n[[rules]]\nid = "base-only"\nregex = '''omega_[0-9]{6}'''\n\n[[rules]]\nid = "base-only-off"\nregex = '''delta_[0-9]{6}'''\n`,
      'x.txt': 'zeta_123456 alpha_123456 omega_123456 delta_123456\n',
    });
    expect(await findings(dir)).toEqual(['x.txt:1 base-only', 'x.txt:1 shared']);
  });

  it('an imported rule with a built-in id replaces the built-in rule', async () => {
    const dir = makeRepo({
      '.readiness-gate.yml': 'version: 1\nscan:\n  import: g.toml\n',
      'g.toml': `[[rules]]\nid = "github-token"\nregex = '''never_[0-9]{40}'''\n`,
      'a.txt': `the token ${fake('gh' + 'p_', 36, undefined, 5)} was rotated\n`,
    });
    expect(await findings(dir)).toEqual([]);
  });
});

describe('scan.gitleaks-allow', () => {
  const files = { 'app.env': `ACME_KEY=${acmeKey} # gitleaks:allow\n` };

  it('gitleaks:allow counts only when the policy says so', async () => {
    expect(await findings(repo(files))).toEqual(['app.env:1 acme-key']);
    expect(await findings(repo(files, 'version: 1\nscan:\n  import: .gitleaks.toml\n  gitleaks-allow: true\n'))).toEqual([]);
  });

  it('is listed as a suppression, like readiness-gate:allow, and only on its own line', () => {
    const text = `a ${fake('gh' + 'p_', 36, undefined, 8)} // gitleaks:allow\n// gitleaks:allow\nb ${fake('gh' + 'p_', 36, undefined, 9)}\n`;
    const on = new Scanner({ rules: PUBLIC_SAFETY_RULES, gitleaksAllow: true });
    expect(on.scanText('x.ts', text).map((f) => `${f.line} ${f.ruleId}`)).toEqual(['3 github-token']);
    expect(on.suppressed.map((s) => `${s.line} ${s.ruleId} ${s.reason}`)).toEqual(['1 github-token gitleaks:allow']);
    const off = new Scanner({ rules: PUBLIC_SAFETY_RULES, gitleaksAllow: true, inlineAllow: false });
    expect(off.scanText('x.ts', text)).toHaveLength(2);
  });
});

describe('what does not carry over is refused with its file and line', () => {
  async function refusal(toml: string): Promise<string> {
    const dir = makeRepo({ '.readiness-gate.yml': 'version: 1\nscan:\n  import: .gitleaks.toml\n', '.gitleaks.toml': toml, 'a.txt': 'x\n' });
    const r = await cli(['scan', '.', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    return r.stderr;
  }

  it('a regex RE2 cannot run (lookaround, backreference)', async () => {
    expect(await refusal(`# secrets\n\n[[rules]]\nid = "look"\nregex = '''key(?=[0-9]{8})'''\n`)).toMatch(/\.gitleaks\.toml:5:1: rule "look": regex is not RE2 .*lookaround/);
    expect(await refusal(`[[rules]]\nid = "a"\nregex = '''x'''\n[[rules]]\nid = "back"\nregex = '''(a)\\1'''\n`)).toMatch(/\.gitleaks\.toml:6:1: rule "back": regex is not RE2/);
  });

  it('composite rules, extend.url, a bad secretGroup, a non-ASCII keyword, unknown keys, TOML syntax', async () => {
    expect(await refusal(`[[rules]]\nid = "c"\nregex = '''x{3}'''\n[[rules.required]]\nid = "c"\n`)).toMatch(/:4:1: rule "c": composite rules/);
    expect(await refusal(`[extend]\nurl = "https://example.com/g.toml"\n`)).toMatch(/:2:1: extend\.url is not supported/);
    expect(await refusal(`[[rules]]\nid = "g"\nregex = '''(a)b'''\nsecretGroup = 2\n`)).toMatch(/:4:1: rule "g": secretGroup 2 is not a group/);
    expect(await refusal(`[[rules]]\nid = "k"\nregex = '''ab'''\nkeywords = ["clé"]\n`)).toMatch(/:4:1: rule "k": keyword "clé" must be printable ASCII/);
    expect(await refusal(`[[rule]]\nid = "k"\n`)).toMatch(/unknown gitleaks key "rule"/);
    expect(await refusal(`[[rules]]\nid = "k"\nregex = '''ab\n`)).toMatch(/\.gitleaks\.toml:\d+:1: TOML syntax error/);
  });

  it('a missing file and a file outside the repository', async () => {
    const dir = makeRepo({ '.readiness-gate.yml': 'version: 1\nscan:\n  import: ../outside.toml\n', 'a.txt': 'x\n' });
    expect((await cli(['scan', '.'], dir)).stderr).toMatch(/scan\.import must name a file inside the repository/);
    const missing = makeRepo({ '.readiness-gate.yml': 'version: 1\nscan:\n  import: nope.toml\n', 'a.txt': 'x\n' });
    expect((await cli(['scan', '.'], missing)).stderr).toMatch(/nope\.toml: cannot read the gitleaks configuration/);
  });
});
