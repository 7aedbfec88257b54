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
import subsetFont from "subset-font";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { bundleScript } from "../search-script.ts";

const require = createRequire(import.meta.url);
const webfonts = path.join(path.dirname(require.resolve("vazirmatn/package.json")), "fonts", "webfonts");

/**
 * The site uses the variable font (one file, every weight). The printed booklet uses static weights: Chromium
 * embeds a variable font in a PDF as outlines with no text layer, static fonts as proper subsets.
 */
export const PRINT_WEIGHTS = ["Light", "Regular", "Medium", "Bold", "ExtraBold", "Black"] as const;
const WEB_FONT = "vazirmatn.woff2";
const FONTS: Record<string, string> = {
  [WEB_FONT]: path.join(webfonts, "Vazirmatn[wght].woff2"),
  ...Object.fromEntries(
    PRINT_WEIGHTS.map((weight) => [
      `vazirmatn-${weight.toLowerCase()}.woff2`,
      path.join(webfonts, `Vazirmatn-${weight}.woff2`),
    ]),
  ),
};

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

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join("");
/**
 * The characters the website's font keeps: the whole Arabic block (every Persian letter, digit and sign), basic
 * Latin, Latin-1 punctuation and general punctuation (نیم‌فاصله, dashes, «»). Whatever an editor writes in Persian
 * stays inside it; the font shrinks from 111 KB to about 69 KB.
 */
export const WEB_FONT_CHARACTERS =
  range(0x20, 0x7e) + range(0xa0, 0xbf) + "×÷" + range(0x600, 0x6ff) + range(0x2000, 0x206f) + range(0xfd3e, 0xfd3f);

/** Subsetting takes a second of wasm work; the result is kept in the cache, keyed by the font's bytes. */
async function subsetWebFont(source: Buffer, cacheDir: string): Promise<Buffer> {
  const key = crypto.createHash("sha256").update(source).update(WEB_FONT_CHARACTERS).digest("hex").slice(0, 16);
  const cached = path.join(cacheDir, "fonts", `${key}.woff2`);
  try {
    return await fs.readFile(cached);
  } catch {
    const subset = await subsetFont(source, WEB_FONT_CHARACTERS, { targetFormat: "woff2" });
    await fs.mkdir(path.dirname(cached), { recursive: true });
    await fs.writeFile(cached, subset);
    return subset;
  }
}

/** Every asset under its logical URL ("/assets/css/site.css"), with its hashed URL and final content. */
export async function buildAssets(cssDir: string, cacheDir: string): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  for (const [name, source] of Object.entries(FONTS)) {
    const original = await fs.readFile(source);
    // The print weights reach only Chromium, which embeds its own subsets in the PDF.
    const content = name === WEB_FONT ? await subsetWebFont(original, cacheDir) : original;
    assets.set(`/assets/fonts/${name}`, { url: `/assets/fonts/${hashed(name, content)}`, content });
  }
  for (const name of (await fs.readdir(cssDir)).filter((n) => n.endsWith(".css")).sort()) {
    const css = (await fs.readFile(path.join(cssDir, name), "utf8")).replace(
      /url\("\.\.\/fonts\/([^"]+)"\)/g,
      (_match, font: string) => {
        const asset = assets.get(`/assets/fonts/${font}`);
        if (!asset) throw new Error(`${name} refers to an unknown font: ${font}`);
        return `url("../fonts/${path.basename(asset.url)}")`;
      },
    );
    const content = Buffer.from(css);
    assets.set(`/assets/css/${name}`, { url: `/assets/css/${hashed(name, content)}`, content });
  }
  // Scripts sit beside the stylesheets (layouts/assets/js), each bundled with what it imports.
  const jsDir = path.join(cssDir, "..", "js");
  const scripts = await fs.readdir(jsDir).catch(() => [] as string[]);
  for (const name of scripts.filter((n) => n.endsWith(".js")).sort()) {
    const content = await bundleScript(path.join(jsDir, name));
    assets.set(`/assets/js/${name}`, { url: `/assets/js/${hashed(name, content)}`, content });
  }
  return assets;
}

/** The assets a build wrote pages for: those asked for, and the fonts their stylesheets load. */
export function assetsInUse(assets: ReadonlyMap<string, Asset>, asked: ReadonlySet<string>): Asset[] {
  const used = new Set([...asked].map((logical) => assets.get(logical)).filter((a): a is Asset => a !== undefined));
  const byFile = new Map([...assets.values()].map((asset) => [path.basename(asset.url), asset]));
  for (const asset of [...used].filter((a) => a.url.endsWith(".css"))) {
    for (const [, font] of asset.content.toString("utf8").matchAll(/url\("\.\.\/fonts\/([^"]+)"\)/g)) {
      const file = byFile.get(font!);
      if (file) used.add(file);
    }
  }
  return [...used];
}

export default function assetsPlugin(
  eleventyConfig: EleventyConfig,
  options: { siteDir: string; cacheDir: string; /** The stylesheets, e.g. layouts/assets/css. */ cssDir: string },
): void {
  // Built before each build (the stylesheets change while the dev server runs); the filter reads it while rendering.
  let assets = new Map<string, Asset>();
  // Only what the pages of this build ask for is written: the website gets no print fonts, the print pages no
  // site script.
  const asked = new Set<string>();
  eleventyConfig.on("eleventy.before", async () => {
    assets = await buildAssets(options.cssDir, options.cacheDir);
    asked.clear();
  });
  eleventyConfig.addFilter("asset", (logical: string) => {
    const asset = assets.get(logical);
    if (!asset) throw new Error(`unknown asset: ${logical}`);
    asked.add(logical);
    return asset.url;
  });
  eleventyConfig.addWatchTarget(options.cssDir);
  eleventyConfig.addWatchTarget(path.join(options.cssDir, "..", "js"));
  eleventyConfig.on("eleventy.after", async () => {
    for (const asset of assetsInUse(assets, asked)) {
      const target = path.join(options.siteDir, asset.url);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, asset.content);
    }
  });
}
