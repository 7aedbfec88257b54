/**
 * The typed booklet that templates and the print pipeline read: validated content, put in booklet order,
 * with the figures that are derived from it (never written by hand).
 */
import type { ActionStatus, NeighbourhoodFrontMatter, Settings } from "./schema.ts";

export interface Neighbourhood extends Omit<NeighbourhoodFrontMatter, "county"> {
  slug: string;
  countySlug: string;
  countyName: string;
  /** Markdown body, rendered by the templates' markdown filter. */
  body: string;
  /** Source file, relative to the content folder. */
  source: string;
  previous?: { slug: string; name: string };
  next?: { slug: string; name: string };
}

export interface County {
  slug: string;
  name: string;
  neighbourhoods: Neighbourhood[];
  totals: Totals;
}

export interface FrontPage {
  slug: string;
  title: string;
  order: number;
  body: string;
  source: string;
}

export interface Totals {
  neighbourhoods: number;
  population: number;
  actions: Record<ActionStatus, number>;
  networkMembers: number;
  networkTrained: number;
  agencies: number;
  /** Counties with at least one neighbourhood. */
  counties: number;
}

export interface Booklet {
  settings: Settings;
  /** Absolute path of the content folder the booklet was read from. */
  contentDir: string;
  pages: FrontPage[];
  counties: County[];
  /** All neighbourhoods in booklet order: by county as listed in the settings, then by `order`, then name. */
  neighbourhoods: Neighbourhood[];
  totals: Totals;
}

export function computeTotals(neighbourhoods: readonly Neighbourhood[]): Totals {
  const actions: Record<ActionStatus, number> = { done: 0, ongoing: 0, planned: 0 };
  const agencies = new Set<string>();
  const counties = new Set<string>();
  let population = 0;
  let networkMembers = 0;
  let networkTrained = 0;
  for (const n of neighbourhoods) {
    population += n.population;
    networkMembers += n.network.members;
    networkTrained += n.network.trained;
    counties.add(n.countySlug);
    for (const action of n.actions) {
      actions[action.status] += 1;
      agencies.add(action.agency);
    }
  }
  return {
    neighbourhoods: neighbourhoods.length,
    population,
    actions,
    networkMembers,
    networkTrained,
    agencies: agencies.size,
    counties: counties.size,
  };
}

const collator = new Intl.Collator("fa");

export function bookletOrder(a: Neighbourhood, b: Neighbourhood): number {
  return (
    (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || collator.compare(a.name, b.name)
  );
}

/** The validated files put in booklet order, with the figures derived from them. */
export function assembleBooklet(
  root: string,
  settings: Settings,
  pages: FrontPage[],
  neighbourhoods: Neighbourhood[],
): Booklet {
  const counties: County[] = settings.counties.map((county) => {
    const members = neighbourhoods.filter((n) => n.countySlug === county.slug).sort(bookletOrder);
    return { slug: county.slug, name: county.name, neighbourhoods: members, totals: computeTotals(members) };
  });
  const ordered = counties.flatMap((c) => c.neighbourhoods);
  ordered.forEach((n, i) => {
    const previous = ordered[i - 1];
    const next = ordered[i + 1];
    if (previous) n.previous = { slug: previous.slug, name: previous.name };
    if (next) n.next = { slug: next.slug, name: next.name };
  });
  return { settings, contentDir: root, pages, counties, neighbourhoods: ordered, totals: computeTotals(ordered) };
}
