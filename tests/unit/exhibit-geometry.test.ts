import { describe, expect, it } from "vitest";
import { exhibitChoice, HANDOUT, posterGeometry, posterSizeNames, posterSizes } from "../../src/book/poster-sizes.ts";
import { settingsSchema } from "../../src/content/schema.ts";

describe("poster sizes", () => {
  it("are the ISO and 50×70 cm sheets, portrait, in millimetres", () => {
    expect(posterSizes.A1).toEqual({ width: 594, height: 841 });
    expect(posterSizes.A2).toEqual({ width: 420, height: 594 });
    expect(posterSizes.A3).toEqual({ width: 297, height: 420 });
    expect(posterSizes["50x70"]).toEqual({ width: 500, height: 700 });
    expect(HANDOUT).toEqual({ width: 148, height: 210 });
  });

  it("set body text for reading distance: 24 pt on A2, growing with the sheet", () => {
    expect(posterGeometry("A2").bodyPt).toBe(24);
    expect(posterGeometry("A1").bodyPt).toBeCloseTo(33.9, 1);
    expect(posterGeometry("A3").bodyPt).toBeCloseTo(17, 1);
    const sizes = posterSizeNames.map((size) => posterGeometry(size)).sort((a, b) => a.width - b.width);
    for (let i = 1; i < sizes.length; i++) {
      expect(sizes[i]!.bodyPt).toBeGreaterThan(sizes[i - 1]!.bodyPt);
      expect(sizes[i]!.margin).toBeGreaterThan(sizes[i - 1]!.margin);
    }
  });

  it("frame a photograph inside the margins: landscape across the measure, portrait 3:4 in a column", () => {
    for (const size of posterSizeNames) {
      const g = posterGeometry(size);
      const measure = g.width - 2 * g.margin;
      expect(g.photo.landscape.width).toBeCloseTo(measure, 0);
      expect(g.photo.landscape.height).toBeLessThan(g.height / 2);
      expect(g.photo.portrait.width).toBeLessThan(measure / 2);
      expect(g.photo.portrait.height / g.photo.portrait.width).toBeCloseTo(4 / 3, 2);
    }
  });
});

describe("the exhibit setting", () => {
  const base = {
    title: "ت",
    organisation: "س",
    province: "البرز",
    year: 1403,
    baseUrl: "https://example.org",
    counties: [{ slug: "a", name: "الف" }],
  };
  const parse = (exhibit: unknown) => settingsSchema.safeParse({ ...base, exhibit });

  it("is off unless asked for; true means A2; an object chooses the size", () => {
    expect(exhibitChoice(undefined)).toEqual({ enabled: false, poster: "A2" });
    expect(exhibitChoice(false).enabled).toBe(false);
    expect(exhibitChoice(true)).toEqual({ enabled: true, poster: "A2" });
    expect(exhibitChoice({ poster: "50x70" })).toEqual({ enabled: true, poster: "50x70" });
  });

  it("is validated by the settings schema", () => {
    expect(parse(true).success).toBe(true);
    expect(parse({ poster: "A1" }).data?.exhibit).toEqual({ poster: "A1" });
    expect(parse({}).data?.exhibit).toEqual({ poster: "A2" });
    expect(parse({ poster: "A0" }).success).toBe(false);
    expect(parse("yes").success).toBe(false);
  });
});
