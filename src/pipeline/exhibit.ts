/**
 * The exhibition kit, from a built site's print pages (layouts/exhibit/, src/print/exhibit/) to output/exhibit/:
 *   1. serve  the staged site, whose /print/exhibit/ pages Eleventy wrote with the booklet's other pages;
 *   2. print  every poster and handout in ONE Chromium, on two tabs that are reused (a new tab or browser per file
 *             would cost more than the printing): load, fit (src/print/exhibit/fit.ts), print at the file's size;
 *   3. finish each PDF as the booklet's (metadata, reading order, text layer); join the handouts into one file;
 *   4. publish the PDFs in the site too (/exhibit/…, linked from each neighbourhood's page) and in output/exhibit/.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "puppeteer";
import { exhibitChoice, posterGeometry, type PosterSize } from "../book/poster-sizes.ts";
import type { Booklet } from "../content/model.ts";
import { BrowserError, killBrowser, launchBrowser } from "../print/browser.ts";
import { finishExhibitPdf, joinHandouts } from "../print/exhibit/finish.ts";
import { fitPage, type FitReport } from "../print/exhibit/fit.ts";
import { lowResolutionPosters, type PosterLowResolution } from "../print/exhibit/images.ts";
import {
  exhibitDocuments,
  EXHIBIT_SITE_DIR,
  HANDOUTS_ALL,
  type ExhibitDocument,
  type ExhibitKind,
} from "../print/exhibit/kit.ts";
import type { ExhibitPressResult } from "./exhibit-press.ts";
import type { BuildOptions } from "./options.ts";
import { serveStatic } from "./static-server.ts";

export type ExhibitProgress =
  { step: "print"; done: number; total: number; seconds: number } | { step: "press"; seconds: number };

export interface ExhibitProblem {
  /** The file inside output/exhibit/. */
  file: string;
  /** What does not fit, or how many pages the file came out with when it should have fewer. */
  overflow: FitReport["overflow"];
  pages?: number;
}

export interface ExhibitResult {
  poster: PosterSize;
  counts: Record<ExhibitKind, number>;
  /** Bytes of every file written, handouts-all.pdf included. */
  bytes: number;
  seconds: number;
  /** Files in which a name was shrunk, a list shortened or an excerpt cut to fit (fine: reported for the curious). */
  fitted: number;
  problems: ExhibitProblem[];
  lowResolution: PosterLowResolution[];
  /** The print shop's files of the kit (output/exhibit/press/), when the press options are on. */
  press?: ExhibitPressResult;
}

/** The booklet with the kit turned on (`ketabche exhibit` makes it whatever the settings say). */
export function withExhibit(booklet: Booklet): Booklet {
  if (booklet.settings.exhibit) return booklet;
  return { ...booklet, settings: { ...booklet.settings, exhibit: true } };
}

export const exhibitEnabled = (booklet: Booklet) => exhibitChoice(booklet.settings.exhibit).enabled;

export interface ExhibitBuild {
  booklet: Booklet;
  options: BuildOptions;
  /** The staged site with the kit's print pages in it; the PDFs are published into it as well. */
  siteDir: string;
  /** Where the PDFs go (a staging folder, published as output/exhibit/). */
  exhibitDir: string;
  onProgress?: (event: ExhibitProgress) => void;
  /** Tabs printing at once; two on the two-core build machine. */
  tabs?: number;
}

const keywordsOf = (doc: ExhibitDocument, booklet: Booklet): string[] => {
  const county = booklet.neighbourhoods.find((n) => n.slug === doc.slug)?.countyName;
  const kind = { poster: "پوستر", handout: "برگه معرفی", county: "پوستر شهرستان", province: "پوستر استان" };
  return [...(county ? [county] : []), kind[doc.kind]];
};

const titleOf = (doc: ExhibitDocument): string =>
  ({
    poster: `پوستر محله ${doc.name}`,
    handout: `برگه معرفی محله ${doc.name}`,
    county: `پوستر شهرستان ${doc.name}`,
    province: `پوستر استان ${doc.name}`,
  })[doc.kind];

async function printOne(page: Page, url: string, doc: ExhibitDocument, timeout: number) {
  await page.goto(url, { waitUntil: "load", timeout });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const fit = await page.evaluate(fitPage);
  const pdf = await page.pdf({
    width: `${doc.width}mm`,
    height: `${doc.height}mm`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    preferCSSPageSize: false,
    printBackground: true,
    tagged: true,
    outline: false,
    timeout,
  });
  return { pdf, fit };
}

