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
export const VAZIRMATN_TTF = path.join(vazirmatnPackage, "fonts", "variable", "Vazirmatn[wght].ttf");

export default function assetsPlugin(eleventyConfig: EleventyConfig, options: { siteDir: string }): void {
  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  // Copied by hand: the font's file name has brackets, which passthrough copy would read as a glob.
  eleventyConfig.on("eleventy.after", async () => {
    const target = path.join(options.siteDir, "assets", "fonts", "vazirmatn.woff2");
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(VAZIRMATN_WOFF2, target);
  });
}
