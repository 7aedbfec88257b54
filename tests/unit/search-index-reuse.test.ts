/**
 * The search index, shard by shard: a shard is linked from the cache while what Pagefind would be given for it is
 * what the kept bundle was made from, and made again by Pagefind when any of its records changed. The linked files
 * are the same files as a fresh index; one page changed remakes one shard; nothing is left over in the site or the
 * cache; and a record's shard follows from its URL.
 */
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { loadBooklet } from "../../src/content/load.ts";
import type { Booklet } from "../../src/content/model.ts";
import { writeOrReuseSearchIndex } from "../../src/pipeline/search-index-reuse.ts";
import { pagefindRecords } from "../../src/site/search-index.ts";
import { splitIntoShards } from "../../src/site/search-shards.ts";
import { removeTempDirs, tempDir, writeContentTree } from "../helpers/content-tree.ts";
import { twoCountyTree } from "../helpers/two-county-tree.ts";

afterAll(removeTempDirs);

/** Every file under `dir` with its bytes, by relative path. */
async function filesOf(dir: string): Promise<Map<string, string>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), (await fs.readFile(file)).toString("base64"));
  }
  return files;
}

/** Every bundle file under `dir` with its inode, by relative path (the manifest is each site's own). */
async function inodesOf(dir: string): Promise<Map<string, number>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const inodes = new Map<string, number>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    if (path.relative(dir, file) !== "shards.json") inodes.set(path.relative(dir, file), (await fs.stat(file)).ino);
  }
  return inodes;
}

/** The URLs of the pages in the Pagefind bundle `dir` (not its sub-folders), read from its fragments. */
async function bundleUrls(dir: string): Promise<string[]> {
  const fragments = await fs.readdir(path.join(dir, "fragment"));
  const urls = await Promise.all(
    fragments.map(async (name) => {
      const bytes = zlib.gunzipSync(await fs.readFile(path.join(dir, "fragment", name)));
      return (JSON.parse(bytes.toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string }).url;
    }),
  );
  return urls.sort();
}

/** Sixteen neighbourhoods in two counties: with shards of 4, 18 records in five shards. */
async function sixteen(): Promise<Booklet> {
  const tree = twoCountyTree();
  tree.neighbourhoods = Array.from({ length: 16 }, (_, i) => ({
    slug: `n${i}`,
    name: `محله ${i}`,
    county: i % 2 ? "کرج" : "نظرآباد",
    order: i + 1,
  }));
  return loadBooklet(await writeContentTree(tree));
}

const renamedFirst = (booklet: Booklet): Booklet => ({
  ...booklet,
  neighbourhoods: booklet.neighbourhoods.map((n, i) => (i ? n : { ...n, name: "نو" })),
});

