/**
 * Paper sizes: B5 by the setting, A4 by `--paper`; the booklet alone with `ketabche pdf`, with its progress on the
 * terminal, a summary at the end, and a warning for a photograph that would print below 300 dpi. (A5, the default,
 * is the sample's: booklet.test.ts. A size that does not exist is a usage error: cli.test.ts.)
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { paperSizes } from "../../src/book/paper.ts";
import { ketabche } from "../helpers/cli.ts";
import { expectCleanOutput } from "../helpers/clean-output.ts";
import { removeTempDirs, writeContentTree } from "../helpers/content-tree.ts";
import { readPdf } from "../helpers/pdf.ts";

afterAll(removeTempDirs);

const MM = 72 / 25.4;
const counties = [{ slug: "one", name: "یکم" }];
const neighbourhoods = [1, 2, 3].map((i) => ({ slug: `n-${i}`, name: `محله ${i}`, county: "یکم", order: i }));

/** `ketabche pdf` on a small tree: the size of its pages in millimetres, what it printed, and where it wrote. */
async function printBooklet(args: string[], paper?: "B5") {
  const content = await writeContentTree({ counties, neighbourhoods, paper });
  const output = path.join(content, "out");
  const result = await ketabche(["pdf", "--content", content, "--output", output, ...args]);
  expect(result.code, result.stderr).toBe(0);
  expectCleanOutput(result);
  const pdf = await readPdf(path.join(output, "booklet.pdf"));
  const sizes = pdf.doc.getPages().map((page) => page.getSize());
  const mm = ({ width, height }: { width: number; height: number }) => ({
    width: Math.round(width / MM),
    height: Math.round(height / MM),
  });
  return { size: mm(sizes[0]!), sizes: sizes.map(mm), result, pages: pdf.pageCount, output };
}

describe("paper sizes and the pdf command", () => {
  it("prints B5 when the settings say so, on every page", async () => {
    const { size, sizes } = await printBooklet([], "B5");
    expect(size).toEqual(paperSizes.B5);
    for (const page of sizes) expect(page).toEqual(paperSizes.B5);
  });

  it("prints A4 with --paper A4, showing progress, a summary and the photographs below 300 dpi", async () => {
    const { size, result, pages, output } = await printBooklet(["--paper", "A4"]);
    expect(size).toEqual(paperSizes.A4);
    const { stdout } = result;
    // From scratch: a first pass that only measures (nothing drawn), then the print with the plan it gave.
    expect(stdout).toMatch(/گذر ۱: اندازه‌گیری صفحه‌ها با Chromium \(بی‌تصویر و بی‌متن\): [۰-۹]+ بخش، [۰-۹]+ صفحه/);
    expect(stdout).toMatch(/گذر ۲: چاپ با Chromium: [۰-۹]+ بخش، [۰-۹]+ صفحه/);
    expect(stdout).toContain(`${pages.toLocaleString("fa-IR")} صفحه`);
    expect(stdout).toMatch(/مگابایت/);
    // The tree's cover is 1200 px wide; printed across an A4 text block (about 170 mm) that is under 200 dpi.
    expect(stdout).toMatch(
      /هشدار: تصویر images\/cover\.jpg در neighbourhoods\/n-1\.md با [۰-۹]+ نقطه در اینچ چاپ می‌شود/,
    );
    // `pdf` writes the booklet alone: the site it built to print from is not published.
    expect(await fs.readdir(output)).toEqual(["booklet.pdf"]);
  });
});
