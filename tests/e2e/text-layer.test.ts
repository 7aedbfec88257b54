/**
 * The booklet's text as a reader copies or searches it: `pdftotext` (poppler) gives every word of every
 * neighbourhood's story exactly as the editors wrote it (lam-alef and نیم‌فاصله included), and the running heads,
 * folios and sample notice are pagination artifacts, outside the reading order.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadBooklet } from "../../src/content/load.ts";
import type { Booklet } from "../../src/content/model.ts";
import { createMarkdown } from "../../src/content/markdown.ts";
import { PROJECT_ROOT } from "../helpers/cli.ts";
import { readPdf } from "../helpers/pdf.ts";

let booklet: Booklet;
let pdfPath: string;
let pages: string[];
let starts: Map<string, number>;

/** Words, with directional marks (which poppler wraps around runs) read as the spaces they stand beside. */
const words = (text: string) =>
  text
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, " ")
    .split(/[\s«»()،؛:.!؟[\]"'*#|/–—-]+/)
    .filter((word) => word.length > 1);

beforeAll(async () => {
  booklet = await loadBooklet(path.join(PROJECT_ROOT, "content"));
  pdfPath = path.join(inject("sampleOutput"), "booklet.pdf");
  pages = execFileSync("pdftotext", [pdfPath, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }).split("\f");
  starts = (await readPdf(pdfPath)).destinations;
});

describe("the booklet's text layer", () => {
  it("gives every word of every neighbourhood's story, exactly, on that neighbourhood's pages", () => {
    const markdown = createMarkdown();
    const sectionStarts = [...starts.values()].sort((a, b) => a - b);
    const missing: string[] = [];
    let checked = 0;
    for (const n of booklet.neighbourhoods) {
      const first = starts.get(`nh-${n.slug}`)!;
      const next = sectionStarts.find((page) => page > first) ?? pages.length;
      const printed = new Set(words(pages.slice(first - 1, next - 1).join("\n")));
      // The story as readers see it: rendered, tags dropped, typography applied.
      const story = words(
        markdown
          .render(n.body)
          .replace(/<[^>]+>/g, " ")
          .replace(/&[a-z]+;/g, " "),
      );
      for (const word of story) {
        checked++;
        if (!printed.has(word)) missing.push(`${n.slug}: ${word}`);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(missing).toEqual([]);
  });

  it("reads lam-alef and the نیم‌فاصله in logical order", () => {
    const text = pages.join("\n");
    // The sample's «کلاس‌های» and «بالادست», which poppler used to give as «کالس‌های» and «باالدست».
    expect(text).toContain("کلاس‌های");
    expect(text).toContain("بالادست");
    expect(text).not.toContain("کالس‌های");
    expect(text).not.toContain("باالدست");
  });

  it("marks running heads, folios and the sample notice as artifacts: no text outside the tagged structure", () => {
    // One content page with a running head, a folio and the sample notice, decompressed by qpdf.
    const page = starts.get(`nh-${booklet.neighbourhoods[0]!.slug}`)! + 1;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ketabche-page-"));
    let qdf: string;
    try {
      execFileSync("qpdf", ["--empty", "--pages", pdfPath, String(page), "--", path.join(dir, "page.pdf")]);
      execFileSync("qpdf", [
        "--qdf",
        "--object-streams=disable",
        path.join(dir, "page.pdf"),
        path.join(dir, "qdf.pdf"),
      ]);
      qdf = fs.readFileSync(path.join(dir, "qdf.pdf"), "latin1");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    let depth = 0;
    let untagged = 0;
    let artifacts = 0;
    for (const [token] of qdf.matchAll(/\/Artifact\b|\b(?:BMC|BDC|EMC|BT)\b/g)) {
      if (token === "/Artifact") artifacts++;
      else if (token === "BMC" || token === "BDC") depth++;
      else if (token === "EMC") depth--;
      else if (depth === 0) untagged++;
    }
    // The running head, the folio and the sample notice.
    expect(artifacts).toBeGreaterThanOrEqual(3);
    expect(untagged).toBe(0);
  });
});
