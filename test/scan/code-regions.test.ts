import { describe, expect, it } from 'vitest';
import { inDataOfCode, regionAt, syntaxOf, type RegionKind } from '../../src/scan/rules/code-regions.js';
import { Lexer } from '../../src/scan/rules/code-lexer.js';
import { growth } from './growth.js';

/** The region at the first occurrence of `needle` in `text`, read as file `file`. */
function at(file: string, text: string, needle: string): RegionKind | undefined {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`${needle} not in sample`);
  return regionAt({ file, text, index });
}

// [file, text, needle, region]: one row per construct, in the language that has it.
const TABLE: [string, string, string, RegionKind | undefined][] = [
  ['a.py', 'x = 1  # mail AAA\n', 'AAA', 'comment'],
  ['a.py', 'x = "AAA"  # BBB\n', 'AAA', 'string'],
  ['a.py', "x = f'{y}AAA' + r'\\d' + b\"BBB\"\n", 'BBB', 'string'],
  ['a.py', 'DOC = r"""\nhost: AAA\n"""\nx = "BBB"\n', 'AAA', 'doc'],
  ['a.py', 'DOC = r"""\nhost: AAA\n"""\nx = "BBB"\n', 'BBB', 'string'],
  ['a.py', "def f():\n    '''AAA # not a comment'''\n    return 1\n", 'AAA', 'doc'],
  ['a.py', 'p = s[len(b) + 1::]  # AAA\n', '1::', 'code'],
  ['a.py', "x = 'it''s'  # AAA\n", 'AAA', 'comment'],
  ['a.hpp', 'struct X<Ret (C::*)(A)> {}; // AAA\n', 'C::*', 'code'],
  ['a.hpp', 'struct X<Ret (C::*)(A)> {}; // AAA\n', 'AAA', 'comment'],
  ['a.cpp', "char c = '\"'; const char* s = \"AAA\";\n", 'AAA', 'string'],
  ['a.cpp', 'int n = 1\'000\'000; const char* s = "AAA";\n', 'AAA', 'string'],
  ['a.cpp', 'auto s = R"sql(select "AAA" -- x)sql"; // BBB\n', 'AAA', 'string'],
  ['a.cpp', 'auto s = R"sql(select "AAA" -- x)sql"; // BBB\n', 'BBB', 'comment'],
  ['a.c', '/** AAA */ int x; /* BBB */\n', 'AAA', 'doc'],
  ['a.c', '/** AAA */ int x; /* BBB */\n', 'BBB', 'comment'],
  ['a.h', '/**/ int x = 1; /* AAA */\n', 'AAA', 'comment'],
  ['A.java', '/**\n * <pre>\n * AAA\n * </pre>\n */\nString s = """\n  BBB\n  """;\n', 'AAA', 'doc'],
  ['A.java', '/**\n * <pre>\n * AAA\n * </pre>\n */\nString s = """\n  BBB\n  """;\n', 'BBB', 'string'],
  ['a.go', '// Output: AAA\nvar s = `BBB\n"CCC`\n', 'AAA', 'comment'],
  ['a.go', '// Output: AAA\nvar s = `BBB\n"CCC`\n', 'CCC', 'string'],
  ['a.go', "var r = '\\''; var s = \"AAA\"\n", 'AAA', 'string'],
  ['a.rs', "/// let a = AAA;\nfn f<'a>(s: &'a str) { let t = r#\"BBB \"q\" \"#; }\n", 'AAA', 'doc'],
  ['a.rs', "/// let a = AAA;\nfn f<'a>(s: &'a str) { let t = r#\"BBB \"q\" \"#; }\n", 'q', 'string'],
  ['a.rs', "//! AAA\nfn f<'a>() {} // BBB\n", 'BBB', 'comment'],
  ['a.ts', 'const s = `AAA ${x}`; // BBB\n', 'AAA', 'string'],
  ['a.php', '<p>AAA</p><?php\n/** @author BBB */\n$x = \'CCC\'; # DDD\n#[Attr] $y = "EEE";\n', 'AAA', 'string'],
  ['a.php', '<p>AAA</p><?php\n/** @author BBB */\n$x = \'CCC\'; # DDD\n#[Attr] $y = "EEE";\n', 'BBB', 'doc'],
  ['a.php', '<p>AAA</p><?php\n/** @author BBB */\n$x = \'CCC\'; # DDD\n#[Attr] $y = "EEE";\n', 'CCC', 'string'],
  ['a.php', '<p>AAA</p><?php\n/** @author BBB */\n$x = \'CCC\'; # DDD\n#[Attr] $y = "EEE";\n', 'DDD', 'comment'],
  ['a.php', '<p>AAA</p><?php\n/** @author BBB */\n$x = \'CCC\'; # DDD\n#[Attr] $y = "EEE";\n', 'EEE', 'string'],
  ['a.php', '<?php\n$y = <<<EOT\nhost AAA\n  EOT;\n$z = 1; // BBB\n', 'AAA', 'string'],
  ['a.php', '<?php\n$y = <<<EOT\nhost AAA\n  EOT;\n$z = 1; // BBB\n', 'BBB', 'comment'],
  ['a.rb', "# AAA\nx = 'BBB'\n=begin\nCCC\n=end\ny = %q{DDD {nested} EEE}\n", 'AAA', 'comment'],
  ['a.rb', "# AAA\nx = 'BBB'\n=begin\nCCC\n=end\ny = %q{DDD {nested} EEE}\n", 'CCC', 'doc'],
  ['a.rb', "# AAA\nx = 'BBB'\n=begin\nCCC\n=end\ny = %q{DDD {nested} EEE}\n", 'EEE', 'string'],
  ['a.rb', 'x = <<~SQL\n  select AAA\nSQL\nputs "#{y}" # BBB\n', 'AAA', 'string'],
  ['a.rb', 'x = <<~SQL\n  select AAA\nSQL\nputs "#{y}" # BBB\n', 'BBB', 'comment'],
  ['a.rb', 'n = 1 << 3 # AAA\n', 'AAA', 'comment'],
  ['Rakefile', 'task :x do # AAA\nend\n', 'AAA', 'comment'],
  ['a.pm', "my $n = $#list; # AAA\nmy $s = q{BBB}; $t =~ s/'//g; my $u = 'CCC';\n", 'AAA', 'comment'],
  ['a.pm', "my $n = $#list; # AAA\nmy $s = q{BBB}; $t =~ s/'//g; my $u = 'CCC';\n", 'BBB', 'string'],
  ['a.pm', "my $n = $#list; # AAA\nmy $s = q{BBB}; $t =~ s/'//g; my $u = 'CCC';\n", 'CCC', 'string'],
  ['a.pm', "$h{s} = 1; -s $file; my $x = 'AAA';\n", 'AAA', 'string'],
  ['a.pm', "my @w = split /'/, $x; my $y = 'AAA'; # BBB\n", 'BBB', 'comment'],
  ['a.pm', "print <<\"EOF\";\nhost AAA\nEOF\nmy $x = DBD::DB2;\n", 'AAA', 'string'],
  ['a.pm', "print <<\"EOF\";\nhost AAA\nEOF\nmy $x = DBD::DB2;\n", 'DBD::', 'code'],
  ['a.pm', 'my $x = 1;\n\n=head1 AUTHOR\n\nAAA\n\n=cut\n\nmy $y = "BBB";\n', 'AAA', 'doc'],
  ['a.pm', 'my $x = 1;\n\n=head1 AUTHOR\n\nAAA\n\n=cut\n\nmy $y = "BBB";\n', 'BBB', 'string'],
  ['a.pl', '1;\n__END__\nAAA\n', 'AAA', 'doc'],
  ['usr/share/man/man3/LWP.3pm.gz', '.SH SYNOPSIS\nAAA\n', 'AAA', 'doc'],
  ['a.pm', 'local $" = " "; if ($x) { push @m, "AAA"; } # BBB\n', 'AAA', 'string'],
  ['a.pm', 'local $" = " "; if ($x) { push @m, "AAA"; } # BBB\n', 'BBB', 'comment'],
  ['a.rb', 'puts $"; x = 1 # AAA\n', 'AAA', 'comment'],
  ['roles/bgp/templates/bgp.j2', '{####\nos10_bgp:\n  ip: AAA\n####}\nrouter bgp {{ asn }}\n neighbor BBB\n{# CCC #}\n', 'AAA', 'doc'],
  ['roles/bgp/templates/bgp.j2', '{####\nos10_bgp:\n  ip: AAA\n####}\nrouter bgp {{ asn }}\n neighbor BBB\n{# CCC #}\n', 'BBB', 'string'],
  ['roles/bgp/templates/bgp.j2', '{####\nos10_bgp:\n  ip: AAA\n####}\nrouter bgp {{ asn }}\n neighbor BBB\n{# CCC #}\n', 'CCC', 'doc'],
  ['templates/x.conf.jinja2', 'a = 1 {# unclosed AAA\n', 'AAA', 'string'],
  ['usr/bin/dbiproxy', '#!/usr/bin/perl\nmy $x = "AAA";\n__END__\n\n=head1 AUTHOR\n\nBBB\n', 'AAA', 'string'],
  ['usr/bin/dbiproxy', '#!/usr/bin/perl\nmy $x = "AAA";\n__END__\n\n=head1 AUTHOR\n\nBBB\n', 'BBB', 'doc'],
  ['bin/tool', '#!/usr/bin/env -S python3.11 -u\n"""AAA"""\nx = "BBB"\n', 'AAA', 'doc'],
  ['bin/tool', '#!/usr/bin/env ruby\nx = 1 # AAA\n', 'AAA', 'comment'],
  ['bin/tool', '#!/bin/sh\necho AAA # BBB\n', 'BBB', undefined],
  ['bin/tool', 'no interpreter line # AAA\n', 'AAA', undefined],
  ['backup.sh.j2', '{% raw %}\nfor ((i=0; i<${#DBS[@]}; i++)); do x; done\n{% endraw %}\nexport DB_PASSWORD=AAA\n{# BBB #}\n', 'AAA', 'string'],
  ['backup.sh.j2', '{% raw %}\nfor ((i=0; i<${#DBS[@]}; i++)); do x; done\n{% endraw %}\nexport DB_PASSWORD=AAA\n{# BBB #}\n', 'BBB', 'doc'],
  ['backup.sh.j2', '{% if x %}\nhost AAA\n{% endif %}\n', 'AAA', 'string'],
  ['a.j2', 'x = 1\n{# never closed\nhost AAA\n', 'AAA', 'string'],
  ['bin/nightly', '#!/usr/bin/perl\nprint <DATA>;\n__DATA__\ndb_host=AAA\n', 'AAA', 'string'],
  ['a.rb', 'puts DATA.read\n__END__\nhost AAA\n', 'AAA', 'string'],
  ['README.md', '# AAA\n', 'AAA', undefined],
  ['config.yml', 'a: AAA # x\n', 'AAA', undefined],
];

