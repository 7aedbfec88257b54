/**
 * The print shop's files, made beside the screen booklet from the same print pages once their page plan has
 * settled (the screen booklet itself is not touched):
 *   1. check   the press settings (bleed, paper thickness, profile) and the tools (Ghostscript, poppler);
 *   2. profile the ICC output profile: the user's, or FOGRA39 made once with colprof and cached;
 *   3. render  Chromium prints the interior (pages larger by the bleed), the cover spread and the slug lines;
 *   4. produce each file: imposed on a sheet with marks (pdf-lib), CMYK PDF/X-1a (Ghostscript), finished;
 *   5. inspect boxes, PDF/X keys, colour spaces, fonts, images, ink, text near the trim; write the report.
 * An error found by the inspection fails the build (PressCheckError, with the report); warnings are reported.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Browser } from "puppeteer";
import type { Pagination } from "../book/pagination.ts";
import { geometry } from "../book/paper.ts";
import { coverSpread, sheet, spineWidth, textBlock } from "../book/press.ts";
import type { Booklet } from "../content/model.ts";
import { formatJalali } from "../typography/dates.ts";
import { formatPlain } from "../typography/numbers.ts";
import { BrowserError, killBrowser, launchBrowser } from "../print/browser.ts";
import { publicationDate } from "../print/postprocess.ts";
import { defaultProfile, INK_LIMIT, type OutputProfile } from "../print/press/icc.ts";
import { inspect, produce } from "../print/press/produce.ts";
import { renderCover, renderInterior, renderSlugs, type CoverSizes } from "../print/press/render.ts";
import { reportText, type PressFile, type PressProblem, type PressReport } from "../print/press/report.ts";
import { checkPressSettings } from "../print/press/settings.ts";
import { coverSlug, interiorSlugs } from "../print/press/slug.ts";
import { summarise } from "../print/press/summary.ts";
import { requireTools, type Tool } from "../print/press/tools.ts";
import { PROJECT_ROOT, type BuildOptions } from "./options.ts";
import { serveStatic } from "./static-server.ts";

export type PressProgress =
  | { step: "profile" }
  | { step: "render"; seconds: number }
  | { step: "produce"; file: PressFile; seconds: number }
  | { step: "inspect"; seconds: number };

export interface PressBuild {
  booklet: Booklet;
  options: BuildOptions;
  /** The staged print pages the screen booklet was printed from. */
  printDir: string;
  /** The screen booklet just made: its bytes identify the content (the press files' IDs derive from them). */
  bookletFile: string;
  plan: Pagination;
  /** Where report.txt, report.json, interior.pdf and cover.pdf go (a staging folder). */
  pressDir: string;
  onProgress?: (event: PressProgress) => void;
}

/** The press files failed their inspection: nothing is published; the report says why. */
export class PressCheckError extends Error {
  constructor(readonly report: PressReport) {
    const errors = report.problems.filter((p) => p.severity === "error").length;
    super(`the press files failed their preflight: ${errors} error(s)`);
    this.name = "PressCheckError";
  }
}

/** The default profile is cached for the whole project (colprof takes a minute), else with the build's cache. */
export async function iccCache(options: BuildOptions): Promise<string> {
  const shared = path.join(PROJECT_ROOT, "node_modules", ".cache", "ketabche-icc");
  return fs.mkdir(shared, { recursive: true }).then(
    () => shared,
    () => path.join(options.cacheDir, "icc"),
  );
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work();
  return [result, (Date.now() - started) / 1000];
}

interface Renders {
  interior: Uint8Array;
  cover: Uint8Array;
  slugs: Uint8Array;
  spineOverflow: boolean;
}

/**
 * Chromium's three prints, from the staged site: interior, cover spread, slug strips. A crashed or hung Chromium is
 * killed and started once more, as for the booklet's own prints, before the build gives up.
 */
async function renderAll(
  build: PressBuild,
  cover: CoverSizes,
  slugs: string[],
  strip: { width: number; height: number },
): Promise<Renders> {
  const { options, booklet } = build;
  const server = await serveStatic(build.printDir, booklet.settings.pathPrefix);
  const timeout = options.browser.protocolTimeout;
  const urls = {
    print: new URL("print/", server.url).href,
    pressCss: new URL("print/press.css", server.url).href,
    cover: new URL("print/cover/", server.url).href,
  };
  try {
    for (let attempt = 1; ; attempt++) {
      let browser: Browser | undefined;
      try {
        browser = await launchBrowser(options.browser);
        const interior = await renderInterior(browser, urls, timeout);
        const spread = await renderCover(browser, urls, cover, timeout);
        const strips = await renderSlugs(browser, urls, slugs, strip, timeout);
        await browser.close().catch(() => killBrowser(browser));
        return { interior, cover: spread.pdf, slugs: strips, spineOverflow: spread.spineOverflow };
      } catch (error) {
        await killBrowser(browser);
        if (attempt >= 2) throw new BrowserError(error);
      }
    }
  } finally {
    await server.close();
  }
}

/**
 * What can be checked before anything is built: the press settings (a mistake is a content error on booklet.yml)
 * and the programs the press files need. `ketabche build` calls it first, so that a mistake costs no build.
 */
