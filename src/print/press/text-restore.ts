/**
 * The press file's text layer, carried over Ghostscript. Ghostscript rewrites every font's ToUnicode CMap, and
 * writes a destination of more than one letter wrongly (lam-alef <0644 0627> comes out as <0644 4427>). Chromium
 * embeds its fonts with CID = glyph id (CIDToGIDMap /Identity), and Ghostscript keeps the codes, so the letters
 * each code stands for can be read from the render (after its own ToUnicode maps were folded, text-layer.ts) and
 * written back into the converted file's fonts of the same name.
 */
import { decodePDFRawStream, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument } from "pdf-lib";
import { readToUnicode, writeToUnicode } from "../to-unicode.ts";

/** Font name without its subset tag (ABCDEF+Vazirmatn-Regular → Vazirmatn-Regular) → code → letters. */
export type FontTexts = Map<string, Map<number, string>>;

const baseName = (font: PDFDict) => {
  const name = font.get(PDFName.of("BaseFont"));
  return name instanceof PDFName ? name.decodeText().replace(/^[A-Z]{6}\+/, "") : undefined;
};

function* fontCMaps(pdf: PDFDocument) {
  const context = pdf.context;
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    const ref = object.get(PDFName.of("ToUnicode"));
    const name = baseName(object);
    if (!(ref instanceof PDFRef) || !name) continue;
    const stream = context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    yield { name, ref, cmap: Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1") };
  }
}

/**
 * What every code of every font of the renders stands for. A code two fonts of one name read differently (two
 * subsets that numbered their glyphs apart) is left out: for it, Ghostscript's reading stays.
 */
export function readFontTexts(...pdfs: PDFDocument[]): FontTexts {
  const texts: FontTexts = new Map();
  const conflicts = new Map<string, Set<number>>();
  for (const { name, cmap } of pdfs.flatMap((pdf) => [...fontCMaps(pdf)])) {
    const known = texts.get(name) ?? new Map<number, string>();
    const clashes = conflicts.get(name) ?? new Set<number>();
    for (const [code, text] of readToUnicode(cmap).map) {
      if (known.has(code) && known.get(code) !== text) clashes.add(code);
      else known.set(code, text);
    }
    texts.set(name, known);
    conflicts.set(name, clashes);
  }
  for (const [name, clashes] of conflicts) for (const code of clashes) texts.get(name)!.delete(code);
  return texts;
}

/**
 * A ligature of Arabic letters (lam-alef: لا) written backwards. Readers (poppler, pdf.js) take the glyphs in
 * visual order and turn a right-to-left run around letter by letter, which turns a two-letter ligature into «ال»
 * («باالدست»). The screen booklet puts the right order in marked content (/ActualText, text-layer.ts); the press
 * file has none left, so the map itself holds the ligature's letters in visual order, and the turn restores them.
 */
export const visualOrder = (text: string) =>
  text.length > 1 && /^[\u0600-\u06ff]+$/.test(text) ? [...text].reverse().join("") : text;

/** Writes the render's letters into the converted file's ToUnicode maps; returns how many codes changed. */
export function restoreFontTexts(pdf: PDFDocument, texts: FontTexts): number {
  let changed = 0;
  for (const { name, ref, cmap } of fontCMaps(pdf)) {
    const known = texts.get(name);
    if (!known) continue;
    const { map, digits } = readToUnicode(cmap);
    for (const [code, text] of map) {
      const letters = known.get(code);
      const original = letters === undefined ? undefined : visualOrder(letters);
      if (original === undefined || original === text) continue;
      map.set(code, original);
      changed++;
    }
    pdf.context.assign(ref, pdf.context.flateStream(writeToUnicode(cmap, map, digits)));
  }
  return changed;
}
