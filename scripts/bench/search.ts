/**
 * What the search index adds to a site build: the time of writing it (Pagefind, from the loaded content) and its
 * bytes, against a built site's total. Run after a build: `npx tsx scripts/bench/search.ts [content] [siteDir]`
 * (defaults: ./content and ./output/site).
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadBooklet } from "../../src/content/load.ts";
import { writeSearchIndex } from "../../src/site/search-index.ts";

const [contentDir = "content", siteDir = "output/site"] = process.argv.slice(2);

async function bytes(dir: string): Promise<{ size: number; files: number }> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  let size = 0;
  let files = 0;
  for (const entry of entries.filter((e) => e.isFile())) {
    size += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { size, files };
}

const booklet = await loadBooklet(path.resolve(contentDir));
const target = await fs.mkdtemp(path.join(os.tmpdir(), "ketabche-search-bench-"));
try {
  const times: number[] = [];
  let pages = 0;
  for (let run = 0; run < 3; run++) {
    await fs.rm(path.join(target, "pagefind"), { recursive: true, force: true });
    const started = performance.now();
    pages = (await writeSearchIndex(booklet, target)).pages;
    times.push((performance.now() - started) / 1000);
  }
  const index = await bytes(path.join(target, "pagefind"));
  const site = await bytes(siteDir).catch(() => undefined);
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  console.log(`records: ${pages} (neighbourhoods, counties, front pages)`);
  console.log(`index time: ${times.map((t) => t.toFixed(2)).join(" s, ")} s (median ${times.sort()[1]!.toFixed(2)} s)`);
  console.log(`index size: ${kb(index.size)} in ${index.files} files`);
  if (site) {
    const share = ((100 * index.size) / site.size).toFixed(1);
    console.log(`site size: ${kb(site.size)} in ${site.files} files (the index is ${share} % of it)`);
  }
  // What one search costs a reader: the script, Pagefind's loader, its WebAssembly and metadata (before fragments).
  const first = ["pagefind.js", "pagefind-worker.js", "wasm.unknown.pagefind"];
  const sizes = await Promise.all(
    first.map((name) => fs.stat(path.join(target, "pagefind", name)).then((s) => s.size)),
  );
  console.log(`first search downloads at least: ${kb(sizes.reduce((a, b) => a + b, 0))} (${first.join(", ")})`);
} finally {
  await fs.rm(target, { recursive: true, force: true });
}
