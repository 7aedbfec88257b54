/**
 * The build, whole: the content tree is loaded and validated once, before anything else runs (a content error
 * stops here, with every problem listed, and never reaches Eleventy); then the site, the booklet or both are built
 * into a staging folder and swapped in only when complete.
 */
import { loadBooklet } from "../content/load.ts";
import type { Booklet } from "../content/model.ts";
import { buildBooklet, planFile, readPlan, type BookletResult } from "./booklet.ts";
import type { BuildOptions } from "./options.ts";
import type { ProgressListener } from "./progress.ts";
import { encodeImages } from "./images.ts";
import { buildSite } from "./site.ts";
import { withStagedOutput } from "./staging.ts";

export type BuildTarget = "all" | "site" | "booklet";

export interface BuildResult {
  booklet: Booklet;
  /** Set when the booklet was printed. */
  printed?: BookletResult;
}

export async function build(what: BuildTarget, options: BuildOptions, onProgress: ProgressListener = () => {}) {
  const booklet = await loadBooklet(options.contentDir, { cwd: options.cwd });
  onProgress({ stage: "content", neighbourhoods: booklet.neighbourhoods.length, pages: booklet.pages.length });
  await encodeImages(booklet, options, options.paper ?? booklet.settings.paper, onProgress);
  if (what === "site") {
    const started = Date.now();
    // The site's links into the booklet use the page numbers of the last booklet built with this cache.
    const plan = await readPlan(planFile(options.cacheDir, options.paper ?? booklet.settings.paper));
    await withStagedOutput(options.outputDir, (staged) => buildSite(booklet, options, staged.siteDir, plan));
    onProgress({ stage: "site", seconds: (Date.now() - started) / 1000 });
    return { booklet } satisfies BuildResult;
  }
  const publish = what === "all";
  const printed = await withStagedOutput(
    options.outputDir,
    (target) => buildBooklet({ booklet, options, target, publish, onProgress }),
    // `ketabche pdf`: the site built for the print pages is scaffolding, thrown away with the staging folder.
    { publishSite: publish },
  );
  return { booklet, printed } satisfies BuildResult;
}
