/**
 * The print pipeline, stage by stage (after Vivliostyle's build → render → post-process):
 *   1. build   Eleventy renders the print pages (/print/, and only those) from the typed content, with the page
 *              plan so far;
 *   2. render  Chromium prints it to PDF; the PDF's named destinations tell where each section landed;
 *   3. plan    blank pages and page numbers are planned (src/book/pagination.ts); if the render does not match
 *              the plan, back to 1 with the new plan. Without a plan to start from (a first build), the first
 *              render only measures: the same layout with nothing drawn, at a fifth of a real print's cost; so a
 *              first build costs about 1.2 prints, a rebuild whose plan still holds one;
 *   4. finish  pdf-lib writes metadata, bookmarks and reading direction (src/print/postprocess.ts).
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { Browser } from "puppeteer";
import { matches, planPagination, type Pagination } from "../book/pagination.ts";
import type { Paper } from "../book/paper.ts";
import type { Booklet } from "../content/model.ts";
import { BrowserError, killBrowser, launchBrowser } from "../print/browser.ts";
import { renderPdf } from "../print/render.ts";
import { renderChunked } from "./print-chunks.ts";
import { namedDestinationPages } from "../print/pdf-read.ts";
import { postprocess } from "../print/postprocess.ts";
import { lowResolutionImages, type LowResolution } from "../print/image-resolution.ts";
import type { BuildOptions, OutputTarget } from "./options.ts";
import type { ProgressEvent } from "./progress.ts";
import { buildPrintPages } from "./site.ts";
import { serveStatic } from "./static-server.ts";

export const MAX_PASSES = 5;

export interface BookletResult {
  pdfPath: string;
  pages: number;
  bytes: number;
  passes: number;
  seconds: number;
  pagination: Pagination;
  lowResolution: LowResolution[];
}

/** The page plan of the last booklet built with this cache; it belongs to that content and paper size. */
export function planFile(cacheDir: string, paper: Paper): string {
  return path.join(cacheDir, `pagination-${paper}.json`);
}

export async function readPlan(file: string): Promise<Pagination | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, "utf8")) as Pagination;
  } catch {
    return undefined;
  }
}

export interface BookletBuild {
  booklet: Booklet;
  options: BuildOptions;
  /** Where the passes build the print pages and the PDF goes (a staging folder). */
  target: Pick<OutputTarget, "printDir" | "bookletFile">;
  onProgress: (event: ProgressEvent) => void;
}

/**
 * Builds the booklet into `target.bookletFile`; the plan it settled on (returned, and kept in the cache) numbers
 * the site's links into it.
 */
export async function buildBooklet({ booklet, options, target, onProgress }: BookletBuild): Promise<BookletResult> {
  const started = Date.now();
  const paper = options.paper ?? booklet.settings.paper;
  const planPath = planFile(options.cacheDir, paper);
  // A previous build's plan is only a first guess: every pass is checked against the PDF it produces.
  let plan = await readPlan(planPath);
  const timeout = options.browser.protocolTimeout;

  const server = await serveStatic(target.printDir, booklet.settings.pathPrefix);
  let browser: Browser | undefined;
  /** One print; a crashed or hung Chromium is killed and started once more before the build gives up. */
  const render = async (pass: number, url: string, measureOnly: boolean) => {
    for (let attempt = 1; ; attempt++) {
      try {
        browser ??= await launchBrowser(options.browser);
        return await renderPdf(browser, url, timeout, measureOnly);
      } catch (error) {
        await killBrowser(browser);
        browser = undefined;
        if (attempt >= 2) throw new BrowserError(error);
        onProgress({ stage: "retry", pass, reason: (error as Error)?.message ?? String(error) });
      }
    }
  };
  try {
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      onProgress({ stage: "build", pass });
      await buildPrintPages(booklet, { ...options, paper }, target.printDir, plan);

      const renderStarted = Date.now();
      // Only a render made with a plan can be the booklet; without one, measuring is enough.
      const measureOnly = plan === undefined;
      const rendered = await renderChunked({
        pass,
        printDir: target.printDir,
        baseUrl: server.url,
        plan,
        chunking: { pages: options.chunkPages, above: options.chunkAbovePages },
        render: (url) => render(pass, url, measureOnly),
        onProgress,
      });
      const pageCount = rendered.document.getPageCount();
      const measured = await namedDestinationPages(rendered.document);
      const seconds = (Date.now() - renderStarted) / 1000;
      onProgress({ stage: "render", pass, sections: rendered.sections.length, pages: pageCount, seconds, measureOnly });

      const settled = !measureOnly && plan !== undefined && matches(plan, measured, pageCount);
      const blanks = plan ? Object.values(plan.blanks).reduce((a, b) => a + b, 0) : 0;
      if (!settled) plan = planPagination(rendered.sections, measured, pageCount, plan);
      onProgress({ stage: "plan", pass, blanks, settled });
      if (!settled || !plan) continue;

      // Chromium's memory is not needed any more: freed before pdf-lib's work on a big booklet adds to Node's.
      await browser?.close().catch(() => killBrowser(browser));
      browser = undefined;
      const toc = rendered.toc;
      const finished = await postprocess({ pdf: rendered.document, settings: booklet.settings, toc, pages: measured });
      await fs.mkdir(path.dirname(target.bookletFile), { recursive: true });
      await fs.writeFile(target.bookletFile, finished);
      await fs.mkdir(path.dirname(planPath), { recursive: true });
      await fs.writeFile(planPath, JSON.stringify(plan));
      onProgress({ stage: "finish", pages: pageCount });
      return {
        pdfPath: target.bookletFile,
        pages: pageCount,
        bytes: finished.byteLength,
        passes: pass,
        seconds: (Date.now() - started) / 1000,
        pagination: plan,
        lowResolution: await lowResolutionImages(booklet, paper),
      };
    }
    throw new Error(`the page numbers did not settle after ${MAX_PASSES} passes`);
  } finally {
    await server.close();
    await browser?.close().catch(() => killBrowser(browser));
  }
}
