import { describe, expect, it } from "vitest";
import { rewriteContent } from "../../src/print/text-layer.ts";
import { normaliseToUnicode, readToUnicode } from "../../src/print/to-unicode.ts";

const cmap = (sections: string) =>
  `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${sections}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n`;

describe("normaliseToUnicode: glyphs map to the letters they are, not to presentation forms", () => {
  it("writes ranges out one code at a time and folds presentation forms (NFKC)", () => {
    const source = cmap(
      "1 beginbfchar\n<04BD> <FEAE>\nendbfchar\n2 beginbfrange\n<0515> <0516> <FEFB>\n<02AC> <02AD> <062A>\nendbfrange",
    );
    const { map } = readToUnicode(normaliseToUnicode(source));
    // FEAE is reh's final form → ر (0631); FEFB and FEFC are lam-alef, isolated and final → ل + ا; a range of plain
    // letters counts up: 062A (ت), 062B (ث).
    expect(Object.fromEntries([...map].map(([code, text]) => [code.toString(16), text]))).toEqual({
      "4bd": "\u0631",
      "515": "\u0644\u0627",
      "516": "\u0644\u0627",
      "2ac": "\u062A",
      "2ad": "\u062B",
    });
  });

  it("keeps the CMap's header and leaves a CMap with no mappings alone", () => {
    const source = cmap("1 beginbfchar\n<0001> <0041>\nendbfchar");
    expect(normaliseToUnicode(source).startsWith(source.slice(0, source.indexOf("1 beginbfchar")))).toBe(true);
    expect(normaliseToUnicode(cmap(""))).toBe(cmap(""));
  });
});

describe("rewriteContent: a page's text as extraction reads it", () => {
  it("reverses a multi-letter ActualText inside a reversed run, and only there", () => {
    const run =
      "/P <</MCID 0>> BDC BT /ReversedChars BMC /Span<</ActualText <feff06440627> >> BDC <0515> Tj EMC " +
      "/Span<</ActualText <feff0628> >> BDC <0498> Tj EMC EMC ET EMC";
    const out = rewriteContent(run);
    // لا (0644 0627) becomes 0627 0644; a single letter stays; nothing else moves.
    expect(out).toBe(run.replace("feff06440627", "feff06270644"));
    const outside = "/P <</MCID 1>> BDC BT /Span<</ActualText <feff06440627> >> BDC <0515> Tj EMC ET EMC";
    expect(rewriteContent(outside)).toBe(outside);
  });

  it("marks text outside the tagged structure as a pagination artifact", () => {
    const page = "/P <</MCID 0>> BDC BT <01> Tj ET EMC\nq BT /F1 8 Tf <02> Tj ET Q";
    expect(rewriteContent(page)).toBe(
      "/P <</MCID 0>> BDC BT <01> Tj ET EMC\nq /Artifact <</Type /Pagination>> BDC\nBT /F1 8 Tf <02> Tj ET\nEMC Q",
    );
  });

  it("is not fooled by operators' letters inside strings and names", () => {
    const page = "q BT (BT ET EMC) Tj /BDC1 gs ET Q";
    expect(rewriteContent(page)).toBe("q /Artifact <</Type /Pagination>> BDC\nBT (BT ET EMC) Tj /BDC1 gs ET\nEMC Q");
  });
});
