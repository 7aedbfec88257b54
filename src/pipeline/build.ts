/**
 * The build, whole: the content tree is loaded and validated once, before anything else runs (a content error
 * stops here, with every problem listed, and never reaches Eleventy); then the site, the booklet or both are built
 * into a staging folder and swapped in only when complete.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { KeptResults } from "../content/kept-results.ts";
import { loadBooklet, type KeptReading } from "../content/load.ts";
import { renderMarkdown } from "../content/markdown.ts";
import type { Booklet } from "../content/model.ts";
import { buildBooklet, planFile, readPlan, type BookletResult } from "./booklet.ts";
import { LAYOUTS_DIR, type BuildOptions, type OutputTarget } from "./options.ts";
import type { ProgressListener } from "./progress.ts";
import { encodeImages } from "./images.ts";
import { prepareWebImagesApart } from "./web-images-apart.ts";
import { buildPress, preparePress, type PressProgress } from "./press.ts";
import type { PressReport } from "../print/press/report.ts";
import { buildPrintPages, buildSite } from "./site.ts";
import { keepSiteRecord, type SiteRecord } from "./site-reuse.ts";
import { bookletFingerprint, keepBooklet, reuseBooklet } from "./booklet-reuse.ts";
import { trashDir, withStagedOutput } from "./staging.ts";
import type { ExhibitProgress, ExhibitResult } from "./exhibit.ts";
import { carryExhibit, exhibitStep, siteBooklet } from "./exhibit-build.ts";
import { exhibitEnabled } from "./exhibit.ts";

export type BuildTarget = "all" | "site" | "booklet";

export interface BuildResult {
  booklet: Booklet;
  /** Set when the booklet was printed. */
  printed?: BookletResult;
  /** Set when the print shop's files were made (output/press/). */
  press?: PressReport;
  /** Set when the exhibition kit was made (output/exhibit/, `exhibit:` in booklet.yml). */
  exhibit?: ExhibitResult;
}

export interface PressRequest {
  /** `--press`: make the press files even if booklet.yml does not say `press: true`. */
  press?: boolean;
  onPress?: (event: PressProgress) => void;
  onExhibit?: (event: ExhibitProgress) => void;
}

/**
 * The staged press folder takes the place of output/press/ (the old one moves into the staging folder, which is
 * removed after). Done as the build's last step, right before the screen booklet's own swap.
 */
async function publishPress(staged: string, outputDir: string, staging: string): Promise<void> {
  const final = path.join(outputDir, "press");
  await fs.rename(final, path.join(staging, "previous-press")).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await fs.rename(staged, final);
}

/**
 * The booklet, printed; or, when nothing it is made from changed since the last one made with this cache, that one
 * (src/pipeline/booklet-reuse.ts). `needsPrintPages`: a later step (the press files, the exhibition kit) prints from
 * the staged print pages, which a reused booklet did not need: they are built then, with the kept plan.
 */
async function printOrReuse(
  booklet: Booklet,
  options: BuildOptions,
  target: OutputTarget,
  onProgress: ProgressListener,
  { fingerprint, needsPrintPages }: { fingerprint: string; needsPrintPages: boolean },
): Promise<BookletResult> {
  const paper = options.paper ?? booklet.settings.paper;
  const reused = await reuseBooklet(options, paper, fingerprint, target.bookletFile);
  if (!reused) {
    const printed = await buildBooklet({ booklet, options, target, onProgress });
    await keepBooklet(options, paper, fingerprint, printed);
    return printed;
  }
  onProgress({ stage: "reused", pages: reused.pages });
  if (needsPrintPages) await buildPrintPages(booklet, options, target.printDir, reused.pagination);
  return reused;
}

export async function build(
  what: BuildTarget,
  options: BuildOptions,
  onProgress: ProgressListener = () => {},
  request: PressRequest = {},
): Promise<BuildResult> {
  // What the booklet is made from, fingerprinted before it is read (src/pipeline/booklet-reuse.ts).
  const fingerprint = what === "site" ? undefined : await bookletFingerprint(options);
  // Valid files' readings and the stories' renders are kept between builds (src/content/kept-results.ts).
  const [readings, renders] = await Promise.all([
    KeptResults.open<KeptReading>(options.cacheDir, "readings"),
    KeptResults.open<string>(options.cacheDir, "renders"),
  ]);
  // Saved even when a file is wrong: after the editor's fix, only that file is read again.
  const booklet = await loadBooklet(options.contentDir, { cwd: options.cwd, kept: readings }).catch(
    async (error: unknown) => {
      await readings.save();
      throw error;
    },
  );
  // Written while the build goes on (tens of megabytes at thousands of neighbourhoods), awaited before it returns.
  const readingsSaved = readings.save();
  // Awaited below; until then a failure must not be an unhandled rejection.
  readingsSaved.catch(() => undefined);
  onProgress({ stage: "content", neighbourhoods: booklet.neighbourhoods.length, pages: booklet.pages.length });
  renderMarkdown.keepIn(renders);
  try {
    const result = await buildLoaded(booklet, what, options, onProgress, request, fingerprint);
    await Promise.all([renders.save(), readingsSaved]);
    return result;
  } catch (error) {
    await readingsSaved.catch(() => undefined);
    throw error;
  } finally {
    renderMarkdown.keepIn(undefined);
  }
}

