/**
 * The website built from the sample content (tests/e2e/global-setup.ts), read back: every neighbourhood page with
 * its name, population, indicators and images; totals, counties and order; every internal link and image resolving;
 * right-to-left Persian pages throughout. What the pages should say is read here from the content files themselves
 * (their YAML, parsed with the `yaml` package), never from ketabche's loader or model.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import YAML from "yaml";
import { PROJECT_ROOT } from "../helpers/cli.ts";
import { brokenReferences, htmlFiles, readPage, text } from "../helpers/site.ts";

const CONTENT = path.join(PROJECT_ROOT, "content");

interface Written {
  slug: string;
  name: string;
  county: string;
  order?: number;
  population: number;
  network: { members: number; trained: number };
  actions: { agency: string; status: string }[];
  indicators: { label: string }[];
  cover: { alt: string };
  gallery?: { alt: string }[];
}

interface Settings {
  title: string;
  sample: boolean;
  counties: { slug: string; name: string }[];
}

/** Editors may write Persian digits; the numbers are the same. */
const num = (value: unknown) => Number(String(value).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)));

/** Persian digits with the Persian thousands separator, as a reader expects: 12500 → ۱۲٬۵۰۰. */
const persian = (n: number) =>
  String(n)
    .replace(/\B(?=(\d{3})+(?!\d))/g, "٬")
    .replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

/**
 * Text as written and text as shown, made comparable: the site corrects Persian typography (Arabic ي and ك, Latin
 * digits, a space where a zero-width non-joiner belongs), so both sides are folded the same way here, by hand.
 */
const fold = (value: string) =>
  value
    .replace(/ي/g, "ی")
    .replace(/ك/g, "ک")
    .replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)))
    .replace(/[\s\u200c]+/g, " ")
    .trim();

function frontMatter(file: string): Record<string, unknown> {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(file);
  return YAML.parse(match![1]!) as Record<string, unknown>;
}

let settings: Settings;
let written: Written[];
let frontPages: { slug: string; title: string }[];
let siteDir: string;

/** The neighbourhoods of a county, as written: by county name or slug. */
const inCounty = (county: { slug: string; name: string }) =>
  written.filter((n) => n.county === county.name || n.county === county.slug);

beforeAll(async () => {
  siteDir = path.join(inject("sampleOutput"), "site");
  settings = YAML.parse(await fs.readFile(path.join(CONTENT, "booklet.yml"), "utf8")) as Settings;
  const names = (await fs.readdir(path.join(CONTENT, "neighbourhoods"))).filter((f) => f.endsWith(".md")).sort();
  written = await Promise.all(
    names.map(async (name) => {
      const data = frontMatter(await fs.readFile(path.join(CONTENT, "neighbourhoods", name), "utf8"));
      const network = data.network as Record<string, unknown>;
      return {
        ...(data as unknown as Written),
        slug: name.replace(/\.md$/, ""),
        order: data.order === undefined ? undefined : num(data.order),
        population: num(data.population),
        network: { members: num(network.members), trained: num(network.trained) },
      };
    }),
  );
  const pageNames = (await fs.readdir(path.join(CONTENT, "pages"))).filter((f) => f.endsWith(".md"));
  frontPages = await Promise.all(
    pageNames.map(async (name) => ({
      slug: name.replace(/\.md$/, ""),
      title: String(frontMatter(await fs.readFile(path.join(CONTENT, "pages", name), "utf8")).title),
    })),
  );
  // The sample is large enough that every total below is a real sum.
  expect(written.length).toBeGreaterThan(50);
});

