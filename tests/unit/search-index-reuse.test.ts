/**
 * The search index is copied from the cache when what Pagefind would be given is what the kept index was made
 * from, and made again by Pagefind when any record changed: the copy is the same files as a fresh index.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBooklet } from "../../src/content/load.ts";
import { writeOrReuseSearchIndex } from "../../src/pipeline/search-index-reuse.ts";
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

describe("the search index, reused", () => {
  it("is copied while its records are unchanged, and made again when one changes", async () => {
    const contentDir = await writeContentTree(twoCountyTree());
    const booklet = await loadBooklet(contentDir);
    const cacheDir = await tempDir();
    const [first, second, third] = [await tempDir(), await tempDir(), await tempDir()];

    expect(await writeOrReuseSearchIndex(booklet, first, cacheDir)).toEqual({ reused: false });
    expect(await writeOrReuseSearchIndex(booklet, second, cacheDir)).toEqual({ reused: true });
    const made = await filesOf(path.join(first, "pagefind"));
    expect(made.size).toBeGreaterThan(3);
    expect(await filesOf(path.join(second, "pagefind"))).toEqual(made);

    // One neighbourhood renamed: its record changed, so Pagefind makes the index anew.
    const renamed = {
      ...booklet,
      neighbourhoods: booklet.neighbourhoods.map((n, i) => (i ? n : { ...n, name: "نو" })),
    };
    expect(await writeOrReuseSearchIndex(renamed, third, cacheDir)).toEqual({ reused: false });
    expect(await filesOf(path.join(third, "pagefind"))).not.toEqual(made);
  });
});
