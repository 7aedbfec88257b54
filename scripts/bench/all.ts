/**
 * `npm run bench`: one table of what issue 11 promises, measured in one run on one machine, as ratios wherever there
 * is something to compare with (the machine is shared: seconds drift from run to run, ratios much less):
 *   - the booklet from scratch, and after one word changed, against one bare `page.pdf()` of the same print HTML;
 *   - a cold and a warm `ketabche build` of the sample;
 *   - the site of 670 and 4,020 neighbourhoods against bare Eleventy on the same Markdown;
 *   - the 3,800-page booklet of the 670-neighbourhood tree, with its peak memory;
 *   - the dev server: from saving a neighbourhood file to its new page being served.
 * Peak memory is Node and every Chromium process together (scripts/bench/measure.ts). `--skip scale,big,dev,build`
 * leaves parts out, `--press` adds the press step; the table comes out as Markdown, for the README.
 */
import { parseArgs } from "node:util";
import { bookletTimes, pressTimes } from "./booklet.ts";
import { buildTimes } from "./build.ts";
import { devLatency } from "./dev.ts";
import { machineLine, runMeasured, type Measurement } from "./measure.ts";
import { siteScale } from "./scale.ts";

const { values } = parseArgs({ options: { skip: { type: "string", default: "" }, press: { type: "boolean" } } });
const skipped = new Set(values.skip.split(",").filter(Boolean));

const rows: string[][] = [];
const seconds = (m: Measurement) => `${m.seconds.toFixed(1)} s`;
const peak = (m: Measurement) => `${m.peakMb} MB`;
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
const row = (...cells: string[]) => {
  rows.push(cells);
  // Progress as it goes: the whole run takes a while.
  console.error(cells.join(" | "));
};

const booklet = bookletTimes();
row("bare `page.pdf()` of the print HTML", seconds(booklet.bare), peak(booklet.bare), "1 (reference)", "");
row(
  `booklet from scratch (${booklet.scratch.pages} pages)`,
  seconds(booklet.scratch),
  peak(booklet.scratch),
  ratio(booklet.scratch.seconds, booklet.bare.seconds),
  "≤ ×1.5",
);
row(
  `booklet after one word changed (${booklet.edited.passes} pass${booklet.edited.passes > 1 ? "es" : ""})`,
  seconds(booklet.edited),
  peak(booklet.edited),
  ratio(booklet.edited.seconds, booklet.bare.seconds),
  "≤ ×1.1",
);

if (values.press) {
  const press = pressTimes();
  row(
    `press step (${press.pages} interior pages, CMYK PDF/X, preflight)`,
    seconds(press),
    peak(press),
    `${ratio(press.seconds, booklet.scratch.seconds)} the booklet`,
    "",
  );
}

if (!skipped.has("build")) {
  const build = buildTimes();
  row("`ketabche build` of the sample, cold", seconds(build.cold), peak(build.cold), "", "≤ 60 s");
  row("`ketabche build` of the sample, warm", seconds(build.warm), peak(build.warm), "", "≤ 15 s");
}

if (!skipped.has("scale")) {
  for (const times of [10, 60]) {
    const scale = await siteScale(times);
    const n = scale.neighbourhoods.toLocaleString("en");
    // The goal is for 4,000 neighbourhoods; at 670 the rows are for comparison.
    const goal = times === 60 ? "≤ ×1.5" : "";
    row(`bare Eleventy, ${n} neighbourhoods`, seconds(scale.bare), peak(scale.bare), "1 (reference)", "");
    row(
      `site of ${n} neighbourhoods, warm, nothing changed (every page linked)`,
      seconds(scale.warm),
      peak(scale.warm),
      ratio(scale.warm.seconds, scale.bare.seconds),
      goal,
    );
    row(
      `site of ${n} neighbourhoods, warm, one story changed`,
      seconds(scale.edited),
      peak(scale.edited),
      ratio(scale.edited.seconds, scale.bare.seconds),
      goal,
    );
    row(
      `site of ${n} neighbourhoods, warm cache, every page written (no published site)`,
      seconds(scale.rewritten),
      peak(scale.rewritten),
      ratio(scale.rewritten.seconds, scale.bare.seconds),
      "",
    );
  }
}

if (!skipped.has("dev")) {
  const dev = await devLatency();
  row(
    "dev server: save → new page served (median, max)",
    `${dev.median.toFixed(2)} s, ${dev.max.toFixed(2)} s`,
    "",
    "",
    "≤ 1 s",
  );
}

if (!skipped.has("big")) {
  const big = runMeasured<Measurement>(new URL("./scale.ts", import.meta.url).pathname, ["booklet", "10"]);
  row(`booklet of 670 neighbourhoods (${big.pages} pages)`, seconds(big), peak(big), "", "≤ 1,500 MB");
}

console.log(`${machineLine()}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log("| | time | peak memory | ratio | goal |\n|---|---|---|---|---|");
for (const cells of rows) console.log(`| ${cells.join(" | ")} |`);