describe('code regions: comments, documentation and strings per language', () => {
  for (const [file, text, needle, kind] of TABLE) {
    it(`${file}: ${JSON.stringify(text).slice(0, 60)} -> ${needle} is ${kind ?? 'not source code'}`, () => {
      expect(at(file, text, needle)).toBe(kind);
    });
  }

  it('reads a compressed file by its inner name and an archive entry by its own', () => {
    expect(syntaxOf('docs/x.py.gz')).toBe(syntaxOf('x.py'));
    expect(syntaxOf('app.tgz!pkg/lib/x.rb')).toBe(syntaxOf('x.rb'));
    expect(syntaxOf('pkg.tar!README')).toBeUndefined();
  });
});

// Inputs built to make a naive lexer rescan the file from every quote or opener. Each is ~400 KB:
// in linear time a pass is milliseconds; a quadratic one would not end within the test's timeout.
const HOSTILE: [string, string][] = [
  ['lone escaped quotes (Ruby)', "x = \\'".repeat(70_000)],
  ['lone escaped quotes (Perl)', 'my $x = \\"'.repeat(45_000)],
  ['lone quotes on one line (Python)', "'\\".repeat(200_000)],
  ['heredoc openers without terminators (Ruby)', 'x = <<EOT1\n'.repeat(40_000)],
  ['distinct heredoc openers (Perl)', Array.from({ length: 30_000 }, (_, i) => `print <<T${i};\n`).join('')],
  ['nested percent literals (Ruby)', '%q{'.repeat(100_000)],
  ['unclosed block comments (C)', '/*'.repeat(200_000)],
  ['raw string openers (C++)', 'R"x('.repeat(100_000)],
  ['POD openers (Perl)', '=head1 A\n'.repeat(45_000)],
  ['PHP tags', '?><?'.repeat(100_000)],
  ['comment openers without closers (Jinja)', '{#'.repeat(200_000)],
  ['unclosed q with a bar, one line (Perl)', 'q|'.repeat(200_000)],
  ['substitutions without a second part, one line (Perl)', 's/a/'.repeat(80_000)],
  ['nested q braces (Perl)', 'q{'.repeat(100_000)],
  ['q with a distinct non-ASCII delimiter on each line (Perl)', Array.from({ length: 40_000 }, (_, i) => `q${String.fromCharCode(0x4e00 + i)}\n`).join('')],
  ['raw blocks and no comment (Jinja)', '{% raw %}x{% endraw %}y'.repeat(30_000)],
  ['block tags and no comment (Jinja)', '{% if x %}y'.repeat(60_000)],
  ['comment openers, closed each (Jinja)', '{# #}x'.repeat(70_000)],
];

