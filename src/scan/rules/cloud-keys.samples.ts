import type { RuleSamples } from '../types.js';
import { B64, fake, HEX, UPPER_ALNUM } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'aws-access-key-id': {
    positive: [`aws_access_key_id = ${fake('AK' + 'IA', 16, UPPER_ALNUM)}`, `"AccessKeyId": "${fake('AB' + 'IA', 16, UPPER_ALNUM, 3)}",`, `key id ${fake('AC' + 'CA', 16, UPPER_ALNUM, 4)} (context-specific credential)`],
    negative: ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIA is the prefix of long-term keys', `"UserId": "${fake('AI' + 'DA', 16, UPPER_ALNUM, 5)}", "Arn": "arn:aws:iam::123456789012:user/ci"`, 'ACCADEMIA NAZIONALE DI SANTA CECILIA'],
  },
  'aws-secret-access-key': {
    positive: [`aws_secret_access_key = ${fake('', 40, B64)}`, `"AWS_SECRET_ACCESS_KEY": "${fake('', 40, B64, 9)}"`],
    negative: ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}', `aws_region = ${'a'.repeat(40)}`],
  },
  'gcp-service-account-key': { positive: [`{"type": "service_account", "private_key_id": "${fake('', 40, HEX)}"}`], negative: ['{"private_key_id": "<redacted>"}'] },
  'azure-storage-key': {
    positive: [`DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${fake('', 86, B64)}==;EndpointSuffix=core.windows.net`],
    negative: ['DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${STORAGE_KEY}'],
  },
};
