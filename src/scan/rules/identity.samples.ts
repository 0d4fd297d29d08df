import type { RuleSamples } from '../types.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'email-address': {
    positive: [
      'Contact: priya.raman@acme-corp.com',
      'evaluator: "r.kumar@contoso.co.uk"',
      'operator <ops.lead@tenant-42.io>',
      // A string literal in code is data the program carries, in every language.
      { file: 'app/settings.py', text: 'ESCALATION = "priya.raman@acme-corp.com"  # on call\n' },
      { file: 'src/mail.php', text: "<?php\n$to = 'priya.raman@acme-corp.com'; // the buyer\n" },
      { file: 'cmd/notify/main.go', text: 'package main\n\n// Owner gets the report.\nconst owner = "priya.raman@acme-corp.com"\n' },
      { file: 'lib/notify.rb', text: "# who gets it\nRECIPIENT = 'priya.raman@acme-corp.com'\n" },
      { file: 'lib/Notify.pm', text: "package Notify;\nmy $to = q{priya.raman@acme-corp.com}; # buyer\n1;\n" },
      { file: 'src/notify.cpp', text: 'char c = \'"\';\nconst char* to = "priya.raman@acme-corp.com";\n' },
      { file: 'templates/page.php', text: '<p>Write to priya.raman@acme-corp.com</p>\n<?php echo $x; ?>\n' },
      { file: 'bin/report.pl', text: 'print <<EOT;\nSend to priya.raman@acme-corp.com\nEOT\n' },
    ],
    negative: ['/** @example "chris@ozmm.org" */', "email: 'a@b.com'", 'Copyright (c) 2011 TJ Holowaychuk <tj@vision-media.ca>', ' * @author rsc@google.com (Russ Cox)', '"author": "Jordan Harbor <jordan.h@gmail.com>"', 'contact opencode@microsoft.com', '12345+octo@users.noreply.github.com', 'evaluator@example.com', 'ops@example.org', 'noreply@acme-corp.com', 'security@acme-corp.com', 'npm i @types/node', 'logo@2x.png', 'user@localhost', 'dependabot[bot]@users.noreply.github.com', ' * Copyright 2012 (c) Mihai Bazon\n *\n *   <mihai.bazon@gmail.com>', '[Email us](mailto:developers@slack.com)', 'emailAddress="xyz@amazon.com"', '<EmailAddress>Grantees@email.com</EmailAddress>', 'openapi: 3.0.0\ninfo:\n  contact:\n    name: API team\n    email: a-team@acme-corp.com', 'email: "testuser@test.com"',
      // Comments, documentation and attribution of each language and ecosystem.
      { file: 'app/settings.py', text: 'x = 1  # ask priya.raman@acme-corp.com\n' },
      { file: 'plugins/modules/mail.py', text: 'DOCUMENTATION = r"""\nauthor:\n  - Priya Raman (@praman)\nto: priya.raman@acme-corp.com\n"""\n' },
      { file: 'app/util.py', text: '__author__ = "Priya Raman <priya.raman@acme-corp.com>"\n' },
      { file: 'src/Mail.php', text: "<?php\n/**\n * @example send('priya.raman@acme-corp.com')\n */\n" },
      { file: 'src/lib.rs', text: '/// let to = "priya.raman@acme-corp.com";\npub fn send() {}\n' },
      { file: 'src/Mail.java', text: '/**\n * <pre>\n * mail.to("priya.raman@acme-corp.com");\n * </pre>\n */\nclass Mail {}\n' },
      { file: 'lib/Notify.pm', text: "package Notify;\n1;\n__END__\n\n=head1 AUTHOR\n\nPriya Raman <priya.raman@acme-corp.com>\n\n=cut\n" },
      { file: 'lib/notify.rb', text: "=begin\nmail priya.raman@acme-corp.com\n=end\n" },
      { file: 'src/notify.go', text: '// Output: priya.raman@acme-corp.com\n' },
      { file: 'locale/de/LC_MESSAGES/app.po', text: '# Priya Raman <priya.raman@acme-corp.com>, 2019.\nmsgid ""\nmsgstr ""\n"Last-Translator: Priya Raman <priya.raman@acme-corp.com>\\n"\n' },
      { file: 'debian/copyright', text: 'Files: *\nCopyright: 2014, Acme\n           2016, Priya Raman <priya.raman@acme-corp.com>\n' },
      { file: 'usr/share/doc/app/changelog.Debian.gz', text: 'app (1.0-1) unstable; urgency=medium\n\n  * Initial release.\n\n -- Priya Raman <priya.raman@acme-corp.com>  Mon, 01 Jan 2024 10:00:00 +0000\n' },
      { file: 'app.spec', text: '%changelog\n* Mon Jan 01 2024 Priya Raman <priya.raman@acme-corp.com> - 1.0-1\n- First build\n' },
      { file: 'galaxy.yml', text: 'authors:\n  - A One <a.one@acme-corp.com>\n  - B Two <b.two@acme-corp.com>\n  - C Three <c.three@acme-corp.com>\n  - D Four <d.four@acme-corp.com>\n  - Priya Raman <priya.raman@acme-corp.com>\n' },
      { file: 'acme.gemspec', text: 'Gem::Specification.new do |s|\n  s.email = ["priya.raman@acme-corp.com"]\nend\n' },
      { file: 'README.md', text: '# Tool\n\n## Maintainers\n\npriya.raman@acme-corp.com\n' },
      { file: 'usr/share/man/man3/Notify.3pm.gz', text: '.SH AUTHOR\nPriya Raman <priya.raman@acme-corp.com>\n' },
      { file: 'lib/ssh.py', text: 'MACS = ["umac-64@openssh.com", "hmac-sha2-256-etm@openssh.com"]\n' },
      { file: 'lib/redfish.py', text: 'n = data["Members@odata.count"]\nv = data["BootSourceOverrideTarget@Redfish.AllowableValues"]\n' },
      'list: acme-devel@lists.acme-corp.com',
      '// Submitted by Priya Raman <priya.raman@acme-corp.com>',
    ],
  },
};
