/**
 * Eleventy configuration: a short list of ketabche's own plugins, one concern each (see scripts/site/plugins).
 * Paths come from the environment (scripts/site/options.ts) so that the CLI can build any content tree.
 */
import { HtmlBasePlugin } from "@11ty/eleventy";
import { buildPaths } from "./scripts/site/options.ts";
import { readSettings } from "./scripts/content/load.ts";
import type { EleventyConfig } from "./scripts/site/eleventy-types.ts";
import contentData from "./scripts/site/plugins/content-data.ts";
import markdown from "./scripts/site/plugins/markdown.ts";
import persianFilters from "./scripts/site/plugins/persian-filters.ts";
import images from "./scripts/site/plugins/images.ts";
import graphics from "./scripts/site/plugins/graphics.ts";
import assets from "./scripts/site/plugins/assets.ts";
import print from "./scripts/site/plugins/print.ts";
import security from "./scripts/site/plugins/security.ts";

export default async function (eleventyConfig: EleventyConfig) {
  const paths = buildPaths();
  const mode = process.env.KETABCHE_MODE === "serve" ? "serve" : "build";
  // The dev server starts even when the settings are broken: its error page says what to fix.
  const settings = await readSettings(paths.contentDir).catch((error: unknown) => {
    if (mode === "serve") return { pathPrefix: "/" };
    throw error;
  });

  eleventyConfig.addPlugin(contentData, { contentDir: paths.contentDir, mode });
  eleventyConfig.addPlugin(markdown);
  eleventyConfig.addPlugin(persianFilters);
  eleventyConfig.addPlugin(images, paths);
  eleventyConfig.addPlugin(graphics);
  eleventyConfig.addPlugin(assets, paths);
  eleventyConfig.addPlugin(print, paths);
  eleventyConfig.addPlugin(security, { siteDir: paths.siteDir, pathPrefix: settings.pathPrefix, mode });
  // Rewrites every root-relative URL in the output for hosting under a path prefix.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  return {
    dir: { input: "layouts", includes: "_includes", data: "_data", output: paths.siteDir },
    pathPrefix: settings.pathPrefix,
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
