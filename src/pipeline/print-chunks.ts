/**
 * One render of the booklet (stage 2 of src/pipeline/booklet.ts), printed at once or, when the booklet is big, in
 * chunks (src/book/chunks.ts) merged into one PDF (src/print/merge.ts). A booklet that is not big is printed at
 * once, exactly as before chunking existed; so is the measuring pass of such a booklet.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { type Chunking, planMeasureChunks, planPrintChunks, type PrintChunk } from "../book/chunks.ts";
import type { Pagination, Section } from "../book/pagination.ts";
import { chunkPage, cutOffsets } from "../print/chunk-html.ts";
import { appendChunk } from "../print/merge.ts";
import type { Render, TocEntry } from "../print/render.ts";
import type { ProgressEvent } from "./progress.ts";

export interface ChunkedRender {
  /** The PDF as Chromium printed it (one print, or the merged chunks), loaded once for reading and post-processing. */
  document: PDFDocument;
  sections: Section[];
  toc: TocEntry[];
  chunks: number;
}

export interface ChunkedRenderInput {
  pass: number;
  /** The folder the print pages were built into, and the URL it is served at (the print page is print/ in both). */
  printDir: string;
  baseUrl: string;
  plan: Pagination | undefined;
  chunking: Chunking;
  render: (url: string) => Promise<Render>;
  onProgress: (event: ProgressEvent) => void;
}

function chunksOf(html: string, plan: Pagination | undefined, chunking: Chunking): PrintChunk[] {
  const cuts = cutOffsets(html);
  // Without a plan (the measuring pass) the chunks are cut by an estimate; with one, on the plan's rectos.
  return plan
    ? planPrintChunks(
        cuts.map((cut) => cut.id),
        plan,
        chunking,
      )
    : planMeasureChunks(cuts, html.length, chunking);
}

export async function renderChunked(input: ChunkedRenderInput): Promise<ChunkedRender> {
  const { pass, printDir, baseUrl, plan, chunking, render, onProgress } = input;
  const pageFile = path.join(printDir, "print", "index.html");
  const html = await fs.readFile(pageFile, "utf8");
  const chunks = chunksOf(html, plan, chunking);
  if (chunks.length === 1) {
    const rendered = await render(new URL("print/", baseUrl).href);
    const document = await PDFDocument.load(rendered.pdf, { updateMetadata: false });
    return { document, sections: rendered.sections, toc: rendered.toc, chunks: 1 };
  }
  let merged: PDFDocument | undefined;
  const sections: Section[] = [];
  const toc: TocEntry[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const started = Date.now();
    const name = `chunk-${index + 1}`;
    const page = chunkPage(html, chunk, `${name}.css`);
    await fs.writeFile(path.join(printDir, "print", `${name}.html`), page.html);
    if (page.css) await fs.writeFile(path.join(printDir, "print", `${name}.css`), page.css);
    const rendered = await render(new URL(`print/${name}.html`, baseUrl).href);
    await fs.rm(path.join(printDir, "print", `${name}.html`));
    await fs.rm(path.join(printDir, "print", `${name}.css`), { force: true });
    if (merged) await appendChunk(merged, rendered.pdf);
    else merged = await PDFDocument.load(rendered.pdf, { updateMetadata: false });
    sections.push(...rendered.sections);
    toc.push(...rendered.toc);
    const seconds = (Date.now() - started) / 1000;
    onProgress({
      stage: "chunk",
      pass,
      chunk: index + 1,
      chunks: chunks.length,
      pages: merged.getPageCount(),
      seconds,
    });
  }
  return { document: merged!, sections, toc, chunks: chunks.length };
}
