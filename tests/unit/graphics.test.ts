import { describe, expect, it } from "vitest";
import { actionsByCountyChart, chartColours } from "../../src/site/chart.ts";
import { bar, shareOf } from "../../src/site/plugins/graphics.ts";
import type { County, Neighbourhood, Totals } from "../../src/content/model.ts";

/** A county with `count` neighbourhoods and these action totals; the chart reads nothing else. */
function county(name: string, count: number, actions: Totals["actions"]): County {
  return {
    slug: name,
    name,
    neighbourhoods: Array.from({ length: count }, () => ({}) as Neighbourhood),
    totals: {
      neighbourhoods: count,
      population: 0,
      actions,
      networkMembers: 0,
      networkTrained: 0,
      agencies: 0,
      counties: 1,
    },
  };
}

/** The coloured segments of the chart, in document order. */
function segments(svg: string): { x: number; y: number; width: number; fill: string }[] {
  return [...svg.matchAll(/<rect x="([\d.]+)" y="(\d+)" width="([\d.]+)" height="16" fill="(#[0-9a-f]{6})">/g)].map(
    ([, x, y, width, fill]) => ({ x: Number(x), y: Number(y), width: Number(width), fill: fill! }),
  );
}

const decode = (html: string) =>
  html
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("actionsByCountyChart: actions per county, stacked by status", () => {
  const karaj = county("کرج", 3, { done: 6, ongoing: 3, planned: 1 }); // 10 actions
  const taleghan = county("طالقان", 2, { done: 2, ongoing: 0, planned: 3 }); // 5 actions
  const empty = county("اشتهارد", 0, { done: 0, ongoing: 0, planned: 0 });

  it("draws one row per county that has neighbourhoods, 58 units high each", () => {
    const svg = actionsByCountyChart([karaj, empty, taleghan]);
    expect(svg).toContain('viewBox="0 0 400 116"'); // 2 rows × 58
    expect(svg.match(/class="label"/g)).toHaveLength(2);
    expect(svg).not.toContain("اشتهارد");
  });

  it("makes the bars proportional to the largest county's total, growing from the right", () => {
    // The largest total is 10, so one action is 400 / 10 = 40 units wide.
    // کرج (row 1, bar at y 26): done 6 → 240 wide from 400 to 160; ongoing 3 → 120, 160 to 40; planned 1 → 40, 40 to 0.
    // طالقان (row 2, bar at y 58 + 26 = 84): done 2 → 80, 400 to 320; no ongoing; planned 3 → 120, 320 to 200.
    expect(segments(actionsByCountyChart([karaj, taleghan]))).toEqual([
      { x: 160, y: 26, width: 240, fill: chartColours.done },
      { x: 40, y: 26, width: 120, fill: chartColours.ongoing },
      { x: 0, y: 26, width: 40, fill: chartColours.planned },
      { x: 320, y: 84, width: 80, fill: chartColours.done },
      { x: 200, y: 84, width: 120, fill: chartColours.planned },
    ]);
  });

  it("scales the bars to another width", () => {
    // 600 / 10 = 60 units per action: done 6 → 360 from 600 to 240.
    const svg = actionsByCountyChart([karaj], { width: 600 });
    expect(svg).toContain('viewBox="0 0 600 58"');
    expect(segments(svg)[0]).toEqual({ x: 240, y: 26, width: 360, fill: chartColours.done });
  });

  it("writes each county's total in Persian digits and lists them in the description", () => {
    const svg = actionsByCountyChart([karaj, taleghan]);
    expect(svg).toContain('class="value">۱۰</text>');
    expect(svg).toContain('class="value">۵</text>');
    expect(svg).toContain('<desc id="chart-desc">کرج: ۱۰، طالقان: ۵</desc>');
  });

  it("draws no segment, and no NaN, when no county has actions", () => {
    const svg = actionsByCountyChart([county("کرج", 1, { done: 0, ongoing: 0, planned: 0 })]);
    expect(segments(svg)).toEqual([]);
    expect(svg).not.toContain("NaN");
    expect(svg).not.toContain("Infinity");
  });

  it("escapes county names and the title", () => {
    const name = 'a<b & "c"';
    const svg = actionsByCountyChart([county(name, 1, { done: 1, ongoing: 0, planned: 0 })], {
      title: "<script>x</script>",
    });
    expect(svg).not.toContain("<b");
    expect(svg).not.toContain("<script");
    const label = /class="label">([^<]*)<\/text>/.exec(svg)?.[1];
    expect(label).toBeDefined();
    expect(decode(label!)).toBe(name);
    const title = /<title id="chart-title">([^<]*)<\/title>/.exec(svg)?.[1];
    expect(decode(title!)).toBe("<script>x</script>");
  });
});

describe("shareOf: a value's percentage of the largest value it is compared with", () => {
  it("is 100 for the largest and proportional for the others", () => {
    expect(shareOf(10, 5)).toBe(100);
    expect(shareOf(5, 10)).toBe(50);
    expect(shareOf(7)).toBe(100);
    expect(shareOf(3, 3)).toBe(100);
  });

  it("rounds to a tenth of a percent", () => {
    expect(shareOf(1, 3)).toBe(33.3); // 33.33…
    expect(shareOf(2, 3)).toBe(66.7); // 66.66…
    expect(shareOf(1, 8)).toBe(12.5);
  });

  it("compares sizes, not signs", () => {
    expect(shareOf(-3, 6)).toBe(50);
    expect(shareOf(3, -6)).toBe(50);
  });

  it("is 0 when every value is 0", () => {
    expect(shareOf(0, 0)).toBe(0);
    expect(shareOf(0)).toBe(0);
  });
});

describe("bar: a horizontal bar filled from the right", () => {
  const fill = (svg: string) => /<rect class="bar__fill" x="([^"]+)" width="([^"]+)"/.exec(svg)?.slice(1).map(Number);

  it("fills `share` percent, ending at the right edge", () => {
    expect(fill(bar(40))).toEqual([60, 40]);
    expect(fill(bar(100))).toEqual([0, 100]);
    expect(fill(bar(0))).toEqual([100, 0]);
  });

  it("clamps shares outside 0–100", () => {
    expect(fill(bar(150))).toEqual([0, 100]);
    expect(fill(bar(-5))).toEqual([100, 0]);
  });

  it("is decoration, hidden from screen readers", () => {
    expect(bar(50)).toContain('aria-hidden="true"');
  });
});
