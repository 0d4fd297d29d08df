import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { Document } from '../document/document.js';
import { DEFAULT_LIMITS, loadDocument } from '../document/load.js';
import { toPosix } from '../engine/discover.js';
import { policyAjv } from '../util/ajv.js';
import { explainAjvError, pruneAjvErrors } from '../util/ajv-errors.js';
import { didYouMean } from '../util/suggest.js';
import { isInside } from '../util/safe-read.js';
import { findBundle, isBundleName, listBundles } from './bundles.js';
import type { ProblemList } from './errors.js';
import { policySchema } from './policy-schema.js';
import { CHECK_NAMES as GENERATED_CHECK_NAMES, validate as generatedValidate } from './policy-validator.generated.js';
import { isValidatedPolicy, markValidatedPolicy, policyDigest } from './validated.js';
import type { RawScanSettings } from '../scan/config.js';

/** One policy file as written, validated on its own, before layers are merged. */
export interface Layer {
  doc: Document;
  /** How reports name it: a repository-relative path, or "bundle:<name>/<file>". */
  display: string;
  value: RawPolicy;
  /** The file's absolute path: what `scan.import` is relative to. */
  path: string;
}

export interface RawPolicy {
  version?: number;
  extends?: string[];
  settings?: Record<string, unknown>;
  scan?: RawScanSettings;
  packets?: Record<string, unknown>[];
  payloads?: Record<string, unknown>[];
  gates?: Record<string, unknown>[];
}

export interface LayerOptions {
  cwd: string;
  /** Folders extended files must stay inside (see extendRoots). */
  roots: readonly string[];
  bundleDirs: readonly string[];
  checkNames: readonly string[];
}

let validatorCache: { names: string; validate: ValidateFunction } | undefined;

/**
 * The policy schema's validator: the generated one (compiled ahead, src/policy/validator-code.ts)
 * for the built-in checks, which is every run's case; compiled here for any other list.
 */
function policyValidator(checkNames: readonly string[]): ValidateFunction {
  const names = checkNames.join(',');
  if (names === GENERATED_CHECK_NAMES) return generatedValidate as unknown as ValidateFunction;
  if (validatorCache?.names !== names) {
    validatorCache = { names, validate: policyAjv().compile(policySchema(checkNames)) };
  }
  return validatorCache.validate;
}

/**
 * Loads a policy file and, depth first, everything it extends. Returns the layers in merge order:
 * each extended layer before the file that extends it, every file once.
 */
export function loadLayers(absPath: string, options: LayerOptions, problems: ProblemList): { layers: Layer[]; complete: boolean } {
  const layers: Layer[] = [];
  let complete = true;
  const done = new Set<string>();
  const visit = (path: string, display: string, chain: string[]) => {
    if (chain.includes(path)) {
      complete = false;
      problems.add({ file: display, message: `"extends" loops back to this file: ${[...chain, path].map((p) => displayOf(p, options)).join(' -> ')}` });
      return;
    }
    if (done.has(path)) return;
    done.add(path);
    const layer = readLayer(path, display, options, problems);
    if (!layer) {
      complete = false;
      return;
    }
    (layer.value.extends ?? []).forEach((entry, i) => {
      const target = resolveExtends(entry, path, options);
      if ('error' in target) {
        complete = false;
        problems.at(layer.doc, `/extends/${i}`, target.error);
      } else visit(target.path, target.display, [...chain, path]);
    });
    layers.push(layer);
  };
  visit(absPath, displayOf(absPath, options), []);
  return { layers, complete };
}

function displayOf(path: string, options: LayerOptions): string {
  for (const dir of options.bundleDirs) {
    const rel = relative(dir, path);
    if (!rel.startsWith('..') && !isAbsolute(rel)) return `bundle:${toPosix(rel).replace(/\/policy\.yml$/, '')}`;
  }
  return toPosix(relative(options.cwd, path)) || path;
}

