/**
 * The search index is a function of what Pagefind is given (src/site/search-index.ts: one record per page, folded
 * for search, made by ketabche's code from the page's content) and of Pagefind's version, shard by shard
 * (src/site/search-shards.ts). Each shard's last bundle is kept in the cache with the hash of what it was made from;
 * a build links the shards whose pages are unchanged into the site and has Pagefind make only the others. At 4,020
 * neighbourhoods one story changed is one shard of about 500 records remade (about 2 s) instead of the whole index
 * (14 s).
 *
 * The cache, `cacheDir/search-index/`: `shard-<k>/pagefind/` (the bundle) and `shard-<k>/records.sha256` (written
 * last, so a bundle cut short is never taken for a whole one), for k < the number of shards; nothing else is kept.
 * Kept files are never written again, only removed and replaced: the site's files are hard links to them, and a
 * published site's files may be linked into another build's output.
 */
import crypto from "node:crypto";
import fsSync from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Booklet } from "../content/model.ts";
import { pagefindRecord, searchSources, writePagefindBundles, type SearchSource } from "../site/search-index.ts";
import { codeFingerprint } from "./code-fingerprint.ts";
import { linkOrCopy } from "./hard-links.ts";
import { DEFAULT_SHARD_SIZE, shardFolder, splitIntoShards, writeShardsManifest } from "../site/search-shards.ts";

const keptDir = (cacheDir: string) => path.join(cacheDir, "search-index");
const keptShard = (k: number) => `shard-${k}`;
const HASH_FILE = "records.sha256";

/** Pagefind's version, from its package.json (which the package does not export): found beside its module. */
async function pagefindVersion(): Promise<string> {
  for (let dir = path.dirname(fileURLToPath(import.meta.resolve("pagefind"))); ; dir = path.dirname(dir)) {
    const found = await fs.readFile(path.join(dir, "package.json"), "utf8").catch(() => undefined);
    const manifest = found ? (JSON.parse(found) as { name?: string; version?: string }) : undefined;
    if (manifest?.name === "pagefind" && manifest.version) return manifest.version;
    if (path.dirname(dir) === dir) throw new Error("Pagefind's package.json was not found");
  }
}

/**
 * What shard `k` of `count` was made from: Pagefind's version, ketabche's code (which makes a record from its
 * page's content, src/site/search-index.ts), its place among the shards and its pages' content. Not the records
 * themselves: making every record (a story's text, folded for search) only to find most shards unchanged took half
 * a second at 4,020 neighbourhoods; a shard's records are made when it is made.
 */
function shardHash(version: string, code: string, k: number, count: number, sources: SearchSource[]): string {
  return crypto
    .createHash("sha256")
    .update(`pagefind@${version}\0${code}\0shard ${k} of ${count}\0`)
    .update(JSON.stringify(sources.map(({ url, input }) => [url, input])))
    .digest("hex");
}

/** Every file of `from` hard-linked (or copied) to the same place under `to`, whose files must not exist yet. */
function linkTree(from: string, to: string): void {
  fsSync.mkdirSync(to, { recursive: true });
  for (const entry of fsSync.readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else if (!entry.isFile()) throw new Error(`${source}: neither a file nor a folder`);
    else linkOrCopy(source, target);
  }
}

/** A kept shard removed, its hash first: a removal cut short leaves a folder that no build takes for a whole one. */
async function dropKept(dir: string): Promise<void> {
  // (The cache of an older version held a file here as well: not a folder, nothing inside to remove first.)
  await fs.rm(path.join(dir, HASH_FILE), { force: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOTDIR") throw error;
  });
  await fs.rm(dir, { recursive: true, force: true });
}

export interface SearchIndexReuse {
  /** Shards written (1 for the sample). */
  shards: number;
  /** Of those, how many Pagefind made; the others were linked from the cache. */
  remade: number;
}

/**
 * Writes `siteDir/pagefind/`: each shard linked from the cache when its records have not changed, made by Pagefind
 * (and kept) otherwise. `shardSize` is for tests: the default gives the sample one shard.
 */
export async function writeOrReuseSearchIndex(
  booklet: Booklet,
  siteDir: string,
  cacheDir: string,
  shardSize = DEFAULT_SHARD_SIZE,
): Promise<SearchIndexReuse> {
  const shards = splitIntoShards(searchSources(booklet), shardSize);
  const [version, code] = await Promise.all([pagefindVersion(), codeFingerprint()]);
  const hashes = shards.map((sources, k) => shardHash(version, code, k, shards.length, sources));
  const kept = keptDir(cacheDir);
  await fs.mkdir(kept, { recursive: true });
  const keptHashes = await Promise.all(
    shards.map((_, k) => fs.readFile(path.join(kept, keptShard(k), HASH_FILE), "utf8").catch(() => undefined)),
  );
  const stale = shards.flatMap((_, k) => (keptHashes[k] === hashes[k] ? [] : [k]));

  // Each stale shard is made into a new folder of its own and then takes the old one's place by rename.
  const fresh = (k: number) => path.join(kept, `.new-${process.pid}-${keptShard(k)}`);
  await Promise.all(stale.map((k) => fs.rm(fresh(k), { recursive: true, force: true })));
  await writePagefindBundles(
    stale.map((k) => ({ records: shards[k]!.map((source) => pagefindRecord(source.record())), outputPath: fresh(k) })),
  );
  for (const k of stale) {
    const dir = path.join(kept, keptShard(k));
    await dropKept(dir);
    await fs.mkdir(dir);
    await fs.rename(fresh(k), path.join(dir, "pagefind"));
    await fs.writeFile(path.join(dir, HASH_FILE), hashes[k]!);
  }

  // The site's index is made of new links only: whatever was at its place before is removed, never written into.
  const target = path.join(siteDir, "pagefind");
  await fs.rm(target, { recursive: true, force: true });
  // The primary bundle first: the other shards' folders go inside it.
  for (let k = 0; k < shards.length; k++)
    linkTree(path.join(kept, keptShard(k), "pagefind"), path.join(target, shardFolder(k)));
  await writeShardsManifest(target, shards.length);

  // Shards beyond the current number, the single index kept before there were shards, folders left by a build cut
  // short: not used again.
  const used = new Set(shards.map((_, k) => keptShard(k)));
  for (const name of await fs.readdir(kept)) if (!used.has(name)) await dropKept(path.join(kept, name));
  return { shards: shards.length, remade: stale.length };
}
