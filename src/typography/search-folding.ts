/**
 * Folding for search: the text that is indexed and the query a reader types are both reduced to one spelling, so
 * that a word typed on an Arabic keyboard (ي ك), with Latin or Arabic-Indic digits, with diacritics or kashida,
 * still meets the word as the site writes it. The website's search script is bundled with this module (esbuild, see
 * src/site/search-script.ts), so the browser folds a query with the very code that folded the index.
 *
 * نیم‌فاصله is not folded here: Pagefind drops it inside a word when it indexes ("خانه‌ها" is indexed as
 * "خانهها"), and the search script also tries a query's words joined (see `queryVariants`).
 */

export interface SearchFolding {
  /** One character → its folded spelling (possibly empty). */
  replace: Record<string, string>;
  /** A character class (RegExp source) of characters that are dropped. */
  strip: string;
}

const persianDigit = (n: number) => String.fromCharCode(0x06f0 + n);

export const SEARCH_FOLDING: SearchFolding = {
  replace: {
    // Arabic yeh and alef maksura → Persian yeh; Arabic kaf → Persian kaf (what virastar does to the site's text).
    "\u064a": "\u06cc",
    "\u0649": "\u06cc",
    "\u0643": "\u06a9",
    // Latin and Arabic-Indic digits → Persian digits, as the site shows every number.
    ...Object.fromEntries(Array.from({ length: 10 }, (_, n) => [String(n), persianDigit(n)])),
    ...Object.fromEntries(Array.from({ length: 10 }, (_, n) => [String.fromCharCode(0x0660 + n), persianDigit(n)])),
  },
  // Kashida (tatweel), harakat, tanwin, shadda, sukun, superscript alef, hamza above and below. Letters that carry
  // meaning in Persian spelling (آ، ئ، ۀ) are kept: the index's text is shown in the results' excerpts.
  strip: "[\\u0640\\u064b-\\u065f\\u0670]",
};

const REPLACED = new RegExp(`[${Object.keys(SEARCH_FOLDING.replace).join("")}]`, "g");
const STRIPPED = new RegExp(SEARCH_FOLDING.strip, "g");

/** `text` with every folding rule applied. Idempotent; leaves spacing and نیم‌فاصله alone. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFC")
    .replace(STRIPPED, "")
    .replace(REPLACED, (c) => SEARCH_FOLDING.replace[c]!);
}

const ZWNJ = "\u200c";

/**
 * The spellings of a folded query worth searching for, the query itself first: with each space between two words
 * removed in turn (a space typed where the site has a نیم‌فاصله, which the index drops: "دهقان ویلا" →
 * "دهقانویلا"), all of them removed, and each نیم‌فاصله as a space (the site wrote the words apart). At most
 * eight, without repeats.
 */
export function queryVariants(folded: string): string[] {
  const query = folded.replace(/\s+/g, " ").trim();
  if (!query) return [];
  const words = query.split(" ");
  const variants = [query];
  for (let i = 1; i < words.length && i < 6; i++) {
    variants.push([...words.slice(0, i - 1), words[i - 1]! + words[i]!, ...words.slice(i + 1)].join(" "));
  }
  if (words.length > 2) variants.push(words.join(""));
  if (query.includes(ZWNJ)) variants.push(query.replaceAll(ZWNJ, " "));
  return [...new Set(variants)].slice(0, 8);
}
