/**
 * What the dev server writes again after a save, decided from the paths that changed and the booklet its pages
 * show against the booklet just read. When only neighbourhood files changed and the site's frame did not (settings,
 * front pages, which neighbourhoods there are and their order, hence every pager, menu and county list), only the
 * pages that show a changed neighbourhood are written: its own, its neighbours' (their pager shows its name), its
 * county's and the pages that list every neighbourhood (the home page). Anything else (a layout, a stylesheet, the
 * settings, a photograph, a front page, a file added or deleted) writes every page, as a build does.
 */
import path from "node:path";
import type { Booklet } from "../content/model.ts";

export type SitePlan =
  | { kind: "all" }
  | {
      kind: "some";
      /** Slugs of the neighbourhoods whose pages are written. */
      neighbourhoods: ReadonlySet<string>;
      /** Slugs of the counties whose pages are written. */
      counties: ReadonlySet<string>;
    }
  | { kind: "none" };

/** One dev build: the site's pages it writes, and whether it writes the print preview too. */
export interface BuildPlan {
  site: SitePlan;
  print: boolean;
}

export interface SiteChange {
  /** Absolute paths of the files saved since the site was last written. */
  changed: readonly string[];
  contentDir: string;
  /** The booklet the site's pages show now; undefined when they show none yet (the first build, or only errors). */
  written: Booklet | undefined;
  /** The booklet just read. */
  next: Booklet;
}

/** A neighbourhood's file, e.g. <content>/neighbourhoods/aghasht.md: its slug. */
export function neighbourhoodSlugOf(file: string, contentDir: string): string | undefined {
  const relative = path.relative(contentDir, file).split(path.sep);
  const [folder, name, ...deeper] = relative;
  return folder === "neighbourhoods" && name?.endsWith(".md") && deeper.length === 0 ? name.slice(0, -3) : undefined;
}

/** Everything every page shows around its own content: the header, menus, footer, pagers' order. */
function frame(booklet: Booklet): string {
  const { settings, pages, neighbourhoods } = booklet;
  return JSON.stringify({ settings, pages, order: neighbourhoods.map((n) => [n.slug, n.countySlug]) });
}

export function planSiteRebuild({ changed, contentDir, written, next }: SiteChange): SitePlan {
  if (changed.length === 0 && written) return { kind: "none" };
  const slugs = changed.map((file) => neighbourhoodSlugOf(file, contentDir));
  if (!written || slugs.some((slug) => slug === undefined) || frame(written) !== frame(next)) return { kind: "all" };

  const before = new Map(written.neighbourhoods.map((n) => [n.slug, JSON.stringify(n)]));
  // The saved files themselves, and any page whose data the save changed (a neighbour's pager).
  const neighbourhoods = new Set(slugs as string[]);
  for (const n of next.neighbourhoods) if (before.get(n.slug) !== JSON.stringify(n)) neighbourhoods.add(n.slug);
  const counties = new Set(next.neighbourhoods.filter((n) => neighbourhoods.has(n.slug)).map((n) => n.countySlug));
  return { kind: "some", neighbourhoods, counties };
}

/** Which of a booklet's neighbourhoods and counties get pages in this build. */
export function pagedItems(booklet: Booklet, site: SitePlan): Pick<Booklet, "neighbourhoods" | "counties"> {
  if (site.kind === "all") return { neighbourhoods: booklet.neighbourhoods, counties: booklet.counties };
  if (site.kind === "none") return { neighbourhoods: [], counties: [] };
  return {
    neighbourhoods: booklet.neighbourhoods.filter((n) => site.neighbourhoods.has(n.slug)),
    counties: booklet.counties.filter((c) => site.counties.has(c.slug)),
  };
}

export interface TemplateFacts {
  /** One of the print pages (the booklet's /print/, the cover, the exhibition kit's). */
  print: boolean;
  /** Its front matter's `dependsOnNeighbourhoods: true`: it shows neighbourhoods' data, and is written after a save. */
  dependsOnNeighbourhoods: boolean;
}

/** Whether a build with this plan writes the template (a paginated one for the items of pagedItems only). */
export function writesTemplate(plan: BuildPlan, template: TemplateFacts): boolean {
  if (template.print) return plan.print;
  return plan.site.kind === "all" || (plan.site.kind === "some" && template.dependsOnNeighbourhoods);
}
