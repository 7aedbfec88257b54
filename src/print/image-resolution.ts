/**
 * Which photographs would print below 300 dpi, and at what resolution they do print.
 */
import path from "node:path";
import type { Booklet } from "../content/model.ts";
import { geometry, type Paper, type PrintRole } from "../book/paper.ts";
import { effectiveDpi, PRINT_DPI } from "../book/print-resolution.ts";
import { printCopySize, printFrame } from "./print-images.ts";

export interface LowResolution {
  src: string;
  /** The neighbourhood file that uses it. */
  source: string;
  role: PrintRole;
  dpi: number;
}

/**
 * The resolution each photograph really prints at: that of its print copy (src/print/print-images.ts) in its
 * frame — the same pixels the PDF holds, so the build never claims more than `pdfimages -list` shows.
 */
export async function lowResolutionImages(booklet: Booklet, paper: Paper): Promise<LowResolution[]> {
  const g = geometry(paper);
  const found: LowResolution[] = [];
  for (const n of booklet.neighbourhoods) {
    const uses: { src: string; role: PrintRole }[] = [
      { src: n.cover.src, role: "cover" },
      ...n.gallery.map((image) => ({ src: image.src, role: "gallery" as const })),
    ];
    for (const { src, role } of uses) {
      const frame = printFrame(role, g);
      const copy = await printCopySize(path.join(booklet.contentDir, src), role, g);
      const dpi = Math.floor(effectiveDpi(copy, frame.width, frame.height));
      if (dpi < PRINT_DPI) found.push({ src, source: n.source, role, dpi });
    }
  }
  return found;
}
