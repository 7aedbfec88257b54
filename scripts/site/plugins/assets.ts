/**
 * Static assets: the stylesheet from layouts/assets and Vazirmatn, self-hosted from the `vazirmatn` npm
 * package (one variable font file serves every weight).
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { EleventyConfig } from "../eleventy-types.ts";

const require = createRequire(import.meta.url);
export const vazirmatnDir = path.join(path.dirname(require.resolve("vazirmatn/package.json")), "fonts");

export default function assetsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  eleventyConfig.addPassthroughCopy({ [path.join(vazirmatnDir, "webfonts", "Vazirmatn[wght].woff2")]: "assets/fonts/vazirmatn.woff2" });
}
