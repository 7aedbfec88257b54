/**
 * The `picture` shortcode: a photograph as responsive `<picture>` (src/site/web-images.ts encodes it), with
 * `srcset`/`sizes`, intrinsic `width`/`height` and lazy loading. Each build copies in only the files its pages use.
 */
import fs from "node:fs/promises";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { encodeWebImage, imagePresets, WEB_IMAGE_URL, webImageDir, type ImagePreset } from "../web-images.ts";

export interface ImagePluginOptions {
  contentDir: string;
  siteDir: string;
  cacheDir: string;
}

export default function imagesPlugin(eleventyConfig: EleventyConfig, options: ImagePluginOptions): void {
  const outputDir = webImageDir(options.cacheDir);
  const used = new Set<string>();
  // Each photograph and preset is looked up once per build (the home and county pages show every neighbourhood's
  // card, so a cover is asked for three times); forgotten before the next build, which may follow an edited photo.
  const encoded = new Map<string, ReturnType<typeof encodeWebImage>>();
  const encode = (src: string, preset: ImagePreset) => {
    const key = `${preset}\n${src}`;
    let metadata = encoded.get(key);
    if (!metadata) {
      metadata = encodeWebImage(options.contentDir, options.cacheDir, src, preset);
      encoded.set(key, metadata);
      metadata.catch(() => encoded.delete(key));
    }
    return metadata;
  };

  async function picture(src: string, alt: string, preset: ImagePreset = "gallery", eager = false): Promise<string> {
    const { sizes } = imagePresets[preset];
    const metadata = await encode(src, preset);
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

  eleventyConfig.on("eleventy.before", () => {
    used.clear();
    encoded.clear();
  });
  eleventyConfig.on("eleventy.after", async () => {
    const target = path.join(options.siteDir, WEB_IMAGE_URL);
    await fs.mkdir(target, { recursive: true });
    await Promise.all([...used].map((name) => fs.copyFile(path.join(outputDir, name), path.join(target, name))));
  });
}
