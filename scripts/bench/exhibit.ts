/**
 * `npm run bench:exhibit`: the exhibition kit (every poster and handout, each its own PDF, printed in one Chromium
 * on two reused tabs, fitted, finished, handouts-all.pdf joined) against printing the same pages as one document
 * per page size (all posters in one page.pdf(), all handouts in another), in the same run on the same machine.
 * Each side runs in its own process. Build the sample first (`npm run build`) so the image cache is warm; the site
 * with the kit's print pages is built before either side is timed.
 */
import fs from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { exhibitChoice, HANDOUT, posterGeometry } from "../../src/book/poster-sizes.ts";
import { loadBooklet } from "../../src/content/load.ts";
import { renderExhibit, withExhibit } from "../../src/pipeline/exhibit.ts";
import { buildOptions } from "../../src/pipeline/options.ts";
import { buildPrintPages } from "../../src/pipeline/site.ts";
import { serveStatic } from "../../src/pipeline/static-server.ts";
import { launchBrowser } from "../../src/print/browser.ts";
import { machineLine, printResult, runMeasured } from "./measure.ts";

interface Measurement {
  seconds: number;
  pages: number;
  files: number;
}

const options = buildOptions();
const siteDir = path.join(options.cacheDir, "bench-exhibit-site");

async function site(): Promise<Measurement> {
  const booklet = withExhibit(await loadBooklet(options.contentDir));
  fs.rmSync(siteDir, { recursive: true, force: true });
  await buildPrintPages(booklet, options, siteDir);
  return { seconds: 0, pages: 0, files: 0 };
}

async function kit(): Promise<Measurement> {
  const booklet = withExhibit(await loadBooklet(options.contentDir));
  const exhibitDir = path.join(options.cacheDir, "bench-exhibit");
  fs.rmSync(exhibitDir, { recursive: true, force: true });
  const started = performance.now();
  const result = await renderExhibit({ booklet, options, printDir: siteDir, siteDir, exhibitDir });
  const seconds = (performance.now() - started) / 1000;
  fs.rmSync(exhibitDir, { recursive: true, force: true });
  const { poster, county, province, handout } = result.counts;
  return { seconds, pages: poster + county + province + 2 * handout, files: poster + county + province + handout };
}

async function bare(): Promise<Measurement> {
  const booklet = withExhibit(await loadBooklet(options.contentDir));
  const g = posterGeometry(exhibitChoice(booklet.settings.exhibit).poster);
  const server = await serveStatic(siteDir, booklet.settings.pathPrefix);
  try {
    const started = performance.now();
    const browser = await launchBrowser(options.browser);
    const page = await browser.newPage();
    let pages = 0;
    for (const [url, size] of [
      ["print/exhibit/all-posters/", g],
      ["print/exhibit/all-handouts/", HANDOUT],
    ] as const) {
      await page.goto(new URL(url, server.url).href, { waitUntil: "load", timeout: 0 });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        width: `${size.width}mm`,
        height: `${size.height}mm`,
        margin: { top: 0, right: 0, bottom: 0, left: 0 },
        printBackground: true,
        tagged: true,
        timeout: 0,
      });
      pages += (await PDFDocument.load(pdf)).getPageCount();
    }
    await browser.close();
    return { seconds: (performance.now() - started) / 1000, pages, files: 2 };
  } finally {
    await server.close();
  }
}

const mode = process.argv[2];
if (mode === "site" || mode === "kit" || mode === "bare") {
  const result = await { site, kit, bare }[mode]();
  printResult(result);
} else {
  const run = (which: string) => runMeasured<Measurement>(import.meta.filename, [which]);
  run("site");
  const single = run("bare");
  const full = run("kit");
  fs.rmSync(siteDir, { recursive: true, force: true });
  console.log(machineLine());
  console.log(`exhibition kit    : ${full.seconds.toFixed(1)} s, ${full.files} files, ${full.pages} pages`);
  console.log(`one document/size : ${single.seconds.toFixed(1)} s, ${single.files} files, ${single.pages} pages`);
  console.log(`ratio             : time ×${(full.seconds / single.seconds).toFixed(2)}`);
}
