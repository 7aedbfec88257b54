/**
 * The booklet's photographs: one JPEG each at exactly the pixels it is printed at, 300 dpi — never the camera
 * original (too heavy for the PDF), never a web size (too small for paper). Cached like the web images.
 */
import path from "node:path";
import Image from "@11ty/eleventy-img";
import sharp from "sharp";
import { frameAspect, printedWidthMm, type Geometry, type PrintRole } from "../book/paper.ts";
import { PRINT_DPI, printPixels, type Pixels } from "../book/print-resolution.ts";
import type { Booklet } from "../content/model.ts";

export const PRINT_IMAGE_URL = "/img/print/";

export function printImageDir(cacheDir: string): string {
  return path.join(cacheDir, "img-print");
}

/** The frame a role prints in, in millimetres. */
export function printFrame(role: PrintRole, g: Geometry): { width: number; height: number } {
  const width = printedWidthMm(role, g);
  return { width, height: width / frameAspect[role] };
}

const sourceSizes = new Map<string, Promise<Pixels>>();

/** A photograph's size as it is seen: EXIF orientation applied (a portrait camera photo stores landscape axes). */
export function sourcePixels(file: string): Promise<Pixels> {
  let size = sourceSizes.get(file);
  if (!size) {
    size = sharp(file)
      .metadata()
      .then(({ autoOrient }) => ({ width: autoOrient.width, height: autoOrient.height }));
    sourceSizes.set(file, size);
  }
  return size;
}

/** The print copy of a photograph: its pixels fill the frame at 300 dpi after cropping (src/book/print-resolution). */
export async function printCopySize(file: string, role: PrintRole, g: Geometry): Promise<Pixels> {
  const frame = printFrame(role, g);
  // One percent over 300 dpi: Chromium lays frames out in whole fractions of a CSS pixel, which can make a frame a
  // little larger than its millimetres and the photograph print at 299.
  return printPixels(await sourcePixels(file), frame.width, frame.height, PRINT_DPI * 1.01);
}

export async function encodePrintImage(
  contentDir: string,
  cacheDir: string,
  src: string,
  role: PrintRole,
  g: Geometry,
) {
  const file = path.join(contentDir, src);
  return Image(file, {
    widths: [(await printCopySize(file, role, g)).width],
    formats: ["jpeg"],
    outputDir: printImageDir(cacheDir),
    urlPath: PRINT_IMAGE_URL,
    sharpJpegOptions: { quality: 88, progressive: false, chromaSubsampling: "4:4:4" },
    // A fresh object on every call: see src/site/web-images.ts (11ty/eleventy-img#312).
    htmlOptions: { imgAttributes: {}, pictureAttributes: {}, whitespaceMode: "inline", fallback: "largest" },
  });
}

/** Every (photograph, role) the print templates show. */
export function printImageUses(booklet: Booklet): { src: string; role: PrintRole }[] {
  return booklet.neighbourhoods.flatMap((n) => [
    { src: n.cover.src, role: "cover" as const },
    ...n.gallery.map((image) => ({ src: image.src, role: "gallery" as const })),
  ]);
}
