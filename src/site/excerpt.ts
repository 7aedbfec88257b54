/**
 * A page's description for search results and link previews: the first paragraph of its own text, cut at a word
 * (never inside one) with an ellipsis, so that no two pages share a description.
 */
const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Plain text of the first paragraph of some Markdown, rendered by `markdown` (markdown-it, or a renderer). */
export function firstParagraph(markdown: { render(source: string): string }, source: string): string {
  const html = markdown.render(source ?? "");
  const paragraph = /<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
  return paragraph
    .replace(/<[^>]+>/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!)
    .replace(/\s+/g, " ")
    .trim();
}

/** `text` cut to at most `max` characters at a word boundary, with "…" when anything was cut. */
export function cutAtWord(text: string, max = 160): string {
  const characters = [...text];
  if (characters.length <= max) return text;
  const head = characters.slice(0, max - 1).join("");
  const lastSpace = head.lastIndexOf(" ");
  return `${(lastSpace > 0 ? head.slice(0, lastSpace) : head).replace(/[\s،,؛;:.]+$/, "")}…`;
}
