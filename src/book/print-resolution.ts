/**
 * How many pixels a photograph needs to print sharp. Printed frames are filled (object-fit: cover), so a
 * photograph relatively wider than its frame is cropped at the sides and its height decides; one relatively
 * taller is cropped top and bottom and its width decides. Pure arithmetic, in millimetres and pixels.
 */
import { PRINT_DPI } from "./paper.ts";

export { PRINT_DPI };
const MM_PER_INCH = 25.4;

export interface Pixels {
  width: number;
  height: number;
}

/** The resolution at which `pixels` print when they fill a frame of this size. */
export function effectiveDpi(pixels: Pixels, frameWidthMm: number, frameHeightMm: number): number {
  return Math.min(pixels.width / (frameWidthMm / MM_PER_INCH), pixels.height / (frameHeightMm / MM_PER_INCH));
}

/**
 * The size to resize a photograph to for its frame: enough pixels in both directions for `dpi` once the frame has
 * cropped it, and never more than the photograph has (enlarging adds no detail).
 */
export function printPixels(source: Pixels, frameWidthMm: number, frameHeightMm: number, dpi = PRINT_DPI): Pixels {
  const aspect = source.width / source.height;
  const needWidth = Math.ceil((frameWidthMm / MM_PER_INCH) * dpi);
  const needHeight = Math.ceil((frameHeightMm / MM_PER_INCH) * dpi);
  const width = Math.min(source.width, Math.max(needWidth, Math.ceil(needHeight * aspect)));
  return { width, height: Math.round(width / aspect) };
}
