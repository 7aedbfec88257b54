/**
 * The website built from the sample content (tests/global-setup.ts), read back: every neighbourhood page with its name, indicators and
 * images; every internal link and image resolving; right-to-left Persian pages throughout.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadBooklet } from "../../src/content/load.ts";
import type { Booklet } from "../../src/content/model.ts";
import { formatNumber } from "../../src/typography/numbers.ts";
import { PROJECT_ROOT } from "../helpers/cli.ts";
import { brokenReferences, htmlFiles, readPage, text } from "../helpers/site.ts";

const CONTENT = path.join(PROJECT_ROOT, "content");
let booklet: Booklet;
let siteDir: string;

beforeAll(async () => {
  booklet = await loadBooklet(CONTENT);
  siteDir = path.join(inject("sampleOutput"), "site");
});

describe("the sample site", () => {
  it("has a page for every neighbourhood file, with its name, indicators and images", async () => {
    const files = (await fs.readdir(path.join(CONTENT, "neighbourhoods"))).filter((f) => f.endsWith(".md"));
    expect(booklet.neighbourhoods).toHaveLength(files.length);
    for (const n of booklet.neighbourhoods) {
      const page = await readPage(path.join(siteDir, "neighbourhoods", n.slug, "index.html"));
      expect(text(page.querySelector("h1"))).toBe(n.name);
      const labels = page.querySelectorAll(".indicator__label").map(text);
      expect(labels).toEqual(n.indicators.map((i) => i.label));
      const alts = page.querySelectorAll("main img").map((img) => img.getAttribute("alt"));
      expect(alts).toEqual([n.cover.alt, ...n.gallery.map((g) => g.alt)]);
      for (const img of page.querySelectorAll("main img")) {
        expect(img.getAttribute("width")).toMatch(/^\d+$/);
        expect(img.getAttribute("height")).toMatch(/^\d+$/);
      }
      expect(page.querySelectorAll("main picture source[type='image/avif']").length).toBe(1 + n.gallery.length);
      expect(page.querySelectorAll(".action")).toHaveLength(n.actions.length);
    }
  });

  it("has a home page with the totals computed from the content", async () => {
    const home = await readPage(path.join(siteDir, "index.html"));
    expect(text(home.querySelector("h1"))).toBe(booklet.settings.title);
    const stats = home.querySelectorAll(".stats .stat dd").map(text);
    expect(stats).toEqual(
      [
        booklet.totals.neighbourhoods,
        booklet.totals.actions.done,
        booklet.totals.actions.ongoing,
        booklet.totals.networkMembers,
        booklet.totals.networkTrained,
        booklet.totals.agencies,
      ].map(formatNumber),
    );
    expect(home.querySelector("svg.chart")).not.toBeNull();
    expect(home.querySelectorAll(".card")).toHaveLength(booklet.neighbourhoods.length);
  });

  it("has county pages, front pages and a 404 page", async () => {
    for (const county of booklet.counties.filter((c) => c.neighbourhoods.length > 0)) {
      const page = await readPage(path.join(siteDir, "counties", county.slug, "index.html"));
      expect(page.querySelectorAll(".card")).toHaveLength(county.neighbourhoods.length);
    }
    for (const front of booklet.pages) {
      const page = await readPage(path.join(siteDir, "pages", front.slug, "index.html"));
      expect(text(page.querySelector("h1"))).toBe(front.title);
    }
    await expect(fs.access(path.join(siteDir, "404.html"))).resolves.toBeUndefined();
  });

  it("links neighbourhoods in booklet order with previous and next", async () => {
    const [first, second] = booklet.neighbourhoods;
    const page = await readPage(path.join(siteDir, "neighbourhoods", first!.slug, "index.html"));
    expect(page.querySelector("a[rel=next]")?.getAttribute("href")).toBe(`/neighbourhoods/${second!.slug}/`);
    expect(page.querySelector("a[rel=prev]")).toBeNull();
  });

  it("is right-to-left Persian on every page", async () => {
    for (const file of await htmlFiles(siteDir)) {
      const html = (await readPage(file)).querySelector("html")!;
      expect([path.relative(siteDir, file), html.getAttribute("lang"), html.getAttribute("dir")]).toEqual([
        path.relative(siteDir, file),
        "fa",
        "rtl",
      ]);
    }
  });

  it("says on every page that the content is a sample", async () => {
    expect(booklet.settings.sample).toBe(true);
    for (const file of await htmlFiles(siteDir))
      expect(text((await readPage(file)).querySelector(".sample-note"))).toContain("نمونه");
  });

  it("resolves every internal link and image", async () => {
    expect(await brokenReferences(siteDir, "/")).toEqual([]);
  });

  it("shows Persian typography in the output, not the editors' Arabic letters and Latin digits", async () => {
    for (const n of booklet.neighbourhoods) {
      const body = text(
        (await readPage(path.join(siteDir, "neighbourhoods", n.slug, "index.html"))).querySelector("main"),
      );
      expect(body, n.slug).not.toMatch(/[يك]/);
      expect(body, n.slug).not.toMatch(/[0-9]/);
    }
  });
});