describe("the search index, reused", () => {
  it("is linked while its records are unchanged, and made again when one changes (one shard)", async () => {
    const contentDir = await writeContentTree(twoCountyTree());
    const booklet = await loadBooklet(contentDir);
    const cacheDir = await tempDir();
    const [first, second, third] = [await tempDir(), await tempDir(), await tempDir()];

    expect(await writeOrReuseSearchIndex(booklet, first, cacheDir)).toEqual({ shards: 1, remade: 1 });
    expect(await writeOrReuseSearchIndex(booklet, second, cacheDir)).toEqual({ shards: 1, remade: 0 });
    const made = await filesOf(path.join(first, "pagefind"));
    expect(made.size).toBeGreaterThan(3);
    expect(await filesOf(path.join(second, "pagefind"))).toEqual(made);
    expect(JSON.parse(await fs.readFile(path.join(first, "pagefind", "shards.json"), "utf8"))).toEqual([]);
    // One bundle, as before there were shards: Pagefind's own files and no folder of another shard.
    expect([...made.keys()].filter((file) => /^shard-|pagefind-ui/.test(file))).toEqual([]);

    // One neighbourhood renamed: its record changed, so Pagefind makes the index anew.
    expect(await writeOrReuseSearchIndex(renamedFirst(booklet), third, cacheDir)).toEqual({ shards: 1, remade: 1 });
    expect(await filesOf(path.join(third, "pagefind"))).not.toEqual(made);
  });

  it("splits the records into shards, each record in one, and remakes only the shard of a changed page", async () => {
    const booklet = await sixteen();
    const records = pagefindRecords(booklet);
    const cacheDir = await tempDir();
    const [first, second, third] = [await tempDir(), await tempDir(), await tempDir()];

    const { shards } = await writeOrReuseSearchIndex(booklet, first, cacheDir, 4);
    expect(shards).toBeGreaterThanOrEqual(3);
    const index = path.join(first, "pagefind");
    const extra = JSON.parse(await fs.readFile(path.join(index, "shards.json"), "utf8")) as string[];
    expect(extra).toEqual(Array.from({ length: shards - 1 }, (_, i) => `shard-${i + 1}/`));
    // Each shard a whole bundle of its own, holding the records the split gave it; every record in exactly one.
    const split = splitIntoShards(records, 4);
    const folders = ["", ...extra].map((folder) => path.join(index, folder));
    const found = await Promise.all(folders.map(bundleUrls));
    expect(found).toEqual(split.map((shard) => shard.map((record) => record.url).sort()));
    expect(found.flat().sort()).toEqual(records.map((record) => record.url).sort());
    for (const folder of folders) {
      const names = await fs.readdir(folder);
      expect(names).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-entry.json", "fragment", "index"]));
      expect(names.filter((name) => name.startsWith("pagefind-ui"))).toEqual([]);
    }

    // Nothing changed: every shard linked, the same files as the first site's (hard links to the same kept ones).
    expect(await writeOrReuseSearchIndex(booklet, second, cacheDir, 4)).toEqual({ shards, remade: 0 });
    const firstFiles = await filesOf(index);
    expect(await filesOf(path.join(second, "pagefind"))).toEqual(firstFiles);
    expect(await inodesOf(path.join(second, "pagefind"))).toEqual(await inodesOf(index));

    // One neighbourhood renamed: its shard alone is made again; the others are the same files as before.
    const renamed = renamedFirst(booklet);
    const changed = split.findIndex((shard) =>
      shard.some((r) => r.url === `/neighbourhoods/${booklet.neighbourhoods[0]!.slug}/`),
    );
    expect(await writeOrReuseSearchIndex(renamed, third, cacheDir, 4)).toEqual({ shards, remade: 1 });
    const before = await inodesOf(index);
    const after = await inodesOf(path.join(third, "pagefind"));
    const shardOf = (file: string) => Number(/^shard-(\d+)\//.exec(file)?.[1] ?? 0);
    for (const [file, inode] of after) {
      if (shardOf(file) === changed) expect(before.get(file), file).not.toBe(inode);
      else expect(before.get(file), file).toBe(inode);
    }
    expect(await bundleUrls(path.join(third, "pagefind", changed ? `shard-${changed}` : ""))).toEqual(found[changed]);
    // The first site's files were left as they were, though the kept shard they were linked to was replaced.
    expect(await filesOf(index)).toEqual(firstFiles);

    // Nothing left over: the site holds the kept bundles and the manifest; the cache, one folder per shard.
    const kept = path.join(cacheDir, "search-index");
    expect((await fs.readdir(kept)).sort()).toEqual(Array.from({ length: shards }, (_, k) => `shard-${k}`).sort());
    const keptFiles = new Set<string>(["shards.json"]);
    for (let k = 0; k < shards; k++) {
      expect((await fs.readdir(path.join(kept, `shard-${k}`))).sort()).toEqual(["pagefind", "records.sha256"]);
      for (const file of (await filesOf(path.join(kept, `shard-${k}`, "pagefind"))).keys())
        keptFiles.add(path.join(k ? `shard-${k}` : "", file));
    }
    expect(new Set((await filesOf(path.join(third, "pagefind"))).keys())).toEqual(keptFiles);

    // Fewer, larger shards: the shards no longer used are dropped from the cache.
    const fourth = await tempDir();
    expect(await writeOrReuseSearchIndex(renamed, fourth, cacheDir, 100)).toEqual({ shards: 1, remade: 1 });
    expect(await fs.readdir(kept)).toEqual(["shard-0"]);
    expect(await fs.readdir(path.join(fourth, "pagefind"))).not.toContain("shard-1");
  });

  it("puts a record in the shard its URL gives, whatever the other records", () => {
    const urls = Array.from({ length: 40 }, (_, i) => ({ url: `/neighbourhoods/n${i}/` }));
    const split = splitIntoShards(urls, 10);
    expect(split).toHaveLength(4);
    expect(split.flat().sort((a, b) => a.url.localeCompare(b.url))).toEqual(
      [...urls].sort((a, b) => a.url.localeCompare(b.url)),
    );
    // In their original order within a shard.
    for (const shard of split) expect(shard).toEqual(urls.filter((u) => shard.includes(u)));
    // One page removed and another added, the number of shards the same: every other page stays where it was.
    const changed = [...urls.slice(1), { url: "/neighbourhoods/new/" }];
    const shardOf = (shards: { url: string }[][], url: string) => shards.findIndex((s) => s.some((r) => r.url === url));
    const again = splitIntoShards(changed, 10);
    for (const { url } of urls.slice(1)) expect(shardOf(again, url), url).toBe(shardOf(split, url));
    expect(splitIntoShards(urls, 10)).toEqual(split);
    // No shard is ever empty (Pagefind's script cannot open an index without a page), and none at all is one.
    expect(splitIntoShards(urls.slice(0, 3), 1).every((shard) => shard.length)).toBe(true);
    expect(splitIntoShards([], 10)).toEqual([[]]);
  });
});
