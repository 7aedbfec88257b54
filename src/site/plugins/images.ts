/**
 * Responsive images for the website through eleventy-img: AVIF, WebP and JPEG at a few widths, with
 * `srcset`/`sizes`, intrinsic `width`/`height` and lazy loading. Encoded files carry a content hash in their
 * names and live in a cache folder that survives between builds; each build copies in only what its pages use.
 */
import fs from "node:fs/promises";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import type EleventyConfig from "@11ty/eleventy/UserConfig";

export interface ImagePluginOptions {
  contentDir: string;
  siteDir: string;
  cacheDir: string;
}

/**
 * How wide an image is shown, per place in the layout, for 1x and 2x screens. All presets draw from one ladder
 * of widths: eleventy-img names a file by source and width, so a photograph used as a cover on one page and as a
 * thumbnail on another is encoded once per width, not once per use.
 */
const LADDER = [320, 640, 960, 1280, 1700] as const;
export const imagePresets = {
  cover: { widths: [LADDER[1], LADDER[2], LADDER[3], LADDER[4]], sizes: "(min-width: 54rem) 50rem, 100vw" },
  gallery: { widths: [LADDER[1], LADDER[2]], sizes: "(min-width: 54rem) 24rem, (min-width: 40rem) 50vw, 100vw" },
  thumb: { widths: [LADDER[0], LADDER[1]], sizes: "(min-width: 60rem) 14rem, (min-width: 40rem) 33vw, 50vw" },
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
      // AVIF at its lowest effort: encoding at higher efforts costs several times the time for a few percent.
      sharpAvifOptions: { quality: 52, effort: 0 },
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
