/**
 * Responsive images for the website through eleventy-img: AVIF, WebP and JPEG at a few widths, with
 * `srcset`/`sizes`, intrinsic `width`/`height` and lazy loading. Encoded files carry a content hash in their
 * names and live in a cache folder that survives between builds; each build copies in only what its pages use.
 */
import fs from "node:fs/promises";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import type { EleventyConfig } from "../eleventy-types.ts";

export interface ImagePluginOptions {
  contentDir: string;
  siteDir: string;
  cacheDir: string;
}

/** How wide an image is shown, per place in the layout; widths are chosen to cover 1x and 2x screens. */
export const imagePresets = {
  cover: { widths: [640, 1024, 1600, 2200], sizes: "(min-width: 75rem) 72rem, 100vw" },
  gallery: { widths: [480, 800, 1200], sizes: "(min-width: 60rem) 28rem, (min-width: 40rem) 50vw, 100vw" },
  thumb: { widths: [320, 640], sizes: "(min-width: 60rem) 14rem, (min-width: 40rem) 33vw, 50vw" },
} as const;
export type ImagePreset = keyof typeof imagePresets;

const URL_PATH = "/img/";

export default function imagesPlugin(eleventyConfig: EleventyConfig, options: ImagePluginOptions): void {
  const outputDir = path.join(options.cacheDir, "img");
  const used = new Set<string>();

  async function picture(src: string, alt: string, preset: ImagePreset = "gallery", eager = false): Promise<string> {
    const { widths, sizes } = imagePresets[preset];
    const metadata = await Image(path.join(options.contentDir, src), {
      widths: [...widths],
      formats: ["avif", "webp", "jpeg"],
      outputDir,
      urlPath: URL_PATH,
      sharpJpegOptions: { quality: 78, progressive: true, mozjpeg: true },
      sharpWebpOptions: { quality: 74 },
      // effort 2 keeps AVIF encoding affordable on two cores; the files stay well below the JPEGs.
      sharpAvifOptions: { quality: 55, effort: 2 },
    });
    for (const format of Object.values(metadata)) for (const entry of format) used.add(entry.filename);
    return Image.generateHTML(metadata, {
      alt,
      sizes,
      loading: eager ? "eager" : "lazy",
      decoding: "async",
      ...(eager ? { fetchpriority: "high" } : {}),
    });
  }

  eleventyConfig.addAsyncShortcode("picture", picture);

  eleventyConfig.on("eleventy.before", () => used.clear());
  eleventyConfig.on("eleventy.after", async () => {
    const target = path.join(options.siteDir, URL_PATH);
    await fs.mkdir(target, { recursive: true });
    await Promise.all([...used].map((name) => fs.copyFile(path.join(outputDir, name), path.join(target, name))));
  });
}
