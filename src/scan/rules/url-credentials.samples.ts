import type { RuleSamples } from '../types.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'url-credentials': {
    positive: ['DATABASE_URL=postgres://app:s3cr3t-Pa55@db.internal.acme.io:5432/app', 'CACHE_URL=redis://:Xq7vR2pLm9@cache.acme.internal:6379/0', 'git clone https://deploy:q8RtZ2vL9xK3@git.acme.io/acme/app.git'],
    negative: ['postgres://app:${DB_PASSWORD}@db:5432/app', 'REDIS_URL=redis://:password@localhost:6379', 'cvs://:pserver:anoncvs@sources.redhat.com:/cvs/src', 'redis://:${REDIS_PASSWORD}@cache:6379', 'https://user:<password>@host.example.com', 'mongodb://user:***@cluster0.example.net', 'see https://example.com/a:b@c', "new URL('https://abc:xyz@example.com')", 'uri://user:pass@example.com:123/one', 'http://user%40github.com:p%40ss-Word7@127.0.0.1:8080', 'https://user:p%40ss@host', "parse('postgres://someuser:somepassword@somehost:381/db')", "url: 'redis://alice:foobared@cache.acme.io:6380'", '"http://user:pass%20pass@complex.url.com/path?query=yes",'],
  },
  'smtp-credentials': {
    positive: ['REPORT_SMTP_URL=smtps://reports:Xq7!vR2pLm@smtp.mail.acme.io:465', 'SMTP_PASSWORD=Xq7vR2pLm9Kd', '"smtp_password": "Xq7vR2pLm9Kd"'],
    negative: ['options:\n  smtp_password:\n    description: Password1234 of the SMTP account\n', 'SMTP_PASSWORD=${SMTP_PASSWORD}', 'smtp_password: CAVRA_REPORT_SMTP_PASSWORD_REF', 'SMTP_PASSWORD=<redacted>', 'smtps://reports@smtp.mail.acme.io:465'],
  },
};
