/**
 * Where a big booklet is cut into several prints. Chromium holds a whole document's layout and its PDF in memory at
 * once, so a booklet of thousands of pages is printed in chunks of a few hundred pages and the chunks are merged.
 *
 * A print's first page is a :left page (a recto in this right-to-left book), and its folios start from the number
 * the print is given; so a chunk starts at a section that the plan puts on a recto (odd) page, and the blank pages
 * planned before that section stay at the end of the chunk before it.
 */
import type { Pagination } from "./pagination.ts";

export interface PrintChunk {
  /** The section the chunk starts with; undefined for the first chunk, which starts with the booklet. */
  firstSection?: string;
  /** Where the chunk stops: right before this section (the next chunk's first), or at the end of the booklet. */
  endSection?: string;
  /** The chunk's first page in the booklet: the first folio it prints. */
  firstPage: number;
}

/** When a booklet is printed in chunks, and how big they are. */
export interface Chunking {
  /** The most pages of a chunk (a chunk may be longer when no section starts on a recto in time). */
  pages: number;
  /** Only a booklet of more pages than this is cut: a smaller one is printed at once, as it always was. */
  above: number;
}

/** A section the booklet may be cut before, and the page it starts on (planned, or estimated). */
export interface CutPoint {
  id: string;
  page: number;
}

/**
 * Cuts a booklet of `totalPages` into chunks of at most `chunkPages` pages where it can (a chunk may be longer when
 * no cut point comes in time). A booklet of `chunkPages` pages or fewer is one chunk: printed as it always was.
 */
export function planChunks(cuts: readonly CutPoint[], totalPages: number, chunkPages: number): PrintChunk[] {
  const chunks: PrintChunk[] = [{ firstPage: 1 }];
  cuts.forEach((cut, index) => {
    // Cut here if going on to the next cut (or to the end) would make the current chunk too long.
    const nextStart = cuts[index + 1]?.page ?? totalPages + 1;
    const current = chunks.at(-1)!;
    if (cut.page > current.firstPage && nextStart - current.firstPage > chunkPages) {
      current.endSection = cut.id;
      chunks.push({ firstSection: cut.id, firstPage: cut.page });
    }
  });
  return chunks;
}

/** The real print's chunks: cut only before sections that the plan starts on a recto. */
export function planPrintChunks(cutIds: readonly string[], plan: Pagination, chunking: Chunking): PrintChunk[] {
  if (plan.totalPages <= chunking.above) return [{ firstPage: 1 }];
  const cuts = cutIds.flatMap((id) => {
    const page = plan.pages[id];
    return page !== undefined && page % 2 === 1 ? [{ id, page }] : [];
  });
  return planChunks(cuts, plan.totalPages, chunking.pages);
}

/**
 * The measuring pass has no plan yet, so its chunks are cut by an estimate: the print HTML's length at each cut point
 * over the bytes a page takes (the 670-neighbourhood tree: 10.7 MB of HTML for 3,552 pages, 3,000 a page; 2,800
 * errs towards smaller chunks). It only decides where that pass is cut: the pages are then read from the PDF.
 */
export const HTML_BYTES_PER_PAGE = 2800;

export function planMeasureChunks(
  cutOffsets: readonly { id: string; offset: number }[],
  htmlBytes: number,
  chunking: Chunking,
): PrintChunk[] {
  const page = (offset: number) => 1 + Math.floor(offset / HTML_BYTES_PER_PAGE);
  if (page(htmlBytes) <= chunking.above) return [{ firstPage: 1 }];
  const cuts = cutOffsets.map(({ id, offset }) => ({ id, page: page(offset) }));
  return planChunks(cuts, page(htmlBytes), chunking.pages).map((chunk) => ({ ...chunk, firstPage: 1 }));
}
