/**
 * Every Open Graph card of a booklet: the site's own (for pages that are not a neighbourhood's) and one per
 * neighbourhood, made by social-images.ts and cached by their inputs. The social plugin asks for them while the
 * site is built; the pipeline can ask earlier (src/pipeline/build.ts makes them while Chromium prints the booklet),
 * and then the plugin finds each in the cache.
 */
import path from "node:path";
import type { Booklet } from "../content/model.ts";
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

/** Card files by neighbourhood slug (SITE_CARD for the site's own). */
export async function socialCards(booklet: Booklet, source: CardSource) {
  const { emblem, cacheDir } = source;
  const siteTitle = booklet.settings.title;
  const cards = new Map<string, { name: string; file: string }>();
  const kicker = booklet.settings.organisation;
  const subtitle = booklet.settings.subtitle ?? `استان ${booklet.settings.province}`;
  cards.set(SITE_CARD, await ogImage({ title: siteTitle, kicker, siteTitle: subtitle }, emblem, cacheDir));
  const made = await inPairs(booklet.neighbourhoods, async (n) => {
    // From the photograph's web master (decoded once for every web image), not the camera original.
    const photo = await photoMaster(path.join(source.contentDir, n.cover.src), cacheDir, WEB_MAX_WIDTH);
    const card = { photo, title: n.name, kicker: `شهرستان ${n.countyName}`, siteTitle };
    return [n.slug, await ogImage(card, emblem, cacheDir)] as const;
  });
  for (const [slug, image] of made) cards.set(slug, image);
  return cards;
}