describe("the sample site", () => {
  it("has a page for every neighbourhood file, with its name, population, indicators, images and actions", async () => {
    const pages = await fs.readdir(path.join(siteDir, "neighbourhoods"));
    expect(pages.sort()).toEqual(written.map((n) => n.slug).sort());
    for (const n of written) {
      const page = await readPage(path.join(siteDir, "neighbourhoods", n.slug, "index.html"));
      expect(fold(text(page.querySelector("h1")))).toBe(fold(n.name));
      expect(text(page.querySelector(".page-header__meta"))).toContain(`جمعیت حدود ${persian(n.population)} نفر`);
      const labels = page.querySelectorAll(".indicator__label").map((label) => fold(text(label)));
      expect(labels).toEqual(n.indicators.map((i) => fold(i.label)));
      const alts = page.querySelectorAll("main img").map((img) => fold(img.getAttribute("alt") ?? ""));
      const gallery = n.gallery ?? [];
      expect(alts).toEqual([n.cover.alt, ...gallery.map((g) => g.alt)].map(fold));
      for (const img of page.querySelectorAll("main img")) {
        expect(img.getAttribute("width")).toMatch(/^\d+$/);
        expect(img.getAttribute("height")).toMatch(/^\d+$/);
      }
      expect(page.querySelectorAll("main picture source[type='image/avif']").length).toBe(1 + gallery.length);
      expect(page.querySelectorAll(".action")).toHaveLength(n.actions.length);
    }
  });

  it("has a home page with the totals of the content files, summed here", async () => {
    const home = await readPage(path.join(siteDir, "index.html"));
    expect(fold(text(home.querySelector("h1")))).toBe(fold(settings.title));
    const actions = written.flatMap((n) => n.actions);
    const expected = [
      written.length,
      actions.filter((a) => a.status === "done").length,
      actions.filter((a) => a.status === "ongoing").length,
      written.reduce((sum, n) => sum + n.network.members, 0),
      written.reduce((sum, n) => sum + n.network.trained, 0),
      new Set(actions.map((a) => a.agency)).size,
    ];
    expect(home.querySelectorAll(".stats .stat dd").map(text)).toEqual(expected.map(persian));
    expect(home.querySelector("svg.chart")).not.toBeNull();
    expect(home.querySelectorAll(".card")).toHaveLength(written.length);
  });

  it("has county pages with their own totals, front pages and a 404 page", async () => {
    let counties = 0;
    for (const county of settings.counties) {
      const members = inCounty(county);
      if (members.length === 0) continue;
      counties++;
      const page = await readPage(path.join(siteDir, "counties", county.slug, "index.html"));
      expect(page.querySelectorAll(".card")).toHaveLength(members.length);
      const actions = members.flatMap((n) => n.actions);
      const stats = page.querySelectorAll(".stats .stat dd").map(text);
      expect([county.slug, stats[0], stats[1], stats[3]]).toEqual([
        county.slug,
        persian(members.length),
        persian(actions.filter((a) => a.status === "done").length),
        persian(members.reduce((sum, n) => sum + n.network.members, 0)),
      ]);
    }
    expect(counties).toBeGreaterThan(1);
    for (const front of frontPages) {
      const page = await readPage(path.join(siteDir, "pages", front.slug, "index.html"));
      expect(fold(text(page.querySelector("h1")))).toBe(fold(front.title));
    }
    await expect(fs.access(path.join(siteDir, "404.html"))).resolves.toBeUndefined();
  });

  it("links neighbourhoods in booklet order (county, then order, then name) with previous and next", async () => {
    const collator = new Intl.Collator("fa");
    const ordered = settings.counties.flatMap((county) =>
      // Infinity − Infinity is NaN, which is falsy: two files without an order go by name.
      inCounty(county).sort(
        (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || collator.compare(a.name, b.name),
      ),
    );
    expect(ordered).toHaveLength(written.length);
    const home = await readPage(path.join(siteDir, "index.html"));
    expect(home.querySelectorAll(".card__title").map((t) => fold(text(t)))).toEqual(ordered.map((n) => fold(n.name)));
    for (const [i, n] of ordered.entries()) {
      const page = await readPage(path.join(siteDir, "neighbourhoods", n.slug, "index.html"));
      const next = page.querySelector("a[rel=next]")?.getAttribute("href") ?? null;
      const prev = page.querySelector("a[rel=prev]")?.getAttribute("href") ?? null;
      const link = (m?: Written) => (m ? `/neighbourhoods/${m.slug}/` : null);
      expect([n.slug, prev, next]).toEqual([n.slug, link(ordered[i - 1]), link(ordered[i + 1])]);
    }
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
    expect(settings.sample).toBe(true);
    for (const file of await htmlFiles(siteDir))
      expect(text((await readPage(file)).querySelector(".sample-note"))).toContain("نمونه");
  });

  it("resolves every internal link and image", async () => {
    expect(await brokenReferences(siteDir, "/")).toEqual([]);
  });

  it("shows Persian typography in the output, not the editors' Arabic letters and Latin digits", async () => {
    // The sample's files do have them (kuy-basij.md is written with Arabic ي and ك): the output must not.
    const source = await fs.readFile(path.join(CONTENT, "neighbourhoods", "kuy-basij.md"), "utf8");
    expect(source).toMatch(/[يك]/);
    for (const n of written) {
      const body = text(
        (await readPage(path.join(siteDir, "neighbourhoods", n.slug, "index.html"))).querySelector("main"),
      );
      expect(body, n.slug).not.toMatch(/[يك]/);
      expect(body, n.slug).not.toMatch(/[0-9]/);
    }
  });
});
