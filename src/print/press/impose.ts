/**
 * Imposition with pdf-lib: each rendered page (already as large as trim + bleed) is laid on a larger sheet whose
 * MediaBox holds the marks, with its BleedBox and TrimBox set; then the crop, fold and registration marks and the
 * slug line are drawn outside the bleed. Links and the structure tree are left behind: PDF/X allows no annotations
 * on the printed area, and the print shop's files are for printing.
 */
import { PDFArray, PDFDocument, PDFName, type PDFPage } from "pdf-lib";
import { OVERBLEED, pt, type Sheet } from "../../book/press.ts";
import { grayNeutrals, transparentPages } from "./colour.ts";
import { marksContent, registrationColourSpace, useRegistrationColour } from "./marks.ts";
import { fixTextLayer } from "../text-layer.ts";
import { readFontTexts, type FontTexts } from "./text-restore.ts";

export interface Imposed {
  doc: PDFDocument;
  /** Pages (1-based, of the imposed document) that use transparency. */
  transparent: number[];
  /** Neutral colours moved to the black plate. */
  grayed: number;
  /** Pages of the render: it must have as many as the screen booklet, or the press CSS moved a page break. */
  renderPages: number;
  /** The letters each code of the render's fonts stands for. */
  fontTexts: FontTexts;
}

export interface ImposeInput {
  /** Chromium's render, pages of trim + 2 × (bleed + OVERBLEED), laid out from their top left corner. */
  render: Uint8Array;
  /** 1-based pages of the render to take, in order; `null` is a blank page (padding to whole leaves). */
  pages: (number | null)[];
  /** The slug strips (one page each); imposed page i gets strip `firstSlug + i`. */
  slugs: Uint8Array;
  firstSlug: number;
  sheet: Sheet;
}

function setBoxes(page: PDFPage, sheet: Sheet): void {
  const { media, bleedBox: b, trimBox: t } = sheet;
  page.setMediaBox(0, 0, pt(media.width), pt(media.height));
  page.setCropBox(0, 0, pt(media.width), pt(media.height));
  page.setBleedBox(pt(b.x), pt(b.y), pt(b.width), pt(b.height));
  page.setTrimBox(pt(t.x), pt(t.y), pt(t.width), pt(t.height));
}

export async function impose({ render, pages, slugs, firstSlug, sheet }: ImposeInput): Promise<Imposed> {
  const source = await PDFDocument.load(render, { updateMetadata: false });
  // Chromium's ToUnicode maps name presentation forms; folded here, the letters are what text-restore.ts writes
  // back after Ghostscript (which drops the marked content: ZWNJ and the lam-alef order are not kept).
  fixTextLayer(source);
  const out = await PDFDocument.create({ updateMetadata: false });
  const wanted = pages.filter((p): p is number => p !== null);
  const copied = await out.copyPages(
    source,
    wanted.map((p) => p - 1),
  );
  const slugDoc = await PDFDocument.load(slugs);
  fixTextLayer(slugDoc);
  const stripPages = slugDoc.getPages().slice(firstSlug, firstSlug + pages.length);
  const strips = await out.embedPages(stripPages);
  const registration = registrationColourSpace(out);
  const marks = out.context.register(out.context.flateStream(marksContent(sheet)));
  const b = sheet.bleedBox;
  const clip = `${pt(b.x)} ${pt(b.y)} ${pt(b.width)} ${pt(b.height)} re W n`;
  const end = out.context.register(out.context.flateStream("Q"));
  let next = 0;
  pages.forEach((wantedPage, index) => {
    const page = wantedPage === null ? out.addPage() : out.addPage(copied[next++]!);
    for (const key of ["Annots", "StructParents", "Tabs"]) page.node.delete(PDFName.of(key));
    if (wantedPage !== null) {
      // The render's top left corner goes OVERBLEED outside the bleed box's; whatever lies outside the bleed
      // box (the overbleed, and Chromium's rounding of the page size) is clipped off.
      const height = page.getMediaBox().height;
      const dx = pt(b.x - OVERBLEED);
      const dy = pt(b.y + b.height + OVERBLEED) - height;
      const start = out.context.register(out.context.flateStream(`q ${clip} 1 0 0 1 ${dx} ${dy} cm`));
      const contents = page.node.get(PDFName.of("Contents"));
      const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
      page.node.set(PDFName.of("Contents"), out.context.obj([start, ...streams, end]));
    }
    setBoxes(page, sheet);
    const strip = strips[index];
    if (strip) page.drawPage(strip, { x: pt(sheet.slug.x), y: pt(sheet.slug.y) });
    useRegistrationColour(page.node.Resources()!, out, registration);
    page.node.addContentStream(marks);
  });
  return {
    transparent: transparentPages(out),
    grayed: grayNeutrals(out),
    renderPages: source.getPageCount(),
    fontTexts: readFontTexts(source, slugDoc),
    doc: out,
  };
}
