/**
 * `npm run bench`: the whole booklet pipeline (all passes, post-processing) against a single bare `page.pdf()` of
 * the same print HTML, in the same run on the same machine, as ratios of time and peak memory; and the press step
 * (`--press`: the print shop's interior and cover, CMYK PDF/X with marks, and their preflight) against the screen
 * booklet. Each side runs in its own process so that peak memory is its own. Build the sample first
 * (`npm run build`) so every side starts from a warm image cache (and the press step from a cached ICC profile).
 */
import fs from "node:fs";
import path from "node:path";
import { buildOptions } from "../../src/pipeline/options.ts";
import { buildBooklet } from "../../src/pipeline/booklet.ts";
import { buildPress } from "../../src/pipeline/press.ts";
import { launchBrowser } from "../../src/print/browser.ts";
import { serveStatic } from "../../src/pipeline/static-server.ts";
import { loadBooklet } from "../../src/content/load.ts";
import { PDFDocument } from "pdf-lib";
import { machineLine, measure, printResult, runMeasured, type Measurement } from "./measure.ts";

async function booklet(): Promise<Measurement> {
  const options = buildOptions();
  // From no page plan at all, as on a first build: measure, plan, render again.
  for (const file of fs.readdirSync(options.cacheDir).filter((f) => f.startsWith("pagination-")))
    fs.rmSync(path.join(options.cacheDir, file));
  const target = {
    printDir: path.join(options.cacheDir, "bench-print"),
    bookletFile: path.join(options.cacheDir, "bench.pdf"),
  };
  return measure(async () => {
    const content = await loadBooklet(options.contentDir);
    const result = await buildBooklet({ booklet: content, options, target, onProgress: () => {} });
    return result.pages;
  });
}

/** The press step alone, after a booklet built from the page plan the booklet run left (not measured). */
async function press(): Promise<Measurement> {
  const options = buildOptions();
  const content = await loadBooklet(options.contentDir);
  const target = {
    printDir: path.join(options.cacheDir, "bench-press-print"),
    bookletFile: path.join(options.cacheDir, "bench-press.pdf"),
  };
  const printed = await buildBooklet({ booklet: content, options, target, onProgress: () => {} });
  const pressDir = path.join(options.cacheDir, "bench-press");
  fs.rmSync(pressDir, { recursive: true, force: true });
  try {
    return await measure(async () => {
      const report = await buildPress({ ...target, booklet: content, options, plan: printed.pagination, pressDir });
      return report.interior.pages;
    });
  } finally {
    for (const dir of [pressDir, target.printDir, target.bookletFile]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function bare(): Promise<Measurement> {
  const options = buildOptions();
  const printDir = path.join(options.cacheDir, "bench-print");
  const { settings } = await loadBooklet(options.contentDir);
  const server = await serveStatic(printDir, settings.pathPrefix);
  try {
    return await measure(async () => {
      const browser = await launchBrowser(options.browser);
      const page = await browser.newPage();
      // As long as the pipeline's own renders may take (puppeteer's default, 30 s, is short on a loaded machine).
      const timeout = options.browser.protocolTimeout;
      await page.goto(new URL("print/", server.url).href, { waitUntil: "load", timeout });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, timeout });
      await browser.close();
      return (await PDFDocument.load(pdf)).getPageCount();
    });
  } finally {
    await server.close();
  }
}

const mode = process.argv[2];
if (mode === "booklet" || mode === "bare" || mode === "press") {
  const result = mode === "booklet" ? await booklet() : mode === "bare" ? await bare() : await press();
  // Eleventy also writes to stdout; the result is the line that starts with the marker.
  printResult(result);
} else {
  const run = (which: string) => runMeasured<Measurement>(import.meta.filename, [which]);
  // The booklet first: it also builds the print HTML that the bare print then loads.
  const full = run("booklet");
  const single = run("bare");
  const pressed = run("press");
  console.log(machineLine());
  console.log(`booklet pipeline : ${full.seconds.toFixed(1)} s, peak ${full.peakMb} MB, ${full.pages} pages`);
  console.log(`bare page.pdf()  : ${single.seconds.toFixed(1)} s, peak ${single.peakMb} MB, ${single.pages} pages`);
  console.log(
    `ratio            : time ×${(full.seconds / single.seconds).toFixed(2)}, peak memory ×${(full.peakMb / single.peakMb).toFixed(2)}`,
  );
  console.log(
    `press step       : ${pressed.seconds.toFixed(1)} s, peak ${pressed.peakMb} MB, ${pressed.pages} interior pages ` +
      `(×${(pressed.seconds / full.seconds).toFixed(2)} the booklet pipeline's time)`,
  );
}
