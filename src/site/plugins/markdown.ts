/** The editors' Markdown (src/content/markdown.ts) as Eleventy's Markdown library and the `markdown` filter. */
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { createMarkdown } from "../../content/markdown.ts";
import { cutAtWord, firstParagraph } from "../excerpt.ts";

export default function markdownPlugin(eleventyConfig: EleventyConfig): void {
  const md = createMarkdown();
  eleventyConfig.setLibrary("md", md);
  // The first paragraph of a page's text, cut at a word: its meta description.
  eleventyConfig.addFilter("excerpt", (source: string, max?: number) => cutAtWord(firstParagraph(md, source), max));
  eleventyConfig.addFilter("markdown", (source: string, headingShift = 0) => md.render(source ?? "", { headingShift }));
}
