/**
 * Text cut for a poster before Chromium measures it: the story's first paragraph, to the last whole sentence that
 * fits a budget of characters. Chromium then cuts further at a word, with an ellipsis, if the space is smaller
 * still (./fit.ts).
 */

/** Sentence ends in Persian and Latin punctuation, with any closing quote or bracket after them. */
const SENTENCE_END = /[.!?؟…]+[»")\]]*(?=\s|$)/g;

/** The longest run of whole sentences of `text` within `max` characters; a first sentence too long is cut at a word. */
export function cutAtSentence(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if ([...clean].length <= max) return clean;
  let end = 0;
  for (const match of clean.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if ([...clean.slice(0, stop)].length > max) break;
    end = stop;
  }
  if (end > 0) return clean.slice(0, end);
  const head = [...clean].slice(0, max - 1).join("");
  const space = head.lastIndexOf(" ");
  return `${(space > 0 ? head.slice(0, space) : head).replace(/[\s،,؛;:]+$/, "")}…`;
}
