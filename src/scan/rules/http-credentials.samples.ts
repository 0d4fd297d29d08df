import type { RuleSamples } from '../types.js';
import { fake, HEX, LOWER_ALNUM, URLSAFE } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'authorization-header': {
    positive: [
      `curl -H "Authorization: Bearer ${fake('', 40, URLSAFE)}" https://api.acme.io/v1/jobs`,
      `Authorization: Basic ${Buffer.from('deploy:' + fake('', 16, undefined, 3)).toString('base64')}`,
      `headers = {"Authorization": "Bearer ${fake('', 32, undefined, 5)}"}`,
      `curl -H "Authorization: Token ${fake('', 40, HEX, 6)}" https://api.acme.io`,
      `curl --header 'Authorization: ${fake('', 8, HEX, 7)}-${fake('', 4, HEX, 8)}-${fake('', 12, HEX, 9)}'`,
      `curl -X POST -H "X-Api-Key: ${fake('', 24, undefined, 10)}" https://api.acme.io`,
    ],
    negative: [
      'headers:\n  authorization:\n    description: Bearer tokens are sent by the client\n',
      '    Authorization: Bearer mF_9.B5f-4.1JqM',
      '    Authorization: Bearer h480djs93hd8',
      'Authorization: Bearer ${TOKEN}',
      "headers: { Authorization: 'Bearer ' + token }",
      'Authorization: Bearer <token>',
      'Authorization: Basic dXNlcjpwYXNzd29yZA==',
      '-H "Authorization: Bearer $GITHUB_TOKEN"',
      'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
      'authorization: authorizationHeaderValue,',
      '-H "X-Api-Key: $API_KEY"',
      'authorization: `token secret123`,',
      // Code: a template expression, a member access.
      { file: 'templates/aaa.j2', text: '{% set aaa_authorization = os6_aaa.aaa_authorization %}\n' },
      { file: 'app/client.py', text: 'authorization = session.auth_header_v2\n' },
    ],
  },
  'curl-user-password': {
    positive: [
      `curl -u deploy:${fake('', 14, undefined, 7)} https://nexus.acme.io/repository/releases/app.jar`,
      `curl --fail --user "ci-bot:${fake('', 20, undefined, 9)}" -X POST https://jenkins.acme.io/job/x/build`,
      `curl https://api.acme.io/oauth/token \\\n  --user ${fake('', 15, LOWER_ALNUM, 11)}:${fake('', 15, LOWER_ALNUM, 12)} --data grant_type=client_credentials`,
      `curl --user kevin:'${fake('', 16, undefined, 13)}' -X PATCH https://api.acme.io`,
      `curl -u "${fake('', 24, undefined, 14)}:" https://api.acme.io`,
    ],
    negative: [
      'A user and password in a curl config file (see curl -u name:password, proxy-user)','curl -u "$USER:$PASSWORD" https://nexus.acme.io', 'curl -u admin:password http://localhost:8080', 'curl -u user:<password> https://host', 'curl --user "${{ secrets.U }}:${{ secrets.P }}" https://x', 'curl -u "$API_KEY:" https://api.stripe.com', 'curl on the command line (-u / --user user:password)', 'curl -u "${USER}:${PASS}" https://x', 'curl -u "admin:" https://x'],
  },
};
