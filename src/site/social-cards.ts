/**
 * Every Open Graph card of a booklet: the site's own (for pages that are not a neighbourhood's) and one per
 * neighbourhood, made by social-images.ts and cached by their inputs. The social plugin asks for them while the
 * site is built; the pipeline can ask earlier (src/pipeline/build.ts makes them while Chromium prints the booklet),
 * and then the plugin finds each in the cache.
 */
import path from "node:path";
import type { Booklet, Neighbourhood } from "../content/model.ts";
import { photoMaster } from "./photo-master.ts";
import { ogImage } from "./social-images.ts";
import { WEB_MAX_WIDTH } from "./web-images.ts";

/** The key of the site's own card. */
export const SITE_CARD = "";

export interface CardSource {
  contentDir: string;
  cacheDir: string;
  /** The emblem's SVG bytes. */
  emblem: Buffer;
}

/** Runs `work` over `items`, two at a time (the machine's cores), in order. */
async function inPairs<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 2) results.push(...(await Promise.all(items.slice(i, i + 2).map(work))));
  return results;
}

/** The card of one neighbourhood of `booklet`, or the site's own (no neighbourhood). */
export async function socialCard(booklet: Booklet, n: Neighbourhood | undefined, source: CardSource) {
  const { emblem, cacheDir } = source;
  const siteTitle = booklet.settings.title;
  if (!n) {
    const kicker = booklet.settings.organisation;
    const subtitle = booklet.settings.subtitle ?? `استان ${booklet.settings.province}`;
    return ogImage({ title: siteTitle, kicker, siteTitle: subtitle }, emblem, cacheDir);
  }
  // From the photograph's web master (decoded once for every web image), not the camera original.
  const photo = await photoMaster(path.join(source.contentDir, n.cover.src), cacheDir, WEB_MAX_WIDTH);
  return ogImage({ photo, title: n.name, kicker: `شهرستان ${n.countyName}`, siteTitle }, emblem, cacheDir);
}

/** Card files by neighbourhood slug (SITE_CARD for the site's own). */
export async function socialCards(booklet: Booklet, source: CardSource) {
  const cards = new Map<string, { name: string; file: string }>();
  cards.set(SITE_CARD, await socialCard(booklet, undefined, source));
  const made = await inPairs(
    booklet.neighbourhoods,
    async (n) => [n.slug, await socialCard(booklet, n, source)] as const,
  );
  for (const [slug, image] of made) cards.set(slug, image);
  return cards;
}
