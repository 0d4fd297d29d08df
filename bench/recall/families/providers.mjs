// Provider tokens, placed in the file formats people commit (.env, shell, YAML, JSON, INI, TOML,
// Python, JS, Go, PHP, Ruby, properties, XML): one real-shaped token per file, assigned to the
// name the provider's documentation uses, beside a look-alike that is not a secret (a placeholder
// with the provider's prefix, an environment lookup, or the provider's public counterpart); and,
// for formats with a prefix, the token again under a neutral name beside a masked form.
import { Doc } from '../lib.mjs';
import { FORMATS, SYNTAXES, assignLookup, neighbours } from '../syntax.mjs';
import KNOWN from './tokens-known.mjs';
import NEW from './tokens-new.mjs';

/** A look-alike for the entry, as [words, value]: never a credential. */
function lookalike(g, entry, format) {
  const choice = entry.decoy ? g.int(3) : g.int(2);
  if (choice === 2) return entry.decoy(g);
  if (choice === 1) return [entry.env, `${entry.prefix}${'x'.repeat(entry.placeholderLength ?? 24)}`];
  const { value } = assignLookup(format, entry.env);
  return [entry.env, value, true];
}

function tokenFile(entry, index) {
  return {
    family: entry.family,
    format: 'provider',
    make(g, s) {
      const format = FORMATS[(index + g.int(FORMATS.length)) % FORMATS.length];
      const syntax = SYNTAXES[format];
      const d = new Doc(syntax.file(`${s}/${entry.family}-${index}`), entry.family, format);
      const token = entry.make(g);
      d.text(...syntax.head, ...neighbours(g, format, 2 + g.int(3)));
      d.pos(syntax.assign(entry.env, token), token);
      d.text(...neighbours(g, format, 1 + g.int(2)));
      const [words, value, isLookup] = lookalike(g, entry, format);
      d.neg(isLookup ? assignLookup(format, words).line : syntax.assign(words, value), value);
      if (entry.prefix.length >= 3) {
        // The format alone, under a name that says nothing of secrets (OPENAI=sk-...): found by
        // its shape or not at all. Beside it, the same prefix masked as dashboards show it.
        const short = entry.family.split('-');
        const bare = entry.make(g);
        d.pos(syntax.assign(short, bare), bare);
        const masked = `${entry.prefix}****${g.str(4)}`;
        d.neg(syntax.assign([...short, 'hint'], masked), masked);
      }
      d.text(...syntax.tail);
      return d;
    },
  };
}

export default [...KNOWN, ...NEW].map(tokenFile);
