/**
 * Eleventy's configuration: a short list of ketabche's plugins, one concern each (src/site/plugins, and the print
 * pages' in src/print). The build (src/pipeline/eleventy.ts) hands it the content it has already loaded and
 * validated, the page plan and the paths, all in memory; nothing is read from the environment.
 */
import path from "node:path";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { HtmlBasePlugin } from "@11ty/eleventy";
import type { Pagination } from "./src/book/pagination.ts";
import type { Paper } from "./src/book/paper.ts";
import type { SitePlan } from "./src/site/dev-rebuild-plan.ts";
import contentData, { type ContentSnapshot } from "./src/site/plugins/content-data.ts";
import devRebuild from "./src/site/plugins/dev-rebuild.ts";
import markdown from "./src/site/plugins/markdown.ts";
import persianFilters from "./src/site/plugins/persian-filters.ts";
import images from "./src/site/plugins/images.ts";
import graphics from "./src/site/plugins/graphics.ts";
import assets from "./src/site/plugins/assets.ts";
import security from "./src/site/plugins/security.ts";
import discovery from "./src/site/plugins/discovery.ts";
import social from "./src/site/plugins/social.ts";
import print from "./src/print/print-plugin.ts";
import exhibit from "./src/print/exhibit/plugin.ts";

/**
 * Which pages one Eleventy run writes. "site": the public website; "print": the pages Chromium prints (the
 * booklet's /print/, the cover spread, the exhibition kit's /print/exhibit/), with their photographs and fonts,
 * and none of the site's (no web photographs, icons or social cards are made for a PDF); "all": both, for the
 * dev server, which serves /print/ for the browser's print preview (src/site/plugins/dev-rebuild.ts decides which
 * of them each of its builds writes).
 */
export type SiteScope = "site" | "print" | "all";

/** The print templates: print*.njk at the top of layouts/, and everything under layouts/exhibit/. */
export function isPrintTemplate(layoutsDir: string, inputPath: string): boolean {
  const relative = path.relative(layoutsDir, path.resolve(inputPath)).split(path.sep);
  return relative[0] === "exhibit" || (relative.length === 1 && relative[0]!.startsWith("print"));
}

export interface SiteContext {
  /** "serve": the dev server, which reads changed content after every save and shows errors in the browser. */
  mode: "build" | "serve";
  scope: SiteScope;
  /** The content for one build; called once per build. */
  content: () => Promise<ContentSnapshot>;
  contentDir: string;
  layoutsDir: string;
  siteDir: string;
  cacheDir: string;
  pathPrefix: string;
  /** `--paper`, overriding the settings'. */
  paper?: Paper;
  /** The page plan of the print pass being built, or of the last booklet. */
  pagination: () => Pagination | undefined;
  /** The dev server's: starts a build as if `file` had been saved (a print preview's request). */
  requestBuild?: (file: string) => Promise<void>;
  /** A site build's: which of the site's pages it writes (all when not given; src/site/site-reuse-plan.ts). */
  sitePlan?: SitePlan;
}

export function ketabche(context: SiteContext) {
  return function (eleventyConfig: EleventyConfig): void {
    // The content is read once per build and shared by every plugin that needs it.
    let snapshot: Promise<ContentSnapshot> | undefined;
    const content = () => (snapshot ??= context.content());
    eleventyConfig.on("eleventy.before", () => {
      snapshot = undefined;
    });
    const paper = async () => context.paper ?? (await content()).booklet?.settings.paper ?? "A5";
    const { contentDir, siteDir, cacheDir, mode, scope, layoutsDir } = context;
    const [web, printing] = [scope !== "print", scope !== "site"];
    // A template outside this run's scope is skipped (an explicit false; undefined leaves the template as it is).
    eleventyConfig.addPreprocessor("scope", "njk", (data: { page: { inputPath: string } }) =>
      (isPrintTemplate(layoutsDir, data.page.inputPath) ? printing : web) ? undefined : false,
    );

    eleventyConfig.addPlugin(contentData, { content, contentDir, mode });
    // Which pages this run writes: all of them in a build; in the dev server, those a save changed.
    eleventyConfig.addPlugin(devRebuild, {
      mode,
      content,
      contentDir,
      pathPrefix: context.pathPrefix,
      isPrintTemplate: (inputPath: string) => isPrintTemplate(layoutsDir, inputPath),
      requestBuild: context.requestBuild,
      sitePlan: context.sitePlan,
    });
    eleventyConfig.addPlugin(markdown);
    eleventyConfig.addPlugin(persianFilters);
    eleventyConfig.addPlugin(graphics);
    eleventyConfig.addPlugin(assets, { siteDir, cacheDir, cssDir: path.join(layoutsDir, "assets", "css") });
    eleventyConfig.addPlugin(security, { siteDir, pathPrefix: context.pathPrefix, mode });
    eleventyConfig.addPlugin(discovery);
    // The page plan: the print pages' numbers and blanks, and the site's links into the booklet.
    eleventyConfig.addGlobalData("bookletPages", () => context.pagination());
    // The kit's pages, and the site's links to its files.
    eleventyConfig.addPlugin(exhibit, {
      booklet: async () => (await content()).booklet,
      contentDir,
      siteDir,
      cacheDir,
    });
    if (web) {
      eleventyConfig.addPlugin(images, { contentDir, siteDir, cacheDir });
      const emblemFile = path.join(layoutsDir, "assets", "emblem.svg");
      eleventyConfig.addPlugin(social, { content, contentDir, siteDir, cacheDir, emblemFile });
    }
    if (printing) {
      eleventyConfig.addPlugin(print, { contentDir, siteDir, cacheDir, paper });
    }
    // Rewrites every root-relative URL in the output for hosting under a path prefix.
    eleventyConfig.addPlugin(HtmlBasePlugin);

    eleventyConfig.setInputDirectory(layoutsDir);
    eleventyConfig.setIncludesDirectory("_includes");
    eleventyConfig.setOutputDirectory(siteDir);
    eleventyConfig.setTemplateFormats(["njk"]);
  };
}
