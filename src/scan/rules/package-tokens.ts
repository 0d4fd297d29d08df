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
  description: 'PyPI upload token',
  severity: 'critical',
  category: 'package-token',
  keywords: ['pypi-ageichlwas5vcmc'],
  pattern: /(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g,
};

export const dockerHubToken: Rule = {
  id: 'dockerhub-token',
  description: 'Docker Hub personal access token',
  severity: 'critical',
  category: 'package-token',
  keywords: ['dckr_pat_'],
  pattern: /(?<secret>dckr_pat_[A-Za-z0-9_-]{27,})/g,
  entropy: 3,
};
