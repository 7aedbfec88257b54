/**
 * Hands the validated, typed booklet to the templates as the global `booklet`. It is read again on every
 * build, so the dev server picks up edits to any content file.
 */
import { loadBooklet } from "../../content/load.ts";
import type { EleventyConfig } from "../eleventy-types.ts";

export default function contentDataPlugin(eleventyConfig: EleventyConfig, options: { contentDir: string }): void {
  eleventyConfig.addGlobalData("booklet", () => loadBooklet(options.contentDir));
  eleventyConfig.addWatchTarget(options.contentDir);
}
