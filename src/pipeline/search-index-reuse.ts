/**
 * The search index is a function of what Pagefind is given (src/site/search-index.ts: one record per page, folded
 * for search) and of Pagefind's version. A build whose records are those of the last index made with this cache
 * (a layout or stylesheet changed, or nothing) copies that index instead of having Pagefind make it again: at 4,020
 * neighbourhoods that is seconds instead of half a minute. Any record changed, and Pagefind makes it, as always.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Booklet } from "../content/model.ts";
import { pagefindRecords, writeSearchIndex } from "../site/search-index.ts";

/** The last index made with this cache, and the hash of what it was made from. */
const keptDir = (cacheDir: string) => path.join(cacheDir, "search-index");

/** Pagefind's version, from its package.json (which the package does not export): found beside its module. */
async function pagefindVersion(): Promise<string> {
  for (let dir = path.dirname(fileURLToPath(import.meta.resolve("pagefind"))); ; dir = path.dirname(dir)) {
    const found = await fs.readFile(path.join(dir, "package.json"), "utf8").catch(() => undefined);
    const manifest = found ? (JSON.parse(found) as { name?: string; version?: string }) : undefined;
    if (manifest?.name === "pagefind" && manifest.version) return manifest.version;
    if (path.dirname(dir) === dir) throw new Error("Pagefind's package.json was not found");
  }
}

async function recordsHash(records: unknown[]): Promise<string> {
  const version = await pagefindVersion();
  return crypto.createHash("sha256").update(`pagefind@${version}\0`).update(JSON.stringify(records)).digest("hex");
}

/** Writes `siteDir/pagefind/`: copied from the cache when the records have not changed, made by Pagefind otherwise. */
export async function writeOrReuseSearchIndex(
  booklet: Booklet,
  siteDir: string,
  cacheDir: string,
): Promise<{ reused: boolean }> {
  const records = pagefindRecords(booklet);
  const hash = await recordsHash(records);
  const kept = keptDir(cacheDir);
  const target = path.join(siteDir, "pagefind");
  const keptHash = await fs.readFile(path.join(kept, "records.sha256"), "utf8").catch(() => undefined);
  if (keptHash === hash) {
    await fs.cp(path.join(kept, "pagefind"), target, { recursive: true });
    return { reused: true };
  }
  await writeSearchIndex(booklet, siteDir, records);
  // Kept for the next build: the hash is written last, so a copy cut short is never taken for a whole one.
  await fs.rm(kept, { recursive: true, force: true });
  await fs.cp(target, path.join(kept, "pagefind"), { recursive: true });
  await fs.writeFile(path.join(kept, "records.sha256"), hash);
  return { reused: false };
}
