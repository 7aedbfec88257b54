/**
 * What the exhibition kit's print pages (layouts/exhibit/) need from Eleventy: the kit's data (empty when the kit is
 * not being made, so no page is written), the QR code filter (also used on the booklet's opening pages), the story's
 * excerpt cut at a sentence, and the posters' photographs at poster size.
 */
import fs from "node:fs/promises";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import type { PosterSize } from "../../book/poster-sizes.ts";
import type { Booklet } from "../../content/model.ts";
import { printImageDir } from "../print-images.ts";
import { encodePosterImage } from "./images.ts";
import { exhibitKit } from "./kit.ts";
import { qrSvg } from "./qr.ts";
import { statusBar } from "./status-bar.ts";
import { cutAtSentence } from "./text.ts";

export interface ExhibitPluginOptions {
  /** The booklet of this build (undefined while the dev server cannot read the content). */
  booklet: () => Promise<Booklet | undefined>;
  contentDir: string;
  siteDir: string;
  cacheDir: string;
}

export default function exhibitPlugin(eleventyConfig: EleventyConfig, options: ExhibitPluginOptions): void {
  const used = new Set<string>();
  eleventyConfig.addGlobalData("exhibitKit", async () => exhibitKit(await options.booklet()));
  eleventyConfig.addFilter("qrCode", (url: string, label?: string) => qrSvg(url, { label }));
  eleventyConfig.addFilter("statusBar", statusBar);
  eleventyConfig.addFilter("cutAtSentence", (text: string, max: number) => cutAtSentence(text, max));

  eleventyConfig.addAsyncShortcode("posterPhoto", async (src: string, alt: string, size: PosterSize) => {
    const { metadata, orientation } = await encodePosterImage(options.contentDir, options.cacheDir, src, size);
    used.add(metadata.jpeg![0]!.filename);
    const img = Image.generateHTML(metadata, { alt, loading: "eager", decoding: "sync" });
    return `<figure class="poster__photo poster__photo--${orientation}">${img}</figure>`;
  });

  eleventyConfig.on("eleventy.before", () => used.clear());
  eleventyConfig.on("eleventy.after", async () => {
    if (used.size === 0) return;
    const target = path.join(options.siteDir, "img", "print");
    await fs.mkdir(target, { recursive: true });
    const from = printImageDir(options.cacheDir);
    await Promise.all([...used].map((name) => fs.copyFile(path.join(from, name), path.join(target, name))));
  });
}
