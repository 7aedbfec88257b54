/**
 * What the print templates need beyond the site's: page geometry for the paper size, the page numbers measured by
 * the print pipeline, and images resized for print at 300 dpi.
 */
import fs from "node:fs/promises";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { geometry, type Geometry, type Paper, type PrintRole } from "../book/paper.ts";
import { pressSettings } from "../book/press.ts";
import { encodePrintImage, printImageDir } from "./print-images.ts";

export interface PrintPluginOptions {
  contentDir: string;
  siteDir: string;
  cacheDir: string;
  /** The paper of this build: `--paper`, or the settings' (which the dev server reads anew after every save). */
  paper: () => Promise<Paper>;
}

/** A CSS string literal, for generated `content:` values. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, "\\A ")}"`;
}

export default function printPlugin(eleventyConfig: EleventyConfig, options: PrintPluginOptions): void {
  const outputDir = printImageDir(options.cacheDir);
  const used = new Set<string>();

  // Once per build, shared by the global data and the image shortcode.
  let pageGeometry: Promise<Geometry> | undefined;
  const currentGeometry = () => (pageGeometry ??= options.paper().then(geometry));
  eleventyConfig.addGlobalData("printGeometry", currentGeometry);
  eleventyConfig.addFilter("cssString", cssString);
  // The press stylesheet (print-press.css.njk) reads the bleed with its default filled in.
  eleventyConfig.addFilter("pressSettings", pressSettings);

  eleventyConfig.addAsyncShortcode("printImage", async (src: string, alt: string, role: PrintRole) => {
    const metadata = await encodePrintImage(options.contentDir, options.cacheDir, src, role, await currentGeometry());
    used.add(metadata.jpeg![0]!.filename);
    return Image.generateHTML(metadata, { alt, loading: "eager", decoding: "sync" });
  });

  eleventyConfig.on("eleventy.before", () => {
    used.clear();
    pageGeometry = undefined;
  });
  eleventyConfig.on("eleventy.after", async () => {
    const target = path.join(options.siteDir, "img", "print");
    await fs.mkdir(target, { recursive: true });
    await Promise.all([...used].map((name) => fs.copyFile(path.join(outputDir, name), path.join(target, name))));
  });
}
