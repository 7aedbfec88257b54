/**
 * The booklet's photographs: one JPEG each at exactly the pixels it is printed at, 300 dpi — never the camera
 * original (too heavy for the PDF), never a web size (too small for paper). Cached like the web images.
 */
import path from "node:path";
import Image from "@11ty/eleventy-img";
import { pixelsFor, printedWidthMm, type Geometry, type PrintRole } from "../book/paper.ts";
import type { Booklet } from "../content/model.ts";

export const PRINT_IMAGE_URL = "/img/print/";

export function printImageDir(cacheDir: string): string {
  return path.join(cacheDir, "img-print");
}

export function encodePrintImage(contentDir: string, cacheDir: string, src: string, role: PrintRole, g: Geometry) {
  return Image(path.join(contentDir, src), {
    widths: [pixelsFor(printedWidthMm(role, g))],
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
