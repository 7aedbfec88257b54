/**
 * The printed booklet of the sample content (built once in tests/e2e/global-setup.ts), read back from the PDF: its
 * text with the boxes of every word from one pdftotext run, its structure with pdf-lib.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PDFDict, PDFName, PDFRawStream } from "pdf-lib";
import { loadBooklet } from "../../src/content/load.ts";
import type { Booklet } from "../../src/content/model.ts";
import { geometry, paperSizes } from "../../src/book/paper.ts";
import { toPersianDigits } from "../../src/typography/persian.ts";
import { PROJECT_ROOT, TEST_IMAGE_CACHE, ketabche } from "../helpers/cli.ts";
import { removeTempDirs, tempDir, warmCacheCopy } from "../helpers/content-tree.ts";
import {
  allPagesText,
  fonts,
  normalise,
  pageLines,
  placedImages,
  readPdf,
  regionText,
  type Region,
  type TextLine,
} from "../helpers/pdf.ts";
import { readPage } from "../helpers/site.ts";

const MM = 72 / 25.4;
let booklet: Booklet;
let output: string;
let pdfPath: string;
let pdf: Awaited<ReturnType<typeof readPdf>>;
let texts: string[];
/** Every page's lines and words with their boxes: one pdftotext run for the whole book. */
let layout: TextLine[][];

beforeAll(async () => {
  booklet = await loadBooklet(path.join(PROJECT_ROOT, "content"));
  output = inject("sampleOutput");
  pdfPath = path.join(output, "booklet.pdf");
  pdf = await readPdf(pdfPath);
  texts = allPagesText(pdfPath);
  layout = pageLines(pdfPath);
  expect(layout).toHaveLength(pdf.pageCount);
});

afterAll(removeTempDirs);

/** The text of a region of a page (1-based), from the layout read once. */
const textAt = (page: number, region: Region) => regionText(layout[page - 1]!, region);

/** Sections in booklet order with the page the PDF says each starts on. */
function sectionStarts(): { id: string; page: number }[] {
  return [...pdf.destinations].map(([id, page]) => ({ id, page })).sort((a, b) => a.page - b.page);
}

function bands() {
  const g = geometry(booklet.settings.paper);
  const width = g.width * MM;
  const height = g.height * MM;
  const top = g.margin.top * MM;
  const bottom = g.margin.bottom * MM;
  const band = (x: number, y: number, w: number, h: number): Region => ({ x, y, width: w, height: h });
  return {
    topLeft: band(0, 0, width * 0.45, top),
    topRight: band(width * 0.55, 0, width * 0.45, top),
    bottomLeft: band(0, height - bottom, width * 0.3, bottom),
    bottomRight: band(width * 0.7, height - bottom, width * 0.3, bottom),
    body: band(0, top, width, height - top - bottom),
  };
}

