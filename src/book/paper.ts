/**
 * Page geometry of the printed booklet, in millimetres: the one place that knows paper sizes and margins. The
 * print stylesheet, the print image sizes and the 300 dpi check all read it.
 */
export const paperSizes = {
  A5: { width: 148, height: 210 },
  B5: { width: 176, height: 250 },
  A4: { width: 210, height: 297 },
} as const;
export type Paper = keyof typeof paperSizes;
export const papers = ["A5", "B5", "A4"] as const satisfies readonly Paper[];

export interface Geometry {
  paper: Paper;
  width: number;
  height: number;
  /** Inner is the binding side; on a right-to-left book that is the right edge of a recto. */
  margin: { top: number; bottom: number; inner: number; outer: number };
  textWidth: number;
  columnGap: number;
}

/** Margins grow with the page, in the proportions of a classic book page (inner narrower than outer + spine). */
export function geometry(paper: Paper): Geometry {
  const { width, height } = paperSizes[paper];
  const scale = width / paperSizes.A5.width;
  const round = (mm: number) => Math.round(mm * scale * 10) / 10;
  const margin = { top: round(19), bottom: round(21), inner: round(17), outer: round(15) };
  return { paper, width, height, margin, textWidth: width - margin.inner - margin.outer, columnGap: round(5) };
}

/** Where an image sits in the printed booklet decides how wide it is printed. */
export type PrintRole = "cover" | "gallery";

export function printedWidthMm(role: PrintRole, g: Geometry): number {
  return role === "cover" ? g.textWidth : (g.textWidth - g.columnGap) / 2;
}

/** Width over height of the frame an image fills (object-fit: cover): the opener's photograph is 4:3. */
export const frameAspect: Record<PrintRole, number> = { cover: 4 / 3, gallery: 3 / 2 };

export const PRINT_DPI = 300;

export function pixelsFor(mm: number, dpi = PRINT_DPI): number {
  return Math.ceil((mm / 25.4) * dpi);
}
