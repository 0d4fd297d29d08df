/**
 * Well-known published values that look like credentials but are not secrets: vendors print them
 * in their own documentation, emulators ship them, SDK READMEs use them as placeholders. Each entry
 * names where it is published. A value listed here is never a finding, whatever rule matched.
 */
export interface KnownValue {
  value: string | RegExp;
  what: string;
  source: string;
}

export const KNOWN_NON_SECRETS: readonly KnownValue[] = [
  { value: 'AKIAIOSFODNN7EXAMPLE', what: 'AWS example access key id', source: 'AWS documentation, "Understanding and getting your AWS credentials"' },
  { value: 'ASIAIOSFODNN7EXAMPLE', what: 'AWS example temporary access key id', source: 'AWS STS documentation' },
  { value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', what: 'AWS example secret access key', source: 'AWS documentation' },
  { value: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', what: 'AWS example secret access key (STS)', source: 'AWS STS documentation' },
  {
    value: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    what: 'Azurite / Azure Storage Emulator account key (devstoreaccount1)',
    source: 'Microsoft Learn, "Use the Azurite emulator for local Azure Storage development"',
  },
  {
    value: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    what: 'the jwt.io sample token (John Doe, secret "your-256-bit-secret")',
    source: 'jwt.io debugger and introduction',
  },
  // SDK READMEs name the token kind in the placeholder itself (ghp_PersonalAccessToken0124...).
  { value: /^gh[pousr]_(?:PersonalAccessToken|InstallallationOrActionToken|InstallationOrActionToken|InstallationUserToServer|OAuthToken|RefreshToken)[0-9]*$/, what: 'GitHub token placeholders', source: '@octokit/auth-token README' },
];

const exact = new Set(KNOWN_NON_SECRETS.flatMap((k) => (typeof k.value === 'string' ? [k.value] : [])));
const patterns = KNOWN_NON_SECRETS.flatMap((k) => (typeof k.value === 'string' ? [] : [k.value]));

export function isKnownNonSecret(value: string): boolean {
  return exact.has(value) || patterns.some((re) => re.test(value));
}
