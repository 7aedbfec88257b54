/**
 * The booklet's part of `npm run bench` (scripts/bench/all.ts), each side in a process of its own so that its peak
 * memory is its own: the whole booklet pipeline from scratch (no page plan: measuring pass, print, post-processing)
 * and again after one word of one story changed, both against a single bare `page.pdf()` of the same print HTML;
 * and the press step (the print shop's CMYK PDF/X files and their preflight) against the screen booklet. The sides
 * use the sample's cache (output/.cache): build the sample first so that no side encodes photographs.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildOptions } from "../../src/pipeline/options.ts";
import { buildBooklet } from "../../src/pipeline/booklet.ts";
import { build } from "../../src/pipeline/build.ts";
import { buildPress } from "../../src/pipeline/press.ts";
import { launchBrowser } from "../../src/print/browser.ts";
import { serveStatic } from "../../src/pipeline/static-server.ts";
import { loadBooklet } from "../../src/content/load.ts";
import { PDFDocument } from "pdf-lib";
import { measure, printResult, runMeasured, type Measurement } from "./measure.ts";

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

/**
 * The booklet after an editor's correction, as the editor makes it (`ketabche pdf`: what the last build kept is
 * used, the content's readings and renders and the page plan): a tree built once, then one word of one
 * neighbourhood's story changed (its letters reversed: the same letters, so the same length, as a typo fixed), and
 * the booklet built again. Reports how many passes it took.
 */
async function edited(): Promise<Measurement & { passes: number }> {
  const root = path.join(os.tmpdir(), "ketabche-bench-edit");
  fs.rmSync(root, { recursive: true, force: true });
  const contentDir = path.join(root, "content");
  fs.cpSync(buildOptions().contentDir, contentDir, { recursive: true });
  const options = buildOptions({ contentDir, outputDir: path.join(root, "output") });
  const once = async () => {
    const { printed } = await build("booklet", options);
    if (!printed) throw new Error("the booklet was not printed");
    return printed;
  };
  await once();
  const dir = path.join(contentDir, "neighbourhoods");
  const file = path.join(
    dir,
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(".md"))
      .sort()[0]!,
  );
  const source = fs.readFileSync(file, "utf8");
  const bodyStart = source.indexOf("\n---", 3) + 4;
  const word = /[\u0600-\u06FF]{5,}/.exec(source.slice(bodyStart));
  if (!word) throw new Error(`${file}: no word to change in its story`);
  const at = bodyStart + word.index;
  fs.writeFileSync(file, source.slice(0, at) + [...word[0]].reverse().join("") + source.slice(at + word[0].length));
  let passes = 0;
  const measured = await measure(async () => {
    const result = await once();
    passes = result.passes;
    return result.pages;
  });
  return { ...measured, passes };
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

export interface BookletTimes {
  scratch: Measurement;
  bare: Measurement;
  edited: Measurement & { passes: number };
}

/** Each side in a process of its own. The booklet first: it also builds the print HTML the bare print loads. */
export function bookletTimes(): BookletTimes {
  const run = <T>(which: string) => runMeasured<T>(import.meta.filename, [which]);
  const scratch = run<Measurement>("booklet");
  const bare = run<Measurement>("bare");
  const edited = run<BookletTimes["edited"]>("edited");
  return { scratch, bare, edited };
}

/** The press step, against the screen booklet of the same run. */
export function pressTimes(): Measurement {
  return runMeasured<Measurement>(import.meta.filename, ["press"]);
}

const modes = { booklet, bare, press, edited } as Record<string, () => Promise<unknown>>;
const mode = process.argv[2];
if (mode && modes[mode]) {
  // Eleventy also writes to stdout; the result is the line that starts with the marker.
  printResult(await modes[mode]());
}
