import type { Rule } from '../types.js';

export const npmToken: Rule = {
  id: 'npm-token',
  description: 'npm access token',
  severity: 'critical',
  category: 'package-token',
  keywords: ['npm_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
  entropy: 3,
};

export const gitlabToken: Rule = {
  id: 'gitlab-token',
  description: 'GitLab personal, project or group access token',
  severity: 'critical',
  category: 'package-token',
  keywords: ['glpat-'],
  pattern: /(?<secret>glpat-[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const pypiToken: Rule = {
  id: 'pypi-token',
  description: 'PyPI or TestPyPI upload token',
  severity: 'critical',
  category: 'package-token',
  // PyPI tokens are "pypi-" + a base64url macaroon whose location field reads pypi.org ("AgEIcHlwaS5vcmc") or,
  // on TestPyPI, test.pypi.org ("AgENdGVzdC5weXBpLm9yZw").
  keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
  pattern: /(?<secret>pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,})/g,
};

export const dockerHubToken: Rule = {
  id: 'dockerhub-token',
  description: 'Docker Hub personal (dckr_pat_) or organization (dckr_oat_) access token',
  severity: 'critical',
  category: 'package-token',
  // Docker Hub documents "dckr_pat_" for personal and "dckr_oat_" for organization access tokens.
  keywords: ['dckr_pat_', 'dckr_oat_'],
  pattern: /(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,})/g,
  entropy: 3,
};