/** The build once its content is loaded and valid. */
async function buildLoaded(
  booklet: Booklet,
  what: BuildTarget,
  options: BuildOptions,
  onProgress: ProgressListener,
  request: PressRequest,
  fingerprint: string | undefined,
): Promise<BuildResult> {
  const press = what !== "site" && (request.press || booklet.settings.press === true);
  // A mistake in the press settings, or a missing program, is reported before anything is built.
  if (press) await preparePress(booklet, options.cwd);
  // Each output's photographs only: `ketabche pdf` encodes no web image, `ketabche site` no print copy. For both,
  // the print copies first; the website's photographs and cards are made while Chromium prints, in a process of
  // their own at a lower priority (src/pipeline/web-images-apart.ts).
  const paper = options.paper ?? booklet.settings.paper;
  await encodeImages(booklet, options, paper, onProgress, { web: what === "site", print: what !== "site" });
  const webWork =
    what === "all"
      ? prepareWebImagesApart({
          booklet,
          contentDir: options.contentDir,
          cacheDir: options.cacheDir,
          paper,
          emblemFile: path.join(LAYOUTS_DIR, "assets", "emblem.svg"),
        })
      : undefined;
  // Awaited before the site is built; until then a failure must not be an unhandled rejection.
  webWork?.done.catch(() => undefined);
  if (what === "site") {
    const started = Date.now();
    // The site links into the booklet only when this output holds one: the last build's page plan numbers the
    // links, and that booklet is carried into the new site so that they resolve.
    const previous = path.join(options.outputDir, "booklet.pdf");
    const hasBooklet = await fs.access(previous).then(
      () => true,
      () => false,
    );
    const plan = hasBooklet
      ? await readPlan(planFile(options.cacheDir, options.paper ?? booklet.settings.paper))
      : undefined;
    const site = await withStagedOutput(
      options.outputDir,
      async (staged) => {
        // The exhibition kit's download links only when the output holds the kit (carried in, as the booklet).
        const shown = await siteBooklet(booklet, options.outputDir);
        const record = await buildSite(shown, options, staged.siteDir, plan, onProgress);
        if (plan) await fs.copyFile(previous, path.join(staged.siteDir, "booklet.pdf"));
        await carryExhibit(shown, options.outputDir, staged.siteDir);
        return record;
      },
      { trashDir: trashDir(options.cacheDir) },
    );
    await keepSiteRecord(options.cacheDir, site);
    onProgress({ stage: "site", seconds: (Date.now() - started) / 1000 });
    return { booklet } satisfies BuildResult;
  }
  const publish = what === "all";
  const outputs = withStagedOutput(
    options.outputDir,
    async (target) => {
      const printed = await printOrReuse(booklet, options, target, onProgress, {
        fingerprint: fingerprint!,
        needsPrintPages: press || exhibitEnabled(booklet),
      });
      await webWork?.done;
      let site: SiteRecord | undefined;
      if (publish) {
        // The site once, after the booklet: its links into the PDF carry the page numbers that settled.
        const started = Date.now();
        site = await buildSite(booklet, options, target.siteDir, printed.pagination, onProgress);
        await fs.copyFile(target.bookletFile, path.join(target.siteDir, "booklet.pdf"));
        onProgress({ stage: "site", seconds: (Date.now() - started) / 1000 });
      }
      // The exhibition kit (src/pipeline/exhibit-build.ts), from the same staged print pages, when booklet.yml asks.
      const exhibit = publish ? await exhibitStep(booklet, options, target, request.onExhibit, press) : undefined;
      if (!press) return { printed, exhibit, site };
      // The press files are printed from the same staged print pages, with the page plan that just settled.
      const staging = path.dirname(target.bookletFile);
      const pressDir = path.join(staging, "press");
      const report = await buildPress({
        booklet,
        options,
        printDir: target.printDir,
        bookletFile: target.bookletFile,
        plan: printed.pagination,
        pressDir,
        onProgress: request.onPress,
      });
      await publishPress(pressDir, options.outputDir, staging);
      return { printed, report, exhibit, site };
    },
    // `ketabche pdf` builds no site; the print pages are scaffolding, thrown away with the staging folder.
    { publishSite: publish, trashDir: trashDir(options.cacheDir) },
  );
  // A failed build does not wait for the photographs of a site it will not publish (the child's open channel would
  // keep the command running until they were made).
  const { printed, report, exhibit, site } = await outputs.catch((error: unknown) => {
    webWork?.stop();
    throw error;
  });
  if (site) await keepSiteRecord(options.cacheDir, site);
  return { booklet, printed, press: report, exhibit } satisfies BuildResult;
}
