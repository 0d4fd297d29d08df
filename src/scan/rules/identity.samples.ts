import type { RuleSamples } from '../types.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'email-address': {
    positive: ['Contact: priya.raman@acme-corp.com', 'evaluator: "r.kumar@contoso.co.uk"', 'operator <ops.lead@tenant-42.io>'],
    negative: ['/** @example "chris@ozmm.org" */', "email: 'a@b.com'", 'Copyright (c) 2011 TJ Holowaychuk <tj@vision-media.ca>', ' * @author rsc@google.com (Russ Cox)', '"author": "Jordan Harbor <jordan.h@gmail.com>"', 'contact opencode@microsoft.com', '12345+octo@users.noreply.github.com', 'evaluator@example.com', 'ops@example.org', 'noreply@acme-corp.com', 'security@acme-corp.com', 'npm i @types/node', 'logo@2x.png', 'user@localhost', 'dependabot[bot]@users.noreply.github.com', ' * Copyright 2012 (c) Mihai Bazon\n *\n *   <mihai.bazon@gmail.com>', '[Email us](mailto:developers@slack.com)', 'emailAddress="xyz@amazon.com"', '<EmailAddress>Grantees@email.com</EmailAddress>', 'openapi: 3.0.0\ninfo:\n  contact:\n    name: API team\n    email: a-team@acme-corp.com', 'email: "testuser@test.com"'],
  },
};
