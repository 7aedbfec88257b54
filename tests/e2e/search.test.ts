/**
 * The sample site's search, in Chromium: a query typed on an Arabic keyboard, with Latin digits or with a space
 * for a نیم‌فاصله finds the neighbourhood; the filters narrow the results; and axe finds nothing to mark on the
 * search page or on a page of every other kind. One browser and one static server for the whole file.
 */
import fs from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import YAML from "yaml";
import type { Browser, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/cli.ts";
import { axeFindings } from "../helpers/axe.ts";
import { DEFAULT_BROWSER, launchBrowser } from "../../src/print/browser.ts";
import { serveStatic, type StaticServer } from "../../src/pipeline/static-server.ts";
import { loadBooklet } from "../../src/content/load.ts";
import { writeOrReuseSearchIndex } from "../../src/pipeline/search-index-reuse.ts";
import { searchSources } from "../../src/site/search-index.ts";
import { splitIntoShards } from "../../src/site/search-shards.ts";
import { removeTempDirs, tempDir } from "../helpers/content-tree.ts";

interface Source {
  slug: string;
  name: string;
  county: string;
  statuses: string[];
  /** The whole file, front matter and story. */
  raw: string;
}

const ZWNJ = "\u200c";
const STATUS_WORDS: Record<string, string> = { done: "انجام‌شده", ongoing: "در حال انجام", planned: "برنامه‌ریزی‌شده" };
let server: StaticServer;
let browser: Browser;
let page: Page;
let sources: Source[];
/** Site paths of a county page and a front page, from the settings and the pages folder. */
let countyPage: string;
let frontPage: string;
const violations: string[] = [];

beforeAll(async () => {
  const siteDir = path.join(inject("sampleOutput"), "site");
  const dir = path.join(PROJECT_ROOT, "content", "neighbourhoods");
  sources = await Promise.all(
    (await fs.readdir(dir)).sort().map(async (file) => {
      const raw = await fs.readFile(path.join(dir, file), "utf8");
      const { data } = matter(raw);
      const statuses = (data.actions as { status: string }[]).map((a) => a.status);
      return { slug: file.replace(/\.md$/, ""), name: data.name, county: data.county, statuses, raw };
    }),
  );
  const settings = YAML.parse(await fs.readFile(path.join(PROJECT_ROOT, "content", "booklet.yml"), "utf8"));
  countyPage = `counties/${(settings.counties as { slug: string }[])[0]!.slug}/`;
  const pageFiles = await fs.readdir(path.join(PROJECT_ROOT, "content", "pages"));
  frontPage = `pages/${pageFiles.sort()[0]!.replace(/\.md$/, "")}/`;
  server = await serveStatic(siteDir);
  browser = await launchBrowser(DEFAULT_BROWSER);
  page = await browser.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" || /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(String(error)));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await removeTempDirs();
});

/**
 * The search page for `query`, every result shown (the "more" button pressed until it goes), as site paths; of the
 * sample site, or of the site at `base`.
 */
async function search(query: string, base = server.url): Promise<{ status: string; links: string[] }> {
  await page.goto(new URL(`search/?${query}`, base).href, { waitUntil: "load" });
  await page.waitForFunction(() => /نتیجه/.test(document.getElementById("search-summary")?.textContent ?? ""));
  while (await page.$eval("#search-more", (button) => !(button as HTMLButtonElement).hidden)) {
    const count = await page.$$eval(".result", (items) => items.length);
    await page.click("#search-more");
    await page.waitForFunction((n) => document.querySelectorAll(".result").length > n, {}, count);
  }
  return {
    status: await page.$eval("#search-summary", (p) => p.textContent ?? ""),
    links: await page.$$eval(".result__title a", (links) => links.map((a) => new URL(a.href).pathname)),
  };
}
const q = (text: string) => `q=${encodeURIComponent(text)}`;
const neighbourhoodLinks = (links: string[]) => links.filter((link) => link.startsWith("/neighbourhoods/"));

describe("search, typed the way Persian readers type", () => {
  it("finds a neighbourhood whose name is typed with Arabic kaf and yeh", async () => {
    const picked = sources.filter((s) => /[کی]/.test(s.name)).slice(0, 3);
    expect(picked.length).toBeGreaterThan(0);
    for (const source of picked) {
      const arabic = source.name.replace(/ک/g, "ك").replace(/ی/g, "ي");
      expect(arabic).not.toBe(source.name);
      const { links } = await search(q(arabic));
      expect(neighbourhoodLinks(links)[0], arabic).toBe(`/neighbourhoods/${source.slug}/`);
    }
  });

  it("finds every neighbourhood that mentions a year typed with Latin digits, and only those", async () => {
    const expected = sources.filter((s) => /1402|۱۴۰۲/.test(s.raw)).map((s) => `/neighbourhoods/${s.slug}/`);
    expect(expected.length).toBeGreaterThan(20);
    const { status, links } = await search(q("1402"));
    expect(neighbourhoodLinks(links).sort()).toEqual(expected.sort());
    expect(status).toMatch(/^[۰-۹]+ نتیجه برای «1402»$/);
  });

  it("finds each neighbourhood whose name has a نیم‌فاصله when a space is typed instead", async () => {
    const picked = sources.filter((s) => s.name.includes(ZWNJ)).slice(0, 6);
    expect(picked.length).toBeGreaterThan(0);
    for (const source of picked) {
      const spaced = source.name.replaceAll(ZWNJ, " ");
      const { links } = await search(q(spaced));
      expect(neighbourhoodLinks(links)[0], spaced).toBe(`/neighbourhoods/${source.slug}/`);
    }
  });

  it("filters by county and by the status of the actions, with or without a query", async () => {
    const county = sources[0]!.county;
    const expected = sources
      .filter((s) => s.county === county && s.statuses.includes("planned"))
      .map((s) => `/neighbourhoods/${s.slug}/`);
    const { links } = await search(`county=${encodeURIComponent(county)}&status=${STATUS_WORDS.planned}`);
    expect(neighbourhoodLinks(links).sort()).toEqual(expected.sort());
    // The form shows the filters the results were narrowed by.
    expect(await page.$eval("#search-county", (s) => (s as HTMLSelectElement).value)).toBe(county);
    expect(await page.$eval("#search-status", (s) => (s as HTMLSelectElement).value)).toBe(STATUS_WORDS.planned);
    const narrowed = await search(`${q("1402")}&county=${encodeURIComponent(county)}`);
    expect(narrowed.links.length).toBeGreaterThan(0);
    for (const link of neighbourhoodLinks(narrowed.links)) {
      expect(sources.find((s) => link === `/neighbourhoods/${s.slug}/`)?.county).toBe(county);
    }
  });

  it("says so in Persian when nothing is found, and lists results as links with excerpts", async () => {
    const none = await search(q("زززز"));
    expect(none.links).toEqual([]);
    expect(none.status).toContain("پیدا نشد");
    expect(await page.$eval("#search-more", (button) => getComputedStyle(button).display)).toBe("none");
    await search(q(sources[0]!.name));
    const excerpt = await page.$eval(".result__excerpt", (p) => p.innerHTML);
    expect(excerpt).toContain("<mark>");
  });

  it("runs under the search page's policy with no error, and the header's form leads to it", async () => {
    expect(violations).toEqual([]);
    await page.goto(server.url, { waitUntil: "load" });
    await page.type("#site-search-q", sources[1]!.name);
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).pathname).toBe("/search/");
    await page.waitForSelector(".result");
    expect(violations).toEqual([]);
  });
});

