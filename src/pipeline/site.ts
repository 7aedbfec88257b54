/**
 * The site stage as the pipeline runs it: Eleventy with a booklet that is already loaded and validated, so a
 * content error never reaches Eleventy, and with the page plan (if any) in memory.
 */
import type { Pagination } from "../book/pagination.ts";
import type { Booklet } from "../content/model.ts";
import type { SiteContext } from "../../eleventy.config.ts";
import { writeSearchIndex } from "../site/search-index.ts";
import { runEleventy } from "./eleventy.ts";
import { LAYOUTS_DIR, PROJECT_ROOT, type BuildOptions } from "./options.ts";

export function siteContext(booklet: Booklet, options: BuildOptions, siteDir: string, plan?: Pagination): SiteContext {
  return {
    mode: "build",
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

/** Writes the website (and the print pages) for `booklet` into `siteDir`, then its search index. */
export async function buildSite(booklet: Booklet, options: BuildOptions, siteDir: string, plan?: Pagination) {
  await runEleventy({
    context: siteContext(booklet, options, siteDir, plan),
    verbose: options.verbose,
    projectRoot: PROJECT_ROOT,
  });
  await writeSearchIndex(booklet, siteDir);
}
