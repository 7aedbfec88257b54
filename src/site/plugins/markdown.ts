/** The editors' Markdown (src/content/markdown.ts) as Eleventy's Markdown library and the `markdown` filter. */
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { createMarkdown } from "../../content/markdown.ts";

export default function markdownPlugin(eleventyConfig: EleventyConfig): void {
  const md = createMarkdown();
  eleventyConfig.setLibrary("md", md);
  eleventyConfig.addFilter("markdown", (source: string, headingShift = 0) => md.render(source ?? "", { headingShift }));
}
