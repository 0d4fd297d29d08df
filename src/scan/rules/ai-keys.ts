import type { Rule } from '../types.js';

// Keys of AI model providers. Their prefixes are published in each provider's API documentation;
// OpenAI keys carry "T3BlbkFJ" (base64 of "OpenAI") between two random halves.

export const openaiKey: Rule = {
  id: 'openai-api-key',
  description: 'OpenAI API key (legacy, project, service account or admin key)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 't3blbkfj'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,400}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}))(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const anthropicKey: Rule = {
  id: 'anthropic-api-key',
  description: 'Anthropic API, admin or OAuth key (sk-ant-api03-..., sk-ant-admin01-...)',
  severity: 'critical',
  category: 'saas-key',
  keywords: ['sk-ant-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-[a-z]{3,5}\d{2}-[A-Za-z0-9_-]{80,200})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const huggingfaceToken: Rule = {
  id: 'huggingface-token',
  description: 'Hugging Face user access token or organization API token',
  severity: 'high',
  category: 'saas-key',
  keywords: ['hf_', 'api_org_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>(?:hf_|api_org_)[A-Za-z]{34})(?![A-Za-z0-9_])/g,
  entropy: 4,
};

export const groqKey: Rule = {
  id: 'groq-api-key',
  description: 'Groq API key',
  severity: 'high',
  category: 'saas-key',
  keywords: ['gsk_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])/g,
  entropy: 4,
};

export const perplexityKey: Rule = {
  id: 'perplexity-api-key',
  description: 'Perplexity API key',
  severity: 'high',
  category: 'saas-key',
  keywords: ['pplx-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const xaiKey: Rule = {
  id: 'xai-api-key',
  description: 'xAI (Grok) API key',
  severity: 'high',
  category: 'saas-key',
  keywords: ['xai-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])/g,
  entropy: 4,
};

export const replicateToken: Rule = {
  id: 'replicate-api-token',
  description: 'Replicate API token',
  severity: 'high',
  category: 'saas-key',
  keywords: ['r8_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])/g,
  entropy: 4,
};

export const langsmithKey: Rule = {
  id: 'langsmith-api-key',
  description: 'LangSmith personal access token or service key',
  severity: 'high',
  category: 'saas-key',
  keywords: ['lsv2_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])/g,
  entropy: 3,
};

export const openrouterKey: Rule = {
  id: 'openrouter-api-key',
  description: 'OpenRouter API key (sk-or-v1- + 64 hex)',
  severity: 'high',
  category: 'saas-key',
  // OpenRouter keys are "sk-or-v1-" followed by 64 hex characters.
  keywords: ['sk-or-v1-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])/g,
  entropy: 3,
};

export const elevenlabsKey: Rule = {
  id: 'elevenlabs-api-key',
  description: 'ElevenLabs API key (sk_ + 48 hex)',
  severity: 'high',
  category: 'saas-key',
  // ElevenLabs API keys (xi-api-key) are "sk_" followed by 48 hex characters.
  keywords: ['sk_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sk_[a-f0-9]{48})(?![A-Za-z0-9_])/g,
  entropy: 3,
};

export const AI_KEY_RULES: readonly Rule[] = [openaiKey, anthropicKey, huggingfaceToken, groqKey, perplexityKey, xaiKey, replicateToken, langsmithKey, openrouterKey, elevenlabsKey];
