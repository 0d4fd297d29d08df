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
  // The OAuth RFCs' own examples, copied into every OAuth library's docstrings and tests.
  { value: /^(?:2YotnFZFEjr1zCsicMWpAA|tGzv3JOkF0XG5Qx2TlKWIA|SplxlOBeZQQYbYS6WxSbIA|7Fjfp0ZBr1KtDRbnfVdmIw)$/, what: 'OAuth 2.0 example access token, refresh token, authorization code and client secret', source: 'RFC 6749, sections 2.3.1, 4.1 and 5.1' },
  { value: /^(?:mF_9\.B5f-4\.1JqM|h480djs93hd8)$/, what: 'OAuth bearer and MAC example tokens', source: 'RFC 6750 section 2.1; RFC 6749 section 7.1' },
  { value: /^(?:ad180jjd733klru7|0685bd9184jfhq22|dpf43f3p2l4k3l03|kd94hf93k423kf44|nnch734d00sl2jdk|pfkkdhi9sl3r4s00)$/, what: 'OAuth 1.0 example client and token credentials', source: 'RFC 5849, sections 1.2 and 3.5.1' },
  // Well-known public service addresses identify no person or host of the project.
  { value: /^(?:8\.8\.8\.8|8\.8\.4\.4|1\.1\.1\.1|1\.0\.0\.1|9\.9\.9\.9|149\.112\.112\.112|208\.67\.222\.222|208\.67\.220\.220|4\.4\.4\.4)$/, what: 'public DNS resolvers (Google, Cloudflare, Quad9, OpenDNS, Level 3)', source: 'the providers\' public resolver documentation' },
  { value: '169.254.169.254', what: 'the cloud instance metadata address', source: 'AWS, Azure and GCP instance metadata documentation' },
  { value: /^(?:2001:4860:4860::88(?:88|44)|2606:4700:4700::1(?:111|001))$/i, what: 'public DNS resolvers over IPv6 (Google, Cloudflare)', source: 'the providers\' public resolver documentation' },
  { value: 'fd00:ec2::254', what: 'the AWS instance metadata service (IMDS) over IPv6, the same in every account', source: 'AWS EC2 documentation, "Instance metadata service"' },
  { value: 'fd00:ec2::23', what: 'the AWS EKS Pod Identity agent over IPv6, the same in every cluster', source: 'AWS EKS documentation, "EKS Pod Identity"' },
  { value: '2606:2800:220:1:248:1893:25c8:1946', what: 'the IPv6 address of example.com used in Node.js and URL library documentation', source: 'Node.js dns documentation' },
  { value: /^(?:07401b\.f395accd246ae52d|abcdef\.0123456789abcdef)$/, what: 'Kubernetes bootstrap token examples', source: 'kubeadm documentation, "kubeadm token" and "Authenticating with Bootstrap Tokens"' },
  { value: 'foobared', what: 'the example password of the Redis configuration file (requirepass foobared)', source: 'redis.conf shipped with Redis, and the Redis security documentation' },
  { value: 'octocat@github.com', what: "GitHub's documentation mascot", source: 'GitHub REST API documentation examples' },
  // SDK READMEs name the token kind in the placeholder itself (ghp_PersonalAccessToken0124...).
  { value: /^gh[pousr]_(?:PersonalAccessToken|InstallallationOrActionToken|InstallationOrActionToken|InstallationUserToServer|OAuthToken|RefreshToken)[0-9]*$/, what: 'GitHub token placeholders', source: '@octokit/auth-token README' },
];

const exact = new Set(KNOWN_NON_SECRETS.flatMap((k) => (typeof k.value === 'string' ? [k.value] : [])));
const patterns = KNOWN_NON_SECRETS.flatMap((k) => (typeof k.value === 'string' ? [] : [k.value]));

export function isKnownNonSecret(value: string): boolean {
  return exact.has(value) || patterns.some((re) => re.test(value));
}
