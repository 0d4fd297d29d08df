import { realpathSync } from 'node:fs';
import { isAbsolute, join, normalize, relative } from 'node:path';
import type { Document } from '../document/document.js';
import { loadDocument, type DocumentLimits, type LoadFailure } from '../document/load.js';
import type { ParseIssue } from '../document/positions.js';
import type { PacketDef } from '../policy/types.js';
import { expandGlobs } from './discover.js';

export interface PacketInstance {
  file: string;
  document?: Document;
  failure?: LoadFailure;
  issues: ParseIssue[];
}

export interface LoadedPacket {
  def: PacketDef;
  instances: PacketInstance[];
  /** No file matched (for `file`: the file does not exist). */
  missing: boolean;
}

/** What the report needs of a packet once its documents are released. */
export interface PacketSummary {
  missing: boolean;
  invalid: boolean;
  files: string[];
}

/**
 * The evidence documents the policy names, each loaded once and shared by every check. A packet
 * no later gate needs can be released to keep memory flat on large repositories; it is read again
 * if anything asks for it after all.
 */
export class PacketStore {
  private readonly loaded = new Map<string, LoadedPacket>();
  private readonly summaries = new Map<string, PacketSummary>();

  constructor(
    private readonly cwd: string,
    private readonly limits: DocumentLimits,
    readonly defs: ReadonlyMap<string, PacketDef>,
  ) {}

  /** The report's view of a packet; undefined when no check asked for it (it was never read). */
  summary(id: string): PacketSummary | undefined {
    const packet = this.loaded.get(id);
    return packet ? summarize(packet) : this.summaries.get(id);
  }

  /** Drops a packet's documents, keeping its summary. */
  release(id: string): void {
    const packet = this.loaded.get(id);
    if (!packet) return;
    this.summaries.set(id, summarize(packet));
    this.loaded.delete(id);
  }

  get(id: string): LoadedPacket | undefined {
    const def = this.defs.get(id);
    if (!def) return undefined;
    let packet = this.loaded.get(id);
    if (!packet) {
      packet = this.load(def);
      this.loaded.set(id, packet);
    }
    return packet;
  }

  private load(def: PacketDef): LoadedPacket {
    const files = def.file !== undefined ? [def.file.replace(/^\.\//, '')] : expandGlobs(this.cwd, def.files ?? []);
    const instances = files.map((file): PacketInstance => {
      // Globs only ever yield files inside the root (see discover.ts); a literal path is checked here.
      const outside = def.file !== undefined ? leavesRoot(this.cwd, file) : undefined;
      if (outside) return { file, failure: { file, messageId: 'outside-root', message: outside }, issues: [] };
      const result = loadDocument(join(this.cwd, file), file, this.limits, def.format);
      return result.ok ? { file, document: result.document, issues: result.issues } : { file, failure: result.failure, issues: [] };
    });
    if (def.file !== undefined && instances[0]?.failure?.messageId === 'not-found') {
      return { def, instances: [], missing: true };
    }
    return { def, instances, missing: instances.length === 0 };
  }

  /**
   * The value a CEL expression sees as `packets.<id>`: the document for a `file` packet, a list of
   * documents for a `files` packet; undefined when any document is missing or unreadable.
   */
  value(id: string): unknown {
    const packet = this.get(id);
    if (!packet || packet.instances.some((i) => !i.document)) return undefined;
    const values = packet.instances.map((i) => i.document!.value);
    return packet.def.file !== undefined ? values[0] : values;
  }

  /** Every loaded document of every loaded packet (for reference resolution). */
  documents(): Document[] {
    const docs: Document[] = [];
    for (const id of this.defs.keys()) {
      for (const instance of this.get(id)?.instances ?? []) if (instance.document) docs.push(instance.document);
    }
    return docs;
  }
}

function summarize(packet: LoadedPacket): PacketSummary {
  return {
    missing: packet.missing,
    invalid: packet.instances.some((i) => i.failure !== undefined || i.issues.length > 0),
    files: packet.instances.map((i) => i.file),
  };
}

/** Evidence must live in the repository: a path or symbolic link that leaves it is refused. */
function leavesRoot(cwd: string, file: string): string | undefined {
  const norm = normalize(file);
  if (isAbsolute(norm) || norm === '..' || norm.startsWith('../')) return 'the path leaves the repository; evidence must be inside it';
  try {
    const real = relative(realpathSync(cwd), realpathSync(join(cwd, file)));
    if (real.startsWith('..') || isAbsolute(real)) return 'the file is a symbolic link that leads out of the repository';
  } catch {
    /* absent: loadDocument reports it */
  }
  return undefined;
}
