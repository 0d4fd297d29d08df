import { join, posix } from 'node:path';
import { loadDocument, type DocumentLimits } from '../document/load.js';
import { expandGlobs } from './discover.js';

/**
 * A folder of schemas, indexed two ways so that many packets can find theirs without a list of
 * pairs: by the constant a schema pins on a discriminator field (`properties.schema_version.const`)
 * and by file name.
 */
export interface SchemaCatalog {
  files: string[];
  /** Discriminator value -> schema files pinning it (more than one is an ambiguity). */
  byConst: Map<string, string[]>;
  byName: Map<string, string>;
}

export function buildCatalog(cwd: string, glob: string, field: string, limits: DocumentLimits): SchemaCatalog {
  const files = expandGlobs(cwd, [glob]);
  const byConst = new Map<string, string[]>();
  const byName = new Map<string, string>();
  for (const file of files) {
    byName.set(posix.basename(file), file);
    if (!field) continue; // a by-name catalog needs no schema read
    const loaded = loadDocument(join(cwd, file), file, limits, 'json');
    if (!loaded.ok) continue; // reported when a packet is validated against it
    const pinned = pinnedValue(loaded.document.value, field);
    if (pinned !== undefined) byConst.set(pinned, [...(byConst.get(pinned) ?? []), file]);
  }
  return { files, byConst, byName };
}

/** The value a schema pins on a top-level field: `const`, or a one-value `enum`. */
function pinnedValue(schema: unknown, field: string): string | undefined {
  const property = (schema as { properties?: Record<string, { const?: unknown; enum?: unknown[] }> } | null)?.properties?.[field];
  if (!property) return undefined;
  if (typeof property.const === 'string') return property.const;
  if (Array.isArray(property.enum) && property.enum.length === 1 && typeof property.enum[0] === 'string') return property.enum[0];
  return undefined;
}
