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
});

/** The search page for `query`, every result shown (the "more" button pressed until it goes), as site paths. */
async function search(query: string): Promise<{ status: string; links: string[] }> {
  await page.goto(new URL(`search/?${query}`, server.url).href, { waitUntil: "load" });
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
