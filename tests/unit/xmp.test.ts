import { describe, expect, it } from "vitest";
import { xmpPacket } from "../../src/print/xmp.ts";

const fields = {
  title: "کتابچه <قرارگاه> & «البرز»",
  author: "اداره کل",
  subject: "روایت محله‌ها",
  keywords: ["البرز", "کرج"],
  language: "fa",
  creatorTool: "ketabche",
  producer: "ketabche (Chromium, pdf-lib)",
  date: new Date(Date.UTC(2024, 2, 20)),
};

describe("xmpPacket: the booklet's metadata as XMP", () => {
  it("is one xpacket holding well-formed, escaped values", () => {
    const xml = xmpPacket(fields);
    expect(xml.startsWith('<?xpacket begin="\uFEFF"')).toBe(true);
    expect(xml.trimEnd().endsWith('<?xpacket end="w"?>')).toBe(true);
    expect(xml).toContain("کتابچه &lt;قرارگاه&gt; &amp; «البرز»");
    expect(xml).not.toContain("<قرارگاه>");
  });

  it("carries the dates, language, author and each keyword", () => {
    const xml = xmpPacket(fields);
    // Nowruz 1403 at midnight UTC, without milliseconds.
    expect(xml).toContain("<xmp:CreateDate>2024-03-20T00:00:00Z</xmp:CreateDate>");
    expect(xml).toContain("<dc:language><rdf:Bag><rdf:li>fa</rdf:li></rdf:Bag></dc:language>");
    expect(xml).toContain("<rdf:Seq><rdf:li>اداره کل</rdf:li></rdf:Seq>");
    expect(xml).toContain("<rdf:Bag><rdf:li>البرز</rdf:li><rdf:li>کرج</rdf:li></rdf:Bag>");
  });

  it("names the PDF/X version, trapping and a document ID for a press file, and nothing of it for the booklet", () => {
    const press = xmpPacket({
      ...fields,
      keywords: [],
      documentId: "uuid:0a1b2c3d-0000-0000-0000-000000000000",
      pdfx: { version: "PDF/X-1:2001", conformance: "PDF/X-1a:2001" },
    });
    expect(press).toContain("<pdfx:GTS_PDFXVersion>PDF/X-1:2001</pdfx:GTS_PDFXVersion>");
    expect(press).toContain("<pdfx:GTS_PDFXConformance>PDF/X-1a:2001</pdfx:GTS_PDFXConformance>");
    expect(press).toContain("<pdf:Trapped>False</pdf:Trapped>");
    expect(press).toContain("<xmpMM:DocumentID>uuid:0a1b2c3d-0000-0000-0000-000000000000</xmpMM:DocumentID>");
    expect(press).not.toContain("<pdf:Keywords>");
    const booklet = xmpPacket(fields);
    expect(booklet).not.toMatch(/GTS_PDFX|Trapped|DocumentID/);
  });
});
