/**
 * The site stage as the pipeline runs it: Eleventy with a booklet that is already loaded and validated, so a
 * content error never reaches Eleventy, and with the page plan (if any) in memory.
 */
import type { Pagination } from "../book/pagination.ts";
import type { Booklet } from "../content/model.ts";
import type { SiteContext, SiteScope } from "../../eleventy.config.ts";
import { runEleventy } from "./eleventy.ts";
import { writeOrReuseSearchIndex } from "./search-index-reuse.ts";
import { LAYOUTS_DIR, PROJECT_ROOT, outputTarget, type BuildOptions } from "./options.ts";
import { planSiteReuse } from "../site/site-reuse-plan.ts";
import type { ProgressListener } from "./progress.ts";
import {
  currentSiteFacts,
  linkSiteFiles,
  moveOver,
  publishedSite,
  searchIndexFiles,
  siteFiles,
  type SiteFiles,
  type SiteRecord,
} from "./site-reuse.ts";

export function siteContext(
  booklet: Booklet,
  options: BuildOptions,
  siteDir: string,
  plan?: Pagination,
  scope: SiteScope = "site",
): SiteContext {
  return {
    mode: "build",
    scope,
    content: async () => ({ booklet, issues: [] }),
    contentDir: options.contentDir,
    layoutsDir: LAYOUTS_DIR,
    siteDir,
    cacheDir: options.cacheDir,
    pathPrefix: booklet.settings.pathPrefix,
    paper: options.paper,
    pagination: () => plan,
  };
}

/**
 * Writes the website for `booklet` into `siteDir`, and its search index at the same time: the index is made from
 * the content, not from the pages, by Pagefind's own process, which has the other core while Eleventy writes
 * (each shard whose pages have not changed is linked from the cache: src/pipeline/search-index-reuse.ts). Only
 * the pages that changed since the published site are written, when it can be built on (src/pipeline/site-reuse.ts).
 * Returns what the cache keeps once this site is published (keepSiteRecord).
 */
export async function buildSite(
  booklet: Booklet,
  options: BuildOptions,
  siteDir: string,
  plan?: Pagination,
  onProgress: ProgressListener = () => {},
): Promise<SiteRecord> {
  const published = outputTarget(options.outputDir).siteDir;
  const [facts, previous] = await Promise.all([
    currentSiteFacts(booklet, plan),
    publishedSite(options.cacheDir, published),
  ]);
  const sitePlan = planSiteReuse(previous?.facts, facts, booklet);
  let files: SiteFiles = {};
  if (previous && sitePlan.kind !== "all") {
    // Nothing changed at all: the search index too is the published one.
    files = linkSiteFiles(previous.files, published, siteDir, { searchIndex: sitePlan.kind === "none" });
    onProgress({ stage: "site-reused", changed: sitePlan.kind === "some" ? sitePlan.neighbourhoods.size : 0 });
  }
  if (sitePlan.kind === "none") return { facts, files };
  // Beside the staged site, inside the staging folder (removed with it).
  const written = sitePlan.kind === "all" ? siteDir : `${siteDir}-changed`;
  const pages = runEleventy({
    context: { ...siteContext(booklet, options, written, plan, "site"), sitePlan },
    verbose: options.verbose,
    projectRoot: PROJECT_ROOT,
  }).then(() => (written === siteDir ? {} : moveOver(written, siteDir)));
  const index = writeOrReuseSearchIndex(booklet, siteDir, options.cacheDir);
  // Both settled before either's failure is reported: neither writes into a folder its caller has moved on from.
  const [wrote, indexed] = await Promise.allSettled([pages, index]);
  for (const outcome of [wrote, indexed]) if (outcome.status === "rejected") throw outcome.reason;
  if (sitePlan.kind === "all") return { facts, files: siteFiles(siteDir) };
  // The links, less those the pages written took the place of, the pages written, and the new search index.
  const moved = (wrote as PromiseFulfilledResult<SiteFiles>).value;
  return { facts, files: { ...files, ...moved, ...searchIndexFiles(siteDir) } };
}

/**
 * Writes the pages Chromium prints (the booklet, its cover spread, the exhibition kit) into `printDir`, with
 * `plan`'s page numbers: no page, photograph or icon of the website is made for them.
 */
export async function buildPrintPages(booklet: Booklet, options: BuildOptions, printDir: string, plan?: Pagination) {
  await runEleventy({
    context: siteContext(booklet, options, printDir, plan, "print"),
    verbose: options.verbose,
    projectRoot: PROJECT_ROOT,
  });
}
