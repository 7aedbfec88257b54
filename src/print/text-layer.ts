/**
 * The booklet's text as viewers extract it (copy, search, screen readers), made to read back as the editors wrote
 * it. Chromium writes Persian text in three ways that mislead extraction:
 *   - fonts' ToUnicode maps send shaped glyphs to Arabic Presentation Forms (ﺑ ﺎ ﻻ): mapped back to the letters
 *     they are (NFKC: ب ا لا), so viewers that read ToUnicode find the words;
 *   - right-to-left runs are marked /ReversedChars and each glyph gets an /ActualText; a viewer (poppler) that
 *     reverses the run reverses a multi-letter ActualText too (لا → ال, ه + نیم‌فاصله → نیم‌فاصله + ه), so inside
 *     such a run those are written reversed, and come out right once the run is turned;
 *   - running heads, folios and the sample notice are drawn outside the tagged structure: they are marked as
 *     pagination artifacts, as PDF/UA asks, so they stay out of the reading order.
 */
import {
  type PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  type PDFRawStream,
  type PDFRef,
  PDFArray as PDFArrayClass,
  decodePDFRawStream,
} from "pdf-lib";
import zlib from "node:zlib";
import type { PDFContext } from "pdf-lib";
import { normaliseToUnicode } from "./to-unicode.ts";

const ARTIFACT_OPEN = "/Artifact <</Type /Pagination>> BDC\n";
const ARTIFACT_CLOSE = "\nEMC";

/** UTF-16BE hex (with or without a byte-order mark) → string, and back. */
const fromHex = (hex: string) => Buffer.from(hex.replace(/^feff/i, ""), "hex").swap16().toString("utf16le");
const toHex = (text: string) => `feff${Buffer.from(text, "utf16le").swap16().toString("hex")}`;

/** The ActualText of a marked-content dictionary, reversed when it holds more than one character. */
function reverseActualText(dict: string): string {
  return dict.replace(/(\/ActualText\s*<)([0-9a-fA-F]+)>/, (whole, open: string, hex: string) => {
    const characters = [...fromHex(hex)];
    return characters.length > 1 ? `${open}${toHex(characters.reverse().join(""))}>` : whole;
  });
}

/**
 * What a content stream is scanned for: strings and dictionaries (skipped whole, so that bytes inside them are not
 * read as operators), names, and the marked-content and text-object operators.
 */
const TOKENS =
  /\((?:\\[\s\S]|[^\\)])*\)|<<(?:[^<>]|<[^<>]*>)*>>|<[0-9A-Fa-f\s]*>|\/[^\s/[\]()<>{}%]+|(?<![\w*'"])(?:BT|ET|BMC|BDC|EMC)(?![\w*'"])/g;

/** One page's content stream, rewritten: reversed ActualText in reversed runs, untagged text as artifacts. */
export function rewriteContent(source: string): string {
  const out: string[] = [];
  /** For each open marked-content sequence: is it (or one around it) a reversed run, is it tagged or an artifact? */
  const stack: { reversed: boolean; tagged: boolean }[] = [];
  const top = () => stack.at(-1) ?? { reversed: false, tagged: false };
  let copied = 0;
  let lastName: string | undefined;
  let dict: { text: string; index: number } | undefined;
  let artifactOpen = false;
  for (const match of source.matchAll(TOKENS)) {
    const token = match[0];
    const at = match.index;
    if (token.startsWith("/")) {
      lastName = token;
      continue;
    }
    if (token.startsWith("<<")) {
      out.push(source.slice(copied, at));
      dict = { text: token, index: out.length };
      out.push(token);
      copied = at + token.length;
      continue;
    }
    if (token.startsWith("(") || token.startsWith("<")) continue;
    if (token === "BMC" || token === "BDC") {
      const properties = token === "BDC" && dict ? dict.text : "";
      const reversed = top().reversed || (token === "BMC" && lastName === "/ReversedChars");
      const tagged = top().tagged || /\/MCID\b/.test(properties) || lastName === "/Artifact";
      stack.push({ reversed, tagged });
      if (reversed && properties) out[dict!.index] = reverseActualText(properties);
      dict = undefined;
    } else if (token === "EMC") stack.pop();
    else if (token === "BT" && !top().tagged) {
      out.push(source.slice(copied, at), ARTIFACT_OPEN);
      copied = at;
      artifactOpen = true;
    } else if (token === "ET" && artifactOpen) {
      out.push(source.slice(copied, at + 2), ARTIFACT_CLOSE);
      copied = at + 2;
      artifactOpen = false;
    }
  }
  out.push(source.slice(copied));
  return out.join("");
}

function contentRefs(page: PDFDict): PDFRef[] {
  const contents = page.get(PDFName.of("Contents"));
  if (contents instanceof PDFArrayClass) return (contents as PDFArray).asArray() as PDFRef[];
  return contents ? [contents as PDFRef] : [];
}

/** A Flate stream of `text`, compressed by Node's zlib (a third of the time pdf-lib's own deflate takes). */
const deflated = (context: PDFContext, text: string) =>
  context.stream(zlib.deflateSync(Buffer.from(text, "latin1")), { Filter: "FlateDecode" });

export function fixTextLayer(pdf: PDFDocument): void {
  const context = pdf.context;
  for (const page of pdf.getPages()) {
    for (const ref of contentRefs(page.node)) {
      const stream = context.lookup(ref) as PDFRawStream;
      const source = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
      context.assign(ref, deflated(context, rewriteContent(source)));
    }
  }
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const toUnicode = object.get(PDFName.of("ToUnicode")) as PDFRef | undefined;
    if (!toUnicode || object.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    const cmap = Buffer.from(decodePDFRawStream(context.lookup(toUnicode) as PDFRawStream).decode()).toString("latin1");
    context.assign(toUnicode, deflated(context, normaliseToUnicode(cmap)));
  }
}
