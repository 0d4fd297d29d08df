import type { RuleSamples } from '../types.js';
import { fake, HEX } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'signed-url': {
    positive: [
      `https://acme-reports.s3.amazonaws.com/board.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=${fake('', 64, HEX)}`,
      `https://storage.googleapis.com/acme/r.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${fake('', 256, HEX)}`,
      `https://acme.blob.core.windows.net/r/x.pdf?sv=2023-11-03&se=2026-12-01T00%3A00%3A00Z&sr=b&sp=r&sig=${fake('', 44)}%3D`,
    ],
    negative: ['https://example.com/?sig=short', `https://example.com/container/file.txt?sig=${fake('', 44, undefined, 3)}&se=2023-12-31`, 'signature in the ?X-Amz-Signature= parameter', 'https://forum.example.org/post?sig=abcdefghijklmnopqrstuvwxyz0123456789'],
  },
};
