/**
 * The last step of the print stage: the PDF from Chromium → the booklet as delivered. pdf-lib adds what Chromium
 * does not write: document metadata (and its XMP copy), bookmarks (from the table of contents), right-to-left
 * reading order for viewers, and fixed dates so that the same content always gives the same bytes.
 */
import jalaali from "jalaali-js";
import {
  type PDFArray,
  type PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFRef,
  ReadingDirection,
} from "pdf-lib";
import type { Settings } from "../content/schema.ts";
import type { TocEntry } from "./render.ts";
import { attachXmp, type XmpFields } from "./xmp.ts";
import { fixTextLayer } from "./text-layer.ts";

export interface PostprocessInput {
  /** Chromium's print: its bytes, or (a booklet printed in chunks) the merged document, changed in place. */
  pdf: Uint8Array | PDFDocument;
  settings: Settings;
  toc: readonly TocEntry[];
  /** Page (1-based) of each TOC target, as found in the PDF. */
  pages: ReadonlyMap<string, number>;
}

/** Nowruz of the booklet's year, so that the dates are fixed by the content rather than by the clock. */
export function publicationDate(year: number): Date {
  const { gy, gm, gd } = jalaali.toGregorian(year, 1, 1);
  return new Date(Date.UTC(gy, gm - 1, gd));
}

/**
 * A document's metadata (and its XMP copy), fixed dates and right-to-left reading order: the booklet's, and each
 * file of the exhibition kit's (src/print/exhibit/finish.ts).
 */
export function describePdf(pdf: PDFDocument, fields: XmpFields): void {
  pdf.setTitle(fields.title, { showInWindowTitleBar: true });
  pdf.setAuthor(fields.author);
  pdf.setSubject(fields.subject);
  // One string with Persian commas: pdf-lib would join the list with spaces, and names have spaces of their own.
  pdf.setKeywords([fields.keywords.join("، ")]);
  pdf.setLanguage(fields.language);
  pdf.setCreator(fields.creatorTool);
  pdf.setProducer(fields.producer);
  pdf.setCreationDate(fields.date);
  pdf.setModificationDate(fields.date);
  attachXmp(pdf, fields);
  const preferences = pdf.catalog.getOrCreateViewerPreferences();
  preferences.setReadingDirection(ReadingDirection.R2L);
  preferences.setDisplayDocTitle(true);
}

export async function postprocess({ pdf: printed, settings, toc, pages }: PostprocessInput): Promise<Uint8Array> {
  const pdf = printed instanceof PDFDocument ? printed : await PDFDocument.load(printed, { updateMetadata: false });
  const date = publicationDate(settings.year);
  const fields = {
    title: settings.title,
    author: settings.organisation,
    subject: settings.subtitle ?? settings.title,
    // From the settings: the province, its counties and the kind of document.
    keywords: [settings.province, ...settings.counties.map((county) => county.name), "کتابچه"],
    language: "fa",
    creatorTool: "ketabche",
    producer: "ketabche (Chromium, pdf-lib)",
    date,
  };
  describePdf(pdf, fields);
  addOutline(pdf, toc, pages);
  fixTextLayer(pdf);
  return pdf.save({ useObjectStreams: true, updateFieldAppearances: false });
}

interface OutlineNode {
  title: string;
  page: number;
  children: OutlineNode[];
}

function outlineTree(toc: readonly TocEntry[], pages: ReadonlyMap<string, number>): OutlineNode[] {
  const roots: OutlineNode[] = [];
  for (const entry of toc) {
    const page = pages.get(entry.id);
    if (page === undefined) throw new Error(`no page found for table-of-contents entry "${entry.id}"`);
    const node = { title: entry.title, page, children: [] };
    const parent = roots.at(-1);
    if (entry.level > 0 && parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * Bookmarks, one per table-of-contents entry, nested as in the table of contents. Titles are UTF-16, in logical
 * order.
 */
function addOutline(pdf: PDFDocument, toc: readonly TocEntry[], pages: ReadonlyMap<string, number>): void {
  const context = pdf.context;
  const pageRefs = pdf.getPages().map((page) => page.ref);
  const rootRef = context.nextRef();

  const writeLevel = (nodes: OutlineNode[], parentRef: PDFRef): { first?: PDFRef; last?: PDFRef; count: number } => {
    const refs = nodes.map(() => context.nextRef());
    let count = 0;
    nodes.forEach((node, i) => {
      const children = writeLevel(node.children, refs[i]!);
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of("Title"), PDFHexString.fromText(node.title));
      dict.set(PDFName.of("Parent"), parentRef);
      const dest = context.obj([pageRefs[node.page - 1]!, PDFName.of("XYZ"), PDFNull, PDFNull, PDFNull]) as PDFArray;
      dict.set(PDFName.of("Dest"), dest);
      if (i > 0) dict.set(PDFName.of("Prev"), refs[i - 1]!);
      if (i < nodes.length - 1) dict.set(PDFName.of("Next"), refs[i + 1]!);
      if (children.first && children.last) {
        dict.set(PDFName.of("First"), children.first);
        dict.set(PDFName.of("Last"), children.last);
        // Negative: counties start collapsed, so the bookmark panel opens on a short list.
        dict.set(PDFName.of("Count"), PDFNumber.of(-children.count));
      }
      context.assign(refs[i]!, dict);
      count += 1;
    });
    return { first: refs[0], last: refs.at(-1), count };
  };

  const top = writeLevel(outlineTree(toc, pages), rootRef);
  const root = context.obj({}) as PDFDict;
  root.set(PDFName.of("Type"), PDFName.of("Outlines"));
  if (top.first && top.last) {
    root.set(PDFName.of("First"), top.first);
    root.set(PDFName.of("Last"), top.last);
  }
  root.set(PDFName.of("Count"), PDFNumber.of(top.count));
  context.assign(rootRef, root);
  pdf.catalog.set(PDFName.of("Outlines"), rootRef);
  pdf.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
