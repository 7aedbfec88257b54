/**
 * The exhibition kit, from a built site's print pages (layouts/exhibit/, src/print/exhibit/) to output/exhibit/:
 *   1. serve  the staged site, whose /print/exhibit/ pages Eleventy wrote with the booklet's other pages;
 *   2. print  in ONE Chromium, on two tabs at once: every poster in one document, every handout in another, each
 *             fitted first (src/print/exhibit/fit.ts). One print per file costs a load, a font set-up and a
 *             print per file: about ×1.7 the time of printing the same pages at once (npm run bench:exhibit);
 *   3. split  each print into its files with pdf-lib, finished as the booklet (metadata, reading order, text layer);
 *             the handouts' print, whole, is handouts-all.pdf;
 *   4. publish the PDFs in the site too (/exhibit/…, linked from each neighbourhood's page) and in output/exhibit/.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "puppeteer";
import { exhibitChoice, HANDOUT, posterGeometry, type PosterSize } from "../book/poster-sizes.ts";
import type { Booklet } from "../content/model.ts";
import { BrowserError, killBrowser, launchBrowser } from "../print/browser.ts";
import { extractDocument, readPrint, wholePrint } from "../print/exhibit/finish.ts";
import { fitPages, type FitReport } from "../print/exhibit/fit.ts";
import { lowResolutionPosters, type PosterLowResolution } from "../print/exhibit/images.ts";
import {
  exhibitDocuments,
  EXHIBIT_PAGES,
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
  /** Where the kit's print pages (/print/exhibit/) were built: served to Chromium. */
  printDir: string;
  /** The staged site: the PDFs are published into it (/exhibit/), for its download links. */
  siteDir: string;
  /** Where the PDFs go (a staging folder, published as output/exhibit/). */
  exhibitDir: string;
  onProgress?: (event: ExhibitProgress) => void;
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

interface Run {
  /** The all-in-one print page, e.g. /print/exhibit/all-posters/ */
  page: string;
  size: { width: number; height: number };
  /** In the order the page prints them. */
  documents: ExhibitDocument[];
}

/** Every document of a run printed in one page.pdf(), after fitting: one print is much faster than one per file. */
async function printRun(page: Page, url: string, run: Run, timeout: number) {
  await page.goto(url, { waitUntil: "load", timeout });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const fit = await page.evaluate(fitPages);
  const pdf = await page.pdf({
    width: `${run.size.width}mm`,
    height: `${run.size.height}mm`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    preferCSSPageSize: false,
    printBackground: true,
    tagged: true,
    outline: false,
    timeout,
  });
  return { pdf, fit };
}

const articleId = (doc: ExhibitDocument) => (doc.kind === "province" ? "province" : `${doc.kind}-${doc.slug}`);

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
  const poster = posterGeometry(choice.poster);
  const documents = exhibitDocuments(booklet, poster);
  const timeout = options.browser.protocolTimeout;
  const onProgress = build.onProgress ?? (() => {});
  const runs: Run[] = [
    { page: `${EXHIBIT_PAGES}all-posters/`, size: poster, documents: documents.filter((d) => d.kind !== "handout") },
    { page: `${EXHIBIT_PAGES}all-handouts/`, size: HANDOUT, documents: documents.filter((d) => d.kind === "handout") },
  ];

  // Both prints at once, on two tabs of one Chromium: the posters' and the handouts'.
  const server = await serveStatic(build.printDir, settings.pathPrefix);
  let browser: Browser | undefined;
  let printed: Awaited<ReturnType<typeof printRun>>[];
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        browser = await launchBrowser(options.browser);
        const tabs = await Promise.all(runs.map(() => browser!.newPage()));
        // tsx (esbuild) names the fitting function's inner functions with a helper that the page does not have.
        await Promise.all(tabs.map((tab) => tab.evaluateOnNewDocument("self.__name = (fn) => fn;")));
        printed = await Promise.all(
          runs.map((run, i) => printRun(tabs[i]!, new URL(run.page.replace(/^\//, ""), server.url).href, run, timeout)),
        );
        break;
      } catch (error) {
        // A crashed or hung Chromium is killed and started once more.
        await killBrowser(browser);
        browser = undefined;
        if (attempt >= 2) throw new BrowserError(error);
      }
    }
  } finally {
    await server.close();
    await browser?.close().catch(() => killBrowser(browser));
  }
  onProgress({ step: "print", done: 0, total: documents.length, seconds: (Date.now() - started) / 1000 });

  const problems: ExhibitProblem[] = [];
  const fits = new Map(printed.flatMap((p) => p.fit).map((report) => [report.id, report]));
  let fitted = 0;
  let bytes = 0;
  let done = 0;
  for (const [i, run] of runs.entries()) {
    const print = await readPrint(printed[i]!.pdf);
    const expected = run.documents.reduce((sum, d) => sum + d.pages, 0);
    // Every sheet is a fixed box that breaks the page after it: another count means a layout fault, not content.
    if (print.getPageCount() !== expected)
      throw new Error(`${run.page} printed ${print.getPageCount()} pages, ${expected} expected`);
    let first = 0;
    for (const doc of run.documents) {
      const meta = { title: titleOf(doc), keywords: keywordsOf(doc, booklet) };
      const file = await extractDocument(print, first, doc.pages, settings, meta);
      first += doc.pages;
      await fs.mkdir(path.dirname(path.join(exhibitDir, doc.file)), { recursive: true });
      await fs.writeFile(path.join(exhibitDir, doc.file), file);
      bytes += file.byteLength;
      const fit = fits.get(articleId(doc));
      if (fit && (fit.shrunk.length || fit.dropped.length || fit.cut.length)) fitted++;
      if (!fit || fit.overflow.length) problems.push({ file: doc.file, overflow: fit?.overflow ?? [] });
      onProgress({ step: "print", done: ++done, total: documents.length, seconds: (Date.now() - started) / 1000 });
    }
    if (run.documents[0]?.kind === "handout") {
      const all = await wholePrint(print, settings, {
        title: `برگه‌های معرفی محله‌ها، ${settings.title}`,
        keywords: ["برگه معرفی"],
      });
      await fs.writeFile(path.join(exhibitDir, HANDOUTS_ALL), all);
      bytes += all.byteLength;
    }
  }

  // The site offers the files for download (each neighbourhood's page links to its poster and handout).
  const siteExhibit = path.join(build.siteDir, EXHIBIT_SITE_DIR.replaceAll("/", ""));
  for (const file of [...documents.map((d) => d.file), HANDOUTS_ALL])
    await linkOrCopy(path.join(exhibitDir, file), path.join(siteExhibit, file));

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