export async function preparePress(booklet: Booklet, cwd: string) {
  // Named as the user would open it, like every content error.
  const settingsFile = path.relative(cwd, path.join(booklet.contentDir, "booklet.yml"));
  const checked = await checkPressSettings(booklet.settings, booklet.contentDir, settingsFile);
  const tools: Tool[] = ["gs", "qpdf", "pdftotext", "pdfimages", "pdffonts"];
  await requireTools(checked.profile ? tools : [...tools, "colprof"]);
  return checked;
}

export async function buildPress(build: PressBuild): Promise<PressReport> {
  const started = Date.now();
  const { booklet, options, plan, pressDir } = build;
  const onProgress = build.onProgress ?? (() => {});
  const s = booklet.settings;
  const checked = await preparePress(booklet, options.cwd);
  const { bleed, renderBleed, paperThickness } = checked.settings;
  const profile: OutputProfile =
    checked.profile ?? (await defaultProfile(await iccCache(options), () => onProgress({ step: "profile" })));

  const g = geometry(options.paper ?? s.paper);
  const trim = { width: g.width, height: g.height };
  const block = textBlock(plan.totalPages, plan.blanks["back-cover"] ?? 0);
  const spread = coverSpread(trim, spineWidth(block.pages, paperThickness), bleed);
  const interiorSheet = sheet(trim, bleed);
  const pages: (number | null)[] = [
    ...Array.from({ length: block.last - block.first + 1 }, (_, i) => block.first + i),
    ...Array.from({ length: block.padding }, () => null),
  ];
  const slugInfo = {
    title: s.title,
    date: formatJalali({ year: s.year, month: 1, day: 1 }),
    format: `قطع ${g.paper} ${formatPlain(g.width)}×${formatPlain(g.height)}، لبه اضافی ${formatPlain(bleed)} میلی‌متر، ${profile.identifier}`,
  };

  await fs.mkdir(pressDir, { recursive: true });
  const workDir = await fs.mkdtemp(path.join(pressDir, ".work-"));
  try {
    const coverSizes = {
      pageWidth: g.width,
      pageHeight: g.height,
      bleed: renderBleed,
      spine: spread.spine,
      spineText: spread.spineText,
    };
    const slugLines = [...interiorSlugs(slugInfo, pages), coverSlug(slugInfo, spread.spine)];
    const [renders, renderSeconds] = await timed(() => renderAll(build, coverSizes, slugLines, interiorSheet.slug));
    onProgress({ step: "render", seconds: renderSeconds });

    // The screen booklet's bytes identify the content: the press files' IDs (and so their bytes) follow from them.
    const content = crypto
      .createHash("sha256")
      .update(await fs.readFile(build.bookletFile))
      .digest("hex");
    const identity = (name: string) => ({
      title: s.title,
      author: s.organisation,
      subject: s.subtitle ?? s.title,
      date: publicationDate(s.year),
      fingerprint: [content, name, bleed, paperThickness, profile.description].join(" "),
    });
    const files = { interior: path.join(pressDir, "interior.pdf"), cover: path.join(pressDir, "cover.pdf") };
    const common = { slugs: renders.slugs, profile, workDir };
    const [interior, interiorSeconds] = await timed(() =>
      produce({
        ...common,
        name: "interior.pdf",
        render: renders.interior,
        pages,
        firstSlug: 0,
        sheet: interiorSheet,
        identity: identity("interior.pdf"),
        output: files.interior,
      }),
    );
    onProgress({ step: "produce", file: "interior.pdf", seconds: interiorSeconds });
    // Same content area, same line and page breaks: a difference would put the wrong pages in the interior.
    if (interior.renderPages !== plan.totalPages)
      throw new Error(`the press render has ${interior.renderPages} pages, the screen booklet ${plan.totalPages}`);
    const [cover, coverSeconds] = await timed(() =>
      produce({
        ...common,
        name: "cover.pdf",
        render: renders.cover,
        pages: [1],
        firstSlug: pages.length,
        sheet: spread.sheet,
        identity: identity("cover.pdf"),
        output: files.cover,
      }),
    );
    onProgress({ step: "produce", file: "cover.pdf", seconds: coverSeconds });

    const [[inside, outside], inspectSeconds] = await timed(() =>
      Promise.all([
        inspect(files.interior, "interior.pdf", interiorSheet, workDir, INK_LIMIT),
        inspect(files.cover, "cover.pdf", spread.sheet, workDir, INK_LIMIT),
      ]),
    );
    onProgress({ step: "inspect", seconds: inspectSeconds });

    const problems: PressProblem[] = [...interior.problems, ...cover.problems, ...inside.problems, ...outside.problems];
    if (!spread.spineText)
      problems.push({ severity: "warning", code: "noSpineText", file: "cover.pdf", value: spread.spine });
    if (renders.spineOverflow) problems.push({ severity: "warning", code: "spineOverflow", file: "cover.pdf" });
    const report = summarise({
      block,
      interiorSheet,
      spread,
      bleed,
      paperThickness,
      profile,
      inkLimit: INK_LIMIT,
      bytes: { interior: interior.bytes, cover: cover.bytes },
      inspections: { interior: inside, cover: outside },
      problems,
      sections: plan.pages,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    });
    await fs.writeFile(path.join(pressDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    const text = `${reportText(report, "fa")}\n\n${reportText(report, "en")}\n`;
    await fs.writeFile(path.join(pressDir, "report.txt"), text);
    if (problems.some((p) => p.severity === "error")) throw new PressCheckError(report);
    return report;
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
}
