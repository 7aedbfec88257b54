/**
 * What a build reads and writes, and how: made once by the command line (or a test, or the benchmark) and passed
 * down in memory to every stage. Nothing below reads the environment or the working directory.
 */
import fs from "node:fs";
import path from "node:path";
import type { Chunking } from "../book/chunks.ts";
import type { Paper } from "../book/paper.ts";
import { DEFAULT_BROWSER, type BrowserOptions } from "../print/browser.ts";

/** The folder with package.json: two levels up from src/pipeline, three from its compiled copy in dist/. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "layouts"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no ketabche project above ${from}`);
  }
}

export const PROJECT_ROOT = projectRoot(import.meta.dirname);
/** The templates (Hugo's split: content trees are the editors', layouts are the project's). */
export const LAYOUTS_DIR = path.join(PROJECT_ROOT, "layouts");

export interface BuildOptions {
  /** The content tree: booklet.yml, pages/, neighbourhoods/, images. */
  contentDir: string;
  /** The build root: site/ and booklet.pdf go inside it. */
  outputDir: string;
  /** Encoded images, fonts and the last page plan survive between builds here. */
  cacheDir: string;
  /** Paper size that overrides the settings' (`--paper`). */
  paper?: Paper;
  /** The folder the user typed the command in: file paths in messages are shown relative to it. */
  cwd: string;
  /** Pass on Eleventy's own log (benchmarks, warnings) and full stack traces. */
  verbose: boolean;
  browser: BrowserOptions;
  /**
   * A booklet of more than `chunkAbovePages` pages is printed in chunks of at most `chunkPages` pages, merged into
   * one PDF (src/book/chunks.ts), so that Chromium's memory stays bounded; a smaller one is printed at once.
   */
  chunkPages: number;
  chunkAbovePages: number;
}

/**
 * Chunks of 150 pages above 1,000: the 670-neighbourhood tree's 3,552 pages peaked at 926 MB (Node and Chromium,
 * PSS) in 270 s, against 1,533 MB in 272 s with chunks of 250 (the same day, one after the other); the sample's 380
 * pages are one print, as before chunking existed.
 */
export const DEFAULT_CHUNKING: Chunking = { pages: 150, above: 1000 };

export interface BuildOptionsInput extends Partial<Omit<BuildOptions, "browser">> {
  browser?: Partial<BrowserOptions>;
}

/** Fills in the defaults: `content` and `output` in the working folder, the cache inside the output. */
export function buildOptions(input: BuildOptionsInput = {}): BuildOptions {
  const cwd = path.resolve(input.cwd ?? process.cwd());
  const contentDir = path.resolve(cwd, input.contentDir ?? "content");
  const outputDir = path.resolve(cwd, input.outputDir ?? "output");
  return {
    contentDir,
    outputDir,
    cacheDir: path.resolve(cwd, input.cacheDir ?? path.join(outputDir, ".cache")),
    paper: input.paper,
    cwd,
    verbose: input.verbose ?? false,
    browser: { ...DEFAULT_BROWSER, ...input.browser },
    chunkPages: input.chunkPages ?? DEFAULT_CHUNKING.pages,
    chunkAbovePages: input.chunkAbovePages ?? DEFAULT_CHUNKING.above,
  };
}

/** Where one build writes: the final output folder, or a staging folder while the build runs. */
export interface OutputTarget {
  siteDir: string;
  bookletFile: string;
  /** The pages Chromium prints: staged beside the site, never published (the site holds no /print/). */
  printDir: string;
}

export function outputTarget(root: string): OutputTarget {
  return {
    siteDir: path.join(root, "site"),
    bookletFile: path.join(root, "booklet.pdf"),
    printDir: path.join(root, "print-pages"),
  };
}
