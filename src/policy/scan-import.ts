import { dirname, relative, resolve } from 'node:path';
import { rememberRules } from '../report/known-rules.js';
import { importGitleaks, type ImportedGitleaks } from '../scan/gitleaks/import.js';
import type { ScanSettings } from '../scan/config.js';
import type { AllowPredicate, Rule } from '../scan/types.js';
import type { ProblemList } from './errors.js';
import type { Layer } from './load-layers.js';

/**
 * `scan.import`: each layer's gitleaks configurations, read relative to that layer's file and
 * only from inside the repository (or, for a built-in bundle, its own folder). On a pull request
 * the layer is the base commit's, and so is the TOML file beside it.
 */
export function importedConfigs(layers: readonly Layer[], cwd: string, problems: ProblemList): ImportedGitleaks[] {
  const out: ImportedGitleaks[] = [];
  for (const layer of layers) {
    const raw = layer.value.scan?.import;
    if (raw === undefined) continue;
    const root = layer.display.startsWith('bundle:') ? dirname(layer.path) : cwd;
    for (const file of Array.isArray(raw) ? raw : [raw]) {
      out.push(
        importGitleaks(resolve(dirname(layer.path), file), root, (toml, line, message) =>
          problems.add({ file: layer.display.startsWith('bundle:') ? toml : relative(cwd, resolve(root, toml)).split('\\').join('/'), ...(line !== undefined ? { line, column: 1 } : {}), message }),
        ),
      );
    }
  }
  return out;
}

/**
 * Joins imported rules and allowlists to the scan settings. An imported rule with a built-in
 * rule's id replaces it (as a gitleaks rule with a default rule's id does); targeted allowlists
 * join their rule's; untargeted ones apply to every rule.
 */
export function withImports(settings: ScanSettings, imports: readonly ImportedGitleaks[], problems: ProblemList, policyFile: string): ScanSettings {
  if (imports.length === 0) return settings;
  const byId = new Map<string, Rule>(settings.rules.map((r) => [r.id, r]));
  for (const imp of imports) for (const rule of imp.rules) byId.set(rule.id, rule);
  for (const imp of imports) rememberRules(imp.rules); // for messages written without the policy at hand
  const pathRules = [...settings.pathRules, ...imports.flatMap((i) => i.pathRules)];
  for (const imp of imports) {
    for (const [id, predicates] of imp.targeted) {
      const rule = byId.get(id);
      if (!rule) {
        problems.add({ file: policyFile, message: `an imported [[allowlists]] targets rule "${id}", which is neither imported nor built in; built-in ids are listed in docs/scan.md` });
        continue;
      }
      byId.set(id, { ...rule, allowlist: { ...rule.allowlist, predicates: [...(rule.allowlist?.predicates ?? []), ...predicates] } });
    }
  }
  const global: AllowPredicate[] = imports.flatMap((i) => i.global);
  const allowlist = global.length ? { ...settings.allowlist, predicates: [...(settings.allowlist?.predicates ?? []), ...global] } : settings.allowlist;
  return { ...settings, rules: [...byId.values()], pathRules, ...(allowlist ? { allowlist } : {}) };
}
