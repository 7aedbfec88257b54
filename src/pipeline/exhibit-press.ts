/**
 * The exhibition kit for the print shop, when the press options are on (`press: true`, or `--press`): the booklet's
 * press stage applied as it is (src/print/press/: imposition on a sheet with bleed, crop and registration marks and
 * a slug line; CMYK PDF/X-1a by Ghostscript; the preflight), to two files, one print run each:
 *   output/exhibit/press/posters.pdf   every poster (neighbourhoods, counties, the province), one per sheet;
 *   output/exhibit/press/handouts.pdf  every handout, front and back.
 * Chromium prints them from the kit's all-in-one pages, each sheet larger by the bleed (exhibit.css.njk:
 * .exhibit-press), fitted the same way as the screen files.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import type { Browser, Page } from "puppeteer";
import { exhibitChoice, HANDOUT, posterGeometry } from "../book/poster-sizes.ts";
import { sheet, type Size } from "../book/press.ts";
import type { Booklet } from "../content/model.ts";
import { formatJalali } from "../typography/dates.ts";
import { formatPlain } from "../typography/numbers.ts";
import { BrowserError, killBrowser, launchBrowser } from "../print/browser.ts";
import { fitPages } from "../print/exhibit/fit.ts";
import { EXHIBIT_PAGES } from "../print/exhibit/kit.ts";
import { publicationDate } from "../print/postprocess.ts";
import { defaultProfile, INK_LIMIT } from "../print/press/icc.ts";
import { inspect, produce } from "../print/press/produce.ts";
import { renderSlugs } from "../print/press/render.ts";
import type { PressFile, PressProblem } from "../print/press/report.ts";
import type { BuildOptions } from "./options.ts";
import { iccCache, preparePress } from "./press.ts";
import { serveStatic } from "./static-server.ts";

export interface ExhibitPressResult {
  files: { name: PressFile; sheets: number; bytes: number }[];
  problems: PressProblem[];
  seconds: number;
}

interface Job {
  name: PressFile;
  /** The all-in-one print page of the kit. */
  page: string;
  trim: Size;
  kind: string;
}

/** One all-in-one page printed at trim + bleed, with the press stylesheet's class on. */
async function printSheets(page: Page, url: string, trim: Size, bleed: number, timeout: number) {
  await page.goto(url, { waitUntil: "load", timeout });
  await page.evaluate((b) => {
    document.documentElement.classList.add("exhibit-press");
    document.documentElement.style.setProperty("--bleed", `${b}mm`);
  }, bleed);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(fitPages);
  return page.pdf({
    width: `${trim.width + 2 * bleed}mm`,
    height: `${trim.height + 2 * bleed}mm`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    preferCSSPageSize: false,
    printBackground: true,
    tagged: false,
    outline: false,
    timeout,
  });
}

export async function exhibitPress(build: {
  booklet: Booklet;
  options: BuildOptions;
  /** Where the kit's print pages (and the booklet's cover page, for the slug lines' fonts) were built. */
  printDir: string;
  pressDir: string;
}): Promise<ExhibitPressResult> {
  const started = Date.now();
  const { booklet, options, pressDir } = build;
  const s = booklet.settings;
  const checked = await preparePress(booklet, options.cwd);
  const { bleed, renderBleed } = checked.settings;
  const profile = checked.profile ?? (await defaultProfile(await iccCache(options)));
  const poster = posterGeometry(exhibitChoice(s.exhibit).poster);
  const jobs: Job[] = [
    { name: "posters.pdf", page: `${EXHIBIT_PAGES}all-posters/`, trim: poster, kind: `پوستر ${poster.size}` },
    { name: "handouts.pdf", page: `${EXHIBIT_PAGES}all-handouts/`, trim: HANDOUT, kind: "برگه معرفی A5" },
  ];
  const timeout = options.browser.protocolTimeout;
  await fs.mkdir(pressDir, { recursive: true });
  const workDir = await fs.mkdtemp(path.join(pressDir, ".work-"));
  const server = await serveStatic(build.printDir, s.pathPrefix);
  let browser: Browser | undefined;
  const result: ExhibitPressResult = { files: [], problems: [], seconds: 0 };
  try {
    for (const job of jobs) {
      const url = (page: string) => new URL(page.replace(/^\//, ""), server.url).href;
      const printed = await (async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            browser ??= await launchBrowser(options.browser);
            const tab = await browser.newPage();
            tab.setDefaultTimeout(timeout);
            await tab.evaluateOnNewDocument("self.__name = (fn) => fn;");
            const render = await printSheets(tab, url(job.page), job.trim, renderBleed, timeout);
            await tab.close();
            return render;
          } catch (error) {
            await killBrowser(browser);
            browser = undefined;
            if (attempt >= 2) throw new BrowserError(error);
          }
        }
      })();
      const count = (await PDFDocument.load(printed, { updateMetadata: false })).getPageCount();
      const pages = Array.from({ length: count }, (_, i) => i + 1);
      const format = `${job.kind} ${formatPlain(job.trim.width)}×${formatPlain(job.trim.height)}، لبه اضافی ${formatPlain(bleed)} میلی‌متر، ${profile.identifier}`;
      const date = formatJalali({ year: s.year, month: 1, day: 1 });
      const lines = pages.map((p) =>
        [s.title, job.name, `برگه ${formatPlain(p)} از ${formatPlain(count)}`, format, date]
          .map((part) => `\u2068${part}\u2069`)
          .join(" — "),
      );
      const layout = sheet(job.trim, bleed);
      const cover = { print: url("/print/"), pressCss: url("/print/press.css"), cover: url("/print/cover/") };
      const slugs = await renderSlugs(browser!, cover, lines, layout.slug, timeout);
      const output = path.join(pressDir, job.name);
      const produced = await produce({
        name: job.name,
        render: printed,
        pages,
        slugs,
        firstSlug: 0,
        sheet: layout,
        profile,
        workDir,
        output,
        identity: {
          title: `${job.kind}، ${s.title}`,
          author: s.organisation,
          subject: s.title,
          date: publicationDate(s.year),
          fingerprint: [job.name, s.title, count, bleed, profile.description, printed.byteLength].join(" "),
        },
      });
      const inspection = await inspect(output, job.name, layout, workDir, INK_LIMIT);
      // A poster is read from a metre or two: its photographs are held to 150 ppi by the kit's own check
      // (src/print/exhibit/images.ts), not to the booklet's 300.
      const relevant = inspection.problems.filter((p) => !(job.name === "posters.pdf" && p.code === "lowResolution"));
      result.problems.push(...produced.problems, ...relevant);
      result.files.push({ name: job.name, sheets: count, bytes: produced.bytes });
    }
  } finally {
    await server.close();
    await browser?.close().catch(() => killBrowser(browser));
    await fs.rm(workDir, { recursive: true, force: true });
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}
