/**
 * The photographs, encoded before Eleventy renders a page: every size the site and the booklet use, in parallel
 * (eleventy-img's queue), counted for the progress line. The templates' shortcodes then find each one in
 * eleventy-img's memory cache, and an unchanged photograph costs nothing on the next build (disk cache).
 */
import { geometry, type Paper } from "../book/paper.ts";
import type { Booklet } from "../content/model.ts";
import { encodePrintImage, printImageUses } from "../print/print-images.ts";
import { encodeWebImage, webImageUses } from "../site/web-images.ts";
import type { BuildOptions } from "./options.ts";
import type { ProgressListener } from "./progress.ts";

/** Which outputs' photographs to encode: the website's (AVIF, WebP, JPEG widths), the booklet's print copies. */
export interface ImageUses {
  web: boolean;
  print: boolean;
}

export async function encodeImages(
  booklet: Booklet,
  options: Pick<BuildOptions, "contentDir" | "cacheDir">,
  paper: Paper,
  onProgress: ProgressListener,
  uses: ImageUses = { web: true, print: true },
) {
  const { contentDir, cacheDir } = options;
  const g = geometry(paper);
  const jobs = new Map<string, () => Promise<unknown>>();
  for (const { src, preset } of uses.web ? webImageUses(booklet) : [])
    jobs.set(`web ${preset} ${src}`, () => encodeWebImage(contentDir, cacheDir, src, preset));
  for (const { src, role } of uses.print ? printImageUses(booklet) : [])
    jobs.set(`print ${role} ${src}`, () => encodePrintImage(contentDir, cacheDir, src, role, g));
  const total = jobs.size;
  let done = 0;
  const started = Date.now();
  onProgress({ stage: "images", done, total, seconds: 0 });
  await Promise.all(
    [...jobs.values()].map(async (job) => {
      await job();
      onProgress({ stage: "images", done: ++done, total, seconds: (Date.now() - started) / 1000 });
    }),
  );
}
