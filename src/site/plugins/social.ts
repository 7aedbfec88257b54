/**
 * How the site looks when it is bookmarked, installed or shared: icons made from the emblem (favicon.svg, PNGs,
 * favicon.ico, Apple touch icon), the web manifest, an Open Graph image per neighbourhood and one for every
 * other page (src/site/social-images.ts), and JSON-LD (src/site/structured-data.ts). Templates ask for
 * `{{ "icon-192.png" | icon }}`, `{{ n.slug | ogImage }}` and `{{ ... | structuredData }}`.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import type { Booklet, Neighbourhood } from "../../content/model.ts";
import type { ContentSnapshot } from "./content-data.ts";
import { siteIcons } from "../social-images.ts";
import { SITE_CARD, socialCards } from "../social-cards.ts";
import { jsonForScript, structuredData, type PageFacts } from "../structured-data.ts";

export interface SocialOptions {
  content: () => Promise<ContentSnapshot>;
  contentDir: string;
  siteDir: string;
  cacheDir: string;
  /** The emblem, e.g. layouts/assets/emblem.svg. */
  emblemFile: string;
}

export const OG_IMAGE_URL = "/img/og/";

const hashedName = (name: string, content: Buffer) => {
  const ext = path.extname(name);
  const hash = crypto.createHash("sha256").update(content).digest("hex").slice(0, 10);
  return `${name.slice(0, -ext.length)}.${hash}${ext}`;
};

function manifest(booklet: Booklet, iconUrl: (name: string) => string): string {
  const { settings } = booklet;
  const at = (url: string) => `${settings.pathPrefix}${url.replace(/^\//, "")}`;
  const icon = (name: string, size: number, purpose = "any") => ({
    src: at(iconUrl(name)),
    sizes: `${size}x${size}`,
    type: "image/png",
    purpose,
  });
  return JSON.stringify(
    {
      name: settings.title,
      short_name: "کتابچه",
      description: settings.subtitle ?? settings.title,
      lang: "fa",
      dir: "rtl",
      start_url: settings.pathPrefix,
      scope: settings.pathPrefix,
      display: "browser",
      background_color: "#fbfaf6",
      theme_color: "#0f5c63",
      icons: [icon("icon-192.png", 192), icon("icon-512.png", 512), icon("icon-maskable-512.png", 512, "maskable")],
    },
    null,
    2,
  );
}

export default function socialPlugin(eleventyConfig: EleventyConfig, options: SocialOptions): void {
  let icons = new Map<string, { url: string; content: Buffer }>();
  /** Open Graph image file names by neighbourhood slug ("" for the site's own). */
  let cards = new Map<string, { name: string; file: string }>();
  let booklet: Booklet | undefined;

  eleventyConfig.on("eleventy.before", async () => {
    const emblem = await fs.readFile(options.emblemFile);
    icons = new Map();
    for (const [name, content] of await siteIcons(emblem)) {
      icons.set(name, {
        url: name === "favicon.ico" ? `/${name}` : `/assets/icons/${hashedName(name, content)}`,
        content,
      });
    }
    booklet = (await options.content()).booklet;
    cards = new Map();
    if (!booklet) return;
    cards = await socialCards(booklet, { contentDir: options.contentDir, cacheDir: options.cacheDir, emblem });
  });

  eleventyConfig.addFilter("icon", (name: string) => {
    const icon = icons.get(name);
    if (!icon) throw new Error(`unknown icon: ${name}`);
    return icon.url;
  });
  // The neighbourhood's card, or the site's for any other page.
  eleventyConfig.addFilter("ogImage", (slug?: string) => {
    const card = cards.get(slug ?? SITE_CARD) ?? cards.get(SITE_CARD);
    return card ? `${OG_IMAGE_URL}${card.name}` : "";
  });
  eleventyConfig.addFilter("structuredData", (facts: PageFacts, of: Booklet, n?: Neighbourhood) =>
    jsonForScript(structuredData(of, { ...facts, n: n || undefined })),
  );

  eleventyConfig.on("eleventy.after", async () => {
    for (const icon of icons.values()) {
      const target = path.join(options.siteDir, icon.url);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, icon.content);
    }
    const ogDir = path.join(options.siteDir, OG_IMAGE_URL);
    await fs.mkdir(ogDir, { recursive: true });
    for (const card of cards.values()) await fs.copyFile(card.file, path.join(ogDir, card.name));
    if (booklet) {
      const iconUrl = (name: string) => icons.get(name)!.url;
      await fs.writeFile(path.join(options.siteDir, "manifest.webmanifest"), manifest(booklet, iconUrl));
    }
  });
}
