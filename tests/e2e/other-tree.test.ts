/**
 * Nothing is tied to the sample: a different tree of five neighbourhoods in two counties, hosted under a path
 * prefix, built with `ketabche exhibit --content … --output …` (the site and the exhibition kit) from another
 * working directory.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ketabche, TEST_IMAGE_CACHE } from "../helpers/cli.ts";
import {
  removeTempDirs,
  tempDir,
  warmCacheCopy,
  writeContentTree,
  type TreeNeighbourhood,
} from "../helpers/content-tree.ts";
import { brokenReferences, htmlFiles, readPage, text } from "../helpers/site.ts";

const counties = [
  { slug: "north", name: "شمال" },
  { slug: "south", name: "جنوب" },
  { slug: "empty", name: "بی‌محله" },
];
const done = { title: "کار انجام‌شده", agency: "دستگاه الف", status: "done" as const, date: "1402-01-10" };
const ongoing = { title: "کار جاری", agency: "دستگاه ب", status: "ongoing" as const, date: "1403-02-20" };
const planned = { title: "کار آینده", agency: "دستگاه ج", status: "planned" as const, date: "1404-06-31" };
const neighbourhoods: TreeNeighbourhood[] = [
  { slug: "alef", name: "الف", county: "شمال", order: 2, members: 10, trained: 4, actions: [done, ongoing] },
  { slug: "be", name: "ب", county: "north", order: 1, members: 20, trained: 20, actions: [done] },
  { slug: "pe", name: "پ", county: "جنوب", members: 30, trained: 1, actions: [planned, done, done] },
  { slug: "te", name: "ت", county: "جنوب", order: 5, members: 5, trained: 5, actions: [] },
  { slug: "se", name: "ث", county: "جنوب", order: 4, members: 1, trained: 0, actions: [ongoing] },
];

let siteDir: string;
let exhibitDir: string;

afterAll(removeTempDirs);

beforeAll(async () => {
  const content = await writeContentTree({ counties, neighbourhoods, pathPrefix: "/booklets/alborz/" });
  const work = await tempDir("ketabche-cwd-");
  // Its own copy of the image cache: no page plan of another tree's booklet can leak into this site's links.
  const cache = await warmCacheCopy(TEST_IMAGE_CACHE);
  // `ketabche exhibit` builds the site too, with the exhibition kit's posters and handouts linked from it.
  const result = await ketabche(["exhibit", "--content", path.relative(work, content), "--output", "out"], {
    cwd: work,
    cache,
  });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  siteDir = path.join(work, "out", "site");
  exhibitDir = path.join(work, "out", "exhibit");
}, 300_000);

describe("another content tree", () => {
  it("gives one page per neighbourhood and no more", async () => {
    const pages = await fs.readdir(path.join(siteDir, "neighbourhoods"));
    expect(pages.sort()).toEqual(["alef", "be", "pe", "se", "te"]);
  });

  it("computes the totals from its own content", async () => {
    const home = await readPage(path.join(siteDir, "index.html"));
    // neighbourhoods 5; done 4; ongoing 2; members 66; trained 30; agencies 3
    expect(home.querySelectorAll(".stats .stat dd").map(text)).toEqual(["۵", "۴", "۲", "۶۶", "۳۰", "۳"]);
    const south = await readPage(path.join(siteDir, "counties", "south", "index.html"));
    expect(south.querySelectorAll(".stats .stat dd").map(text)).toEqual(["۳", "۲", "۱", "۳۶", "۶", "۳"]);
  });

  it("orders neighbourhoods by county, then by order, with unordered ones last", async () => {
    const home = await readPage(path.join(siteDir, "index.html"));
    expect(home.querySelectorAll(".card__title").map(text)).toEqual(["ب", "الف", "ث", "ت", "پ"]);
    expect(home.querySelector("#county-empty")).toBeNull();
  });

  it("puts every URL under the path prefix, and every one resolves", async () => {
    expect(await brokenReferences(siteDir, "/booklets/alborz/")).toEqual([]);
    const home = await fs.readFile(path.join(siteDir, "index.html"), "utf8");
    expect(home).toMatch(/href="\/booklets\/alborz\/assets\/css\/site\.[0-9a-f]{10}\.css"/);
    const headers = await fs.readFile(path.join(siteDir, "_headers"), "utf8");
    expect(headers).toMatch(/^\/booklets\/alborz\/assets\/\*$/m);
    expect(home).toContain('<link rel="canonical" href="https://example.org/booklets/alborz/">');
  });

  it("gets a poster and a handout for each of its neighbourhoods, and one poster per county that has any", async () => {
    const names = (dir: string) => fs.readdir(path.join(exhibitDir, dir)).then((files) => files.sort());
    const files = ["alef.pdf", "be.pdf", "pe.pdf", "se.pdf", "te.pdf"];
    expect(await names("posters")).toEqual(files);
    expect(await names("handouts")).toEqual(files);
    expect(await names("counties")).toEqual(["north.pdf", "south.pdf"]);
  });

  it("shows no sample notice when the content is not a sample", async () => {
    for (const file of await htmlFiles(siteDir))
      expect((await readPage(file)).querySelector(".sample-note")).toBeNull();
  });
});
