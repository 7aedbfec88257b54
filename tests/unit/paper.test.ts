import { describe, expect, it } from "vitest";
import { geometry, pixelsFor, printedWidthMm, PRINT_DPI } from "../../src/book/paper.ts";
import { effectiveDpi, printPixels } from "../../src/book/print-resolution.ts";

describe("geometry: page size and margins of the printed booklet", () => {
  it("uses the A5 margins as designed", () => {
    expect(geometry("A5")).toEqual({
      paper: "A5",
      width: 148,
      height: 210,
      margin: { top: 19, bottom: 21, inner: 17, outer: 15 },
      textWidth: 116, // 148 − 17 − 15
      columnGap: 5,
    });
  });

  it("scales the margins with the page width on B5, rounded to a tenth of a millimetre", () => {
    // scale = 176 / 148: top 19 × 176/148 = 22.59…, bottom 21 × … = 24.97…, inner 17 × … = 20.21…,
    // outer 15 × … = 17.83…, gap 5 × … = 5.94…
    const g = geometry("B5");
    expect([g.width, g.height]).toEqual([176, 250]);
    expect(g.margin).toEqual({ top: 22.6, bottom: 25, inner: 20.2, outer: 17.8 });
    expect(g.columnGap).toBe(5.9);
    expect(g.textWidth).toBeCloseTo(138, 9); // 176 − 20.2 − 17.8
  });

  it("scales the margins with the page width on A4", () => {
    // scale = 210 / 148: top 19 × 210/148 = 26.95…, bottom 21 × … = 29.79…, inner 17 × … = 24.12…,
    // outer 15 × … = 21.28…, gap 5 × … = 7.09…
    const g = geometry("A4");
    expect([g.width, g.height]).toEqual([210, 297]);
    expect(g.margin).toEqual({ top: 27, bottom: 29.8, inner: 24.1, outer: 21.3 });
    expect(g.columnGap).toBe(7.1);
    expect(g.textWidth).toBeCloseTo(164.6, 9); // 210 − 24.1 − 21.3
  });

  it("keeps the binding margin wider than the outer one on every paper", () => {
    for (const paper of ["A5", "B5", "A4"] as const) {
      const { margin } = geometry(paper);
      expect(margin.inner).toBeGreaterThan(margin.outer);
    }
  });
});

describe("printedWidthMm: how wide each kind of photograph is printed", () => {
  it("prints the opener's photograph across the text block and gallery photographs in two columns", () => {
    const a5 = geometry("A5");
    expect(printedWidthMm("cover", a5)).toBe(116);
    expect(printedWidthMm("gallery", a5)).toBe(55.5); // (116 − 5) / 2
    const a4 = geometry("A4");
    expect(printedWidthMm("gallery", a4)).toBeCloseTo(78.75, 9); // (164.6 − 7.1) / 2
  });
});

describe("pixelsFor: pixels needed to print a width at a resolution", () => {
  it("prints at 300 dpi by default", () => {
    expect(PRINT_DPI).toBe(300);
    expect(pixelsFor(25.4)).toBe(300); // one inch
  });

  it("rounds up, never down", () => {
    expect(pixelsFor(118)).toBe(1394); // 118 / 25.4 × 300 = 1393.7
    expect(pixelsFor(116)).toBe(1371); // 116 / 25.4 × 300 = 1370.08
    expect(pixelsFor(55.5)).toBe(656); // 55.5 / 25.4 × 300 = 655.5
  });

  it("takes another resolution", () => {
    expect(pixelsFor(50.8, 72)).toBe(144); // two inches × 72
    expect(pixelsFor(118, 150)).toBe(697); // 118 / 25.4 × 150 = 696.85
  });
});

describe("effectiveDpi: the resolution a photograph prints at when it fills its frame", () => {
  it("is the pixels per inch of the frame when the photograph has the frame's proportions", () => {
    // A 4 × 3 inch frame (101.6 × 76.2 mm) filled by 1200 × 900 pixels: 300 dpi both ways.
    expect(effectiveDpi({ width: 1200, height: 900 }, 101.6, 76.2)).toBeCloseTo(300, 9);
  });

  it("is decided by the scarcer dimension", () => {
    // Too short: 1200 / 4 in = 300 across, but 600 / 3 in = 200 down.
    expect(effectiveDpi({ width: 1200, height: 600 }, 101.6, 76.2)).toBeCloseTo(200, 9);
    // Too narrow: 800 / 4 in = 200 across, 900 / 3 in = 300 down.
    expect(effectiveDpi({ width: 800, height: 900 }, 101.6, 76.2)).toBeCloseTo(200, 9);
  });

  it("does not give credit for pixels that are cropped away", () => {
    // A panorama 6000 × 900 in the same frame: 1500 dpi across, but only 300 down.
    expect(effectiveDpi({ width: 6000, height: 900 }, 101.6, 76.2)).toBeCloseTo(300, 9);
  });
});

describe("printPixels: the print copy of a photograph fills its frame at 300 dpi after cropping", () => {
  // An A5 cover frame: 116 mm wide, 4:3, so 87 mm high. At 300 dpi: ceil(116 / 25.4 * 300) = 1371 px wide and
  // ceil(87 / 25.4 * 300) = 1028 px high.
  it("makes a 3:2 landscape wide enough that its height fills the frame", () => {
    // 1028 px high at 3:2 is ceil(1028 * 1.5) = 1542 px wide; its height: round(1542 / 1.5) = 1028.
    expect(printPixels({ width: 3000, height: 2000 }, 116, 87)).toEqual({ width: 1542, height: 1028 });
  });

  it("makes a portrait as wide as the frame (the frame crops its height)", () => {
    // 2000 × 3000 at 1371 px wide is round(1371 * 1.5) = 2057 px high, more than the 1028 needed.
    expect(printPixels({ width: 2000, height: 3000 }, 116, 87)).toEqual({ width: 1371, height: 2057 });
  });

  it("never enlarges a photograph smaller than its frame needs", () => {
    expect(printPixels({ width: 900, height: 600 }, 116, 87)).toEqual({ width: 900, height: 600 });
  });

  it("gives a copy that prints at 300 dpi or more in its frame", () => {
    for (const source of [
      { width: 3000, height: 2000 },
      { width: 2000, height: 3000 },
      { width: 4000, height: 3000 },
      { width: 3000, height: 3000 },
    ]) {
      expect(effectiveDpi(printPixels(source, 116, 87), 116, 87)).toBeGreaterThanOrEqual(300);
    }
  });
});
