/**
 * Ghostscript's part of the press files: RGB → CMYK through the output profile, written as PDF/X.
 *
 * Which PDF/X: Debian's Ghostscript 10.0 writes PDF/X-3 (its -dPDFX; it has no PDF/X-4 mode): PDF 1.3, no
 * transparency (a page with any is flattened to one picture), fonts embedded, an OutputIntent. With every colour
 * converted to DeviceCMYK (and DeviceGray for the black plate), the file also meets PDF/X-1a:2001, the stricter
 * and most widely accepted of the CMYK standards, and it is declared as such: the GTS keys come from the prefix
 * file below, and src/print/press/preflight.ts checks the file against X-1a's rules (no RGB, no ICC-based colour
 * spaces outside the output intent, no transparency, every font embedded, boxes on every page).
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { OutputProfile } from "./icc.ts";
import { runWithMessages } from "./tools.ts";

export const PDFX_VERSION = "PDF/X-1:2001";
export const PDFX_CONFORMANCE = "PDF/X-1a:2001";

/** A PostScript string literal: ( ) and \ escaped, anything outside printable ASCII as octal. */
export function psString(text: string): string {
  const bytes = Buffer.from(text, "latin1");
  let out = "(";
  for (const byte of bytes) {
    const c = String.fromCharCode(byte);
    if (c === "(" || c === ")" || c === "\\") out += `\\${c}`;
    else if (byte < 32 || byte > 126) out += `\\${byte.toString(8).padStart(3, "0")}`;
    else out += c;
  }
  return `${out})`;
}

/**
 * The pdfmark prefix that makes Ghostscript's PDF/X: the GTS version keys and the output intent with the profile
 * embedded. (After the example Ghostscript ships, lib/PDFX_def.ps.)
 */
export function pdfxPrefix(profile: OutputProfile): string {
  const ascii = (text: string) => psString(text.replace(/[^\x20-\x7e]/g, "?"));
  return [
    `[ /GTS_PDFXVersion ${psString(PDFX_VERSION)} /GTS_PDFXConformance ${psString(PDFX_CONFORMANCE)}`,
    "  /Trapped /False /DOCINFO pdfmark",
    "[/_objdef {icc_PDFX} /type /stream /OBJ pdfmark",
    "[{icc_PDFX} << /N 4 >> /PUT pdfmark",
    `[{icc_PDFX} ${psString(profile.file)} (r) file /PUT pdfmark`,
    "[/_objdef {OutputIntent_PDFX} /type /dict /OBJ pdfmark",
    "[{OutputIntent_PDFX} <<",
    "  /Type /OutputIntent /S /GTS_PDFX",
    `  /OutputConditionIdentifier ${ascii(profile.identifier)}`,
    `  /OutputCondition ${ascii(profile.condition)}`,
    `  /Info ${ascii(profile.description)}`,
    `  /RegistryName ${ascii(profile.registry)}`,
    "  /DestOutputProfile {icc_PDFX}",
    ">> /PUT pdfmark",
    "[{Catalog} << /OutputIntents [ {OutputIntent_PDFX} ] >> /PUT pdfmark",
    "",
  ].join("\n");
}

export interface Conversion {
  /** What Ghostscript said that matters: a PDF/X rule broken makes it write a plain PDF instead. */
  warnings: string[];
  /** Ghostscript gave up PDF/X for this file ("reverting to normal PDF output"). */
  notPdfx: boolean;
}

/** Converts `input` to CMYK PDF/X in `output`. `workDir` holds the prefix file. */
export async function convertToPdfx(
  input: string,
  output: string,
  profile: OutputProfile,
  workDir: string,
): Promise<Conversion> {
  await fs.mkdir(workDir, { recursive: true });
  const prefix = path.join(workDir, "pdfx-prefix.ps");
  await fs.writeFile(prefix, pdfxPrefix(profile), "latin1");
  const args = [
    "-q",
    "-dSAFER",
    "-dBATCH",
    "-dNOPAUSE",
    `--permit-file-read=${path.dirname(profile.file)}${path.sep}`,
    "-sDEVICE=pdfwrite",
    "-dPDFX",
    "-dPDFSETTINGS=/prepress",
    // RGB → CMYK through the output profile; CMYK already there (the marks) is kept as it is, because its
    // source profile is the output profile itself.
    "-sColorConversionStrategy=CMYK",
    "-sProcessColorModel=DeviceCMYK",
    `-sOutputICCProfile=${profile.file}`,
    `-sDefaultCMYKProfile=${profile.file}`,
    "-dBlackPtComp=1",
    // DeviceGray (the neutrals, see colour.ts) to the black plate alone: Ghostscript's default, said aloud.
    "-dDeviceGrayToK=true",
    "-dAutoRotatePages=/None",
    "-dEmbedAllFonts=true",
    "-dSubsetFonts=true",
    `-sOutputFile=${output}`,
    prefix,
    input,
  ];
  const { stdout, stderr } = await runWithMessages("gs", args, { timeout: 1_800_000 });
  const said = `${stdout}\n${stderr}`;
  const warnings = said
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /not permitted|reverting|error|warning/i.test(line));
  return { warnings, notPdfx: /reverting to normal PDF output|aborting conversion/i.test(said) };
}
