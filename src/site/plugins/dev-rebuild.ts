/**
 * Which pages one Eleventy run writes. A build writes every page of its scope, or those its site plan names (the
 * pages whose content changed since the published site: src/site/site-reuse-plan.ts). The dev server, after a
 * save, writes only the pages the save changed (src/site/dev-rebuild-plan.ts), so that the edited page is in the
 * browser within a second; and it writes the print preview (/print/ and the exhibition kit's print pages, the
 * whole booklet in one page) only when the browser asks for it and it is out of date: a request under /print/ waits
 * for that build.
 *
 * Templates page over the global `thisBuild` (its neighbourhoods and counties) rather than the booklet's own lists.
 */
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import type { Booklet } from "../../content/model.ts";
import type { ContentSnapshot } from "./content-data.ts";
import {
  pagedItems,
  planSiteRebuild,
  writesTemplate,
  type BuildPlan,
  type SitePlan,
  type TemplateFacts,
} from "../dev-rebuild-plan.ts";

/** The path a print preview's request puts among the changed files, to start a build as a save would. */
export const PRINT_PREVIEW_REQUEST = "ketabche-print-preview-request";

export interface DevRebuildOptions {
  mode: "build" | "serve";
  content: () => Promise<ContentSnapshot>;
  contentDir: string;
  pathPrefix: string;
  isPrintTemplate: (inputPath: string) => boolean;
  /** The dev server's: starts a build as if `file` had been saved. */
  requestBuild?: (file: string) => Promise<void>;
  /** A build's: the site's pages it writes (src/site/site-reuse-plan.ts); all of them when not given. */
  sitePlan?: SitePlan;
}

interface TemplateData {
  page: { inputPath: string };
  dependsOnNeighbourhoods?: boolean;
}

export default function devRebuildPlugin(eleventyConfig: EleventyConfig, options: DevRebuildOptions): void {
  const { content, contentDir, requestBuild } = options;
  const templateFacts = (data: TemplateData): TemplateFacts => ({
    print: options.isPrintTemplate(data.page.inputPath),
    dependsOnNeighbourhoods: data.dependsOnNeighbourhoods === true,
  });
  if (options.mode === "build" || !requestBuild) {
    const site = options.sitePlan ?? { kind: "all" };
    eleventyConfig.addGlobalData("thisBuild", async () => {
      const { booklet } = await content();
      return booklet ? pagedItems(booklet, site) : { neighbourhoods: [], counties: [] };
    });
    // The print pages' scope is decided apart (eleventy.config.ts); here, the site's pages this build writes.
    eleventyConfig.addPreprocessor("site-reuse", "njk", (data: TemplateData) =>
      writesTemplate({ site, print: true }, templateFacts(data)) ? undefined : false,
    );
    return;
  }

  /** Files saved since the site's pages were last written from a readable booklet. */
  let changed: string[] = [];
  /** The booklet the site's pages show. */
  let written: Booklet | undefined;
  let printAsked = false;
  let printFresh = false;
  /** Print requests waiting for the build that writes the preview. */
  let waiting: (() => void)[] = [];
  let plan: Promise<BuildPlan & { booklet?: Booklet }> | undefined;

  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    // Eleventy's queue holds paths as given, relative to the working folder (with "./") or absolute.
    const request = path.resolve(PRINT_PREVIEW_REQUEST);
    for (const file of queue.map((entry) => path.resolve(entry))) if (file !== request) changed.push(file);
  });
  let printInBuild = false;
  eleventyConfig.on("eleventy.before", () => {
    plan = undefined;
    printInBuild = printAsked;
    printAsked = false;
  });
  // Made once per build, on first use: after every plugin's eleventy.before (the content is read anew by then).
  const currentPlan = () =>
    (plan ??= content().then(({ booklet }) => {
      // While the content has errors nothing is written: every page shows them (content-data.ts) until it is fixed.
      if (!booklet) return { site: { kind: "none" }, print: false };
      const site = planSiteRebuild({ changed: [...changed], contentDir, written, next: booklet });
      return { site, print: printInBuild, booklet };
    }));

  eleventyConfig.addGlobalData("thisBuild", async () => {
    const { booklet, site } = await currentPlan();
    return booklet ? pagedItems(booklet, site) : { neighbourhoods: [], counties: [] };
  });
  eleventyConfig.addPreprocessor("dev-rebuild", "njk", async (data: TemplateData) =>
    writesTemplate(await currentPlan(), templateFacts(data)) ? undefined : false,
  );

  eleventyConfig.on("eleventy.after", async () => {
    const { booklet, site, print } = await currentPlan();
    if (booklet && site.kind !== "none") {
      written = booklet;
      changed = [];
    }
    if (print) printFresh = true;
    else if (site.kind !== "none") printFresh = false;
  });
  // After every build, failed or not: a print request is answered with what there is.
  eleventyConfig.on("eleventy.afterwatch", () => {
    if (printAsked) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  });

  const printPrefix = `${options.pathPrefix.replace(/\/?$/, "/")}print/`;
  eleventyConfig.setServerOptions({
    middleware: [
      async (request: IncomingMessage, _response: ServerResponse, next: () => void) => {
        const url = new URL(request.url ?? "/", "http://localhost");
        if (printFresh || !url.pathname.startsWith(printPrefix)) return next();
        const built = new Promise<void>((resolve) => waiting.push(resolve));
        if (!printAsked) {
          printAsked = true;
          void requestBuild(PRINT_PREVIEW_REQUEST);
        }
        await built;
        next();
      },
    ],
  });
}
