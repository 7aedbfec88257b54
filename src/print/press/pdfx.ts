/**
 * The last touch on a press file after Ghostscript: document information and XMP metadata that say what the file
 * is (title, publisher, PDF/X version, not trapped), with dates fixed by the content (Nowruz of the booklet's
 * year) and a file identifier made from the content, so the same content always gives the same bytes. Written
 * as PDF 1.3 without object streams, as PDF/X-1a:2001 requires.
 */
import crypto from "node:crypto";
import { PDFDict, type PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { PDFX_CONFORMANCE, PDFX_VERSION } from "./ghostscript.ts";

export interface Identity {
  title: string;
  author: string;
  subject: string;
  date: Date;
  /** Anything that identifies the content: the file's ID is derived from it. */
  fingerprint: string;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** 2025-03-20T00:00:00Z */
const isoDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** A UUID made from a hash (not random): the same content, the same document ID. */
function uuidFrom(hash: string): string {
  return `uuid:${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
}

export function xmpPacket(identity: Identity, id: string): string {
  const date = isoDate(identity.date);
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
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(identity.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${escapeXml(identity.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(identity.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>fa</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>ketabche</xmp:CreatorTool>
   <pdf:Producer>ketabche (Chromium, Ghostscript, pdf-lib)</pdf:Producer>
   <pdf:Trapped>False</pdf:Trapped>
   <xmpMM:DocumentID>${uuidFrom(id)}</xmpMM:DocumentID>
   <xmpMM:InstanceID>${uuidFrom(id)}</xmpMM:InstanceID>
   <pdfx:GTS_PDFXVersion>${PDFX_VERSION}</pdfx:GTS_PDFXVersion>
   <pdfx:GTS_PDFXConformance>${PDFX_CONFORMANCE}</pdfx:GTS_PDFXConformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Info, XMP and the file ID on Ghostscript's PDF/X (loaded with `updateMetadata: false`); returns the bytes. */
export async function finishPdfx(pdf: PDFDocument, identity: Identity): Promise<Uint8Array> {
  const id = crypto.createHash("md5").update(identity.fingerprint).digest("hex");
  pdf.setTitle(identity.title);
  pdf.setAuthor(identity.author);
  pdf.setSubject(identity.subject);
  pdf.setCreator("ketabche");
  pdf.setProducer("ketabche (Chromium, Ghostscript, pdf-lib)");
  pdf.setCreationDate(identity.date);
  pdf.setModificationDate(identity.date);
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of("Trapped"), PDFName.of("False"));
  info.set(PDFName.of("GTS_PDFXVersion"), PDFString.of(PDFX_VERSION));
  info.set(PDFName.of("GTS_PDFXConformance"), PDFString.of(PDFX_CONFORMANCE));

  const xmp = pdf.context.stream(Buffer.from(xmpPacket(identity, id), "utf8"), {
    Type: "Metadata",
    Subtype: "XML",
  });
  pdf.catalog.set(PDFName.of("Metadata"), pdf.context.register(xmp));
  const fileId = PDFHexString.of(id.toUpperCase());
  pdf.context.trailerInfo.ID = pdf.context.obj([fileId, fileId]);
  const saved = await pdf.save({ useObjectStreams: false, updateFieldAppearances: false, addDefaultPage: false });
  // pdf-lib always writes a PDF 1.7 header; the file uses nothing newer than 1.3 (Ghostscript wrote it so, and
  // it is saved with a plain cross-reference table), and PDF/X-1a:2001 asks for 1.3. Same length: no offset moves.
  const header = Buffer.from(saved.subarray(0, 8)).toString("latin1");
  if (header !== "%PDF-1.7") throw new Error(`unexpected header from pdf-lib: ${header}`);
  saved.set(Buffer.from("%PDF-1.3", "latin1"), 0);
  return saved;
}
