/**
 * Colour spaces that PDF/X-1a does not allow, found in a finished press file: DeviceRGB (as a resource or as the
 * `rg`/`RG` operators in content), and the device-independent spaces (ICCBased, CalRGB, CalGray, Lab) outside the
 * output intent. Only CMYK, grey and separations may remain.
 */
import fs from "node:fs/promises";
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from "pdf-lib";

const FORBIDDEN = new Set(["/ICCBased", "/CalRGB", "/CalGray", "/Lab", "/DeviceRGB"]);
const NUMBER = String.raw`-?(?:\d+\.?\d*|\.\d+)`;
const RGB_OPERATOR = new RegExp(String.raw`(^|\s)${NUMBER}\s+${NUMBER}\s+${NUMBER}\s+(rg|RG)(?=\s|$)`);

/** Names of the forbidden colour spaces in use, each once ("DeviceRGB (rg in content)" for operators). */
export async function colourSpacesLeft(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(await fs.readFile(file), { updateMetadata: false });
  const found = new Set<string>();
  const contentStreams = new Set<string>();
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of("Contents"));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) if (ref instanceof PDFRef) contentStreams.add(ref.toString());
  }
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFArray) {
      const first = object.get(0)?.toString();
      if (first && FORBIDDEN.has(first)) found.add(first.slice(1));
    }
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
    const space = dict?.get(PDFName.of("ColorSpace"));
    if (space instanceof PDFName && FORBIDDEN.has(space.toString())) found.add(space.toString().slice(1));
    if (space instanceof PDFDict)
      for (const [, value] of space.entries())
        if (value instanceof PDFName && FORBIDDEN.has(value.toString())) found.add(value.toString().slice(1));
    const isForm = object instanceof PDFRawStream && object.dict.get(PDFName.of("Subtype"))?.toString() === "/Form";
    if (object instanceof PDFRawStream && (contentStreams.has(ref.toString()) || isForm)) {
      const text = Buffer.from(decodePDFRawStream(object).decode()).toString("latin1");
      if (RGB_OPERATOR.test(text)) found.add("DeviceRGB (rg)");
    }
  }
  return [...found].sort();
}
