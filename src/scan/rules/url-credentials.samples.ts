import type { RuleSamples } from '../types.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'url-credentials': {
    positive: ['DATABASE_URL=postgres://app:s3cr3t-Pa55@db.internal.acme.io:5432/app', 'CACHE_URL=redis://:Xq7vR2pLm9@cache.acme.internal:6379/0', 'git clone https://deploy:q8RtZ2vL9xK3@git.acme.io/acme/app.git'],
    negative: ['postgres://app:${DB_PASSWORD}@db:5432/app', 'http_proxy="http://proxyuser:proxy4pass@proxyhost:port"', 'REDIS_URL=redis://:password@localhost:6379', 'cvs://:pserver:anoncvs@sources.redhat.com:/cvs/src', 'redis://:${REDIS_PASSWORD}@cache:6379', 'https://user:<password>@host.example.com', 'mongodb://user:***@cluster0.example.net', 'see https://example.com/a:b@c', "new URL('https://abc:xyz@example.com')", 'uri://user:pass@example.com:123/one', 'http://user%40github.com:p%40ss-Word7@127.0.0.1:8080', 'https://user:p%40ss@host', "parse('postgres://someuser:somepassword@somehost:381/db')", "url: 'redis://alice:foobared@cache.acme.io:6380'", '"http://user:pass%20pass@complex.url.com/path?query=yes",'],
  },
  'smtp-credentials': {
    positive: [
      'REPORT_SMTP_URL=smtps://reports:Xq7!vR2pLm@smtp.mail.acme.io:465',
      'SMTP_PASSWORD=Xq7vR2pLm9Kd',
      '"smtp_password": "Xq7vR2pLm9Kd"',
      { file: 'app/settings.py', text: 'EMAIL_BACKEND = "smtp"\nSMTP_PASSWORD = "Xq7vR2pLm9Kd"\n' },
    ],
    negative: [
      'options:\n  smtp_password:\n    description: Password1234 of the SMTP account\n',
      'SMTP_PASSWORD=${SMTP_PASSWORD}',
      'smtp_password: CAVRA_REPORT_SMTP_PASSWORD_REF',
      'SMTP_PASSWORD=<redacted>',
      'smtps://reports@smtp.mail.acme.io:465',
      // Code: a call, an index, a variable, a template expression; and a documentation example.
      { file: 'plugins/modules/mail_relay.py', text: 'argument_spec = dict(\n    smtp_password=dict(required=False, type="str", no_log=True),\n)\n' },
      { file: 'plugins/modules/mail_relay.py', text: 'params = {\n    "smtp_password": module.params["smtp_password"],\n}\nrelay.login(smtp_auth_password=smtp_auth_password2,\n)\n' },
      { file: 'templates/relay.j2', text: '{% set smtp_password = relay_settings.smtp_password2 %}\n' },
      { file: 'plugins/modules/mail_relay.py', text: "EXAMPLES = '''\n- name: Configure the relay\n  acme.mail.relay:\n    smtp_password: \"Relay-Pass-2024\"\n'''\n" },
    ],
  },
};
