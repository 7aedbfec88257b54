/**
 * `npm run bench:scale -- [times...]`: the site of a content tree `times` the sample (scale-tree.ts: 10 → 670
 * neighbourhoods, 60 → 4,020) built by ketabche, warm (its cache full: every photograph and Open Graph card already
 * made, every file's reading and render and the search index kept, as on any build after the first; nothing changed
 * since the published site, whose pages are all linked), warm after one story changed (that file typeset again, its
 * pages and its shard of the search index made again), warm with every page written (the published site's record
 * removed from the cache, so that there is nothing to build on) and, with `--cold`, cold (a cache of its own, emptied
 * first), against bare Eleventy rendering the same Markdown files with a one-line layout, in the
 * same run on the same machine. A whole search index (Pagefind making every shard) is timed apart as well.
 * `--booklet` also prints the booklet of the first size and reports its peak memory (Node and Chromium together).
 * Each measurement runs in a process of its own, so that peak memory is its own.
 *
 * `siteScale(times)` gives the same numbers to the combined table (scripts/bench/all.ts).
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { build } from "../../src/pipeline/build.ts";
import { buildOptions } from "../../src/pipeline/options.ts";
import { writeSearchIndex } from "../../src/site/search-index.ts";
import { measure, printResult, runMeasured, type Measurement } from "./measure.ts";
import { makeScaleTree } from "./scale-tree.ts";

const root = path.join(os.tmpdir(), "ketabche-scale");
const treeDir = (times: number) => path.join(root, `x${times}`, "content");
const outDir = (times: number) => path.join(root, `x${times}`, "output");

/** A site build, and how long a whole search index takes on its own. */
export interface SiteMeasurement extends Measurement {
  /**
   * Seconds of a whole search index, every shard made by Pagefind and none taken from the cache (writeSearchIndex),
   * measured in the same process right after the build.
   */
  indexSeconds: number;
  /** How many shards that index has. */
  indexShards: number;
}

export interface SiteScale {
  neighbourhoods: number;
  bare: Measurement;
  /** Only when asked for: at 4,020 neighbourhoods a cold build makes 4,020 Open Graph cards (a quarter of an hour). */
  cold?: SiteMeasurement;
  /** Warm, nothing changed since the published site: every page is linked from it. */
  warm: SiteMeasurement;
  /** Warm, after one neighbourhood's story gained a sentence: that file is typeset again, its pages written. */
  edited: SiteMeasurement;
  /** Warm cache, but no published site to build on (its record removed): every page written. */
  rewritten: SiteMeasurement;
}

/** Bare Eleventy: the tree's neighbourhood files as Markdown templates, one-line layout, nothing else. */
async function bareEleventy(times: number): Promise<Measurement> {
  const input = path.join(root, `x${times}`, "bare");
  await fs.rm(input, { recursive: true, force: true });
  await fs.cp(path.join(treeDir(times), "neighbourhoods"), path.join(input, "neighbourhoods"), { recursive: true });
  await fs.mkdir(path.join(input, "_includes"), { recursive: true });
  await fs.writeFile(
    path.join(input, "_includes", "bare.njk"),
    "<!doctype html><title>{{ name }}</title>{{ content | safe }}",
  );
  const output = path.join(root, `x${times}`, "bare-site");
  return measure(async () => {
    const eleventy = new Eleventy(input, output, {
      configPath: "",
      quietMode: true,
      config: (config: EleventyConfig) => {
        config.setTemplateFormats(["md"]);
        config.addGlobalData("layout", "bare.njk");
      },
    });
    await eleventy.write();
    return undefined;
  });
}

/**
 * `ketabche site` of the tree (`cold`: with its cache emptied first); then a whole search index alone (every shard
 * made, as a build with an empty cache makes it), into a folder of its own, so that the site's pages can be told
 * apart from Pagefind. It reads the stories' renders that the build left in the process, as the build does.
 */
async function ketabcheSite(times: number, mode: SiteMode): Promise<SiteMeasurement> {
  const options = buildOptions({ contentDir: treeDir(times), outputDir: outDir(times) });
  if (mode === "cold") await fs.rm(outDir(times), { recursive: true, force: true });
  if (mode === "edited") await editOneNeighbourhood(treeDir(times));
  // Without the record of the published site (src/pipeline/site-reuse.ts), the build has nothing to build on.
  if (mode === "rewritten") await fs.rm(path.join(options.cacheDir, "site-pages.json"), { force: true });
  let booklet: Awaited<ReturnType<typeof build>>["booklet"] | undefined;
  const site = await measure(async () => {
    booklet = (await build("site", options)).booklet;
    return booklet.neighbourhoods.length;
  });
  const indexDir = path.join(root, `x${times}`, "index-alone");
  await fs.rm(indexDir, { recursive: true, force: true });
  const { seconds: indexSeconds, shards: indexShards } = await writeSearchIndex(booklet!, indexDir);
  return { ...site, indexSeconds, indexShards };
}

