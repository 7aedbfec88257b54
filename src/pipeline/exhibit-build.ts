/**
 * Where the exhibition kit meets the build: `ketabche exhibit` on its own (the site is built again, so that every
 * neighbourhood's page links to its poster and handout, and the output's booklet is carried into it, as
 * `ketabche site` does), the kit as a step of `ketabche build` when booklet.yml says `exhibit:`, and the site alone
 * (`ketabche site`), which links to the kit only when the output holds one, carried into the new site.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { loadBooklet } from "../content/load.ts";
import type { Booklet } from "../content/model.ts";
import { exhibitDocuments, EXHIBIT_SITE_DIR, HANDOUTS_ALL } from "../print/exhibit/kit.ts";
import { exhibitChoice, posterGeometry } from "../book/poster-sizes.ts";
import { planFile, readPlan } from "./booklet.ts";
import {
  exhibitEnabled,
  publishExhibit,
  renderExhibit,
  withExhibit,
  type ExhibitProgress,
  type ExhibitResult,
} from "./exhibit.ts";
import { exhibitPress } from "./exhibit-press.ts";
import { encodeImages } from "./images.ts";
import { preparePress } from "./press.ts";
import type { BuildOptions, OutputTarget } from "./options.ts";
import type { ProgressListener } from "./progress.ts";
import { buildPrintPages, buildSite } from "./site.ts";
import { keepSiteRecord } from "./site-reuse.ts";
import { trashDir, withStagedOutput } from "./staging.ts";

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  );

/**
 * A step of `ketabche build`, after the booklet: the kit printed from the staged print pages, its files linked into
 * the staged site (whose pages carry the download links), published as output/exhibit/. Nothing when booklet.yml
 * does not ask for it.
 */
export async function exhibitStep(
  booklet: Booklet,
  options: BuildOptions,
  target: OutputTarget,
  onProgress?: (event: ExhibitProgress) => void,
  /** The press options are on (`press: true` or `--press`): output/exhibit/press/ too. */
  press = false,
): Promise<ExhibitResult | undefined> {
  const printDir = target.printDir;
  if (!exhibitEnabled(booklet)) return undefined;
  const staging = path.dirname(target.siteDir);
  const exhibitDir = path.join(staging, "exhibit");
  const siteDir = target.siteDir;
  const result = await renderExhibit({ booklet, options, printDir, siteDir, exhibitDir, onProgress });
  if (press) {
    result.press = await exhibitPress({
      booklet,
      options,
      printDir,
      pressDir: path.join(exhibitDir, "press"),
    });
    onProgress?.({ step: "press", seconds: result.press.seconds });
  }
  await publishExhibit(exhibitDir, options.outputDir, staging);
  return result;
}

/** Every file of the kit this booklet would make, relative to output/exhibit/. */
function kitFiles(booklet: Booklet): string[] {
  const poster = posterGeometry(exhibitChoice(booklet.settings.exhibit).poster);
  return [...exhibitDocuments(booklet, poster).map((d) => d.file), HANDOUTS_ALL];
}

/**
 * For `ketabche site`: the booklet as the site should see it. The download links appear only when the output
 * already holds every file of the kit (then carried into the new site by carryExhibit); otherwise they would 404.
 */
export async function siteBooklet(booklet: Booklet, outputDir: string): Promise<Booklet> {
  if (!exhibitEnabled(booklet)) return booklet;
  const dir = path.join(outputDir, "exhibit");
  const present = await Promise.all(kitFiles(booklet).map((file) => exists(path.join(dir, file))));
  if (present.every(Boolean)) return booklet;
  return { ...booklet, settings: { ...booklet.settings, exhibit: false } };
}

/** Puts the output's kit into a new site, for the links that siteBooklet kept. */
export async function carryExhibit(booklet: Booklet, outputDir: string, siteDir: string): Promise<void> {
  if (!exhibitEnabled(booklet)) return;
  const target = path.join(siteDir, EXHIBIT_SITE_DIR.replaceAll("/", ""));
  for (const file of kitFiles(booklet)) {
    await fs.mkdir(path.dirname(path.join(target, file)), { recursive: true });
    await fs.copyFile(path.join(outputDir, "exhibit", file), path.join(target, file));
  }
}

export interface ExhibitCommandResult {
  booklet: Booklet;
  exhibit: ExhibitResult;
}

/** `ketabche exhibit`: the site (with the kit's pages and links) and the kit, whatever booklet.yml says. */
export async function makeExhibit(
  options: BuildOptions,
  onProgress: ProgressListener = () => {},
  onExhibit?: (event: ExhibitProgress) => void,
  /** `--press`: the print shop's files of the kit even if booklet.yml does not say `press: true`. */
  pressRequested = false,
): Promise<ExhibitCommandResult> {
  const booklet = withExhibit(await loadBooklet(options.contentDir, { cwd: options.cwd }));
  onProgress({ stage: "content", neighbourhoods: booklet.neighbourhoods.length, pages: booklet.pages.length });
  const press = pressRequested || booklet.settings.press === true;
  // A mistake in the press settings, or a missing program, is reported before anything is built.
  if (press) await preparePress(booklet, options.cwd);
  const paper = options.paper ?? booklet.settings.paper;
  await encodeImages(booklet, options, paper, onProgress);
  // As `ketabche site` does: the output's booklet is carried into the new site, whose links number its pages.
  const previous = path.join(options.outputDir, "booklet.pdf");
  const plan = (await exists(previous)) ? await readPlan(planFile(options.cacheDir, paper)) : undefined;
  const { exhibit, site } = await withStagedOutput(
    options.outputDir,
    async (staged) => {
      const started = Date.now();
      const site = await buildSite(booklet, options, staged.siteDir, plan);
      await buildPrintPages(booklet, options, staged.printDir, plan);
      if (plan) await fs.copyFile(previous, path.join(staged.siteDir, "booklet.pdf"));
      onProgress({ stage: "site", seconds: (Date.now() - started) / 1000 });
      return { exhibit: await exhibitStep(booklet, options, staged, onExhibit, press), site };
    },
    { trashDir: trashDir(options.cacheDir) },
  );
  await keepSiteRecord(options.cacheDir, site);
  return { booklet, exhibit: exhibit! };
}
