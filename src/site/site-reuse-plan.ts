/**
 * Which of the website's pages a build writes again, decided from what the last published site was made from and
 * what this one is made from. The facts are hashes, so the decision is pure and cheap; what goes into each hash is
 * what the pages show:
 * - the frame: everything every page shows or is made with (ketabche's code and layouts, the settings, the front
 *   pages, which neighbourhoods there are in which order and county, the booklet's page plan that numbers the
 *   links into the PDF, the photographs' files). Changed, and every page is written, as on a first build.
 * - per neighbourhood, its data (with its neighbours' names in its pager) and, apart, what names the files its pages
 *   use (its photographs, and its name and county on its Open Graph card: content-addressed files whose old names
 *   would be left behind). Data changed: its page, its county's page and the pages that list every neighbourhood
 *   are written again; the files' names changed: every page is.
 * - the content files' days of change, which the sitemap shows: changed alone, the pages that list every
 *   neighbourhood (home, sitemap) are written again.
 */
import crypto from "node:crypto";
import type { Pagination } from "../book/pagination.ts";
import type { Booklet } from "../content/model.ts";
import type { SitePlan } from "./dev-rebuild-plan.ts";

export interface SiteFacts {
  frame: string;
  /** By slug: [hash of its data, hash of what names its files]. */
  neighbourhoods: Record<string, [data: string, files: string]>;
  /** Hash of the content files' days of change. */
  days: string;
}

export interface SiteInputs {
  booklet: Booklet;
  /** The hash of ketabche's code and layouts (src/pipeline/code-fingerprint.ts). */
  code: string;
  /** The page plan the site's links into the booklet are numbered from; none when the output has no booklet. */
  plan?: Pagination;
  /** Each photograph the site shows (its path in the content folder), with its size and time of change. */
  photos: Record<string, string>;
  /** Each content file (its path in the content folder), with its day of change (YYYY-MM-DD). */
  days: Record<string, string>;
}

const hash = (value: unknown) => crypto.createHash("sha256").update(JSON.stringify(value)).digest("base64url");

export function siteFacts({ booklet, code, plan, photos, days }: SiteInputs): SiteFacts {
  const { settings, pages, neighbourhoods } = booklet;
  const order = neighbourhoods.map((n) => [n.slug, n.countySlug]);
  const neighbourhoodFacts: SiteFacts["neighbourhoods"] = {};
  for (const n of neighbourhoods) {
    const files = [n.cover.src, n.gallery.map((image) => image.src), n.name, n.countyName];
    neighbourhoodFacts[n.slug] = [hash(n), hash(files)];
  }
  return {
    frame: hash({ code, settings, pages, order, plan: plan ?? null, photos }),
    neighbourhoods: neighbourhoodFacts,
    days: hash(days),
  };
}

/** What to write, given the facts of the published site (undefined: none to build on) and of this build. */
export function planSiteReuse(previous: SiteFacts | undefined, next: SiteFacts, booklet: Booklet): SitePlan {
  if (!previous || previous.frame !== next.frame) return { kind: "all" };
  const changed = new Set<string>();
  for (const [slug, [data, files]] of Object.entries(next.neighbourhoods)) {
    const before = previous.neighbourhoods[slug];
    if (!before || before[1] !== files) return { kind: "all" };
    if (before[0] !== data) changed.add(slug);
  }
  if (changed.size === 0 && previous.days === next.days) return { kind: "none" };
  const counties = new Set(booklet.neighbourhoods.filter((n) => changed.has(n.slug)).map((n) => n.countySlug));
  return { kind: "some", neighbourhoods: changed, counties };
}
