/**
 * A poster's or handout's PDF as delivered: the booklet's post-processing, per file (src/print/postprocess.ts does
 * the same for the booklet): metadata and its XMP copy, right-to-left reading order, fixed dates (Nowruz of the
 * booklet's year, so the same content gives the same bytes), and the text layer that copies and searches right.
 * Also the one file of every handout, for one print run.
 */
import { PDFDocument } from "pdf-lib";
import type { Settings } from "../../content/schema.ts";
import { describePdf, publicationDate } from "../postprocess.ts";
import { fixTextLayer } from "../text-layer.ts";

export interface FinishInput {
  pdf: Uint8Array;
  settings: Settings;
  /** What the document is, e.g. «پوستر محله ...»: its title. */
  title: string;
  /** Keywords beside the province: the county, the kind of document. */
  keywords: string[];
}

function describe(pdf: PDFDocument, settings: Settings, title: string, keywords: string[]): void {
  const date = publicationDate(settings.year);
  const fields = {
    title,
    author: settings.organisation,
    subject: settings.title,
    keywords: [settings.province, ...keywords],
    language: "fa",
    creatorTool: "ketabche",
    producer: "ketabche (Chromium, pdf-lib)",
    date,
  };
  describePdf(pdf, fields);
}

export async function finishExhibitPdf({ pdf: bytes, settings, title, keywords }: FinishInput) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  describe(pdf, settings, title, keywords);
  fixTextLayer(pdf);
  return { pdf: await pdf.save({ useObjectStreams: true, updateFieldAppearances: false }), pages: pdf.getPageCount() };
}

/** Every handout, in booklet order, in one file: the pages are copied from the finished handouts. */
export async function joinHandouts(files: Uint8Array[], settings: Settings): Promise<Uint8Array> {
  const all = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of files) {
    const one = await PDFDocument.load(bytes, { updateMetadata: false });
    for (const page of await all.copyPages(one, one.getPageIndices())) all.addPage(page);
  }
  describe(all, settings, `برگه‌های معرفی محله‌ها، ${settings.title}`, ["برگه معرفی"]);
  return all.save({ useObjectStreams: true, updateFieldAppearances: false });
}
