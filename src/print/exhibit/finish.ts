/**
 * The kit's PDFs as delivered. Chromium prints every poster in one document and every handout in another (one
 * print each is much faster than one per file); here each file is taken out of its print by pdf-lib, with the
 * booklet's post-processing (src/print/postprocess.ts): metadata and its XMP copy, right-to-left reading order,
 * fixed dates (Nowruz of the booklet's year: the same content gives the same bytes), and the text layer that copies
 * and searches right. The handouts' print, whole, is handouts-all.pdf.
 */
import { PDFDocument, PDFName } from "pdf-lib";
import type { Settings } from "../../content/schema.ts";
import { describePdf, publicationDate } from "../postprocess.ts";
import { fixTextLayer } from "../text-layer.ts";

export interface Described {
  /** What the document is, e.g. «پوستر محله ...»: its title. */
  title: string;
  /** Keywords beside the province: the county, the kind of document. */
  keywords: string[];
}

function describe(pdf: PDFDocument, settings: Settings, { title, keywords }: Described): void {
  describePdf(pdf, {
    title,
    author: settings.organisation,
    subject: settings.title,
    keywords: [settings.province, ...keywords],
    language: "fa",
    creatorTool: "ketabche",
    producer: "ketabche (Chromium, pdf-lib)",
    date: publicationDate(settings.year),
  });
}

const save = (pdf: PDFDocument) => pdf.save({ useObjectStreams: true, updateFieldAppearances: false });

/** Chromium's print of many documents, its text layer mended once for all of them. */
export async function readPrint(bytes: Uint8Array): Promise<PDFDocument> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  fixTextLayer(pdf);
  return pdf;
}

/** One file: `count` pages of the print from page index `first`. */
export async function extractDocument(
  print: PDFDocument,
  first: number,
  count: number,
  settings: Settings,
  meta: Described,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const pages = await pdf.copyPages(
    print,
    Array.from({ length: count }, (_, i) => first + i),
  );
  for (const page of pages) {
    // The print's structure tree stays behind: its references would point at nothing in this file.
    for (const key of ["StructParents", "Tabs", "Annots"]) page.node.delete(PDFName.of(key));
    pdf.addPage(page);
  }
  describe(pdf, settings, meta);
  return save(pdf);
}

/** The whole print as one file (every handout: handouts-all.pdf). */
export async function wholePrint(print: PDFDocument, settings: Settings, meta: Described): Promise<Uint8Array> {
  describe(print, settings, meta);
  return save(print);
}
