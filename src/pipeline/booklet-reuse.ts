/**
 * A booklet made from exactly the same inputs is the same file, byte for byte (the tests hold the pipeline to
 * that). So a build whose inputs have not changed since the last booklet made with this cache takes that booklet
 * from the cache instead of printing it again: a warm `ketabche build` then costs the site, not a print.
 *
 * The inputs, hashed into one fingerprint: every file of the content tree (text, settings, photographs), the
 * layouts, ketabche's own code (the sources, or their compiled copy, whichever runs), the locked versions of every
 * package (package-lock.json: Eleventy, pdf-lib, the fonts), the Chromium that prints (its path, size and date), the
 * paper and the chunking. Anything else changed, and the booklet is printed as usual.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Paper } from "../book/paper.ts";
import { chromiumPath } from "../print/browser.ts";
import type { BookletResult } from "./booklet.ts";
import { hashCode, hashTree } from "./code-fingerprint.ts";
import type { BuildOptions } from "./options.ts";

/**
 * The fingerprint of everything the booklet of this build is made from: taken before the content is read, so that a
 * file saved while the build runs makes the next build print again rather than reuse a booklet without it.
 */
export async function bookletFingerprint(options: BuildOptions): Promise<string> {
  const hash = crypto.createHash("sha256");
  // `--paper`, if given; otherwise the paper is the settings' (booklet.yml, hashed with the content).
  const { chunkPages, chunkAbovePages } = options;
  hash.update(JSON.stringify({ paper: options.paper ?? null, chunkPages, chunkAbovePages }));
  await hashTree(hash, "content", options.contentDir);
  await hashCode(hash);
  const chromium = chromiumPath(options.browser.executablePath);
  const stat = chromium ? await fs.stat(chromium).catch(() => undefined) : undefined;
  hash.update(JSON.stringify({ chromium, size: stat?.size, modified: stat?.mtimeMs }));
  return hash.digest("hex");
}

/** What is kept of the last booklet besides its bytes. */
interface Kept {
  fingerprint: string;
  result: Omit<BookletResult, "pdfPath" | "seconds">;
}

const keptFiles = (cacheDir: string, paper: Paper) => ({
  pdf: path.join(cacheDir, `booklet-${paper}.pdf`),
  about: path.join(cacheDir, `booklet-${paper}.json`),
});

/**
 * The last booklet of this cache, copied to `bookletFile`, if it was made from the same inputs; undefined
 * otherwise (or if the cache holds none, or only part of one).
 */
export async function reuseBooklet(
  options: BuildOptions,
  paper: Paper,
  fingerprint: string,
  bookletFile: string,
): Promise<BookletResult | undefined> {
  const started = Date.now();
  const files = keptFiles(options.cacheDir, paper);
  const kept = await fs
    .readFile(files.about, "utf8")
    .then((text) => JSON.parse(text) as Kept)
    .catch(() => undefined);
  if (kept?.fingerprint !== fingerprint) return undefined;
  try {
    await fs.mkdir(path.dirname(bookletFile), { recursive: true });
    await fs.copyFile(files.pdf, bookletFile);
  } catch {
    return undefined;
  }
  return { ...kept.result, pdfPath: bookletFile, passes: 0, seconds: (Date.now() - started) / 1000 };
}

/** Keeps the booklet just made, for the next build with the same inputs. */
export async function keepBooklet(
  options: BuildOptions,
  paper: Paper,
  fingerprint: string,
  printed: BookletResult,
): Promise<void> {
  const files = keptFiles(options.cacheDir, paper);
  const { pdfPath, seconds: _seconds, ...result } = printed;
  await fs.mkdir(options.cacheDir, { recursive: true });
  // The description last: a cache with a new PDF and an old description is simply not reused.
  await fs.rm(files.about, { force: true });
  await fs.copyFile(pdfPath, files.pdf);
  await fs.writeFile(files.about, JSON.stringify({ fingerprint, result } satisfies Kept));
}
