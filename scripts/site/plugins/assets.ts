/**
 * Static assets with content-hashed names, so a CDN may cache them for a year while HTML revalidates:
 * the stylesheets in layouts/assets/css and Vazirmatn, self-hosted from the `vazirmatn` npm package. Templates
 * ask for `{{ "/assets/css/site.css" | asset }}` and get `/assets/css/site.1a2b3c4d.css`; font URLs inside the
 * stylesheets are rewritten the same way.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { EleventyConfig } from "../eleventy-types.ts";
import { PROJECT_ROOT } from "../options.ts";

const require = createRequire(import.meta.url);
const webfonts = path.join(path.dirname(require.resolve("vazirmatn/package.json")), "fonts", "webfonts");

/**
 * The site uses the variable font (one file, every weight). The printed booklet uses static weights: Chromium
 * embeds a variable font in a PDF as outlines with no text layer, static fonts as proper subsets.
 */
export const PRINT_WEIGHTS = ["Light", "Regular", "Medium", "Bold", "ExtraBold", "Black"] as const;
const FONTS: Record<string, string> = {
  "vazirmatn.woff2": path.join(webfonts, "Vazirmatn[wght].woff2"),
  ...Object.fromEntries(PRINT_WEIGHTS.map((weight) => [`vazirmatn-${weight.toLowerCase()}.woff2`, path.join(webfonts, `Vazirmatn-${weight}.woff2`)])),
};
const CSS_DIR = path.join(PROJECT_ROOT, "layouts", "assets", "css");

interface Asset {
  /** e.g. /assets/css/site.1a2b3c4d.css */
  url: string;
  content: Buffer;
}

const hashed = (name: string, content: Buffer) => {
  const hash = crypto.createHash("sha256").update(content).digest("hex").slice(0, 10);
  const ext = path.extname(name);
  return `${name.slice(0, -ext.length)}.${hash}${ext}`;
};

/** Every asset under its logical URL ("/assets/css/site.css"), with its hashed URL and final content. */
export async function buildAssets(): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  for (const [name, source] of Object.entries(FONTS)) {
    const content = await fs.readFile(source);
    assets.set(`/assets/fonts/${name}`, { url: `/assets/fonts/${hashed(name, content)}`, content });
  }
  for (const name of (await fs.readdir(CSS_DIR)).filter((n) => n.endsWith(".css")).sort()) {
    const css = (await fs.readFile(path.join(CSS_DIR, name), "utf8")).replace(/url\("\.\.\/fonts\/([^"]+)"\)/g, (whole, font: string) => {
      const asset = assets.get(`/assets/fonts/${font}`);
      if (!asset) throw new Error(`${name} refers to an unknown font: ${font}`);
      return `url("../fonts/${path.basename(asset.url)}")`;
    });
    const content = Buffer.from(css);
    assets.set(`/assets/css/${name}`, { url: `/assets/css/${hashed(name, content)}`, content });
  }
  return assets;
}

export default function assetsPlugin(eleventyConfig: EleventyConfig, options: { siteDir: string }): void {
  // Built before each build (the stylesheets change while the dev server runs); the filter reads it while rendering.
  let assets = new Map<string, Asset>();
  eleventyConfig.on("eleventy.before", async () => {
    assets = await buildAssets();
  });
  eleventyConfig.addFilter("asset", (logical: string) => {
    const asset = assets.get(logical);
    if (!asset) throw new Error(`unknown asset: ${logical}`);
    return asset.url;
  });
  eleventyConfig.addWatchTarget(CSS_DIR);
  eleventyConfig.on("eleventy.after", async () => {
    for (const asset of assets.values()) {
      const target = path.join(options.siteDir, asset.url);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, asset.content);
    }
  });
}
