/**
 * The last touch on a press file after Ghostscript: document information and XMP metadata that say what the file
 * is (title, publisher, PDF/X version, not trapped), with dates fixed by the content (Nowruz of the booklet's
 * year) and a file identifier made from the content, so the same content always gives the same bytes. Written
 * as PDF 1.3 without object streams, as PDF/X-1a:2001 requires.
 */
import crypto from "node:crypto";
import { PDFDict, type PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { xmpPacket } from "../xmp.ts";
import { PDFX_CONFORMANCE, PDFX_VERSION } from "./ghostscript.ts";

export interface Identity {
  title: string;
  author: string;
  subject: string;
  date: Date;
  /** Anything that identifies the content: the file's ID is derived from it. */
  fingerprint: string;
}

const PRODUCER = "ketabche (Chromium, Ghostscript, pdf-lib)";

/** A UUID made from a hash (not random): the same content, the same document ID. */
function uuidFrom(hash: string): string {
  return `uuid:${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
}

/** Info, XMP and the file ID on Ghostscript's PDF/X (loaded with `updateMetadata: false`); returns the bytes. */
export async function finishPdfx(pdf: PDFDocument, identity: Identity): Promise<Uint8Array> {
  const id = crypto.createHash("md5").update(identity.fingerprint).digest("hex");
  pdf.setTitle(identity.title);
  pdf.setAuthor(identity.author);
  pdf.setSubject(identity.subject);
  pdf.setCreator("ketabche");
  pdf.setProducer(PRODUCER);
  pdf.setCreationDate(identity.date);
  pdf.setModificationDate(identity.date);
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of("Trapped"), PDFName.of("False"));
  info.set(PDFName.of("GTS_PDFXVersion"), PDFString.of(PDFX_VERSION));
  info.set(PDFName.of("GTS_PDFXConformance"), PDFString.of(PDFX_CONFORMANCE));

  const packet = xmpPacket({
    ...identity,
    keywords: [],
    language: "fa",
    creatorTool: "ketabche",
    producer: PRODUCER,
    documentId: uuidFrom(id),
    pdfx: { version: PDFX_VERSION, conformance: PDFX_CONFORMANCE },
  });
  const xmp = pdf.context.stream(Buffer.from(packet, "utf8"), {
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
