/**
 * Persian typography for prose, applied at render time (sources stay as the editors wrote them).
 *
 * virastar does the heavy lifting (Arabic ي/ك → ی/ک, digits, punctuation, quotes, kashida, نیم‌فاصله after
 * می/نمی and before ها/های). A few rules it leaves out are added here, each with a comment saying why.
 */
import Virastar from "virastar";

const virastar = new Virastar({
  // Markdown, URLs and e-mail addresses never reach this function: it only sees text tokens. These are off
  // because they would change the meaning of some legitimate texts.
  cleanup_spacing: false, // keep the editor's line breaks; markdown-it has already folded spacing.
  fix_english_quotes_pairs: false, // English quotes inside Latin runs stay as typed.
  cleanup_begin_and_end: false, // a text token may legitimately start or end with a space before inline markup.
});

const ZWNJ = "\u200c";
const PERSIAN_LETTER = "\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF";

/**
 * Comparative and superlative suffixes written detached ("بزرگ تر", "بیش ترین") get a نیم‌فاصله. Only the
 * detached form is safe to fix: attached "تر" is also a word ending (دختر، دفتر، کبوتر).
 */
const DETACHED_COMPARATIVE = new RegExp(`([${PERSIAN_LETTER}]) (تر|ترین|تری)(?=$|[^${PERSIAN_LETTER}])`, "gu");

const LATIN_DIGITS = /[0-9]/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;

/** Latin or Arabic-Indic digits → Persian digits. For numbers that are shown to readers, never for URLs. */
export function toPersianDigits(text: string): string {
  return text
    .replace(LATIN_DIGITS, (d) => String.fromCharCode(0x06f0 + Number(d)))
    .replace(ARABIC_INDIC_DIGITS, (d) => String.fromCharCode(0x06f0 + d.charCodeAt(0) - 0x0660));
}

/** Persian or Arabic-Indic digits → Latin digits, for values that code parses (dates, numbers). */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * Normalise one run of Persian prose. Idempotent: typeset(typeset(x)) === typeset(x).
 * Leading and trailing white space is preserved because markdown-it text tokens rely on it.
 */
export function typeset(text: string): string {
  if (text.trim() === "") return text;
  const leading = /^\s*/.exec(text)?.[0] ?? "";
  const trailing = /\s*$/.exec(text)?.[0] ?? "";
  let out = virastar.cleanup(text.slice(leading.length, text.length - trailing.length));
  out = out.replace(DETACHED_COMPARATIVE, `$1${ZWNJ}$2`);
  // virastar converts digits only next to Persian text; running text in this booklet is Persian throughout.
  out = toPersianDigits(out);
  return leading + out + trailing;
}