describe("search in an index of several shards", () => {
  /** The sample's records in shards of 20: four shards instead of one. */
  const SHARD_SIZE = 20;
  let sharded: StaticServer;
  /** Each neighbourhood's shard, by slug. */
  const shardOf = new Map<string, number>();
  let manifest: string;

  beforeAll(async () => {
    // The sample site as built, its index written again in shards.
    const sample = path.join(inject("sampleOutput"), "site");
    const siteDir = await tempDir();
    await fs.cp(sample, siteDir, { recursive: true, filter: (from) => path.relative(sample, from) !== "pagefind" });
    const booklet = await loadBooklet(path.join(PROJECT_ROOT, "content"));
    const { shards } = await writeOrReuseSearchIndex(booklet, siteDir, await tempDir(), SHARD_SIZE);
    expect(shards).toBeGreaterThanOrEqual(3);
    splitIntoShards(searchSources(booklet), SHARD_SIZE).forEach((shard, k) => {
      for (const { url } of shard) shardOf.set(url.replace(/^\/neighbourhoods\/(.*)\/$/, "$1"), k);
    });
    sharded = await serveStatic(siteDir);
    manifest = path.join(siteDir, "pagefind", "shards.json");
  });

  afterAll(async () => {
    await sharded?.close();
  });

  it("finds a neighbourhood of any shard by its name, with the same results as the index in one piece", async () => {
    const picked = sources.filter((s) => shardOf.get(s.slug)! > 0).slice(0, 2);
    expect(picked.length).toBeGreaterThan(0);
    for (const source of picked) {
      const { links } = await search(q(source.name), sharded.url);
      expect(neighbourhoodLinks(links), source.name).toContain(`/neighbourhoods/${source.slug}/`);
    }
    // Every shard holds pages that mention 1402: all of them are found, as many as in the one-piece index.
    const expected = sources.filter((s) => /1402|۱۴۰۲/.test(s.raw)).map((s) => `/neighbourhoods/${s.slug}/`);
    expect(new Set(expected.map((link) => shardOf.get(link.split("/")[2]!))).size).toBeGreaterThanOrEqual(3);
    const whole = await search(q("1402"));
    const inShards = await search(q("1402"), sharded.url);
    expect(inShards.status).toBe(whole.status);
    expect(neighbourhoodLinks(inShards.links).sort()).toEqual(expected.sort());
    expect(inShards.links.sort()).toEqual(whole.links.sort());
    // Excerpts come from the shard that holds the page.
    expect(await page.$eval(".result__excerpt", (p) => p.innerHTML)).toContain("<mark>");
  });

  it("narrows the results by county across the shards, with and without a query", async () => {
    const county = sources[0]!.county;
    const inCounty = sources.filter((s) => s.county === county);
    expect(new Set(inCounty.map((s) => shardOf.get(s.slug))).size).toBeGreaterThan(1);
    const filtered = await search(`county=${encodeURIComponent(county)}`, sharded.url);
    expect(neighbourhoodLinks(filtered.links).sort()).toEqual(inCounty.map((s) => `/neighbourhoods/${s.slug}/`).sort());
    const query = `${q("1402")}&county=${encodeURIComponent(county)}`;
    const narrowed = await search(query, sharded.url);
    expect(narrowed.links.length).toBeGreaterThan(0);
    for (const link of neighbourhoodLinks(narrowed.links)) {
      expect(sources.find((s) => link === `/neighbourhoods/${s.slug}/`)?.county).toBe(county);
    }
    expect(narrowed.links.sort()).toEqual((await search(query)).links.sort());
    expect(violations).toEqual([]);
  });

  it("searches the primary bundle alone when there is no list of shards (an index made before shards)", async () => {
    await fs.rm(manifest);
    const primary = sources.find((s) => shardOf.get(s.slug) === 0)!;
    const other = sources.find((s) => shardOf.get(s.slug)! > 0)!;
    expect(neighbourhoodLinks((await search(q(primary.name), sharded.url)).links)).toContain(
      `/neighbourhoods/${primary.slug}/`,
    );
    expect(neighbourhoodLinks((await search(q(other.name), sharded.url)).links)).not.toContain(
      `/neighbourhoods/${other.slug}/`,
    );
  });
});

describe("accessibility (axe-core: WCAG 2.2 AA and best practices)", () => {
  it("marks nothing on the search page, with and without results, or on a page of every other kind", async () => {
    await page.setBypassCSP(true);
    const first = sources[0]!.slug;
    const last = sources.at(-1)!.slug;
    const pages = ["search/", `search/?${q(sources[0]!.name)}`, "", countyPage, `neighbourhoods/${first}/`];
    pages.push(`neighbourhoods/${last}/`, frontPage, "404.html");
    const found: Record<string, unknown> = {};
    for (const url of pages) {
      await page.goto(new URL(url, server.url).href, { waitUntil: "load" });
      if (url.includes("?q=")) await page.waitForSelector(".result");
      const findings = await axeFindings(page);
      if (findings.length) found[url] = findings;
    }
    expect(found).toEqual({});
  });
});
