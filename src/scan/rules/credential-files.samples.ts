import type { RuleSamples } from '../types.js';
import { SAMPLES as build } from './credential-files-build.samples.js';
import { SAMPLES as hashes } from './credential-files-hashes.samples.js';
import { SAMPLES as infra } from './credential-files-infra.samples.js';
import { SAMPLES as more } from './credential-files-more.samples.js';
import { SAMPLES as ini } from './credential-files-ini.samples.js';
import { SAMPLES as registry } from './credential-files-registry.samples.js';
import { fake } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  ...ini,
  ...registry,
  ...hashes,
  ...infra,
  ...build,
  ...more,
  'netrc-password': {
    positive: [
      `machine api.heroku.com login ops password ${fake('', 36, undefined, 41)}`,
      `machine ftp.acme-internal.net\n  login deploy\n  password hunter22`,
      `machine git.acme.io login ci port 443 password ${fake('', 20, undefined, 42)}\n`,
      `default login anonymous password guest\nmachine nexus.acme.io login build password Spr1ngTime!2024`,
      { file: '.netrc', text: `machine example.com login user password secret\ndefault login deploy password ${fake('', 20, undefined, 43)}\n` },
      { file: 'home/ci/_netrc', text: 'default\n  login ci-bot\n  password Falcon-Ridge-90\n' },
    ],
    negative: [
      'machine example.com login user password secret',
      'machine example.com\nlogin daniel\npassword qwerty',
      'machine example.com password 123456',
      'machine api.example.org login you password <your-password>',
      'machine github.com login octocat password $GITHUB_TOKEN',
      'machine host login user password ${PASSWORD}',
      'The machine is running; enter the login and password when asked.',
      'machine learning models need a password manager',
      'machine gitlab.acme.io login ci password xxxxxxxx',
      { file: '.netrc', text: 'default login anonymous password mirror-ftp\n' },
      { file: '.netrc', text: 'default login user password <password>\n' },
      'By default login as root; the default password Falcon-Ridge-90 is printed on the label.',
      'default login ci password Falcon-Ridge-90',
      { file: 'contrib/credential/netrc/test.netrc', text: 'machine imap login tzz port imaps password Falcon-Ridge-90\n' },
    ],
  },
};
