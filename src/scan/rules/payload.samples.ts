import type { RuleSamples } from '../types.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'provider-payload': {
    positive: [
      '"provider_response": {"id": "msg_01", "status": 250}',
      'request_payload: "{\\"to\\": \\"board\\"}"',
      '"raw_response": ["250 OK"]',
      // A nested YAML block: a mapping or a list under the key.
      { file: 'evidence/delivery.yml', text: 'delivery:\n  provider_response:\n    id: msg_01\n    status: 250\n' },
      { file: 'evidence/delivery.yml', text: 'provider_responses:   # as received\n  - status: 250\n    message: queued\n' },
    ],
    negative: [
      '"x_provider_response": {"id": 1}',
      '"provider_response_included": false',
      '"provider_response": "redacted"',
      'provider_response: null',
      '"request_payload": "cavra://evidence/redacted/req-7"',
      // The next line is not the key's value: Python's `if request_body:` and its body.
      { file: 'plugins/modules/volume.py', text: '        if request_body:\n            if self.thin_provision:\n                pass\n' },
      // Empty; an option's documentation; code.
      { file: 'playbook.yml', text: '- acme.redfish.command:\n    request_body: {}\n' },
      { file: 'meta/argument_specs.yml', text: 'options:\n  request_body:\n    description: The request body to patch or post.\n    type: dict\n' },
      { file: 'lib/env.rb', text: '      !!status ? :response_body : :request_body\n' },
      { file: 'app/client.py', text: 'data = {\n    "request_body": json.dumps(body),\n    "provider_response": response,\n}\n' },
      // An Ansible module's EXAMPLES.
      { file: 'plugins/modules/redfish.py', text: "EXAMPLES = r'''\n- acme.redfish.command:\n    request_body:\n      AssetTag: new_asset_tag\n'''\n" },
    ],
  },
};
