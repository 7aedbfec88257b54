/**
 * Paper sizes: A5 by default, B5 by the setting, A4 by `--paper`; the booklet alone with `ketabche pdf`, with its
 * progress on the terminal and a summary at the end.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { paperSizes } from "../../src/book/paper.ts";
import { ketabche } from "../helpers/cli.ts";
import { writeContentTree } from "../helpers/content-tree.ts";
import { readPdf } from "../helpers/pdf.ts";

const MM = 72 / 25.4;
const counties = [{ slug: "one", name: "یکم" }];
const neighbourhoods = [1, 2, 3].map((i) => ({ slug: `n-${i}`, name: `محله ${i}`, county: "یکم", order: i }));

async function bookletSize(
  args: string[],
  paper?: "B5",
): Promise<{ width: number; height: number; stdout: string; pages: number }> {
  const content = await writeContentTree({ counties, neighbourhoods, paper });
  const output = path.join(content, "out");
  const result = await ketabche(["pdf", "--content", content, "--output", output, ...args]);
  expect(result.code, result.stderr).toBe(0);
  const pdf = await readPdf(path.join(output, "booklet.pdf"));
  const { width, height } = pdf.doc.getPage(0).getSize();
  return {
    width: Math.round(width / MM),
    height: Math.round(height / MM),
    stdout: result.stdout,
    pages: pdf.pageCount,
  };
}

describe("paper sizes and the pdf command", () => {
  it("prints B5 when the settings say so", async () => {
    const { width, height } = await bookletSize([], "B5");
    expect({ width, height }).toEqual(paperSizes.B5);
  });

  it("prints A4 with --paper A4, showing progress and a summary", async () => {
    const { width, height, stdout, pages } = await bookletSize(["--paper", "A4"]);
    expect({ width, height }).toEqual(paperSizes.A4);
    expect(stdout).toMatch(/گذر ۱: چاپ با Chromium: [۰-۹]+ بخش، [۰-۹]+ صفحه/);
    expect(stdout).toContain(`${pages.toLocaleString("fa-IR")} صفحه`);
    expect(stdout).toMatch(/مگابایت/);
  });

  it("warns about a photograph that would print below 300 dpi", async () => {
    const content = await writeContentTree({ counties, neighbourhoods });
    // The tree's cover is 1200 px wide; printed across an A4 text block (about 170 mm) that is under 200 dpi.
    const result = await ketabche([
      "pdf",
      "--content",
      content,
      "--output",
      path.join(content, "out"),
      "--paper",
      "A4",
    ]);
    expect(result.stdout).toMatch(
      /هشدار: تصویر images\/cover\.jpg در neighbourhoods\/n-1\.md با [۰-۹]+ نقطه در اینچ چاپ می‌شود/,
    );
    await expect(fs.access(path.join(content, "out", "site"))).rejects.toThrow();
  });

  it("refuses an unknown paper size", async () => {
    const content = await writeContentTree({ counties, neighbourhoods });
    const result = await ketabche([
      "pdf",
      "--content",
      content,
      "--output",
      path.join(content, "out"),
      "--paper",
      "A3",
    ]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("A5، B5، A4");
  });
});
