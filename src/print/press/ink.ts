/**
 * Total area coverage (the four inks added up, in %), measured the way a print shop's preflight does, over areas
 * rather than single dots: Ghostscript renders each page's bleed box to CMYK at 24 dpi (tiff32nc: 8 bits a plate,
 * no compression; vector colours come out exactly as they are in the file, photographs averaged over each pixel of
 * about a millimetre, -dDOINTERPOLATE), and the highest sum is found. Single pixels of a photograph can sit a few
 * per cent higher than their neighbourhood where JPEG compression rings in the deepest shadows; no press prints a
 * dot that small on its own. The marks outside the bleed are in the registration colour (400 %) and are not on the
 * product: they are left out.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { run } from "./tools.ts";

export interface PageInk {
  page: number;
  /** Highest total coverage on the page, in %. */
  max: number;
}

interface TiffPage {
  width: number;
  height: number;
  strips: { offset: number; length: number }[];
  samplesPerPixel: number;
}

/** Width, height, compression, strip offsets, samples per pixel, strip byte counts. */
const NEEDED = new Set([256, 257, 259, 273, 277, 279]);

/** Reads the pages of an uncompressed multi-page TIFF (as Ghostscript's tiff32nc writes it). */
export function tiffPages(bytes: Buffer): TiffPage[] {
  const little = bytes.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const pages: TiffPage[] = [];
  let ifd = u32(4);
  while (ifd !== 0 && ifd < bytes.length) {
    const count = u16(ifd);
    const tags = new Map<number, number[]>();
    for (let i = 0; i < count; i++) {
      const at = ifd + 2 + i * 12;
      const [tag, type, n] = [u16(at), u16(at + 2), u32(at + 4)];
      // Only the SHORT and LONG tags that say where the pixels are (others, like the embedded ICC profile, are
      // skipped).
      if (!NEEDED.has(tag) || (type !== 3 && type !== 4)) continue;
      const size = type === 3 ? 2 : 4;
      const base = n * size <= 4 ? at + 8 : u32(at + 8);
      tags.set(
        tag,
        Array.from({ length: n }, (_, k) => (size === 2 ? u16(base + k * 2) : u32(base + k * 4))),
      );
    }
    if ((tags.get(259)?.[0] ?? 1) !== 1) throw new Error("compressed TIFF: expected tiff32nc (no compression)");
    const offsets = tags.get(273) ?? [];
    const lengths = tags.get(279) ?? [];
    pages.push({
      width: tags.get(256)?.[0] ?? 0,
      height: tags.get(257)?.[0] ?? 0,
      samplesPerPixel: tags.get(277)?.[0] ?? 4,
      strips: offsets.map((offset, k) => ({ offset, length: lengths[k] ?? 0 })),
    });
    ifd = u32(ifd + 2 + count * 12);
  }
  return pages;
}

/** The highest C+M+Y+K of each page, in %. */
export function maxCoverage(bytes: Buffer): PageInk[] {
  return tiffPages(bytes).map((page, index) => {
    let max = 0;
    for (const strip of page.strips) {
      const end = strip.offset + strip.length - 3;
      for (let at = strip.offset; at < end; at += page.samplesPerPixel) {
        const sum = bytes[at]! + bytes[at + 1]! + bytes[at + 2]! + bytes[at + 3]!;
        if (sum > max) max = sum;
      }
    }
    return { page: index + 1, max: Math.round((max / 255) * 1000) / 10 };
  });
}

/** Renders `pdf`'s bleed boxes to CMYK at `dpi` and measures each page's highest coverage. */
export async function inkCoverage(pdf: string, workDir: string, dpi = 24): Promise<PageInk[]> {
  const tiff = path.join(workDir, `${path.basename(pdf, ".pdf")}-ink.tif`);
  try {
    await run("gs", [
      "-q",
      "-dSAFER",
      "-dBATCH",
      "-dNOPAUSE",
      "-sDEVICE=tiff32nc",
      `-r${dpi}`,
      "-dUseBleedBox",
      "-dDOINTERPOLATE",
      `-sOutputFile=${tiff}`,
      pdf,
    ]);
    return maxCoverage(await fs.readFile(tiff));
  } finally {
    await fs.rm(tiff, { force: true });
  }
}
