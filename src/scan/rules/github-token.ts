import type { Rule } from '../types.js';

export const githubToken: Rule = {
  id: 'github-token',
  description: 'GitHub token (personal access, OAuth, user-to-server, server-to-server, refresh, fine-grained)',
  severity: 'critical',
  category: 'package-token',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/g,
  entropy: 3,
};
