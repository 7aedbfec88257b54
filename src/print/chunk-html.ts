/**
 * One chunk of the print page (src/book/chunks.ts) as a page of its own, cut from the whole booklet's HTML, so that
 * Chromium loads and lays out only that chunk. layouts/print.njk marks each place the booklet may be cut with a
 * comment; a chunk is the page's head, then its part of the body, numbered from its first page.
 */
import type { PrintChunk } from "../book/chunks.ts";

const cutMarker = (id: string) => `<!--cut:${id}-->`;
const CUT_MARKERS = /<!--cut:([^>]*?)-->/g;

/** The sections the booklet may be cut before, in order, with where each starts in the HTML. */
export function cutOffsets(html: string): { id: string; offset: number }[] {
  return [...html.matchAll(CUT_MARKERS)].map((match) => ({ id: match[1]!, offset: match.index }));
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
const linkTargets = (html: string) => new Set([...html.matchAll(/\shref="#([^"]+)"/g)].map((match) => match[1]!));

export interface ChunkPage {
  html: string;
  /** A stylesheet for the chunk (the page's Content-Security-Policy allows no inline style), if it needs one. */
  css?: string;
}

/** `cssHref`: where the page will find the chunk's stylesheet. */
export function chunkPage(html: string, chunk: PrintChunk, cssHref: string): ChunkPage {
  const bodyOpen = html.indexOf("<body>");
  const bodyClose = html.lastIndexOf("</body>");
  if (bodyOpen < 0 || bodyClose < 0) throw new Error("the print page has no <body>");
  const at = (id: string | undefined, otherwise: number) => {
    if (id === undefined) return otherwise;
    const offset = html.indexOf(cutMarker(id));
    if (offset < 0) throw new Error(`the print page has no cut before section "${id}"`);
    return offset;
  };
  const content = html.slice(at(chunk.firstSection, bodyOpen + "<body>".length), at(chunk.endSection, bodyClose));
  const present = ids(content);
  const linked = linkTargets(content);
  // Links to sections printed in another chunk (the table of contents, in the first) point to an empty element
  // that is never laid out: Chromium drops a link to nothing, and keeps this one as a link to a named destination,
  // which the merge finds in the other chunk's PDF.
  const placeholders = [...linked].filter((id) => !present.has(id)).map((id) => `<div id="${id}" hidden></div>`);
  // Chromium writes a named destination only for an element that a link in the document points to: hidden links
  // to this chunk's link targets that nothing in the chunk links to.
  const unlinked = [...linkTargets(html)].filter((id) => present.has(id) && !linked.has(id));
  const links = unlinked.length ? `<nav hidden>${unlinked.map((id) => `<a href="#${id}"></a>`).join("")}</nav>` : "";
  // A print's page counter starts at 1 on its first page; counter-increment on that page sets it instead.
  const css = chunk.firstPage > 1 ? `@page :first { counter-increment: page ${chunk.firstPage}; }\n` : undefined;
  const head = html.slice(0, bodyOpen);
  const withCss = css ? head.replace("</head>", `<link rel="stylesheet" href="${cssHref}">\n</head>`) : head;
  return {
    html: `${withCss}<body>\n${content}${placeholders.join("")}${links}\n${html.slice(bodyClose)}`,
    css,
  };
}
