import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { loadDocument, type DocumentLimits } from '../document/load.js';
import { createAjv, draftOf, type AjvInstance, type Draft } from '../util/ajv.js';
import { toPosix } from './discover.js';
import type { Location } from './finding.js';
import { buildCatalog, type SchemaCatalog } from './schema-catalog.js';

export type ValidatorResult =
  | { ok: true; validate: ValidateFunction; file: string }
  | { ok: false; message: string; location: Location };

interface LoadedSchema {
  uri: string;
  file: string;
  schema: Record<string, unknown>;
}

class SchemaProblem extends Error {
  constructor(
    message: string,
    readonly location: Location,
  ) {
    super(message);
  }
}

/**
 * Validators compiled in this process, by what they were compiled from (SchemaStore.compiledKey):
 * compiling is most of a check run's time, and a process that checks a repository again (the
 * engine used as a library, a test suite checking copies of one fixture) compiles each schema
 * once. Bounded: the least recently used go first.
 */
const COMPILED = new Map<string, ValidateFunction>();
const COMPILED_KEPT = 512;

/**
 * Compiles packet schemas once each, resolving every `$ref` to a local file: relative refs against
 * the schema's own location, absolute URIs through `settings.schema-map` or the `$id` of a schema
 * found beside the ones already loaded. Nothing is ever fetched.
 */
export class SchemaStore {
  private readonly validators = new Map<string, ValidatorResult>();
  private readonly ajvs = new Map<Draft, { ajv: AjvInstance; added: Set<string> }>();
  private idIndex: Map<string, string> | undefined;
  private readonly catalogs = new Map<string, SchemaCatalog>();
  /** Every schema file read, repository-relative: what judged the packets. */
  readonly filesRead = new Set<string>();

  constructor(
    private readonly cwd: string,
    private readonly limits: DocumentLimits,
    private readonly schemaMap: Record<string, string>,
  ) {}

  /** A catalog of the schemas a glob names, built once per glob and discriminator field. */
  catalog(glob: string, field: string): SchemaCatalog {
    const key = `${glob}\0${field}`;
    let catalog = this.catalogs.get(key);
    if (!catalog) {
      catalog = buildCatalog(this.cwd, glob, field, this.limits);
      for (const entry of catalog.files) this.filesRead.add(entry);
      this.catalogs.set(key, catalog);
    }
    return catalog;
  }

