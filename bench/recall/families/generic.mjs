// Issue 21 part 3: a literal assigned to a password-like name is a credential in every syntax,
// even a dictionary word with digits; placeholders, lookups, calls and documentation examples are
// not. And look-alikes that are public data: test vectors, checksums, commit ids, lock-file
// integrity hashes, UUIDs.
import { ALNUM, B64, Doc, HEX, PLACEHOLDERS, randomPassword, wordPassword } from '../lib.mjs';
import { FORMATS, SYNTAXES, assignLookup, neighbours } from '../syntax.mjs';

const PASSWORD_NAMES = [['password'], ['db', 'password'], ['passwd'], ['admin', 'pwd'], ['smtp', 'pass'], ['ssh', 'passphrase'], ['mysql', 'root', 'password'], ['keystore', 'password']];
const SECRET_NAMES = [['client', 'secret'], ['webhook', 'secret'], ['session', 'secret'], ['app', 'key'], ['sync', 'io', 'key'], ['deploy', 'pat'], ['partner', 'api', 'key'],
  ['internal', 'api', 'token'], ['auth', 'salt'], ['cookie', 'secret', 'key', 'base'], ['encryption', 'key'], ['signing', 'secret']];

function genericFile(format) {
  return {
    family: 'password',
    format,
    make(g, s) {
      const syntax = SYNTAXES[format];
      const d = new Doc(syntax.file(`${s}/generic-${format}`), 'password', format);
      const put = (positive, family, words, value) => d[positive ? 'pos' : 'neg'](syntax.assign(words, value), value, { family });
      d.text(...syntax.head, ...neighbours(g, format, 2));
      put(true, 'password', g.pick(PASSWORD_NAMES), wordPassword(g));
      d.text(...neighbours(g, format, 1));
      put(true, 'secret-assignment', g.pick(SECRET_NAMES), g.int(2) ? randomPassword(g, 32) : g.str(40, g.pick([HEX, ALNUM, B64])));
      put(false, 'password', g.pick(PASSWORD_NAMES), g.pick(PLACEHOLDERS));
      d.text(...neighbours(g, format, 1));
      put(true, 'password', g.pick(PASSWORD_NAMES), g.int(2) ? wordPassword(g) : randomPassword(g, 12));
      const lookup = assignLookup(format, g.pick(PASSWORD_NAMES));
      d.neg(lookup.line, lookup.value, { family: 'password' });
      put(false, 'secret-assignment', g.pick(SECRET_NAMES), g.pick(['${' + 'CLIENT_SECRET}', '{{ client_secret }}', '%(secret)s', '<secret>', '***', 'xxxxxxxxxxxxxxxxxxxxxxxx']));
      d.text(...neighbours(g, format, 1), ...syntax.tail);
      return d;
    },
  };
}

const publicData = [
  { family: 'public-data', format: 'checksums', make(g, s) {
    const d = new Doc(`${s}/release/SHA256SUMS`, 'public-data', 'checksums');
    for (const f of ['app-2.4.1-linux-amd64.tar.gz', 'app-2.4.1-darwin-arm64.tar.gz', 'app-2.4.1-windows-amd64.zip']) { const h = g.str(64, HEX); d.neg(`${h}  ${f}`, h); }
    return d;
  } },
  { family: 'public-data', format: 'changelog', make(g, s) {
    const d = new Doc(`${s}/CHANGELOG.md`, 'public-data', 'changelog');
    d.text('# Changelog', '', '## 2.4.1', '');
    for (let i = 0; i < 3; i++) { const c = g.str(40, HEX); d.neg(`- Fix retry on timeouts (${c})`, c); }
    d.neg(`- Build ${g.uuid()} published; token rotation is documented in docs/tokens.md`, 'token rotation');
    return d;
  } },
  { family: 'public-data', format: 'package-lock', make(g, s) {
    const d = new Doc(`${s}/web/package-lock.json`, 'public-data', 'package-lock');
    d.text('{', '  "name": "web",', '  "lockfileVersion": 3,', '  "packages": {', '    "node_modules/left-pad": {', '      "version": "1.3.0",', '      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",');
    const i = `sha512-${g.bytes(64).toString('base64')}`;
    d.neg(`      "integrity": "${i}"`, i);
    d.text('    }', '  }', '}');
    return d;
  } },
  { family: 'public-data', format: 'json', make(g, s) {
    const d = new Doc(`${s}/fixtures-data/records.json`, 'public-data', 'json');
    d.text('[');
    for (let i = 0; i < 3; i++) { const u = g.uuid(); d.neg(`  {"id": "${u}", "status": "shipped", "tokenCount": ${g.int(900)}},`, u); }
    d.text('  {}', ']');
    return d;
  } },
  { family: 'public-data', format: 'test-vectors', make(g, s) {
    const d = new Doc(`${s}/${g.pick(['crypto/hmac_vectors.go', 'tests/test_hmac.py'])}`, 'public-data', 'test-vectors');
    d.text('// RFC 4231 HMAC-SHA256 test vectors (public test data, section 4.2 and 4.3).');
    d.neg(`var rfc4231Case1Key = "${'0b'.repeat(20)}"`, '0b'.repeat(20));
    d.neg(`var rfc4231Case1Want = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"`, 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
    d.neg(`var rfc4231Case2Key = "4a656665" // "Jefe"`, '4a656665');
    d.neg(`var rfc4231Case3Key = "${'aa'.repeat(20)}"`, 'aa'.repeat(20));
    return d;
  } },
  { family: 'password', format: 'docs', make(g, s) {
    const d = new Doc(`${s}/docs/configuration.md`, 'password', 'docs');
    d.text('# Configuration', '', 'Set the database credentials in `.env`:', '', '```');
    d.neg('DB_PASSWORD=<your database password>', '<your database password>');
    d.neg('API_TOKEN=your-api-token-here', 'your-api-token-here');
    d.text('```', '');
    d.neg('For example, `password: example-password` (an example: use your own).', 'example-password');
    d.neg('The `password` field accepts `${ENV_VAR}` references; never paste a password here.', '${ENV_VAR}');
    return d;
  } },
];

export default [...FORMATS.map(genericFile), ...publicData];
