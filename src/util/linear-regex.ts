import { RE2JS } from 're2js';
import { re2Reason } from './re2-reason.js';

/**
 * Regular expressions from a policy or a packet run on RE2, which matches in time linear in the
 * input whatever the pattern says: `(a+)+$` cannot stall a run. RE2 has no backreferences or
 * lookaround; a pattern that needs them is refused when the policy loads, naming the option.
 */
export interface LinearRegex {
  readonly source: string;
  test(text: string): boolean;
  /** The whole match and its numbered groups, or null. */
  exec(text: string): (string | undefined)[] | null;
}

export function linearRegex(source: string): LinearRegex {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (err) {
    const reason = re2Reason(err);
    throw new Error(`invalid or unsupported regular expression (${reason}); patterns use RE2 syntax, which runs in linear time and has no backreferences or lookaround`);
  }
  return {
    source,
    test: (text) => re.matcher(text).find(),
    exec: (text) => {
      const m = re.matcher(text);
      if (!m.find()) return null;
      const out: (string | undefined)[] = [];
      for (let i = 0; i <= m.groupCount(); i++) out.push(m.group(i) ?? undefined);
      return out;
    },
  };
}
