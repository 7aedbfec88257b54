/**
 * Ghostscript on parts of the document at once. Its PDF writer works one page after another on a single core, and
 * on the sample most of its two minutes go to converting photographs to CMYK; cut into runs of whole pages, the
 * parts convert side by side (as many at a time as the machine has cores) and are put back together in order with
 * pdf-lib. The number of parts follows from the page count alone, never from the machine, so that the same
 * content gives the same bytes everywhere. Each part embeds its own font subsets (under prefixes of their own),
 * which costs a few hundred kilobytes.
 *
 * Ghostscript gives most streams an indirect /Length, and pdf-lib, reading such a stream, finds its end by looking
 * for `endstream` and drops a last byte that happens to be a line feed (the end of a Flate stream's checksum): the
 * page still draws, but the stream is a byte short. qpdf rewrites each part with direct lengths, byte for byte
 * the same data, before pdf-lib reads it.
 *
 * Ghostscript stores a photograph that a document places more than once only once; each part does so within
 * itself, and `shareImages` does it again across the parts once they are joined.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from "pdf-lib";
import { convertToPdfx, type Conversion } from "./ghostscript.ts";
import type { OutputProfile } from "./icc.ts";
import { run } from "./tools.ts";

/** A part has at least this many pages: below it, starting one more Ghostscript does not pay. */
export const PAGES_PER_PART = 48;
export const MAX_PARTS = 4;

/** How many parts to convert `pages` pages in. */
export function partCount(pages: number): number {
  return Math.max(1, Math.min(MAX_PARTS, Math.floor(pages / PAGES_PER_PART)));
}

/** Runs `work` on every item, at most `limit` at a time, results in order. */
async function limited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>) {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** [first, last) page indices of each part, as even as whole pages allow. */
export function partRanges(pages: number, parts: number): [number, number][] {
  return Array.from({ length: parts }, (_, i) => [
    Math.round((i * pages) / parts),
    Math.round(((i + 1) * pages) / parts),
  ]);
}

/** Converts the imposed document to CMYK PDF/X, in parts when it is long; returns the joined result. */
export async function convertInParts(
  imposed: PDFDocument,
  profile: OutputProfile,
  workDir: string,
  name: string,
): Promise<{ doc: PDFDocument; conversion: Conversion }> {
  const ranges = partRanges(imposed.getPageCount(), partCount(imposed.getPageCount()));
  const files = ranges.map((_, i) => ({
    input: path.join(workDir, `${name}.${i}.imposed.pdf`),
    output: path.join(workDir, `${name}.${i}.gs.pdf`),
    direct: path.join(workDir, `${name}.${i}.qpdf.pdf`),
  }));
  try {
    for (const [i, [first, last]] of ranges.entries()) {
      const part = ranges.length === 1 ? imposed : await PDFDocument.create({ updateMetadata: false });
      if (part !== imposed) {
        const indices = Array.from({ length: last - first }, (_, k) => first + k);
        for (const page of await part.copyPages(imposed, indices)) part.addPage(page);
      }
      const bytes = await part.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
      await fs.writeFile(files[i]!.input, bytes);
    }
    const conversions = await limited(files, os.availableParallelism(), async ({ input, output, direct }, i) => {
      const conversion = await convertToPdfx(input, output, profile, path.join(workDir, `part-${i}`));
      await run("qpdf", ["--object-streams=disable", output, direct]);
      return conversion;
    });
    // The first part carries the document's catalog (output intent) and info; the others add their pages.
    const doc = await PDFDocument.load(await fs.readFile(files[0]!.direct), { updateMetadata: false });
    for (const file of files.slice(1)) {
      const part = await PDFDocument.load(await fs.readFile(file.direct), { updateMetadata: false });
      for (const page of await doc.copyPages(part, part.getPageIndices())) doc.addPage(page);
    }
    shareImages(doc);
    return {
      doc,
      conversion: {
        warnings: conversions.flatMap((c) => c.warnings),
        notPdfx: conversions.some((c) => c.notPdfx),
      },
    };
  } finally {
    await Promise.all(files.flatMap((f) => [f.input, f.output, f.direct].map((file) => fs.rm(file, { force: true }))));
  }
}

/** Identical image streams (same dictionary, same bytes) are stored once and every page points at that one. */
export function shareImages(doc: PDFDocument): number {
  const first = new Map<string, PDFRef>();
  const same = new Map<string, PDFRef>();
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || object.dict.get(PDFName.of("Subtype"))?.toString() !== "/Image") continue;
    const key = crypto.createHash("sha256").update(object.dict.toString()).update(object.contents).digest("hex");
    const kept = first.get(key);
    if (kept) same.set(ref.toString(), kept);
    else first.set(key, ref);
  }
  if (same.size === 0) return 0;
  const visit = (resources: PDFDict | undefined, seen: Set<string>) => {
    const xobjects = resources?.lookupMaybe(PDFName.of("XObject"), PDFDict);
    for (const [name, value] of xobjects?.entries() ?? []) {
      if (!(value instanceof PDFRef)) continue;
      const kept = same.get(value.toString());
      if (kept) xobjects!.set(name, kept);
      else if (!seen.has(value.toString())) {
        seen.add(value.toString());
        const form = doc.context.lookup(value);
        if (form instanceof PDFRawStream) visit(form.dict.lookupMaybe(PDFName.of("Resources"), PDFDict), seen);
      }
    }
  };
  const seen = new Set<string>();
  for (const page of doc.getPages()) visit(page.node.Resources(), seen);
  for (const ref of same.keys()) {
    const [number, generation] = ref.split(" ").map(Number);
    doc.context.delete(PDFRef.of(number!, generation));
  }
  return same.size;
}
