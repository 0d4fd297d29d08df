import { join } from 'node:path';
import { expandGlobs } from '../engine/discover.js';
import { CATEGORIES } from '../scan/config.js';
import { scanFiles } from '../scan/run-scan.js';
import { fileSource } from '../scan/targets/directory.js';
import { emptyStats } from '../scan/targets/source.js';
import type { Category, ScanFinding } from '../scan/types.js';
import { PACKET_OPTION, requirePacket, scanLocation } from './options.js';
import type { Document } from '../document/document.js';
import { select } from '../document/select.js';
import type { Check, RunContext } from './types.js';

interface Options {
  paths?: string[];
  packet?: string;
  rules?: string[];
  categories?: Category[];
  declared?: string;
  flags?: Record<string, Category[]>;
}

/** Categories of credentials: what a `secrets_included: false` promises is absent. */
const CREDENTIALS: Category[] = ['package-token', 'cloud-key', 'saas-key', 'private-key', 'jwt', 'url-credentials', 'smtp-credentials', 'private-registry', 'generic-secret'];

/**
 * What a packet's `<flag>: false` promises is absent, as public-safety categories, when the policy
 * names no flags of its own: one flag per category (`ip_address_included`, `license_key_included`,
 * `source_code_included`...), `secrets_included` for every credential and `personal_data_included`
 * for people and addresses. Bundles bring their own vocabulary (the CAVRA bundle maps its contracts'
 * flags: `evaluator_identity_included`, `download_urls_included`...).
 */
export const DEFAULT_REDACTION_FLAGS: Record<string, Category[]> = {
  ...Object.fromEntries(CATEGORIES.filter((c) => c !== 'archive').map((c) => [`${c.replace(/-/g, '_')}_included`, [c]])),
  secrets_included: CREDENTIALS,
  personal_data_included: ['identity', 'ip-address'],
};

/**
 * Nothing that must never be public is in the named files, or in a packet's documents: the
 * public-safety scanner (with the policy's `scan` settings) runs over them, and each finding is
 * reported at its line with a masked value and a fingerprint, never the value.
 */
