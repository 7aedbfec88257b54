/**
 * Photographs on the posters: a print copy per photograph at the pixels its poster frame needs (300 dpi, never
 * enlarged), made by eleventy-img into the same cache folder as the booklet's print copies, so a rebuild encodes
 * nothing again. A portrait photograph gets a portrait frame (a column beside the name), a landscape one the whole
 * measure. Below 150 ppi at poster size the build warns, naming the file.
 */
import path from "node:path";
import Image from "@11ty/eleventy-img";
import { effectiveDpi, PRINT_DPI, printPixels, type Pixels } from "../../book/print-resolution.ts";
import { posterGeometry, POSTER_MIN_PPI, type Frame, type PosterSize } from "../../book/poster-sizes.ts";
import type { Booklet } from "../../content/model.ts";
import { PRINT_IMAGE_URL, printImageDir, sourcePixels } from "../print-images.ts";

export type Orientation = "portrait" | "landscape";

export const orientationOf = (pixels: Pixels): Orientation => (pixels.height > pixels.width ? "portrait" : "landscape");

/** The frame a photograph fills on a poster of this size. */
export async function posterFrame(file: string, size: PosterSize): Promise<{ frame: Frame; orientation: Orientation }> {
  const orientation = orientationOf(await sourcePixels(file));
  return { frame: posterGeometry(size).photo[orientation], orientation };
}

export async function encodePosterImage(contentDir: string, cacheDir: string, src: string, size: PosterSize) {
  const file = path.join(contentDir, src);
  const { frame, orientation } = await posterFrame(file, size);
  const copy = printPixels(await sourcePixels(file), frame.width, frame.height, PRINT_DPI * 1.01);
  const metadata = await Image(file, {
    widths: [copy.width],
    formats: ["jpeg"],
    outputDir: printImageDir(cacheDir),
    urlPath: PRINT_IMAGE_URL,
    // The booklet's print copies' settings (src/print/print-images.ts): one cache, one quality.
    sharpJpegOptions: { quality: 88, progressive: false, chromaSubsampling: "4:4:4" },
    htmlOptions: { imgAttributes: {}, pictureAttributes: {}, whitespaceMode: "inline", fallback: "largest" },
  });
  return { metadata, frame, orientation };
}

export interface PosterLowResolution {
  src: string;
  /** The neighbourhood file that uses it. */
  source: string;
  ppi: number;
}

/** Cover photographs that print below 150 ppi on this poster size (their copy is the whole photograph). */
export async function lowResolutionPosters(booklet: Booklet, size: PosterSize): Promise<PosterLowResolution[]> {
  const found: PosterLowResolution[] = [];
  for (const n of booklet.neighbourhoods) {
    const file = path.join(booklet.contentDir, n.cover.src);
    const { frame } = await posterFrame(file, size);
    const copy = printPixels(await sourcePixels(file), frame.width, frame.height, PRINT_DPI * 1.01);
    const ppi = Math.floor(effectiveDpi(copy, frame.width, frame.height));
    if (ppi < POSTER_MIN_PPI) found.push({ src: n.cover.src, source: n.source, ppi });
  }
  return found;
}
