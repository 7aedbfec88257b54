/**
 * Colour work on Chromium's PDF before Ghostscript converts it to CMYK.
 *
 * Black text on the black plate alone. Chromium writes every colour as DeviceRGB; converted through a press
 * profile, even pure black comes out as four inks (rich black), and body text printed in four inks shows coloured
 * fringes wherever the plates are a hair out of register. Ghostscript maps DeviceGray to the black plate alone
 * (its DeviceGrayToK, on by default), so every neutral RGB colour (r = g = b) that the press stylesheet uses for
 * text, rules and greys is rewritten here as the DeviceGray of the same value: `0 0 0 rg` becomes `0 g`, printed
 * as 0/0/0/100. Colours with a hue (the accent, photographs) go through the ICC profile as before.
 *
 * Transparency. PDF/X-1a allows none, and Ghostscript flattens a page with transparency into one picture, text
 * and all; the print stylesheet uses none, and `transparentPages` finds any that creeps back in.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFNumber,
  type PDFPage,
  PDFRawStream,
  PDFRef,
} from "pdf-lib";

const NUMBER = String.raw`(-?(?:\d+\.?\d*|\.\d+))`;
const RGB_OPERATOR = new RegExp(String.raw`(^|\s)${NUMBER}\s+${NUMBER}\s+${NUMBER}\s+(rg|RG)(?=\s|$)`, "g");

/** `r g b rg` with r = g = b becomes `r g` (and `RG` becomes `G`): the same colour, on the black plate. */
export function neutralToGray(content: string): { content: string; rewritten: number } {
  let rewritten = 0;
  const result = content.replace(RGB_OPERATOR, (match, before: string, r: string, g: string, b: string, op) => {
    if (Number(r) !== Number(g) || Number(g) !== Number(b)) return match;
    rewritten += 1;
    return `${before}${r} ${op === "rg" ? "g" : "G"}`;
  });
  return { content: result, rewritten };
}

/** The content streams of a page and of the form XObjects it draws, each once. */
function contentRefs(doc: PDFDocument, page: PDFPage): PDFRef[] {
  const refs: PDFRef[] = [];
  const contents = page.node.get(PDFName.of("Contents"));
  if (contents instanceof PDFRef) refs.push(contents);
  else if (contents instanceof PDFArray)
    for (const item of contents.asArray()) if (item instanceof PDFRef) refs.push(item);
  const visit = (resources: PDFDict | undefined, seen: Set<string>) => {
    const xobjects = resources?.lookupMaybe(PDFName.of("XObject"), PDFDict);
    for (const [, value] of xobjects?.entries() ?? []) {
      if (!(value instanceof PDFRef) || seen.has(value.toString())) continue;
      seen.add(value.toString());
      const stream = doc.context.lookup(value);
      if (!(stream instanceof PDFRawStream)) continue;
      if (stream.dict.get(PDFName.of("Subtype"))?.toString() !== "/Form") continue;
      refs.push(value);
      visit(stream.dict.lookupMaybe(PDFName.of("Resources"), PDFDict), seen);
    }
  };
  visit(page.node.Resources(), new Set());
  return refs;
}

/** Rewrites neutral RGB colours as gray on every page; returns how many colour operators changed. */
export function grayNeutrals(doc: PDFDocument): number {
  let total = 0;
  const done = new Set<string>();
  for (const page of doc.getPages())
    for (const ref of contentRefs(doc, page)) {
      if (done.has(ref.toString())) continue;
      done.add(ref.toString());
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const text = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
      const { content, rewritten } = neutralToGray(text);
      if (rewritten === 0) continue;
      total += rewritten;
      const dict = stream.dict.clone(doc.context);
      for (const key of ["Filter", "DecodeParms", "Length"]) dict.delete(PDFName.of(key));
      const entries = Object.fromEntries(dict.entries().map(([key, value]) => [key.decodeText(), value]));
      doc.context.assign(ref, doc.context.flateStream(Buffer.from(content, "latin1"), entries));
    }
  return total;
}

function isTransparentState(state: PDFDict): boolean {
  for (const key of ["ca", "CA"]) {
    const alpha = state.get(PDFName.of(key));
    if (alpha instanceof PDFNumber && alpha.asNumber() < 1) return true;
  }
  const mask = state.get(PDFName.of("SMask"));
  if (mask !== undefined && mask.toString() !== "/None") return true;
  const blend = state.get(PDFName.of("BM"));
  return blend !== undefined && !["/Normal", "/Compatible"].includes(blend.toString());
}

function hasTransparency(doc: PDFDocument, resources: PDFDict | undefined, seen: Set<string>): boolean {
  if (!resources) return false;
  const states = resources.lookupMaybe(PDFName.of("ExtGState"), PDFDict);
  for (const [, value] of states?.entries() ?? []) {
    const state = doc.context.lookup(value);
    if (state instanceof PDFDict && isTransparentState(state)) return true;
  }
  const xobjects = resources.lookupMaybe(PDFName.of("XObject"), PDFDict);
  for (const [, value] of xobjects?.entries() ?? []) {
    const key = value.toString();
    if (seen.has(key)) continue;
    seen.add(key);
    const stream = doc.context.lookup(value);
    if (!(stream instanceof PDFRawStream)) continue;
    const dict = stream.dict;
    if (dict.get(PDFName.of("SMask")) !== undefined) return true;
    const group = dict.lookupMaybe(PDFName.of("Group"), PDFDict);
    if (group?.get(PDFName.of("S"))?.toString() === "/Transparency") return true;
    if (hasTransparency(doc, dict.lookupMaybe(PDFName.of("Resources"), PDFDict), seen)) return true;
  }
  return false;
}

/** Pages (1-based) that use transparency, which PDF/X-1a forbids and Ghostscript would flatten to an image. */
export function transparentPages(doc: PDFDocument): number[] {
  return doc.getPages().flatMap((page, index) => {
    const group = page.node.lookupMaybe(PDFName.of("Group"), PDFDict);
    const pageGroup = group?.get(PDFName.of("S"))?.toString() === "/Transparency";
    return pageGroup || hasTransparency(doc, page.node.Resources(), new Set()) ? [index + 1] : [];
  });
}