/** Hard links where the file system allows (the site and output/exhibit/ then share the bytes), else copies. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await fs.mkdir(path.dirname(to), { recursive: true });
  await fs.link(from, to).catch(() => fs.copyFile(from, to));
}

export async function renderExhibit(build: ExhibitBuild): Promise<ExhibitResult> {
  const started = Date.now();
  const { booklet, options, exhibitDir } = build;
  const settings = booklet.settings;
  const choice = exhibitChoice(settings.exhibit);
  const documents = exhibitDocuments(booklet, posterGeometry(choice.poster));
  const timeout = options.browser.protocolTimeout;
  const onProgress = build.onProgress ?? (() => {});
  const results = new Map<ExhibitDocument, Uint8Array>();
  const problems: ExhibitProblem[] = [];
  let fitted = 0;
  let bytes = 0;

  const server = await serveStatic(build.siteDir, settings.pathPrefix);
  let browser: Browser | undefined;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        browser = await launchBrowser(options.browser);
        const tabs = await Promise.all(Array.from({ length: build.tabs ?? 2 }, () => browser!.newPage()));
        // tsx (esbuild) names the fitting function's inner functions with a helper that the page does not have.
        await Promise.all(tabs.map((tab) => tab.evaluateOnNewDocument("self.__name = (fn) => fn;")));
        const queue = documents.filter((d) => !results.has(d));
        const work = async (page: Page) => {
          page.setDefaultTimeout(timeout);
          for (let doc = queue.shift(); doc; doc = queue.shift()) {
            const url = new URL(doc.page.replace(/^\//, ""), server.url).href;
            const { pdf, fit } = await printOne(page, url, doc, timeout);
            const title = titleOf(doc);
            const finished = await finishExhibitPdf({ pdf, settings, title, keywords: keywordsOf(doc, booklet) });
            const file = path.join(exhibitDir, doc.file);
            await fs.mkdir(path.dirname(file), { recursive: true });
            await fs.writeFile(file, finished.pdf);
            bytes += finished.pdf.byteLength;
            results.set(doc, finished.pdf);
            if (fit.shrunk.length || fit.dropped.length || fit.cut.length) fitted++;
            if (fit.overflow.length || finished.pages !== doc.pages)
              problems.push({ file: doc.file, overflow: fit.overflow, pages: finished.pages });
            const seconds = (Date.now() - started) / 1000;
            onProgress({ step: "print", done: results.size, total: documents.length, seconds });
          }
        };
        await Promise.all(tabs.map(work));
        break;
      } catch (error) {
        // A crashed or hung Chromium is killed and started once more; the files already printed are kept.
        await killBrowser(browser);
        browser = undefined;
        if (attempt >= 2) throw new BrowserError(error);
      }
    }
  } finally {
    await server.close();
    await browser?.close().catch(() => killBrowser(browser));
  }

  const handouts = documents.filter((d) => d.kind === "handout").map((d) => results.get(d)!);
  const all = await joinHandouts(handouts, settings);
  await fs.writeFile(path.join(exhibitDir, HANDOUTS_ALL), all);
  bytes += all.byteLength;
  // The site offers the files for download (each neighbourhood's page links to its poster and handout).
  const siteExhibit = path.join(build.siteDir, EXHIBIT_SITE_DIR.replaceAll("/", ""));
  for (const doc of documents) await linkOrCopy(path.join(exhibitDir, doc.file), path.join(siteExhibit, doc.file));
  await linkOrCopy(path.join(exhibitDir, HANDOUTS_ALL), path.join(siteExhibit, HANDOUTS_ALL));

  const counts: Record<ExhibitKind, number> = { poster: 0, handout: 0, county: 0, province: 0 };
  for (const doc of documents) counts[doc.kind]++;
  return {
    poster: choice.poster,
    counts,
    bytes,
    seconds: (Date.now() - started) / 1000,
    fitted,
    problems,
    lowResolution: await lowResolutionPosters(booklet, choice.poster),
  };
}

/** The staged kit takes the place of output/exhibit/ (the old one moves into the staging folder, removed after). */
export async function publishExhibit(staged: string, outputDir: string, staging: string): Promise<void> {
  const final = path.join(outputDir, "exhibit");
  await fs.rename(final, path.join(staging, "previous-exhibit")).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await fs.rename(staged, final);
}
