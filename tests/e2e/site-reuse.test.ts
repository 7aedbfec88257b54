/**
 * A site built on the last published one (src/pipeline/site-reuse.ts) is the site built from scratch, byte for
 * byte: after a story is corrected and another file's date changes, only the pages that show them are written
 * (the others are the published files, linked), the published site is never written through a link, and a fresh
 * build of the same content into another output (no site to build on) gives the same files.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/pipeline/build.ts";
import { buildOptions } from "../../src/pipeline/options.ts";
import type { ProgressEvent } from "../../src/pipeline/progress.ts";
import { siteFiles, type SiteFiles, type SiteRecord } from "../../src/pipeline/site-reuse.ts";
import { removeTempDirs, tempDir, writeContentTree, type TreeNeighbourhood } from "../helpers/content-tree.ts";

const counties = [
  { slug: "north", name: "شمال" },
  { slug: "south", name: "جنوب" },
];
const neighbourhoods: TreeNeighbourhood[] = ["alef", "be", "pe", "te", "se", "jim"].map((slug, i) => ({
  slug,
  name: `محله ${slug}`,
  county: i < 3 ? "شمال" : "جنوب",
  order: i + 1,
  body: `روایت محله ${slug}.`,
}));

let root: string;
let content: string;
const page = (out: string, slug: string) => path.join(root, out, "site", "neighbourhoods", slug, "index.html");
const inode = async (file: string) => (await fs.stat(file)).ino;
/** Inodes of some pages after the first build, and the edited page's first text (through a link of our own). */
const before = new Map<string, number>();
let oldEdited: string;
const events: ProgressEvent[] = [];
const unchanged: ProgressEvent[] = [];
/** What the cache recorded of the site built on the last one, and what that site holds. */
let keptFiles: SiteFiles;
let publishedFiles: SiteFiles;

afterAll(removeTempDirs);

beforeAll(async () => {
  root = await tempDir("ketabche-site-reuse-");
  content = await writeContentTree({ counties, neighbourhoods }, path.join(root, "content"));
  const options = (out: string) =>
    buildOptions({ contentDir: content, outputDir: path.join(root, out), cacheDir: path.join(root, "cache") });
  await build("site", options("a"));
  for (const slug of ["be", "pe", "jim", "te"]) before.set(slug, await inode(page("a", slug)));
  // A link of our own to the published page that is about to change: it must keep the old text.
  await fs.link(page("a", "be"), path.join(root, "old-be.html"));
  oldEdited = await fs.readFile(page("a", "be"), "utf8");

  // The correction: one story (in the north), and another file's date (in the south; its text is the same).
  await fs.appendFile(path.join(content, "neighbourhoods", "be.md"), "\nجمله‌ای تازه در روایت.\n");
  const lastYear = new Date("2025-03-01T12:00:00Z");
  await fs.utimes(path.join(content, "neighbourhoods", "jim.md"), lastYear, lastYear);
  await build("site", options("a"), (event) => events.push(event));
  keptFiles = (JSON.parse(await fs.readFile(path.join(root, "cache", "site-pages.json"), "utf8")) as SiteRecord).files;
  publishedFiles = siteFiles(path.join(root, "a", "site"));
  // The same content into another output: nothing to build on, every page written.
  await build("site", options("b"));
  // Nothing changed since: every file of b, the search index's too, is the published one.
  before.set("index", await inode(path.join(root, "b", "site", "pagefind", "pagefind-entry.json")));
  before.set("sitemap", await inode(path.join(root, "b", "site", "sitemap.xml")));
  await build("site", options("b"), (event) => unchanged.push(event));
}, 240_000);

describe("a site built on the last one", () => {
  it("writes the corrected page and the pages that list it, and links the others", async () => {
    expect(events).toContainEqual({ stage: "site-reused", changed: 1 });
    expect(await fs.readFile(page("a", "be"), "utf8")).toContain("جمله‌ای تازه در روایت");
    expect(await inode(page("a", "be"))).not.toBe(before.get("be"));
    // Its neighbours' pagers show only its name, which did not change; the south's pages show nothing of it.
    for (const slug of ["pe", "te", "jim"]) expect(await inode(page("a", slug)), slug).toBe(before.get(slug));
  });

  it("takes every file from the published site when nothing changed", async () => {
    expect(unchanged).toContainEqual({ stage: "site-reused", changed: 0 });
    expect(await inode(path.join(root, "b", "site", "pagefind", "pagefind-entry.json"))).toBe(before.get("index"));
    expect(await inode(path.join(root, "b", "site", "sitemap.xml"))).toBe(before.get("sitemap"));
  });

  it("records exactly the files it published, for the next build to check", () => {
    expect(keptFiles).toEqual(publishedFiles);
  });

  it("never writes the published site's files through a link", async () => {
    expect(await fs.readFile(path.join(root, "old-be.html"), "utf8")).toBe(oldEdited);
  });

  it("gives the same files as a build from scratch (sitemap dates included)", async () => {
    const sitemap = await fs.readFile(path.join(root, "a", "site", "sitemap.xml"), "utf8");
    expect(sitemap).toMatch(/neighbourhoods\/jim\/<\/loc><lastmod>2025-03-01</);
    // diff exits non-zero, with the differences on its output, if any file differs or is missing on either side.
    const diff = () => execFileSync("diff", ["-r", path.join(root, "a", "site"), path.join(root, "b", "site")]);
    expect(() => diff()).not.toThrow();
  });
});