type SiteMode = "cold" | "warm" | "edited" | "rewritten";

/** An editor's correction: the first neighbourhood's story gains a sentence of its own (a new one each time). */
async function editOneNeighbourhood(contentDir: string): Promise<void> {
  const dir = path.join(contentDir, "neighbourhoods");
  const file = path.join(dir, (await fs.readdir(dir)).filter((name) => name.endsWith(".md")).sort()[0]!);
  const text = await fs.readFile(file, "utf8");
  await fs.writeFile(file, `${text.trimEnd()}\n\nاصلاح ویراستار در ${new Date().toISOString()}.\n`);
}

async function ketabcheBooklet(times: number): Promise<Measurement> {
  const options = buildOptions({ contentDir: treeDir(times), outputDir: outDir(times) });
  // The tree is made anew with the same bytes, so the last booklet would be reused (src/pipeline/booklet-reuse.ts):
  // it is removed, and the booklet printed (from the last build's page plan, if there is one).
  for (const name of await fs.readdir(options.cacheDir).catch(() => [] as string[]))
    if (name.startsWith("booklet-")) await fs.rm(path.join(options.cacheDir, name));
  return measure(async () => (await build("booklet", options)).printed?.pages);
}

const run = <T>(which: string, times: number) => runMeasured<T>(import.meta.filename, [which, String(times)]);

/**
 * Bare Eleventy and ketabche's site on the tree `times` the sample, each in a process of its own. Without `cold`,
 * a first, unmeasured build fills the cache (or finds it full) so that the measured one is warm.
 */
export async function siteScale(times: number, { cold = false } = {}): Promise<SiteScale> {
  const neighbourhoods = await makeScaleTree("content", treeDir(times), times);
  const bare = run<Measurement>("bare", times);
  const coldSite = cold ? run<SiteMeasurement>("cold", times) : undefined;
  if (!cold) run<SiteMeasurement>("warm", times);
  const warm = run<SiteMeasurement>("warm", times);
  const edited = run<SiteMeasurement>("edited", times);
  const rewritten = run<SiteMeasurement>("rewritten", times);
  return { neighbourhoods, bare, cold: coldSite, warm, edited, rewritten };
}

function report({ neighbourhoods, bare, cold, warm, edited, rewritten }: SiteScale): void {
  const show = (label: string, m: Measurement) =>
    console.log(`${label.padEnd(44)}: ${m.seconds.toFixed(1)} s, peak ${m.peakMb} MB`);
  const ratio = (label: string, a: number) => console.log(`${label.padEnd(44)}: ×${(a / bare.seconds).toFixed(2)}`);
  show(`bare Eleventy, ${neighbourhoods} neighbourhoods`, bare);
  if (cold) show(`ketabche site cold, ${neighbourhoods}`, cold);
  show(`ketabche site warm, ${neighbourhoods}`, warm);
  show(`ketabche site warm, one file changed`, edited);
  show(`ketabche site warm, every page written`, rewritten);
  // A warm build links the kept shards; a changed file has Pagefind make its shard again, and a cold build (or one
  // that changes the number of shards) every shard, this long on its own.
  const whole = `  a whole search index (${edited.indexShards} shards), Pagefind alone`;
  console.log(`${whole.padEnd(44)}: ${edited.indexSeconds.toFixed(1)} s`);
  ratio("ratio warm / bare", warm.seconds);
  ratio("ratio one file changed / bare", edited.seconds);
  ratio("ratio every page written / bare", rewritten.seconds);
  if (cold) ratio("ratio cold / bare", cold.seconds);
}

const [mode, arg] = process.argv.slice(2);
const childModes = ["bare", "cold", "warm", "edited", "rewritten", "booklet"];
if (import.meta.filename === process.argv[1] && mode && childModes.includes(mode)) {
  const times = Number(arg);
  const result =
    mode === "bare"
      ? await bareEleventy(times)
      : mode === "booklet"
        ? await ketabcheBooklet(times)
        : await ketabcheSite(times, mode as SiteMode);
  printResult(result);
} else if (import.meta.filename === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { booklet: { type: "boolean" }, cold: { type: "boolean" } },
  });
  const sizes = positionals.length ? positionals.map(Number) : [10, 60];
  for (const times of sizes) report(await siteScale(times, { cold: values.cold }));
  if (values.booklet) {
    const times = sizes[0]!;
    const printed = run<Measurement>("booklet", times);
    console.log(
      `booklet, ${times}× the sample: ${printed.pages} pages, ${printed.seconds.toFixed(1)} s, peak ${printed.peakMb} MB`,
    );
  }
}
