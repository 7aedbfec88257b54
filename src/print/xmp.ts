/**
 * XMP metadata: the same title, author, subject, keywords, language and dates as the document information
 * dictionary, as the XML packet that PDF/UA and PDF/X readers (and asset managers) look for.
 */
import { PDFName, type PDFDocument } from "pdf-lib";

export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  creatorTool: string;
  producer: string;
  date: Date;
  /** A document ID made from the content (xmpMM:DocumentID, InstanceID), as a UUID URN. */
  documentId?: string;
  /** The press files: PDF/X version and conformance, and pdf:Trapped False. */
  pdfx?: { version: string; conformance: string };
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const alt = (text: string, language: string) =>
  `<rdf:Alt><rdf:li xml:lang="x-default">${escape(text)}</rdf:li><rdf:li xml:lang="${language}">${escape(text)}</rdf:li></rdf:Alt>`;

/** The press files' extra properties: PDF/X identification, trapping and a document ID. */
function pressProperties(fields: XmpFields): string {
  const lines: string[] = [];
  if (fields.documentId)
    lines.push(
      `<xmpMM:DocumentID>${fields.documentId}</xmpMM:DocumentID>`,
      `<xmpMM:InstanceID>${fields.documentId}</xmpMM:InstanceID>`,
    );
  if (fields.pdfx)
    lines.push(
      "<pdf:Trapped>False</pdf:Trapped>",
      `<pdfx:GTS_PDFXVersion>${escape(fields.pdfx.version)}</pdfx:GTS_PDFXVersion>`,
      `<pdfx:GTS_PDFXConformance>${escape(fields.pdfx.conformance)}</pdfx:GTS_PDFXConformance>`,
    );
  return lines.map((line) => `${line}\n`).join("");
}

export function xmpPacket(fields: XmpFields): string {
  const date = fields.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const keywords = fields.keywords.length ? `<pdf:Keywords>${escape(fields.keywords.join(", "))}</pdf:Keywords>\n` : "";
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
 xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(fields.title, fields.language)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>${escape(fields.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>${alt(fields.subject, fields.language)}</dc:description>
<dc:subject><rdf:Bag>${fields.keywords.map((k) => `<rdf:li>${escape(k)}</rdf:li>`).join("")}</rdf:Bag></dc:subject>
<dc:language><rdf:Bag><rdf:li>${fields.language}</rdf:li></rdf:Bag></dc:language>
<xmp:CreatorTool>${escape(fields.creatorTool)}</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
<pdf:Producer>${escape(fields.producer)}</pdf:Producer>
${keywords}${pressProperties(fields)}</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Writes the packet as the catalog's uncompressed /Metadata stream (readers search for it as plain text). */
export function attachXmp(pdf: PDFDocument, fields: XmpFields): void {
  const stream = pdf.context.stream(Buffer.from(xmpPacket(fields), "utf8"), { Type: "Metadata", Subtype: "XML" });
  pdf.catalog.set(PDFName.of("Metadata"), pdf.context.register(stream));
}
