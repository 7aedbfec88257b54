/**
 * Press geometry (src/book/press.ts): where the trim, the bleed, the marks and the slug go on a sheet, the spine
 * from the page count, the interior without its cover, and the cover spread of a right-bound book. Every expected
 * value is worked out by hand in millimetres, origin at the bottom left of the sheet.
 */
import { describe, expect, it } from "vitest";
import {
  contains,
  coverSpread,
  intersects,
  inset,
  pressSettings,
  pt,
  sheet,
  sheetMargin,
  spineWidth,
  textBlock,
  type Rect,
  type Segment,
} from "../../src/book/press.ts";

const A5 = { width: 148, height: 210 };

/** Does the segment cross or touch the rectangle? (Both ends outside and on one side is enough for marks.) */
function touches(segment: Segment, rect: Rect): boolean {
  const box = {
    x: Math.min(segment.from.x, segment.to.x),
    y: Math.min(segment.from.y, segment.to.y),
    width: Math.abs(segment.to.x - segment.from.x) || 1e-9,
    height: Math.abs(segment.to.y - segment.from.y) || 1e-9,
  };
  return intersects(box, rect);
}

describe("a page on its sheet: trim, bleed, marks", () => {
  const s = sheet(A5, 3);

  it("reaches 11 mm beyond the trim: 3 bleed + 2 gap + 5 mark + 1 spare", () => {
    expect(sheetMargin(3)).toBe(11);
    expect(s.media).toEqual({ width: 170, height: 232 });
    expect(s.trimBox).toEqual({ x: 11, y: 11, width: 148, height: 210 });
    expect(s.bleedBox).toEqual({ x: 8, y: 8, width: 154, height: 216 });
  });

  it("draws two crop marks at each corner, in line with the trim edges, 2 mm outside the bleed, 5 mm long", () => {
    expect(s.cropMarks).toHaveLength(8);
    // Bottom left corner: along the bottom edge (y = 11) from x = 11 − 5 to 11 − 10, along the left edge likewise.
    expect(s.cropMarks).toContainEqual({ from: { x: 6, y: 11 }, to: { x: 1, y: 11 } });
    expect(s.cropMarks).toContainEqual({ from: { x: 11, y: 6 }, to: { x: 11, y: 1 } });
    // Top right corner: trim right 159, top 221.
    expect(s.cropMarks).toContainEqual({ from: { x: 164, y: 221 }, to: { x: 169, y: 221 } });
    expect(s.cropMarks).toContainEqual({ from: { x: 159, y: 226 }, to: { x: 159, y: 231 } });
    for (const mark of s.cropMarks) expect(touches(mark, s.bleedBox)).toBe(false);
  });

  it("keeps every mark and the slug inside the sheet and outside the bleed", () => {
    const media = { x: 0, y: 0, ...s.media };
    for (const mark of s.cropMarks) {
      expect(contains(media, { x: mark.to.x, y: mark.to.y, width: 0, height: 0 })).toBe(true);
    }
    // Registration targets in the middle of the left and right bands and above the top edge: 3 + 2 + 2.5 out.
    expect(s.registration).toEqual([
      { x: 3.5, y: 116 },
      { x: 166.5, y: 116 },
      { x: 85, y: 228.5 },
    ]);
    // The slug runs along the bottom band, 3 mm clear of the vertical crop marks at x = 11 and 159.
    expect(s.slug).toEqual({ x: 14, y: 1, width: 142, height: 5 });
    expect(intersects(s.slug, s.bleedBox)).toBe(false);
    expect(contains(media, s.slug)).toBe(true);
  });

  it("allows content only 5 mm inside the trim", () => {
    expect(s.safe).toEqual([{ x: 16, y: 16, width: 138, height: 200 }]);
    expect(s.foldMarks).toEqual([]);
  });

  it("grows with the bleed", () => {
    const wide = sheet(A5, 5);
    expect(wide.media).toEqual({ width: 174, height: 236 });
    expect(wide.bleedBox).toEqual({ x: 8, y: 8, width: 158, height: 220 });
  });

  it("converts millimetres to points", () => {
    expect(pt(25.4)).toBeCloseTo(72, 10);
    expect(pt(148)).toBeCloseTo(419.5276, 3);
  });
});

describe("spine width", () => {
  it("is the leaves times the paper's thickness plus 0.5 mm for the cover board and glue", () => {
    // 376 pages = 188 leaves × 0.1 mm = 18.8 mm, + 0.5.
    expect(spineWidth(376, 0.1)).toBe(19.3);
    // 16 pages: 8 leaves × 0.1 = 0.8 + 0.5.
    expect(spineWidth(16, 0.1)).toBe(1.3);
    // An odd page count still takes a whole leaf: 377 pages = 189 leaves × 0.08 = 15.12 + 0.5 = 15.62 → 15.6.
    expect(spineWidth(377, 0.08)).toBe(15.6);
  });
});

