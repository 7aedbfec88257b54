/**
 * A big booklet is printed in chunks and merged (src/book/chunks.ts, src/print/merge.ts). Part of the sample is
 * printed here at once, then in chunks of about two dozen pages from the plan the first print settled, and the two
 * are read back against each other.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFObject, type PDFRef } from "pdf-lib";
import { geometry } from "../../src/book/paper.ts";
import { build } from "../../src/pipeline/build.ts";
import { buildOptions } from "../../src/pipeline/options.ts";
import type { ProgressEvent } from "../../src/pipeline/progress.ts";
import { toPersianDigits } from "../../src/typography/persian.ts";
import { TEST_IMAGE_CACHE } from "../helpers/cli.ts";
import { copySample, removeTempDirs, tempDir, warmCacheCopy } from "../helpers/content-tree.ts";
import { allPagesText, pageLines, readPdf, regionText, type TextLine } from "../helpers/pdf.ts";

const MM = 72 / 25.4;
let chunked: Awaited<ReturnType<typeof readPdf>>;
let whole: Awaited<ReturnType<typeof readPdf>>;
let chunkedPath: string;
let chunkStarts: number[];

/** A few neighbourhoods of the sample: enough pages for several chunks, few enough to print twice quickly. */
const NEIGHBOURHOODS = 10;
const CHUNK = 24;
let wholePath: string;

beforeAll(async () => {
  const contentDir = await copySample("real");
  const dir = path.join(contentDir, "neighbourhoods");
  for (const name of (await fs.readdir(dir)).sort().slice(NEIGHBOURHOODS)) await fs.rm(path.join(dir, name));
  // One cache with the sample's photographs: the booklet printed at once first (its plan is then the chunked
  // print's), then in chunks.
  const cacheDir = await warmCacheCopy(TEST_IMAGE_CACHE, ["img", "img-print"]);
  const out = await tempDir("ketabche-chunks-");
  const once = buildOptions({ contentDir, outputDir: path.join(out, "whole"), cacheDir });
  await build("booklet", once);
  const events: ProgressEvent[] = [];
  const options = buildOptions({
    contentDir,
    outputDir: path.join(out, "chunked"),
    cacheDir,
    chunkPages: CHUNK,
    chunkAbovePages: CHUNK,
  });
  await build("booklet", options, (event) => events.push(event));
  chunkedPath = path.join(options.outputDir, "booklet.pdf");
  wholePath = path.join(once.outputDir, "booklet.pdf");
  chunked = await readPdf(chunkedPath);
  whole = await readPdf(wholePath);
  const printed = events.flatMap((event) => (event.stage === "chunk" ? [event.pages] : []));
  chunkStarts = [1, ...printed.slice(0, -1).map((pages) => pages + 1)];
});

afterAll(removeTempDirs);

/** Every page's words, sorted: the two prints may place a word a hair apart, and pdftotext read it elsewhere. */
const words = (texts: string[]) => texts.map((text) => text.split(/\s+/).filter(Boolean).sort().join(" "));

describe("a booklet printed in chunks", () => {
  it(`was printed in chunks of about ${CHUNK} pages, each starting on a recto`, () => {
    expect(chunkStarts.length).toBeGreaterThanOrEqual(3);
    for (const start of chunkStarts) expect(start % 2).toBe(1);
  });

  it("has the pages, words, named destinations and bookmarks of the booklet printed at once", () => {
    expect(chunked.pageCount).toBe(whole.pageCount);
    expect(words(allPagesText(chunkedPath))).toEqual(words(allPagesText(wholePath)));
    expect(chunked.destinations).toEqual(whole.destinations);
    expect(chunked.outline).toEqual(whole.outline);
  });

  it("numbers the pages on from one chunk to the next", () => {
    const layout: TextLine[][] = pageLines(chunkedPath);
    const g = geometry("A5");
    const bottom = g.margin.bottom * MM;
    const folioBand = (page: number) => ({
      x: page % 2 === 1 ? 0 : g.width * MM * 0.7,
      y: (g.height - g.margin.bottom) * MM,
      width: g.width * MM * 0.3,
      height: bottom,
    });
    // Around each cut: the last folio before it and the first after it (blank pages and county dividers have none).
    const folioOn = (page: number) => regionText(layout[page - 1]!, folioBand(page));
    for (const start of chunkStarts.slice(1)) {
      const near = (step: number) => [1, 2, 3, 4, 5, 6].map((n) => start + step * n);
      const before = near(-1).find((page) => folioOn(page) !== "")!;
      const after = [start, ...near(1)].find((page) => folioOn(page) !== "")!;
      expect([before, folioOn(before)]).toEqual([before, toPersianDigits(String(before))]);
      expect([after, folioOn(after)]).toEqual([after, toPersianDigits(String(after))]);
    }
  });

  it("keeps one tagged structure whose parent tree answers for every page and link as the whole print's does", () => {
    const marked = (pdf: typeof chunked) => {
      const { doc } = pdf;
      const root = doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
      const nums = root.lookup(PDFName.of("ParentTree"), PDFDict).lookup(PDFName.of("Nums"), PDFArray);
      const tree = new Map<number, PDFObject>();
      for (let i = 0; i < nums.size(); i += 2) tree.set(nums.lookup(i, PDFNumber).asNumber(), nums.get(i + 1));
      expect(tree.size * 2).toBe(nums.size()); // no key twice
      const next = root.lookup(PDFName.of("ParentTreeNextKey"), PDFNumber).asNumber();
      expect(next).toBeGreaterThan(Math.max(...tree.keys()));
      const pages = new Set(doc.getPages().map((page) => page.ref));
      const used = new Set<number>();
      const take = (key: number) => {
        expect(used.has(key)).toBe(false);
        used.add(key);
        return tree.get(key)!;
      };
      // Per page: how many structure elements mark its content, each on a page of this document, and which kinds of
      // element its links belong to.
      const perPage = doc.getPages().map((page) => {
        const key = page.node.lookupMaybe(PDFName.of("StructParents"), PDFNumber)?.asNumber();
        const elements = key === undefined ? [] : doc.context.lookup(take(key), PDFArray).asArray();
        for (const element of elements) {
          const pg = doc.context.lookup(element, PDFDict).get(PDFName.of("Pg"));
          expect(pg === undefined || pages.has(pg as PDFRef)).toBe(true);
        }
        const links = (page.node.lookupMaybe(PDFName.of("Annots"), PDFArray)?.asArray() ?? []).map((annotation) => {
          const key = doc.context.lookup(annotation, PDFDict).lookup(PDFName.of("StructParent"), PDFNumber);
          return doc.context.lookup(take(key.asNumber()), PDFDict).get(PDFName.of("S"))?.toString();
        });
        return { elements: elements.length, links };
      });
      expect(used.size).toBe(tree.size);
      return perPage;
    };
    expect(marked(chunked)).toEqual(marked(whole));
  });

  it("passes qpdf --check", () => {
    expect(execFileSync("qpdf", ["--check", chunkedPath], { encoding: "utf8" })).toMatch(
      /No syntax or stream encoding errors/,
    );
  });
});
