/**
 * What lets the site be found: `sitemap.xml` lists every public page with its absolute address (the settings'
 * `baseUrl` and `pathPrefix`) and the day its content file last changed; `robots.txt` points crawlers at it.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import type { Booklet } from "../../content/model.ts";

export interface SitemapEntry {
  url: string;
  lastmod: string;
}

/** A site path ("/neighbourhoods/x/") as an absolute URL under the settings' base URL and path prefix. */
export function absoluteUrl(sitePath: string, settings: Booklet["settings"]): string {
  return new URL(`${settings.pathPrefix}${sitePath.replace(/^\//, "")}`, settings.baseUrl).href;
}

/** A time of change as the sitemap's `<lastmod>` gives it: the day, in UTC. */
export const lastmodDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Every public page (those of layouts/ that are not print pages, 404 or robots.txt), with the content files it
 * shows: its own, or (home, search, county) those of every neighbourhood it lists. Made from the booklet, not from
 * Eleventy's collections, so that a build that writes only the pages that changed (src/site/site-reuse-plan.ts)
 * still lists every page.
 */
export function publicPages(booklet: Booklet): { url: string; sources: string[] }[] {
  const everything = ["booklet.yml", ...booklet.neighbourhoods.map((n) => n.source)];
  return [
    { url: "/", sources: everything },
    { url: "/search/", sources: everything },
    ...booklet.neighbourhoods.map((n) => ({ url: `/neighbourhoods/${n.slug}/`, sources: [n.source] })),
    // A county with no neighbourhoods shows what the settings say of it.
    ...booklet.counties.map((county) => ({
      url: `/counties/${county.slug}/`,
      sources: county.neighbourhoods.length ? county.neighbourhoods.map((n) => n.source) : ["booklet.yml"],
    })),
    ...booklet.pages.map((page) => ({ url: `/pages/${page.slug}/`, sources: [page.source] })),
  ];
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
  eleventyConfig.addAsyncFilter("sitemapEntries", async (booklet: Booklet): Promise<SitemapEntry[]> => {
    const entries = await Promise.all(
      publicPages(booklet).map(async ({ url, sources }) => {
        const times = await Promise.all(sources.map((file) => mtime(path.join(booklet.contentDir, file))));
        return {
          url: absoluteUrl(url, booklet.settings),
          lastmod: lastmodDay(Math.max(...times)),
        };
      }),
    );
    return entries.sort((a, b) => a.url.localeCompare(b.url));
  });
}