describe("the interior without its cover", () => {
  it("drops the front cover and its blank inside, and the back cover and the blank before it", () => {
    // 380 pages, 2 blanks before the back cover: pages 3 … 378 (page 379 is the inside of the back cover).
    expect(textBlock(380, 2)).toEqual({ first: 3, last: 378, padding: 0, pages: 376 });
  });

  it("keeps a page with content before the back cover, and pads the odd count with a blank", () => {
    // No blank before the back cover: pages 3 … 379 are 377 pages, one more blank makes whole leaves.
    expect(textBlock(380, 0)).toEqual({ first: 3, last: 379, padding: 1, pages: 378 });
  });
});

describe("the cover spread of a right-bound book", () => {
  const spread = coverSpread(A5, 19.3, 3);

  it("lays front, spine and back from left to right, seen from outside", () => {
    expect(spread.trim).toEqual({ width: 315.3, height: 210 });
    expect(spread.front).toEqual({ x: 0, y: 0, width: 148, height: 210 });
    expect(spread.spineRect).toEqual({ x: 148, y: 0, width: 19.3, height: 210 });
    expect(spread.back).toEqual({ x: 167.3, y: 0, width: 148, height: 210 });
    expect(spread.sheet.media).toEqual({ width: 337.3, height: 232 });
  });

  it("marks both folds above and below the bleed, and the four corners", () => {
    expect(spread.sheet.cropMarks).toHaveLength(8);
    // Folds at 11 + 148 = 159 and 11 + 167.3 = 178.3; the bands run from 221 + 5 to 221 + 10 and 11 − 5 to 11 − 10.
    expect(spread.sheet.foldMarks).toHaveLength(4);
    expect(spread.sheet.foldMarks).toContainEqual({ from: { x: 159, y: 226 }, to: { x: 159, y: 231 } });
    expect(spread.sheet.foldMarks[2]!.from.x).toBeCloseTo(178.3, 9);
    for (const mark of spread.sheet.foldMarks) expect(touches(mark, spread.sheet.bleedBox)).toBe(false);
  });

  it("keeps content 5 mm from the trim and from the folds, and the spine's text between its folds", () => {
    const [front, back, spine] = spread.sheet.safe;
    expect(front).toEqual({ x: 16, y: 16, width: 138, height: 200 });
    expect(back!.x).toBeCloseTo(183.3, 9);
    expect(back!.width).toBeCloseTo(138, 9);
    // The spine's text stays 1.5 mm from each fold and 5 mm from head and foot.
    expect(spine!.x).toBeCloseTo(160.5, 9);
    expect(spine!.width).toBeCloseTo(16.3, 9);
    expect(spine!.y).toBe(16);
    expect(spread.spineText).toBe(true);
  });

  it("runs the slug along the back panel, clear of the fold marks", () => {
    expect(spread.sheet.slug.x).toBeCloseTo(181.3, 9);
    expect(spread.sheet.slug.width).toBeCloseTo(142, 9);
  });

  it("leaves the spine's text out when the spine is narrower than 6 mm", () => {
    const thin = coverSpread(A5, 1.3, 3);
    expect(thin.spineText).toBe(false);
    expect(thin.sheet.safe).toHaveLength(2);
    expect(coverSpread(A5, 6, 3).spineText).toBe(true);
  });
});

describe("press settings", () => {
  it("fills in 3 mm bleed and 0.1 mm paper, and prints 1 mm beyond the bleed", () => {
    expect(pressSettings({})).toEqual({ bleed: 3, renderBleed: 4, paperThickness: 0.1, profile: undefined });
    expect(pressSettings({ bleed: 5, paperThickness: 0.12, profile: "x.icc" })).toEqual({
      bleed: 5,
      renderBleed: 6,
      paperThickness: 0.12,
      profile: "x.icc",
    });
  });
});

describe("rectangles", () => {
  it("tells containment and overlap", () => {
    const outer = { x: 0, y: 0, width: 10, height: 10 };
    expect(contains(outer, { x: 1, y: 1, width: 8, height: 8 })).toBe(true);
    expect(contains(outer, { x: 5, y: 5, width: 6, height: 1 })).toBe(false);
    expect(intersects(outer, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
    expect(intersects(outer, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(inset(outer, 2)).toEqual({ x: 2, y: 2, width: 6, height: 6 });
  });
});
