/**
 * Credential files that rules outside credential-files*.ts already read (issue 21, part 1): a
 * .git-credentials line is a URL with credentials (url-credentials, or the token's own rule), and
 * an .npmrc auth entry is npmrc-auth's. These say so, so that no format rule duplicates them.
 */
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { Scanner } from '../../src/scan/scanner.js';

const scanner = new Scanner({ rules: PUBLIC_SAFETY_RULES });
const rulesOf = (file: string, text: string) => scanner.scanText(file, text).map((f) => `${f.line} ${f.ruleId}`);

describe('.git-credentials', () => {
  it('reports each stored https://user:password@host line as url-credentials', () => {
    const text = `https://alice:${fake('', 14, undefined, 201)}@git.acme.io\nhttps://ci-bot:Autumn-Deploy-77@gitlab.acme.io\n`;
    expect(rulesOf('home/alice/.git-credentials', text)).toEqual(['1 url-credentials', '2 url-credentials']);
  });

  it('leaves lines without a password, and placeholders, alone', () => {
    expect(rulesOf('.git-credentials', 'https://alice@git.acme.io\nhttps://user:${GIT_TOKEN}@git.acme.io\n')).toEqual([]);
  });
});

describe('.npmrc', () => {
  it('reports _authToken, _auth and _password entries as npmrc-auth', () => {
    const text = [
      'registry=https://npm.acme.io/',
      `//npm.acme.io/:_authToken=${fake('', 40, undefined, 202)}`,
      `//nexus.acme.io/repository/npm/:_auth=${Buffer.from('deploy:Nexus-Deploy-2024').toString('base64')}`,
      `//pkgs.acme.io/npm/:_password=${Buffer.from('Pkgs-Pass-2024').toString('base64')}`,
      'always-auth=true',
    ].join('\n');
    expect(rulesOf('.npmrc', text)).toEqual(['2 npmrc-auth', '3 npmrc-auth', '4 npmrc-auth']);
  });

  it('leaves environment references alone', () => {
    expect(rulesOf('.npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n')).toEqual([]);
  });
});
