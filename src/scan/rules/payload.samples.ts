import type { RuleSamples } from '../types.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'provider-payload': {
    positive: ['"provider_response": {"id": "msg_01", "status": 250}', 'request_payload: "{\\"to\\": \\"board\\"}"', '"raw_response": ["250 OK"]'],
    negative: ['"x_provider_response": {"id": 1}', '"provider_response_included": false', '"provider_response": "redacted"', 'provider_response: null', '"request_payload": "cavra://evidence/redacted/req-7"'],
  },
};
