/**
 * The website's search index (Pagefind), written into the site's `pagefind/` folder after Eleventy. Records are
 * made from the validated content rather than scraped from the HTML: one per neighbourhood (name, county, city,
 * network, problems, actions, story), county and front page, each folded for search (src/typography/search-folding)
 * exactly as the search page folds a query. Neighbourhoods can be filtered by county and by their actions' status.
 * The records are split into shards, each a Pagefind bundle of its own (src/site/search-shards.ts).
 */
import fs from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { statusLabels } from "../book/labels.ts";
import { renderMarkdown } from "../content/markdown.ts";
import type { Booklet, Neighbourhood } from "../content/model.ts";
import { formatJalali, parseJalali } from "../typography/dates.ts";
import { formatNumber } from "../typography/numbers.ts";
import { foldForSearch } from "../typography/search-folding.ts";
import { DEFAULT_SHARD_SIZE, shardFolder, splitIntoShards, writeShardsManifest } from "./search-shards.ts";

export interface SearchRecord {
  /** Site path, e.g. /neighbourhoods/hesarak/ (Pagefind's script adds the path prefix). */
  url: string;
  title: string;
  /** Plain text, unfolded. */
  content: string;
  /** e.g. "شهرستان کرج"; shown under the title in the results. */
  kind: string;
  filters: Record<string, string[]>;
}

/** The two filters' names, as the search form's fields and Pagefind's filters. */
export const SEARCH_FILTERS = { county: "county", status: "status" } as const;

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** Plain text of the editors' Markdown, typeset as the pages show it. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => entities[name]!)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A searchable page: its URL, what its record is made from (with this code: a build keeps an index made from the
 * same inputs, src/pipeline/search-index-reuse.ts) and how to make its record, only when it is needed.
 */
export interface SearchSource {
  url: string;
  input: unknown;
  record: () => SearchRecord;
}

/** Every searchable page of the booklet; a record's sentences are separated so that excerpts read as text. */
export function searchSources(booklet: Booklet): SearchSource[] {
  // The pages' own renders, already made while Eleventy wrote them (the shared renderer remembers them).
  const text = (markdown: string) => plainText(renderMarkdown(markdown));
  // Each action as its page shows it: title, agency, status and date ("۲۰ بهمن ۱۴۰۲").
  const date = (iso: string) => {
    const parsed = parseJalali(iso);
    return parsed ? `، ${formatJalali(parsed)}` : "";
  };
  const neighbourhood = (n: Neighbourhood): SearchRecord => {
    const place = [`شهرستان ${n.countyName}`, n.city, n.district].filter(Boolean).join("، ");
    const actions = n.actions.map((a) => `${a.title} (${a.agency}، ${statusLabels[a.status]}${date(a.date)})`);
    return {
      url: `/neighbourhoods/${n.slug}/`,
      title: n.name,
      kind: place,
      content: [
        `${n.name}، ${place}. جمعیت ${formatNumber(n.population)} نفر. ${n.network.name}.`,
        `مسئله‌ها: ${n.problems.join("؛ ")}.`,
        actions.length ? `اقدام‌ها: ${actions.join("؛ ")}.` : "",
        text(n.body),
      ].join(" "),
      filters: {
        [SEARCH_FILTERS.county]: [n.countyName],
        [SEARCH_FILTERS.status]: [...new Set(n.actions.map((a) => statusLabels[a.status]))],
      },
    };
  };
  const county = ({ slug, name, neighbourhoods }: { slug: string; name: string; neighbourhoods: string[] }) => ({
    url: `/counties/${slug}/`,
    title: `شهرستان ${name}`,
    kind: "شهرستان",
    content: `شهرستان ${name}: ${neighbourhoods.join("، ")}.`,
    filters: { [SEARCH_FILTERS.county]: [name] },
  });
  return [
    ...booklet.neighbourhoods.map((n) => ({
      url: `/neighbourhoods/${n.slug}/`,
      input: n,
      record: () => neighbourhood(n),
    })),
    ...booklet.counties
      .filter((c) => c.neighbourhoods.length)
      .map((c) => {
        const input = { slug: c.slug, name: c.name, neighbourhoods: c.neighbourhoods.map((n) => n.name) };
        return { url: `/counties/${c.slug}/`, input, record: () => county(input) };
      }),
    ...booklet.pages.map((page) => ({
      url: `/pages/${page.slug}/`,
      input: page,
      record: () => ({
        url: `/pages/${page.slug}/`,
        title: page.title,
        kind: "",
        content: text(page.body),
        filters: {},
      }),
    })),
  ];
}

/** Every searchable page of the booklet as a record. */
export function searchRecords(booklet: Booklet): SearchRecord[] {
  return searchSources(booklet).map((source) => source.record());
}

/** Exactly what Pagefind is given for a record: its text folded for search. */
export function pagefindRecord(record: SearchRecord): pagefind.CustomRecord {
  return {
    url: record.url,
    content: foldForSearch(record.content),
    language: "fa",
    meta: { title: record.title, kind: record.kind },
    filters: record.filters,
  };
}

/** Exactly what Pagefind is given for `booklet`: one custom record per page. */
export function pagefindRecords(booklet: Booklet): pagefind.CustomRecord[] {
  return searchRecords(booklet).map(pagefindRecord);
}

/** One Pagefind bundle to make: its records, and the folder it is written into (a new, empty one). */
export interface PagefindBundle {
  records: pagefind.CustomRecord[];
  outputPath: string;
}

/**
 * Makes each bundle with one Pagefind service, one index each, one at a time: side by side is no faster on two cores
 * (4,031 records in 9 shards: 14.2 s one at a time, 15.4 s two at a time, 16.9 s all at once). The records are added
 * together, which is a little faster than one by one (the bundle's bytes are the same, build after build).
 */
export async function writePagefindBundles(bundles: PagefindBundle[]): Promise<void> {
  try {
    for (const { records, outputPath } of bundles) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
      const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
      const failed = added.flatMap((result) => result.errors);
      if (failed.length) throw new Error(`Pagefind: ${failed.join("; ")}`);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
      await index.deleteIndex();
      // Pagefind's ready-made interfaces (about 430 KB) are not used: the search page has a script of its own.
      for (const name of await fs.readdir(outputPath)) {
        if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) await fs.rm(path.join(outputPath, name));
      }
    }
  } finally {
    await pagefind.close();
  }
}

export interface SearchIndexResult {
  pages: number;
  shards: number;
  seconds: number;
}

/**
 * Writes the whole index of `booklet` (or of `records`, when they are already made) into `siteDir/pagefind/`, every
 * shard made by Pagefind, nothing kept (src/pipeline/search-index-reuse.ts is the build's way, with a cache).
 */
export async function writeSearchIndex(
  booklet: Booklet,
  siteDir: string,
  records = pagefindRecords(booklet),
  shardSize = DEFAULT_SHARD_SIZE,
): Promise<SearchIndexResult> {
  const started = Date.now();
  const shards = splitIntoShards(records, shardSize);
  const pagefindDir = path.join(siteDir, "pagefind");
  // Removed first: Pagefind writes into files that are there, and an earlier index's may be hard links.
  await fs.rm(pagefindDir, { recursive: true, force: true });
  await writePagefindBundles(
    shards.map((shard, k) => ({ records: shard, outputPath: path.join(pagefindDir, shardFolder(k)) })),
  );
  await writeShardsManifest(pagefindDir, shards.length);
  return { pages: records.length, shards: shards.length, seconds: (Date.now() - started) / 1000 };
}
