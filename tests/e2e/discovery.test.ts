/** What makes the sample site findable: its sitemap lists exactly the public pages, and robots.txt points at it. */
import fs from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import YAML from "yaml";
import { PROJECT_ROOT } from "../helpers/cli.ts";
import { htmlFiles } from "../helpers/site.ts";

let siteDir: string;
let base: string;

beforeAll(async () => {
  siteDir = path.join(inject("sampleOutput"), "site");
  // The sample's address, read from its settings here rather than from the code under test.
  const settings = YAML.parse(await fs.readFile(path.join(PROJECT_ROOT, "content", "booklet.yml"), "utf8")) as {
    baseUrl: string;
    pathPrefix?: string;
  };
  base = new URL(settings.pathPrefix ?? "/", settings.baseUrl).href;
});

describe("the sitemap and robots.txt", () => {
  it("list every public page, and only those, by absolute address with the day it last changed", async () => {
    const xml = await fs.readFile(path.join(siteDir, "sitemap.xml"), "utf8");
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod><\/url>/g)];
    const listed = entries.map((m) => m[1]!).sort();
    // Public pages: every HTML file but the 404 page and the booklet's print pages.
    const pages = (await htmlFiles(siteDir))
      .map((file) => path.relative(siteDir, file))
      .filter((file) => file !== "404.html" && !file.startsWith("print/"))
      .map((file) => new URL(file.replace(/index\.html$/, ""), base).href)
      .sort();
    expect(pages.length).toBeGreaterThan(70);
    expect(listed).toEqual(pages);
    for (const [, , lastmod] of entries) expect(lastmod).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  it("robots.txt allows crawling and names the sitemap", async () => {
    const robots = await fs.readFile(path.join(siteDir, "robots.txt"), "utf8");
    expect(robots).toContain("User-agent: *");
    expect(robots).toContain(`Sitemap: ${new URL("sitemap.xml", base).href}`);
  });
});