function resolveExtends(entry: string, from: string, options: LayerOptions): { path: string; display: string } | { error: string } {
  if (isBundleName(entry)) {
    const path = findBundle(entry, options.bundleDirs);
    if (path) return { path, display: `bundle:${entry}` };
    const known = listBundles(options.bundleDirs);
    return {
      error: `unknown built-in bundle "${entry}"${didYouMean(entry, known)}; available: ${known.join(', ') || '(none)'}. A local file needs a path such as ./${entry}.yml`,
    };
  }
  const path = resolve(dirname(from), entry);
  // A built-in bundle's files extend each other inside the bundle folder.
  const roots = [...options.roots, ...options.bundleDirs.filter((dir) => isInside(dir, from))];
  // A policy a pull request writes is evaluated too (for a notice): it must not learn, through
  // "not found" or a parse error, what files the runner holds. Outside means outside, whether the
  // file exists or not, and links are followed before deciding.
  if (!insideAny(path, roots)) return { error: `extended policy file ${entry} is outside the repository: a policy may extend only files inside it (or a built-in bundle)` };
  if (!existsSync(path)) return { error: `extended policy file not found: ${entry} (resolved to ${toPosix(relative(options.cwd, path))})` };
  if (!insideAny(realOrSelf(path), roots.map(realOrSelf))) return { error: `extended policy file ${entry} is outside the repository once its links are followed: a policy may extend only files inside it` };
  return { path, display: displayOf(path, options) };
}

function insideAny(path: string, roots: readonly string[]): boolean {
  return roots.some((root) => isInside(root, path));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Where extended files may be: the repository holding the working directory (the nearest folder
 * up from it with a .git), else the working directory, and the folder of the policy named on the
 * command line (the user chose that one).
 */
export function extendRoots(cwd: string, policyPath: string): string[] {
  let repo = resolve(cwd);
  for (let dir = repo; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) {
      repo = dir;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return [repo, dirname(resolve(policyPath))];
}

function readLayer(path: string, display: string, options: LayerOptions, problems: ProblemList): Layer | undefined {
  const loaded = loadDocument(path, display, DEFAULT_LIMITS, path.endsWith('.json') ? 'json' : 'yaml');
  if (!loaded.ok) {
    const f = loaded.failure;
    const hint = f.messageId === 'not-found' ? ' (create one with "readiness-gate init", or pass --policy)' : '';
    problems.add({ file: display, ...(f.line !== undefined ? { line: f.line, column: f.column } : {}), message: `cannot load policy: ${f.message}${hint}` });
    return undefined;
  }
  const doc = loaded.document;
  for (const issue of loaded.issues) problems.at(doc, issue.pointer, issue.message, 'key');
  const value = doc.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.add({ file: display, line: 1, column: 1, message: 'a policy must be a YAML mapping with keys such as packets, gates and settings' });
    return undefined;
  }
  const digest = policyDigest(value, options.checkNames);
  if (!isValidatedPolicy(digest)) {
    const validate = policyValidator(options.checkNames);
    if (!validate(value)) {
      for (const err of pruneAjvErrors(validate.errors ?? [])) {
        const explained = explainAjvError(err, err.data);
        problems.at(doc, explained.pointer, `${where(explained.pointer)}${explained.message}`, explained.which);
      }
      return undefined;
    }
    markValidatedPolicy(digest);
  }
  const raw = value as RawPolicy;
  reportDuplicateIds(doc, raw.packets, 'packets', 'packet', problems);
  reportDuplicateIds(doc, raw.gates, 'gates', 'gate', problems);
  return { doc, display, value: raw, path };
}

function where(pointer: string): string {
  return pointer ? `${pointer}: ` : '';
}

function reportDuplicateIds(doc: Document, items: Record<string, unknown>[] | undefined, section: string, what: string, problems: ProblemList) {
  const first = new Map<string, number>();
  (items ?? []).forEach((item, i) => {
    const id = String(item.id);
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else {
      const line = doc.locate(`/${section}/${seen}/id`).line;
      problems.at(doc, `/${section}/${i}/id`, `${what} "${id}" is declared twice in this file (first at line ${line}); ids must be unique`);
    }
  });
}

export function layerPath(cwd: string, policy: string | undefined): string {
  if (policy) return resolve(cwd, policy);
  for (const name of ['.readiness-gate.yml', '.readiness-gate.yaml']) {
    const candidate = join(cwd, name);
    if (existsSync(candidate)) return candidate;
  }
  return join(cwd, '.readiness-gate.yml');
}
