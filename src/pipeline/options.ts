/**
 * Where a build reads from and writes to. The CLI sets these through the environment so that Eleventy's own
 * config file (.eleventy.ts) can stay a plain list of plugins, whichever way Eleventy was started.
 */
import path from "node:path";
import { papers, type Paper } from "../book/paper.ts";

export interface BuildPaths {
  /** The content tree: booklet.yml, pages/, neighbourhoods/, images. */
  contentDir: string;
  /** The build root: site/ and booklet.pdf go inside it. */
  outputDir: string;
  /** Where the website is written (a staging folder while a build runs; see scripts/output.ts). */
  siteDir: string;
  /** Where the booklet is written. */
  bookletFile: string;
  /** Processed images survive between builds here, so unchanged images are never encoded twice. */
  cacheDir: string;
  /** Page numbers measured by the print pipeline, read by the templates when set. */
  paginationFile?: string;
  /** Paper size that overrides the settings' (`--paper`). */
  paper?: Paper;
}

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export function buildPaths(env: NodeJS.ProcessEnv = process.env): BuildPaths {
  const contentDir = path.resolve(env.KETABCHE_CONTENT ?? path.join(PROJECT_ROOT, "content"));
  const outputDir = path.resolve(env.KETABCHE_OUTPUT ?? path.join(PROJECT_ROOT, "output"));
  const siteDir = path.resolve(env.KETABCHE_SITE_DIR ?? path.join(outputDir, "site"));
  const cacheDir = path.resolve(env.KETABCHE_CACHE ?? path.join(outputDir, ".cache"));
  const paginationFile = env.KETABCHE_PAGINATION ? path.resolve(env.KETABCHE_PAGINATION) : undefined;
  const paper = papers.find((p) => p === env.KETABCHE_PAPER);
  const bookletFile = path.join(outputDir, "booklet.pdf");
  return { contentDir, outputDir, siteDir, bookletFile, cacheDir, paginationFile, paper };
}
