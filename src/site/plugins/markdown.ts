/** The editors' Markdown (src/content/markdown.ts) as Eleventy's Markdown library and the `markdown` filter. */
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { createMarkdown, renderMarkdown } from "../../content/markdown.ts";
import { cutAtWord, firstParagraph } from "../excerpt.ts";

export default function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setLibrary("md", createMarkdown());
  // Each text is rendered once per process (the shared renderer remembers it): the page, its description and its
  // search record all show the same typeset HTML.
  const render = { render: renderMarkdown };
  // The first paragraph of a page's text, cut at a word: its meta description.
  eleventyConfig.addFilter("excerpt", (source: string, max?: number) => cutAtWord(firstParagraph(render, source), max));
  eleventyConfig.addFilter("markdown", (source: string, headingShift = 0) =>
    renderMarkdown(source ?? "", headingShift),
  );
}
