/**
 * Which photographs would print below 300 dpi: each image's pixels against the size it is printed at.
 */
import path from "node:path";
import sharp from "sharp";
import type { Booklet } from "../content/model.ts";
import { frameAspect, geometry, PRINT_DPI, printedWidthMm, type Paper, type PrintRole } from "../book/paper.ts";

export interface LowResolution {
  src: string;
  /** The neighbourhood file that uses it. */
  source: string;
  role: PrintRole;
  dpi: number;
}

/** Printed frames are filled (object-fit: cover), so the scarcer of the two dimensions decides. */
export function effectiveDpi(
  pixels: { width: number; height: number },
  frameWidthMm: number,
  frameHeightMm: number,
): number {
  const inches = (mm: number) => mm / 25.4;
  return Math.min(pixels.width / inches(frameWidthMm), pixels.height / inches(frameHeightMm));
}

export async function lowResolutionImages(booklet: Booklet, paper: Paper): Promise<LowResolution[]> {
  const g = geometry(paper);
  const sizes = new Map<string, Promise<{ width: number; height: number }>>();
  const sizeOf = (src: string) => {
    if (!sizes.has(src))
      sizes.set(
        src,
        sharp(path.join(booklet.contentDir, src))
          .metadata()
          .then((m) => ({ width: m.width ?? 0, height: m.height ?? 0 })),
      );
    return sizes.get(src)!;
  };
  const found: LowResolution[] = [];
  for (const n of booklet.neighbourhoods) {
    const uses: { src: string; role: PrintRole }[] = [
      { src: n.cover.src, role: "cover" },
      ...n.gallery.map((image) => ({ src: image.src, role: "gallery" as const })),
    ];
    for (const { src, role } of uses) {
      const width = printedWidthMm(role, g);
      const dpi = Math.floor(effectiveDpi(await sizeOf(src), width, width / frameAspect[role]));
      if (dpi < PRINT_DPI) found.push({ src, source: n.source, role, dpi });
    }
  }
  return found;
}
