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
import { SITE_CARD, socialCard, type CardSource } from "../social-cards.ts";
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

type Card = Awaited<ReturnType<typeof socialCard>>;

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
  let booklet: Booklet | undefined;
  let neighbourhoods = new Map<string, Neighbourhood>();
  let cardSource: CardSource | undefined;
  /**
   * Open Graph cards by neighbourhood slug (SITE_CARD for the site's own), made (or found in the cache) when a page
   * asks: a build that writes a few pages (src/site/site-reuse-plan.ts) looks up only theirs.
   */
  const cards = new Map<string, Promise<Card>>();
  /** The cards this build's pages show, by file name: copied into the site after the build. */
  const used = new Map<string, Card>();

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
    neighbourhoods = new Map(booklet?.neighbourhoods.map((n) => [n.slug, n]));
    cardSource = { contentDir: options.contentDir, cacheDir: options.cacheDir, emblem };
    cards.clear();
    used.clear();
  });

  eleventyConfig.addFilter("icon", (name: string) => {
    const icon = icons.get(name);
    if (!icon) throw new Error(`unknown icon: ${name}`);
    return icon.url;
  });
  // The neighbourhood's card, or the site's for any other page.
  eleventyConfig.addAsyncFilter("ogImage", async (slug?: string) => {
    if (!booklet || !cardSource) return "";
    const n = neighbourhoods.get(slug ?? SITE_CARD);
    const key = n?.slug ?? SITE_CARD;
    let card = cards.get(key);
    if (!card) cards.set(key, (card = socialCard(booklet, n, cardSource)));
    const made = await card;
    used.set(made.name, made);
    return `${OG_IMAGE_URL}${made.name}`;
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
    await Promise.all([...used.values()].map((card) => fs.copyFile(card.file, path.join(ogDir, card.name))));
    if (booklet) {
      const iconUrl = (name: string) => icons.get(name)!.url;
      await fs.writeFile(path.join(options.siteDir, "manifest.webmanifest"), manifest(booklet, iconUrl));
    }
  });
}
