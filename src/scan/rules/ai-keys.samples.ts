import type { RuleSamples } from '../types.js';
import { fake, HEX, LETTERS, URLSAFE } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'openai-api-key': {
    positive: [
      `OPENAI_API_KEY=${fake('sk-' + 'proj-', 156, URLSAFE)}`,
      `api_key="${fake('sk-', 20)}T3Blbk${'FJ'}${fake('', 20, undefined, 77)}"`,
      `key: ${fake('sk-' + 'admin-', 60, URLSAFE, 3)}`,
    ],
    negative: ['OPENAI_API_KEY=sk-proj-...', 'api_key="sk-proj-your-key-goes-here-replace-me-please"', 'sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'anthropic-api-key': {
    positive: [`ANTHROPIC_API_KEY=${fake('sk-' + 'ant-api03-', 93, URLSAFE)}AA`, `"x-api-key": "${fake('sk-' + 'ant-admin01-', 93, URLSAFE, 8)}AA"`],
    negative: ['ANTHROPIC_API_KEY=sk-ant-api03-...', 'export ANTHROPIC_API_KEY="sk-ant-your-key"'],
  },
  'huggingface-token': {
    positive: [`HF_TOKEN=${fake('h' + 'f_', 34, LETTERS)}`, `token = "${fake('api' + '_org_', 34, LETTERS, 4)}"`],
    negative: ['HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'from huggingface_hub import login; login(token="hf_...")'],
  },
  'groq-api-key': { positive: [`GROQ_API_KEY=${fake('gs' + 'k_', 52)}`], negative: ['GROQ_API_KEY=gsk_...', 'the gsk_ prefix marks a Groq key'] },
  'perplexity-api-key': { positive: [`PERPLEXITY_API_KEY=${fake('pp' + 'lx-', 48)}`], negative: ['PERPLEXITY_API_KEY=pplx-xxxxxxxx', 'https://docs.perplexity.ai/pplx-api'] },
  'xai-api-key': { positive: [`XAI_API_KEY=${fake('xa' + 'i-', 80)}`], negative: ['XAI_API_KEY=xai-...', 'import { xai } from "@ai-sdk/xai-provider"'] },
  'replicate-api-token': { positive: [`REPLICATE_API_TOKEN=${fake('r' + '8_', 37)}`], negative: ['REPLICATE_API_TOKEN=r8_******', 'register r8_ in the allocator'] },
  'openrouter-api-key': { positive: [`OPENROUTER_API_KEY=${fake('sk-' + 'or-v1-', 64, HEX)}`], negative: ['OPENROUTER_API_KEY=sk-or-v1-...', 'keys begin sk-or-v1-'] },
  'elevenlabs-api-key': { positive: [`ELEVENLABS_API_KEY=${fake('s' + 'k_', 48, HEX)}`, `headers = {"xi-api-key": "${fake('s' + 'k_', 48, HEX, 3)}"}`], negative: ['ELEVENLABS_API_KEY=sk_...', `stripe ${fake('sk' + '_live_', 24)} is Stripe's, not ours`.replace(/sk_live_\w+/, 'sk_live_...')] },
  'langsmith-api-key': { positive: [`LANGSMITH_API_KEY=${fake('lsv' + '2_pt_', 32, HEX)}_${fake('', 10, HEX, 2)}`], negative: ['LANGSMITH_API_KEY=lsv2_pt_...', 'lsv2_sk_ keys belong to a service'] },
};
