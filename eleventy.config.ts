/**
 * Eleventy configuration: a short list of ketabche's own plugins, one concern each (see scripts/site/plugins).
 * Paths come from the environment (scripts/site/options.ts) so that the CLI can build any content tree.
 */
import { HtmlBasePlugin } from "@11ty/eleventy";
import { buildPaths } from "./src/pipeline/options.ts";
import { readSettings } from "./src/content/load.ts";
import type { EleventyConfig } from "./src/site/eleventy-types.ts";
import contentData from "./src/site/plugins/content-data.ts";
import markdown from "./src/site/plugins/markdown.ts";
import persianFilters from "./src/site/plugins/persian-filters.ts";
import images from "./src/site/plugins/images.ts";
import graphics from "./src/site/plugins/graphics.ts";
import assets from "./src/site/plugins/assets.ts";
import print from "./src/print/print-plugin.ts";
import security from "./src/site/plugins/security.ts";

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
