import { digestCheck } from './digest.js';
import { existsCheck } from './exists.js';
import { fieldsCheck } from './fields.js';
import { idsCheck } from './ids.js';
import { textCheck } from './text.js';
import { exprCheck } from './expr.js';
import { freshCheck } from './fresh.js';
import { redactionCheck } from './redaction.js';
import { pairsCheck } from './pairs.js';
import { payloadCheck } from './payload.js';
import { refsCheck } from './refs.js';
import { schemaCheck } from './schema.js';
import { statusCheck } from './status.js';
import { wikiCheck } from './wiki.js';
import type { Check } from './types.js';

/** Every check kind a policy may use, by name. */
export const CHECKS: ReadonlyMap<string, Check> = new Map(
  ([schemaCheck, exprCheck, freshCheck, existsCheck, refsCheck, digestCheck, statusCheck, redactionCheck, wikiCheck, pairsCheck, payloadCheck, fieldsCheck, idsCheck, textCheck] as Check<never>[]).map(
    (c) => [c.meta.id, c as unknown as Check],
  ),
);
