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
import contentData, { type ContentSnapshot } from "./src/site/plugins/content-data.ts";
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

export interface SiteContext {
  /** "serve": the dev server, which reads the content anew after every save and shows errors in the browser. */
  mode: "build" | "serve";
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
    const { contentDir, siteDir, cacheDir, mode } = context;

    eleventyConfig.addPlugin(contentData, { content, contentDir, mode });
    eleventyConfig.addPlugin(markdown);
    eleventyConfig.addPlugin(persianFilters);
    eleventyConfig.addPlugin(images, { contentDir, siteDir, cacheDir });
    eleventyConfig.addPlugin(graphics);
    eleventyConfig.addPlugin(assets, { siteDir, cacheDir, cssDir: path.join(context.layoutsDir, "assets", "css") });
    eleventyConfig.addPlugin(print, { contentDir, siteDir, cacheDir, paper, pagination: context.pagination });
    eleventyConfig.addPlugin(exhibit, {
      booklet: async () => (await content()).booklet,
      contentDir,
      siteDir,
      cacheDir,
    });
    eleventyConfig.addPlugin(security, { siteDir, pathPrefix: context.pathPrefix, mode });
    eleventyConfig.addPlugin(discovery);
    const emblemFile = path.join(context.layoutsDir, "assets", "emblem.svg");
    eleventyConfig.addPlugin(social, { content, contentDir, siteDir, cacheDir, emblemFile });
    // Rewrites every root-relative URL in the output for hosting under a path prefix.
    eleventyConfig.addPlugin(HtmlBasePlugin);

    eleventyConfig.setInputDirectory(context.layoutsDir);
    eleventyConfig.setIncludesDirectory("_includes");
    eleventyConfig.setOutputDirectory(siteDir);
    eleventyConfig.setTemplateFormats(["njk"]);
  };
}
