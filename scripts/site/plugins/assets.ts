/**
 * Static assets: the stylesheet from layouts/assets, and Vazirmatn self-hosted from the `vazirmatn` npm package
 * (its variable font: one file serves every weight).
 */
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { EleventyConfig } from "../eleventy-types.ts";

const require = createRequire(import.meta.url);
const vazirmatnPackage = path.dirname(require.resolve("vazirmatn/package.json"));
export const VAZIRMATN_WOFF2 = path.join(vazirmatnPackage, "fonts", "webfonts", "Vazirmatn[wght].woff2");
/**
 * The printed booklet uses the static weights: Chromium embeds a variable font in a PDF as outlines without a
 * usable text layer, while static TrueType fonts are embedded as proper subsets.
 */
export const PRINT_WEIGHTS = ["Light", "Regular", "Medium", "Bold", "ExtraBold", "Black"] as const;

export default function assetsPlugin(eleventyConfig: EleventyConfig, options: { siteDir: string }): void {
  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  // Copied by hand: the font's file name has brackets, which passthrough copy would read as a glob.
  eleventyConfig.on("eleventy.after", async () => {
    const target = path.join(options.siteDir, "assets", "fonts", "vazirmatn.woff2");
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(VAZIRMATN_WOFF2, target);
    await Promise.all(
      PRINT_WEIGHTS.map((weight) => fs.copyFile(path.join(vazirmatnPackage, "fonts", "webfonts", `Vazirmatn-${weight}.woff2`), path.join(path.dirname(target), `vazirmatn-${weight.toLowerCase()}.woff2`))),
    );
  });
}
