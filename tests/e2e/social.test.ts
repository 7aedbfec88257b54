/**
 * How the sample site is shared and how much a phone downloads: every page's Open Graph image exists at
 * 1200 × 630, icons and manifest resolve, JSON-LD describes the publisher and each neighbourhood; in Chromium,
 * the home page's cards load the smallest photograph that fills them, and the home page stays within its budget.
 */
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import YAML from "yaml";
import { PROJECT_ROOT } from "../helpers/cli.ts";
import { htmlFiles, readPage } from "../helpers/site.ts";
import { DEFAULT_BROWSER, launchBrowser } from "../../src/print/browser.ts";
import { serveStatic, type StaticServer } from "../../src/pipeline/static-server.ts";

/** What a phone may download for the home page: HTML, stylesheet, font and the images it shows at 390 px. */
const HOME_BUDGET = 300 * 1024;

let siteDir: string;
let base: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  siteDir = path.join(inject("sampleOutput"), "site");
  const settings = YAML.parse(await fs.readFile(path.join(PROJECT_ROOT, "content", "booklet.yml"), "utf8"));
  base = new URL(settings.pathPrefix ?? "/", settings.baseUrl).href;
  server = await serveStatic(siteDir);
  browser = await launchBrowser(DEFAULT_BROWSER);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The file an absolute URL of the site stands for. */
const fileOf = (url: string) => {
  expect(url.startsWith(base), url).toBe(true);
  return path.join(siteDir, decodeURIComponent(url.slice(base.length)));
};

describe("sharing", () => {
  it("gives every public page Open Graph and Twitter tags whose image exists at 1200 × 630", async () => {
    const pages = (await htmlFiles(siteDir)).filter((f) => !path.relative(siteDir, f).startsWith("print"));
    expect(pages.length).toBeGreaterThan(70);
    const images = new Map<string, string>();
    for (const file of pages) {
      const page = await readPage(file);
      const meta = (property: string) =>
        page.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute("content");
      const name = path.relative(siteDir, file);
      expect(meta("og:title"), name).toBeTruthy();
      expect(meta("og:description"), name).toBe(
        page.querySelector('meta[name="description"]')?.getAttribute("content"),
      );
      expect(meta("twitter:card"), name).toBe("summary_large_image");
      const image = meta("og:image")!;
      images.set(name, image);
      if (name === "404.html") continue;
      expect(meta("og:url"), name).toBe(page.querySelector('link[rel="canonical"]')?.getAttribute("href"));
    }
    for (const image of new Set(images.values())) {
      const { width, height, format } = await sharp(fileOf(image)).metadata();
      expect([image, width, height, format]).toEqual([image, 1200, 630, "jpeg"]);
    }
    // Each neighbourhood shares a picture of its own; every other page the site's one.
    const neighbourhoods = [...images].filter(([name]) => name.startsWith("neighbourhoods"));
    expect(new Set(neighbourhoods.map(([, image]) => image)).size).toBe(neighbourhoods.length);
    expect(neighbourhoods.map(([, image]) => image)).not.toContain(images.get("index.html"));
  });

  it("links icons and a manifest that exist, with the sizes they claim", async () => {
    const home = await readPage(path.join(siteDir, "index.html"));
    const hrefs = home
      .querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"]')
      .map((l) => l.getAttribute("href")!);
    expect(hrefs.length).toBe(3);
    for (const href of hrefs) await fs.access(path.join(siteDir, href));
    const ico = await fs.readFile(path.join(siteDir, "favicon.ico"));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const manifest = JSON.parse(await fs.readFile(path.join(siteDir, "manifest.webmanifest"), "utf8"));
    expect(manifest).toMatchObject({ lang: "fa", dir: "rtl", start_url: new URL(base).pathname });
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const { width, height } = await sharp(
        path.join(siteDir, icon.src.slice(new URL(base).pathname.length)),
      ).metadata();
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
  });

  it("describes the publisher and each neighbourhood in JSON-LD", async () => {
    const settings = YAML.parse(await fs.readFile(path.join(PROJECT_ROOT, "content", "booklet.yml"), "utf8"));
    for (const file of await htmlFiles(path.join(siteDir, "neighbourhoods"))) {
      const page = await readPage(file);
      const graph = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent)["@graph"];
      const publisher = graph.find((node: { "@type": string }) => node["@type"] === "GovernmentOrganization");
      expect(publisher.name).toBe(settings.organisation);
      const article = graph.find((node: { "@type": string }) => node["@type"] === "Article");
      const name = page.querySelector("h1")!.textContent.trim();
      expect(article.headline).toBe(name);
      expect(article.about).toMatchObject({ "@type": "Place", name });
    }
  });
});

describe("what a phone downloads", () => {
  it("loads the smallest card photograph that fills each card, at 390 px and at 1280 px", async () => {
    const page = await browser.newPage();
    for (const [width, scale] of [
      [390, 1.75],
      [1280, 1],
    ] as const) {
      await page.setViewport({ width, height: 900, deviceScaleFactor: scale });
      await page.goto(server.url, { waitUntil: "load" });
      const cards = await page.$$eval(".card__image img", async (images) => {
        // The cards' photographs load lazily: each is brought on screen and loaded before it is measured.
        for (const img of images.slice(0, 6) as HTMLImageElement[]) {
          img.scrollIntoView();
          if (!img.complete || !img.currentSrc) await new Promise((resolve) => img.addEventListener("load", resolve));
        }
        return images.slice(0, 6).map((img) => ({
          rendered: img.getBoundingClientRect().width,
          loaded: Number(/-(\d+)\.\w+$/.exec(img.currentSrc)![1]),
          offered: [...(img.parentElement!.querySelector("source")?.srcset ?? img.srcset).matchAll(/-(\d+)\.\w+ \d+w/g)]
            .map((m) => Number(m[1]))
            .sort((a, b) => a - b),
        }));
      });
      for (const card of cards) {
        const needed = card.offered.find((w) => w >= card.rendered * scale) ?? card.offered.at(-1);
        expect([width, card.rendered, card.loaded]).toEqual([width, card.rendered, needed]);
      }
    }
    await page.close();
  });

  it(`keeps the home page within ${HOME_BUDGET / 1024} KB on a phone`, async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const client = await page.createCDPSession();
    await client.send("Network.enable");
    const bytes: number[] = [];
    client.on("Network.loadingFinished", (event) => bytes.push(event.encodedDataLength));
    await page.goto(server.url, { waitUntil: "networkidle0" });
    // Lazy images below the fold load as the reader scrolls; the budget is for what the first screen costs.
    const total = bytes.reduce((a, b) => a + b, 0);
    console.log(`home page at 390 px: ${Math.round(total / 1024)} KB in ${bytes.length} responses`);
    expect(total).toBeLessThanOrEqual(HOME_BUDGET);
    await page.close();
  });
});