export const redactionCheck: Check<Options> = {
  meta: {
    id: 'redaction',
    description: 'Files or a packet hold nothing the public-safety rules forbid (tokens, keys, identities, IP addresses...).',
    subject: 'repository',
    options: {
      type: 'object',
      properties: {
        paths: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Globs of the files to scan.' },
        packet: { ...PACKET_OPTION, description: "Scan this packet's documents." },
        rules: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Only these rule ids (default: every rule of the scan settings).' },
        categories: { type: 'array', items: { enum: CATEGORIES }, description: 'Only rules of these categories.' },
        declared: { type: 'string', pattern: '^/.*', description: "With packet: pointer to the packet's redaction declarations (flags set to false)." },
        flags: {
          type: 'object',
          additionalProperties: { type: 'array', items: { enum: CATEGORIES }, minItems: 1 },
          description: 'Declaration flag -> the categories it promises are absent (default: one <category>_included flag per category, secrets_included and personal_data_included).',
        },
      },
    },
    messages: {
      finding: '{{rule}}: {{description}} ({{masked}}, {{fingerprint}}, evidence: {{evidence}})',
      contradiction: 'the packet declares {{flag}}: false but holds {{what}} ({{rule}}: {{masked}}, {{fingerprint}})',
      'no-files': 'nothing to scan: no file matches {{paths}}',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    if ((options.paths === undefined) === (options.packet === undefined)) ctx.problem('', 'set exactly one of "paths" (files to scan) or "packet" (a packet to scan)');
    if (options.declared !== undefined && options.packet === undefined) ctx.problem('/declared', '"declared" reads a packet\'s own redaction flags: set "packet"');
  },

  describe(options) {
    const what = options.packet ? `packet "${options.packet}"` : (options.paths ?? []).join(', ');
    const which = options.rules ? ` (rules: ${options.rules.join(', ')})` : options.categories ? ` (categories: ${options.categories.join(', ')})` : '';
    return `${what} holds nothing the public-safety rules forbid${which}`;
  },

  async run(ctx) {
    const o = ctx.options;
    if (o.packet && o.declared) {
      for (const instance of ctx.packets.get(o.packet)?.instances ?? []) if (instance.document) checkDeclarations(ctx, instance.document);
      return;
    }
    const findings = o.packet ? scanPacket(ctx, o.packet) : await scanPaths(ctx, o.paths ?? []);
    if (findings === undefined) return;
    for (const f of findings) if (wanted(o, f)) report(ctx, f);
  },
};

function wanted(o: Options, f: ScanFinding): boolean {
  return (!o.rules || o.rules.includes(f.ruleId)) && (!o.categories || o.categories.includes(f.category));
}

function report(ctx: RunContext<Options>, f: ScanFinding): void {
  ctx.report({
    messageId: 'finding',
    data: { rule: f.ruleId, description: f.description, masked: f.masked, fingerprint: f.fingerprint, evidence: f.evidence ?? 'shape' },
    at: scanLocation(f),
  });
}

const CATEGORY_WORDS: Record<Category, string> = {
  'package-token': 'a package token',
  'cloud-key': 'a cloud key',
  'saas-key': 'a service API key',
  'private-key': 'a private key',
  jwt: 'a JSON Web Token',
  'url-credentials': 'credentials in a URL',
  'smtp-credentials': 'SMTP credentials',
  'private-registry': 'a private registry credential',
  'signed-url': 'a signed download URL',
  'license-key': 'a license key',
  identity: 'an identity (an e-mail address)',
  'ip-address': 'an IP address',
  payload: 'a raw provider response or request payload',
  'source-code': 'Enterprise source code',
  'generic-secret': 'a secret',
  archive: 'an unsafe archive',
};

/**
 * A packet that declares `<flag>: false` must not hold what the flag is about: each finding of a
 * category some false flag covers is reported as that contradiction, at its line; the rest as
 * plain findings.
 */
function checkDeclarations(ctx: RunContext<Options>, doc: Document): void {
  const o = ctx.options;
  const flags = o.flags ?? DEFAULT_REDACTION_FLAGS;
  const declared = select(doc.value, o.declared!)[0]?.value;
  const promised = new Map<Category, string>();
  if (declared && typeof declared === 'object') {
    for (const [flag, value] of Object.entries(declared as Record<string, unknown>)) {
      if (value !== false) continue;
      for (const category of flags[flag] ?? []) if (!promised.has(category)) promised.set(category, `${o.declared}/${flag}`.replace(/^\//, '').replace(/\//g, '.'));
    }
  }
  for (const f of ctx.scanner().scanText(doc.file, doc.text)) {
    if (!wanted(o, f)) continue;
    const flag = promised.get(f.category);
    if (!flag) {
      report(ctx, f);
      continue;
    }
    ctx.report({
      messageId: 'contradiction',
      data: { flag, what: CATEGORY_WORDS[f.category], rule: f.ruleId, masked: f.masked, fingerprint: f.fingerprint, evidence: f.evidence ?? 'shape' },
      at: scanLocation(f),
    });
  }
}

async function scanPaths(ctx: RunContext<Options>, paths: string[]): Promise<ScanFinding[] | undefined> {
  const wanted = new Set(expandGlobs(ctx.cwd, paths));
  if (wanted.size === 0) {
    ctx.report({ messageId: 'no-files', state: 'unknown', data: { paths: paths.join(', ') }, at: { option: '/paths' } });
    return undefined;
  }
  const files = [...wanted].map((path) => fileSource(join(ctx.cwd, path), path));
  return scanFiles(files, ctx.scanner(), ctx.scanSettings.limits, emptyStats());
}

function scanPacket(ctx: RunContext<Options>, id: string): ScanFinding[] {
  const scanner = ctx.scanner();
  return (ctx.packets.get(id)?.instances ?? []).flatMap((i) => (i.document ? scanner.scanText(i.document.file, i.document.text) : []));
}