  validator(schemaFile: string): ValidatorResult {
    const key = toPosix(schemaFile).replace(/^\.\//, '');
    let result = this.validators.get(key);
    if (!result) {
      result = this.compile(key);
      this.validators.set(key, result);
    }
    return result;
  }

  private compile(file: string): ValidatorResult {
    try {
      const root = this.load(pathToFileURL(resolve(this.cwd, file)).href, file, undefined);
      const draft = draftOf(root.schema);
      if (typeof draft !== 'string') {
        throw new SchemaProblem(
          `unsupported $schema "${draft.unsupported}": use draft-07, 2019-09 or 2020-12`,
          this.locateIn(file, '/$schema'),
        );
      }
      const closure = this.closure(root);
      const key = this.compiledKey(draft, closure);
      const compiled = COMPILED.get(key);
      if (compiled) {
        COMPILED.delete(key);
        COMPILED.set(key, compiled); // most recently used last
        return { ok: true, validate: compiled, file };
      }
      let entry = this.ajvs.get(draft);
      if (!entry) {
        entry = { ajv: createAjv(draft), added: new Set() };
        this.ajvs.set(draft, entry);
      }
      for (const s of closure) {
        if (entry.added.has(s.uri)) continue;
        try {
          entry.ajv.addSchema(s.schema, s.uri);
        } catch (err) {
          throw new SchemaProblem(`schema is not valid: ${(err as Error).message}`, { file: s.file });
        }
        entry.added.add(s.uri);
      }
      let validate: ValidateFunction | undefined;
      try {
        validate = entry.ajv.getSchema(root.uri);
      } catch (err) {
        throw new SchemaProblem(`schema cannot be compiled: ${(err as Error).message}`, { file });
      }
      if (!validate) throw new SchemaProblem('schema cannot be compiled', { file });
      COMPILED.set(key, validate);
      if (COMPILED.size > COMPILED_KEPT) COMPILED.delete(COMPILED.keys().next().value!);
      return { ok: true, validate, file };
    } catch (err) {
      if (err instanceof SchemaProblem) return { ok: false, message: err.message, location: err.location };
      throw err;
    }
  }

  /**
   * What a compiled validator depends on: the draft and every schema of the closure, by its URI
   * relative to the repository (a copy of the repository elsewhere compiles to the same validator)
   * and its content.
   */
  private compiledKey(draft: Draft, closure: LoadedSchema[]): string {
    const base = pathToFileURL(resolve(this.cwd) + '/').href;
    const parts = closure.map((s) => {
      const uri = s.uri.startsWith(base) ? `./${s.uri.slice(base.length)}` : s.uri;
      return `${uri}\n${JSON.stringify({ ...s.schema, $id: uri })}`;
    });
    return `${draft}\n${parts.sort().join('\n')}`;
  }

  /** The root schema and every schema it reaches through `$ref`, each loaded once. */
  private closure(root: LoadedSchema): LoadedSchema[] {
    const byUri = new Map<string, LoadedSchema>([[root.uri, root]]);
    const queue = [root];
    while (queue.length > 0) {
      const current = queue.shift()!;
      for (const { ref, pointer } of collectRefs(current.schema)) {
        let target: URL;
        try {
          target = new URL(ref, current.uri);
        } catch {
          throw new SchemaProblem(`$ref "${ref}" is not a valid URI reference`, this.locateIn(current.file, pointer));
        }
        target.hash = '';
        const uri = target.href;
        if (byUri.has(uri)) continue;
        const file = this.localFileFor(uri, current, ref, pointer);
        const loaded = this.load(uri, file, { from: current.file, pointer });
        byUri.set(uri, loaded);
        queue.push(loaded);
      }
    }
    return [...byUri.values()];
  }

  private localFileFor(uri: string, from: LoadedSchema, ref: string, pointer: string): string {
    if (uri.startsWith('file:')) return toPosix(relative(this.cwd, fileURLToPath(uri)));
    for (const [prefix, local] of Object.entries(this.schemaMap)) {
      if (uri === prefix) return local;
      if (prefix.endsWith('/') && uri.startsWith(prefix)) return join(local, uri.slice(prefix.length));
    }
    const indexed = this.indexIds(from.file).get(uri);
    if (indexed) return indexed;
    throw new SchemaProblem(
      `$ref "${ref}" points at a remote schema that is not mapped to a local file; ` +
        `add it to settings.schema-map (nothing is fetched over the network)`,
      this.locateIn(from.file, pointer),
    );
  }

  /** Maps each `$id` declared by a JSON schema next to `near` to its file, found on first need. */
  private indexIds(near: string): Map<string, string> {
    this.idIndex ??= new Map();
    const dir = dirname(near);
    const marker = `dir:${dir}`;
    if (this.idIndex.has(marker)) return this.idIndex;
    this.idIndex.set(marker, '');
    let names: string[] = [];
    try {
      names = readdirSync(join(this.cwd, dir)).filter((n) => n.endsWith('.json'));
    } catch {
      /* no directory: nothing to index */
    }
    for (const name of names) {
      const file = toPosix(join(dir, name));
      const result = loadDocument(join(this.cwd, file), file, this.limits, 'json', this.cwd);
      const id = result.ok ? (result.document.value as { $id?: unknown })?.$id : undefined;
      if (typeof id === 'string') this.idIndex.set(id.replace(/#$/, ''), file);
    }
    return this.idIndex;
  }

  private load(uri: string, file: string, via: { from: string; pointer: string } | undefined): LoadedSchema {
    const result = loadDocument(join(this.cwd, file), toPosix(file), this.limits, undefined, this.cwd);
    this.filesRead.add(toPosix(file));
    if (!result.ok) {
      const f = result.failure;
      const what = f.messageId === 'not-found' ? 'schema file not found' : `schema cannot be read: ${f.message}`;
      const location: Location = via
        ? this.locateIn(via.from, via.pointer)
        : { file: f.file, ...(f.line !== undefined ? { line: f.line, column: f.column } : {}) };
      throw new SchemaProblem(via ? `${what}: ${toPosix(file)} (referenced by $ref)` : `${what}: ${toPosix(file)}`, location);
    }
    const value = result.document.value;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new SchemaProblem('a schema must be a JSON object', { file: toPosix(file), line: 1, column: 1 });
    }
    // Register under the URI that refs use, so relative refs inside it resolve next to the file.
    return { uri, file: toPosix(file), schema: { ...(value as Record<string, unknown>), $id: uri } };
  }

  private locateIn(file: string, pointer: string): Location {
    const result = loadDocument(join(this.cwd, file), file, this.limits, undefined, this.cwd);
    if (!result.ok) return { file };
    const at = result.document.locate(pointer);
    return { file, line: at.line, column: at.column, pointer: at.pointer };
  }
}

function collectRefs(schema: unknown): { ref: string; pointer: string }[] {
  const refs: { ref: string; pointer: string }[] = [];
  const visit = (node: unknown, pointer: string, depth: number) => {
    if (depth > 200 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((v, i) => visit(v, `${pointer}/${i}`, depth + 1));
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      const p = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if ((k === '$ref' || k === '$dynamicRef') && typeof v === 'string') {
        if (!v.startsWith('#')) refs.push({ ref: v, pointer: p });
      } else if (k !== 'const' && k !== 'enum' && k !== 'examples' && k !== 'default') {
        visit(v, p, depth + 1);
      }
    }
  };
  visit(schema, '', 0);
  return refs;
}
