/**
 * The print pipeline, stage by stage (after Vivliostyle's build → render → post-process):
 *   1. build   Eleventy renders the print HTML (/print/) from the typed content, with the page plan so far;
 *   2. render  Chromium prints it to PDF; the PDF's named destinations tell where each section landed;
 *   3. plan    blank pages and page numbers are planned (paginate.ts); if the render does not match the plan,
 *              back to 1 with the new plan — usually twice in all;
 *   4. finish  pdf-lib writes metadata, bookmarks and reading direction (postprocess.ts).
 */
import fs from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { buildSite } from "./eleventy.ts";
import type { BuildPaths } from "./options.ts";
import { serveStatic } from "./static-server.ts";
import { loadBooklet } from "../content/load.ts";
import type { Browser } from "puppeteer";
import { BrowserError, killBrowser, launchBrowser } from "../print/browser.ts";
import { renderPdf } from "../print/render.ts";
import { matches, planPagination, type Pagination } from "../book/pagination.ts";
import { namedDestinationPages } from "../print/pdf-read.ts";
import { postprocess } from "../print/postprocess.ts";
import { lowResolutionImages, type LowResolution } from "../print/image-resolution.ts";

export const MAX_PASSES = 5;

export type ProgressEvent =
  | { stage: "build"; pass: number }
  | { stage: "render"; pass: number; sections: number; pages: number; seconds: number }
  | { stage: "plan"; pass: number; blanks: number; settled: boolean }
  | { stage: "retry"; pass: number; reason: string }
  | { stage: "finish"; pages: number };

export interface BookletResult {
  pdfPath: string;
  pages: number;
  bytes: number;
  passes: number;
  seconds: number;
  pagination: Pagination;
  lowResolution: LowResolution[];
}

/** The page plan of the last booklet built into an output folder; it belongs to that content and paper size. */
export function planFile(outputDir: string, paper: string): string {
  return path.join(outputDir, ".cache", `pagination-${paper}.json`);
}

async function readPlan(file: string): Promise<Pagination | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, "utf8")) as Pagination;
  } catch {
    return undefined;
  }
}

/**
 * Builds the booklet into `<output>/booklet.pdf`. The site that the last pass built (in `paths.siteDir`) carries
 * the final page numbers, so its links into the PDF are right; `publish` copies the PDF into it.
 */
export async function buildBooklet(
  paths: BuildPaths,
  { publish = true, onProgress = (_: ProgressEvent) => {} } = {},
): Promise<BookletResult> {
  const started = Date.now();
  const booklet = await loadBooklet(paths.contentDir);
  const paper = paths.paper ?? booklet.settings.paper;
  const planPath = planFile(paths.outputDir, paper);
  await fs.mkdir(path.dirname(planPath), { recursive: true });
  // A previous build's plan is only a first guess: every pass is checked against the PDF it produces.
  let plan = await readPlan(planPath);
  const passPaths: BuildPaths = { ...paths, paper, paginationFile: planPath };

  const server = await serveStatic(paths.siteDir, booklet.settings.pathPrefix);
  let browser: Browser | undefined;
  /** One render; a crashed or hung Chromium is killed and started once more before the build gives up. */
  const render = async (pass: number, url: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        browser ??= await launchBrowser();
        return await renderPdf(browser, url);
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
      if (plan) await fs.writeFile(planPath, JSON.stringify(plan));
      else await fs.rm(planPath, { force: true });
      await buildSite(passPaths);

      const renderStarted = Date.now();
      const rendered = await render(pass, new URL("print/", server.url).href);
      const document = await PDFDocument.load(rendered.pdf, { updateMetadata: false });
      const pageCount = document.getPageCount();
      const measured = await namedDestinationPages(document);
      onProgress({
        stage: "render",
        pass,
        sections: rendered.sections.length,
        pages: pageCount,
        seconds: (Date.now() - renderStarted) / 1000,
      });

      const settled = plan !== undefined && matches(plan, measured, pageCount);
      const blanks = plan ? Object.values(plan.blanks).reduce((a, b) => a + b, 0) : 0;
      if (!settled) plan = planPagination(rendered.sections, measured, pageCount, plan);
      onProgress({ stage: "plan", pass, blanks, settled });
      if (!settled || !plan) continue;

      const finished = await postprocess({
        pdf: rendered.pdf,
        settings: booklet.settings,
        toc: rendered.toc,
        pages: measured,
      });
      const pdfPath = paths.bookletFile;
      await fs.mkdir(path.dirname(pdfPath), { recursive: true });
      await fs.writeFile(pdfPath, finished);
      if (publish) await fs.copyFile(pdfPath, path.join(paths.siteDir, "booklet.pdf"));
      onProgress({ stage: "finish", pages: pageCount });
      return {
        pdfPath,
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