describe('code regions: linear on hostile input', () => {
  const files: Record<string, string> = { Ruby: 'a.rb', Perl: 'a.pm', Python: 'a.py', 'C++': 'a.cpp', C: 'a.c', PHP: 'a.php', Jinja: 'a.j2' };
  for (const [name, text] of HOSTILE) {
    it(name, () => {
      const file = Object.entries(files).find(([lang]) => name.includes(`(${lang})`))?.[1] ?? 'a.php';
      const kind = regionAt({ file, text: text + '\n"AAA"\n', index: text.length + 2 });
      expect(['code', 'comment', 'doc', 'string']).toContain(kind);
      // Growth by ratio, never a clock: the first n/4096 of the input, then four times as much.
      // Each call's text differs in its last character, so no call is answered from the last one's regions.
      let call = 0;
      const part = (n: number) => text.slice(0, Math.floor((text.length * n) / 4096)) + `\n"AAA${call++ % 2}"\n`;
      const g = growth((n) => {
        const t = part(n);
        regionAt({ file, text: t, index: t.length - 6 });
      }, 256, 4096);
      expect(g.ratio).toBeLessThan(10);
    });
  }
});

describe('code regions: stepping over characters that start nothing changes no region', () => {
  // The lexer skips to the next character where a comment, literal or special construct can
  // start (Syntax.specialStarts). Read with a special tried at every position instead, each text
  // must give the very same regions: a construct whose first character was left out of its
  // syntax's starts would be missed by the fast path and found here.
  const pieces = ['"', "'", '`', '#', '//', '/*', '*/', '/**', '///', '\\', '\n', ' ', '=', '=pod', '=cut', '=begin', '=end', '__END__', '__DATA__',
    '<<', '<<<', '<<~', 'EOS', '?>', '<?php', '$', '%q{', '{', '}', '(', ')', 'q', 'qq', 'qw', 'm', 's', 'tr', 'y', '/', 'R"x(', ')x"', 'r#"', '"#', 'b', 'r', 'u8',
    'x', 'é', '[', '!', '~', '\t', '"""', "'''", '{#', '#}', '{%', '%}', 'raw', 'endraw'];
  const files = ['a.c', 'a.cpp', 'A.java', 'a.go', 'a.rs', 'a.js', 'a.py', 'a.php', 'a.rb', 'a.pm', 'a.j2'];
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
  for (const file of files) {
    it(file, () => {
      const syntax = syntaxOf(file)!;
      const everyPosition = { ...syntax, special: syntax.special ?? (() => false), specialStarts: undefined };
      for (let round = 0; round < 400; round++) {
        let text = '';
        for (let k = 0, n = 1 + random(40); k < n; k++) text += pieces[random(pieces.length)];
        expect(new Lexer(text, syntax).run(), text).toEqual(new Lexer(text, everyPosition).run());
      }
    });
  }
});

describe('Rust test modules: linear on hostile input', () => {
  const shapes: Record<string, string> = {
    'attributes with no module': '#[cfg(test)]\n',
    'modules opened and never closed': '#[cfg(test)]\nmod t {\n',
    'closed modules, each with a literal': '#[cfg(test)]\nmod t { const A: &str = "10.1.2.3"; }\n',
    'braces in strings and comments': '#[cfg(test)]\nmod t { let s = "}}}"; // }\n',
  };
  for (const [name, unit] of Object.entries(shapes)) {
    it(name, () => {
      let call = 0;
      const g = growth((n) => {
        const text = unit.repeat(n) + `const B: &str = "10.0.0.${call++ % 2}";\n`;
        inDataOfCode({ file: 'src/lib.rs', text, index: text.length - 12 });
      }, 64, 16384);
      expect(g.ratio).toBeLessThan(10);
    });
  }
});
