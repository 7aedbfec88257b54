/**
 * Reading a rendered PDF back: which page each named destination points at. Chromium writes one named
 * destination for every element that a link in the document points to (here: the table of contents' targets).
 */
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRef } from "pdf-lib";

export async function namedDestinationPages(pdf: PDFDocument): Promise<Map<string, number>> {
  const pageIndex = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const result = new Map<string, number>();
  const dests = pdf.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  if (!dests) return result;
  for (const [name, value] of dests.entries()) {
    const array = pdf.context.lookupMaybe(value, PDFArray);
    const target = array?.get(0);
    if (target instanceof PDFRef) {
      const page = pageIndex.get(target.toString());
      if (page !== undefined) result.set(decodeName(name.asString()), page);
    }
  }
  return result;
}

/** PDF names are written "/nh-hesarak", with #xx escapes for bytes outside the printable range. */
function decodeName(name: string): string {
  const bytes = name
    .replace(/^\//, "")
    .replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}
