/**
 * What lets the site be found: `sitemap.xml` lists every public page with its absolute address (the settings'
 * `baseUrl` and `pathPrefix`) and the day its content file last changed; `robots.txt` points crawlers at it.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import type { Booklet, County, FrontPage, Neighbourhood } from "../../content/model.ts";

export interface SitemapEntry {
  url: string;
  lastmod: string;
}

interface CollectionItem {
  url: string | false;
  data: { n?: Neighbourhood; frontPage?: FrontPage; county?: County };
}

/** A site path ("/neighbourhoods/x/") as an absolute URL under the settings' base URL and path prefix. */
export function absoluteUrl(sitePath: string, settings: Booklet["settings"]): string {
  return new URL(`${settings.pathPrefix}${sitePath.replace(/^\//, "")}`, settings.baseUrl).href;
}

/** The content files a page shows: its own, or (home, county) those of every neighbourhood it lists. */
function sourcesOf(item: CollectionItem, booklet: Booklet): string[] {
  const { n, frontPage, county } = item.data;
  if (n) return [n.source];
  if (frontPage) return [frontPage.source];
  // A county with no neighbourhoods shows what the settings say of it.
  if (county)
    return county.neighbourhoods.length ? county.neighbourhoods.map((member) => member.source) : ["booklet.yml"];
  return ["booklet.yml", ...booklet.neighbourhoods.map((member) => member.source)];
}

export default function discoveryPlugin(eleventyConfig: EleventyConfig): void {
  const modified = new Map<string, Promise<number>>();
  const mtime = (file: string) => {
    let time = modified.get(file);
    if (!time) modified.set(file, (time = fs.stat(file).then((stat) => stat.mtimeMs)));
    return time;
  };
  eleventyConfig.on("eleventy.before", () => modified.clear());
  eleventyConfig.addFilter("absoluteUrl", (sitePath: string, booklet: Booklet) =>
    absoluteUrl(sitePath, booklet.settings),
  );
  eleventyConfig.addAsyncFilter(
    "sitemapEntries",
    async (items: CollectionItem[], booklet: Booklet): Promise<SitemapEntry[]> => {
      const pages = items.filter((item): item is CollectionItem & { url: string } => typeof item.url === "string");
      const entries = await Promise.all(
        pages.map(async (item) => {
          const times = await Promise.all(
            sourcesOf(item, booklet).map((file) => mtime(path.join(booklet.contentDir, file))),
          );
          return {
            url: absoluteUrl(item.url, booklet.settings),
            lastmod: new Date(Math.max(...times)).toISOString().slice(0, 10),
          };
        }),
      );
      return entries.sort((a, b) => a.url.localeCompare(b.url));
    },
  );
}
