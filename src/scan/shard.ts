import { createHash } from 'node:crypto';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index: index - 1, count } : undefined;
}

/**
 * Which shard a file belongs to: a hash of its path, so the split is the same on every machine,
 * balanced, and a file keeps its shard when others are added or removed.
 */
export function inShard(path: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const h = createHash('sha1').update(path).digest().readUInt32BE(0);
  return h % shard.count === shard.index;
}
