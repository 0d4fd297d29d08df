import type { Rule } from '../types.js';
import { isPlaceholder } from '../placeholders.js';

export const npmrcAuth: Rule = {
  id: 'npmrc-auth',
  description: 'Registry credential in an .npmrc: _authToken, _auth or _password with a literal value',
  severity: 'critical',
  category: 'private-registry',
  keywords: ['_authtoken', '_auth', '_password'],
  pattern: /(?:^|[\s:])_(?:authToken|auth|password)\s*=\s*(?<secret>[^\s#;]{8,})/gm,
  // In code the same names hold expressions (Python's `_password = self.password.decode(...)`): a
  // call, an index or an attribute of self/this/os/process is not a literal credential.
  validate: (value) => !isPlaceholder(value) && !/^\$\{?/.test(value) && !/[([]/.test(value) && !/^(?:self|this|cls|os|process|env|config|settings)\./.test(value),
};

export const registryUrlToken: Rule = {
  id: 'private-registry-url',
  description: 'Private package registry URL that carries a token or credential in its query',
  severity: 'critical',
  category: 'private-registry',
  keywords: ['token=', 'auth=', 'access_token='],
  pattern: /https?:\/\/[^\s"'<>]*(?:registry|packages?|pkg|npm|pypi|maven|nuget|artifactory|nexus|ghcr|docker)[^\s"'<>]*?[?&](?:token|access_token|auth|api_key|apikey)=(?<secret>[^\s&"'<>#]{8,})/gi,
  validate: (value) => !isPlaceholder(value) && !/^\$\{?/.test(value),
};