describe("the sample booklet", () => {
  it("is A5 by default, in pages a printer can fold (a multiple of four)", () => {
    const { width, height } = pdf.doc.getPage(0).getSize();
    expect(Math.round(width / MM)).toBe(paperSizes.A5.width);
    expect(Math.round(height / MM)).toBe(paperSizes.A5.height);
    for (const page of pdf.doc.getPages()) expect(page.getSize()).toEqual({ width, height });
    expect(pdf.pageCount % 4).toBe(0);
  });

  it("prints, in the table of contents, the page on which each section's title stands — all of them", () => {
    const firstFront = Math.min(...[...pdf.destinations.values()]);
    const tocText = texts.slice(4, firstFront - 1).join("\n");
    const lines = tocText
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const entries: { title: string; page: number }[] = [];
    lines.forEach((line, i) => {
      if (/^[۰-۹]+$/.test(line) && i > 0)
        entries.push({
          title: normalise(lines[i - 1]!),
          page: Number(line.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))),
        });
    });
    const expected = [
      ...booklet.pages.map((p) => p.title),
      "در یک نگاه",
      ...booklet.counties
        .filter((c) => c.neighbourhoods.length)
        .flatMap((c) => [`شهرستان ${c.name}`, ...c.neighbourhoods.map((n) => n.name)]),
    ].map(normalise);
    expect(entries.map((e) => e.title)).toEqual(expected);
    const { body } = bands();
    for (const entry of entries) {
      const printed = textAt(entry.page, body);
      expect(printed, `${entry.title} on page ${entry.page}`).toContain(entry.title.replace(/^شهرستان /, ""));
    }
  });

  it("starts every neighbourhood, county divider and front page on an odd page (a recto)", () => {
    const starts = sectionStarts();
    expect(starts.filter((s) => s.id.startsWith("nh-"))).toHaveLength(booklet.neighbourhoods.length);
    for (const { id, page } of starts) expect([id, page % 2]).toEqual([id, 1]);
  });

  it("has running heads and folios where they belong and nowhere else", () => {
    const b = bands();
    const starts = sectionStarts();
    const firstNumbered = starts[0]!.page;
    const nameOf = (id: string) => booklet.neighbourhoods.find((n) => `nh-${n.slug}` === id)!.name;
    for (let page = 1; page <= pdf.pageCount; page++) {
      const section = [...starts].reverse().find((s) => s.page <= page);
      const blank = normalise(texts[page - 1] ?? "") === "";
      const divider = section?.id.startsWith("county-") && section.page === page;
      const numbered = page >= firstNumbered && page < pdf.pageCount && !blank && !divider;
      // Running heads only inside a neighbourhood, after its opening page; front pages and the summary are openers.
      const headed = numbered && section!.id.startsWith("nh-") && page > section!.page;
      const text = (region: Region) => textAt(page, region);
      const folio = toPersianDigits(String(page));
      const [outer, inner] = page % 2 === 1 ? [b.bottomLeft, b.bottomRight] : [b.bottomRight, b.bottomLeft];
      const [headOuter, headInner] = page % 2 === 1 ? [b.topLeft, b.topRight] : [b.topRight, b.topLeft];
      if (numbered) {
        expect([page, text(outer)]).toEqual([page, folio]);
        expect([page, text(inner)]).toEqual([page, ""]);
      } else {
        for (const region of [b.bottomLeft, b.bottomRight]) expect([page, text(region)]).not.toEqual([page, folio]);
      }
      if (headed) {
        const head = page % 2 === 1 ? nameOf(section!.id) : booklet.settings.title;
        expect([page, text(headOuter)]).toEqual([page, expect.stringContaining(normalise(head))]);
        expect([page, text(headInner)]).toEqual([page, ""]);
      } else if (page > 1 && page < pdf.pageCount) {
        for (const region of [b.topLeft, b.topRight]) expect([page, text(region)]).toEqual([page, ""]);
      }
    }
  });

  it("never leaves a heading alone at the foot of a page", () => {
    const b = bands();
    const starts = sectionStarts();
    const bodyLines = layout.map((page) =>
      page.filter((l) => l.top >= b.body.y && l.bottom <= b.body.y + b.body.height),
    );
    const height = (l: { top: number; bottom: number }) => Math.round((l.bottom - l.top) * 2) / 2;
    // The running text's line height: the most common one in the book.
    const counts = new Map<number, number>();
    for (const line of bodyLines.flat()) counts.set(height(line), (counts.get(height(line)) ?? 0) + 1);
    const text = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    let checked = 0;
    bodyLines.forEach((page, index) => {
      const number = index + 1;
      const section = [...starts].reverse().find((s) => s.page <= number);
      if (!section || !/^(nh|page)-/.test(section.id) || page.length === 0) return;
      const last = page.reduce((a, l) => (l.bottom > a.bottom ? l : a));
      // A page that ends in running text ends well; one whose last line is a fifth taller ends in a heading
      // (11.5 pt over 9.6 pt). Bold words or tall marks make a text line at most 15% taller.
      if (height(last) <= text) return void checked++;
      checked++;
      expect([number, last.text, height(last) > text * 1.18]).toEqual([number, last.text, false]);
    });
    expect(checked).toBeGreaterThan(200);
  });

  it("embeds every font, all of them Vazirmatn: no glyph fell back to another font", () => {
    const list = fonts(pdfPath);
    expect(list.length).toBeGreaterThan(0);
    for (const font of list) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name, font.name).toMatch(/^[A-Z]{6}\+Vazirmatn-/);
      expect(font.type).not.toMatch(/Type 3/);
    }
  });

  it("has bookmarks for front pages, counties and neighbourhoods, in logical order, pointing at their pages", () => {
    const expected = [
      ...booklet.pages.map((p) => ({ title: p.title, page: pdf.destinations.get(`page-${p.slug}`), children: [] })),
      { title: "در یک نگاه", page: pdf.destinations.get("summary"), children: [] },
      ...booklet.counties
        .filter((c) => c.neighbourhoods.length)
        .map((c) => ({
          title: `شهرستان ${c.name}`,
          page: pdf.destinations.get(`county-${c.slug}`),
          children: c.neighbourhoods.map((n) => ({
            title: n.name,
            page: pdf.destinations.get(`nh-${n.slug}`),
            children: [],
          })),
        })),
    ];
    expect(pdf.outline).toEqual(expected);
  });

  it("carries title, author, subject, language, right-to-left reading order and tags", () => {
    expect(pdf.doc.getTitle()).toBe(booklet.settings.title);
    expect(pdf.doc.getAuthor()).toBe(booklet.settings.organisation);
    expect(pdf.doc.getSubject()).toBe(booklet.settings.subtitle);
    const catalog = pdf.doc.catalog;
    expect(catalog.get(PDFName.of("Lang"))?.toString()).toMatch(/fa/);
    const preferences = catalog.lookup(PDFName.of("ViewerPreferences"), PDFDict);
    expect(preferences.get(PDFName.of("Direction"))?.toString()).toBe("/R2L");
    expect(catalog.get(PDFName.of("StructTreeRoot"))).toBeDefined();
    expect(catalog.lookup(PDFName.of("MarkInfo"), PDFDict).get(PDFName.of("Marked"))?.toString()).toBe("true");
  });

  it("says in the colophon how many neighbourhoods in how many counties, counted from the content files", async () => {
    // Counted here from the files themselves: each neighbourhood file, and the distinct counties they name.
    const dir = path.join(PROJECT_ROOT, "content", "neighbourhoods");
    const files = (await fs.readdir(dir)).filter((name) => name.endsWith(".md"));
    const counties = new Set<string>();
    for (const name of files) {
      const county = /^county:\s*(.+)$/m.exec(await fs.readFile(path.join(dir, name), "utf8"))?.[1]?.trim();
      if (county) counties.add(county);
    }
    const colophon = texts.map(normalise).find((text) => text.includes("دربرگیرنده"));
    expect(colophon).toBeDefined();
    const expected = `${toPersianDigits(String(files.length))} محله در ${toPersianDigits(String(counties.size))} شهرستان`;
    // poppler moves the space beside a number into its left-to-right embedding: compare without spaces.
    const unspaced = (text: string) => text.replace(/\s+/g, "");
    expect(unspaced(colophon!)).toContain(unspaced(expected));
  });

  it("compresses every stream but the XMP metadata, which stays plain text for readers that search for it", () => {
    const streams = pdf.doc.context
      .enumerateIndirectObjects()
      .filter(([, object]) => object instanceof PDFRawStream) as [unknown, PDFRawStream][];
    expect(streams.length).toBeGreaterThan(100);
    const metadata = (stream: PDFRawStream) => stream.dict.get(PDFName.of("Type")) === PDFName.of("Metadata");
    const uncompressed = streams.filter(([, stream]) => !stream.dict.get(PDFName.of("Filter")) && !metadata(stream));
    expect(uncompressed.map(([ref]) => String(ref))).toEqual([]);
    expect(streams.filter(([, stream]) => metadata(stream))).toHaveLength(1);
  });

  it("prints photographs at 300 dpi from resized copies, never from the camera originals", async () => {
    // As a printer's preflight reads it: the resolution of every image where it is drawn (pdfimages -list).
    const photographs = placedImages(pdfPath).filter((image) => image.type === "image");
    expect(photographs.length).toBeGreaterThanOrEqual(booklet.neighbourhoods.length);
    for (const image of photographs) {
      // At least 300 ppi; far below what a camera original squeezed into its frame would give (over 600).
      expect([image.page, Math.min(image.xPpi, image.yPpi) >= 300]).toEqual([image.page, true]);
      expect([image.page, Math.max(image.xPpi, image.yPpi) <= 400]).toEqual([image.page, true]);
    }
    // The print pages, their photographs and their static fonts are the booklet's scaffolding, not the site's.
    for (const scaffolding of ["print", "img/print", "print-pages"])
      await expect(fs.access(path.join(output, "site", scaffolding))).rejects.toThrow();
    expect((await fs.readdir(path.join(output, "site", "assets", "fonts"))).map((f) => f.split(".")[0])).toEqual([
      "vazirmatn",
    ]);
    expect(inject("sampleBuildLog")).toContain("۳۰۰");
  });

  it("is published in the site, and each neighbourhood page links to its page in it", async () => {
    const published = await fs.readFile(path.join(output, "site", "booklet.pdf"));
    expect(Buffer.compare(published, pdf.bytes)).toBe(0);
    for (const n of booklet.neighbourhoods) {
      const page = await readPage(path.join(output, "site", "neighbourhoods", n.slug, "index.html"));
      const link = page.querySelectorAll("a").find((a) => a.getAttribute("href")?.startsWith("/booklet.pdf#page="));
      expect(link?.getAttribute("href")).toBe(`/booklet.pdf#page=${pdf.destinations.get(`nh-${n.slug}`)}`);
    }
    const home = await readPage(path.join(output, "site", "index.html"));
    expect(home.querySelector('a[href="/booklet.pdf"]')).not.toBeNull();
  });

  it("is deterministic: the booklet planned from scratch and the booklet rebuilt from its plan have the same bytes", async () => {
    // The sample build planned the pages from scratch (tests/e2e/global-setup.ts): measured, planned, rendered again.
    expect(inject("sampleBuildLog")).toMatch(/گذر ۱: اندازه‌گیری[^]*گذر ۲: چاپ/);
    // Built again, alone, from a cache holding the photographs already encoded and that build's page plan, but no
    // font subsets: the plan holds at the first pass, and the fonts are made again.
    const cache = await warmCacheCopy(TEST_IMAGE_CACHE, ["img", "img-print"]);
    await fs.writeFile(path.join(cache, "pagination-A5.json"), inject("samplePlan"));
    const again = path.join(await tempDir("ketabche-determinism-"), "out");
    const result = await ketabche(["pdf", "--output", again, "--cache", cache]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/گذر ۱: چاپ با Chromium[^]*گذر ۱: شماره صفحه‌ها جا افتاد/);
    expect(result.stdout).not.toMatch(/گذر ۲/);
    expect(Buffer.compare(await fs.readFile(path.join(again, "booklet.pdf")), pdf.bytes)).toBe(0);
    await expect(fs.access(path.join(again, "site"))).rejects.toThrow();
  });
});
