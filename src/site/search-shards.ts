/**
 * The search index in shards: Pagefind makes an index of 4,000 records in about 14 s and cannot add to one it has
 * written, so the records are split into shards of about `DEFAULT_SHARD_SIZE`, each a whole Pagefind bundle, and a
 * build that changed one page has Pagefind make only that page's shard (src/pipeline/search-index-reuse.ts keeps
 * the others). A record's shard follows from its URL alone, so an edit, an added or a removed page moves no other
 * record as long as the number of shards stays the same. The search page merges the shards (Pagefind's
 * `mergeIndex`) and searches them as one.
 *
 * Layout under the site's `pagefind/`: shard 0 is the primary bundle itself (what a site with one shard, such as the
 * sample, has always had), shard k ≥ 1 is `shard-<k>/`, and `shards.json` lists the extra shards' folders.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/** About this many records per shard: Pagefind makes 500 records in about 1.6 s, 4,000 in 14 s. */
export const DEFAULT_SHARD_SIZE = 500;

/** The file, beside the primary bundle's `pagefind.js`, that lists the other shards' folders. */
export const SHARDS_MANIFEST = "shards.json";

/** A stable number for a URL: the first four bytes of its SHA-256 (the same in every build and on every machine). */
function urlHash(url: string): number {
  return crypto.createHash("sha256").update(url).digest().readUInt32BE(0);
}

/**
 * The records split into shards of at most `shardSize` on average, each record in shard `hash(url) mod N`, in their
 * original order within a shard. Every shard holds at least one record (Pagefind's script cannot open an index
 * without one): when the hash leaves one empty, which only happens with shards of a handful of records, there are
 * fewer shards. No records at all give one empty shard, the index a site without pages had before.
 */
export function splitIntoShards<T extends { url: string }>(records: T[], shardSize = DEFAULT_SHARD_SIZE): T[][] {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`shard size must be a whole number ≥ 1`);
  const hashes = records.map((record) => urlHash(record.url));
  for (let count = Math.max(1, Math.ceil(records.length / shardSize)); ; count--) {
    const shards: T[][] = Array.from({ length: count }, () => []);
    records.forEach((record, i) => shards[hashes[i]! % count]!.push(record));
    if (count === 1 || shards.every((shard) => shard.length)) return shards;
  }
}

/** Shard k's folder relative to `pagefind/`: "" for the primary bundle, "shard-<k>/" for the others. */
export function shardFolder(k: number): string {
  return k === 0 ? "" : `shard-${k}/`;
}

/** The manifest of `count` shards: the extra shards' folders, in order, as the search page merges them. */
export function shardsManifest(count: number): string {
  return `${JSON.stringify(Array.from({ length: count - 1 }, (_, i) => shardFolder(i + 1)))}\n`;
}

/**
 * Writes `shards.json` into `pagefindDir` as a new file (written beside and renamed): the old one may be a hard
 * link shared with another build's output, which must not change under it.
 */
export async function writeShardsManifest(pagefindDir: string, count: number): Promise<void> {
  const file = path.join(pagefindDir, SHARDS_MANIFEST);
  const fresh = `${file}.${process.pid}.tmp`;
  await fs.writeFile(fresh, shardsManifest(count));
  await fs.rename(fresh, file);
}
