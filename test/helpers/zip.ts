import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  path: string;
  content: string | Buffer;
  /** 0 stored, 8 deflate (default), or any other number to write an unsupported method. */
  method?: number;
  /** Write this uncompressed size instead of the real one (a forged header). */
  declaredSize?: number;
  encrypted?: boolean;
}

/**
 * Writes a zip archive for tests, by the PKWARE APPNOTE layout: local headers and data, then the
 * central directory and its end record. `overlap` points every central entry at the first local
 * entry's bytes, as a non-recursive zip bomb does.
 */
export function zip(inputs: (ZipInput | [string, string | Buffer])[], options: { overlap?: number } = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const input of inputs.map((i) => (Array.isArray(i) ? { path: i[0], content: i[1] } : i))) {
    const data = Buffer.isBuffer(input.content) ? input.content : Buffer.from(input.content);
    const method = input.method ?? 8;
    const body = method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(input.path);
    const flags = 0x800 | (input.encrypted ? 1 : 0);
    const fields = (h: Buffer, at: number) => {
      h.writeUInt16LE(20, at);
      h.writeUInt16LE(flags, at + 2);
      h.writeUInt16LE(method, at + 4);
      h.writeUInt32LE(crc32(data), at + 10);
      h.writeUInt32LE(body.length, at + 14);
      h.writeUInt32LE(input.declaredSize ?? data.length, at + 18);
      h.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x031e, 4);
    fields(entry, 6);
    entry.writeUInt32LE((input.path.endsWith('/') ? 0o40755 : 0o100644) * 0x10000, 38);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    parts.push(local, name, body);
    offset += 30 + name.length + body.length;
  }
  for (let i = 0; i < (options.overlap ?? 0); i++) central.push(Buffer.from(central[0]!), Buffer.from(`copy-${i}`.padEnd(central[1]!.length, '_').slice(0, central[1]!.length)));
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = inputs.length + (options.overlap ?? 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}
