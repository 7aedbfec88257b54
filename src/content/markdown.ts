/**
 * Markdown for editors: CommonMark + tables through markdown-it, raw HTML off (an editor's `<script>` is shown
 * as text, never run), and Persian typography applied to text tokens only — so URLs, code and attributes keep
 * their exact characters.
 */
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { typeset } from "../typography/persian.ts";
import type { KeptResults } from "./kept-results.ts";

function typesetTextTokens(md: MarkdownIt): void {
  md.core.ruler.push("persian_typography", (state) => {
    const visit = (tokens: Token[] | null) => {
      for (const token of tokens ?? []) {
        if (token.type === "text") token.content = typeset(token.content);
        else if (token.type === "image") token.attrSet("alt", typeset(token.attrGet("alt") ?? ""));
        visit(token.children);
      }
    };
    visit(state.tokens);
  });
}

/** Tables up to this many rows are short: print keeps them on one page. Longer ones may break between rows. */
export const SHORT_TABLE_ROWS = 8;

/** Wide tables scroll inside their own box on phones instead of widening the page. */
function wrapTables(md: MarkdownIt): void {
  md.renderer.rules.table_open = (tokens, index) => {
    let rows = 0;
    for (let i = index + 1; i < tokens.length && tokens[i]!.type !== "table_close"; i++)
      if (tokens[i]!.type === "tr_open") rows++;
    return `<div class="table-wrap${rows - 1 > SHORT_TABLE_ROWS ? " table-wrap--long" : ""}"><table>\n`;
  };
  md.renderer.rules.table_close = () => "</table></div>\n";
}

/**
 * Editors start their sections at `##`. Where the page's own title sits deeper (a neighbourhood is an h2 in the
 * printed booklet, under its county), `env.headingShift` moves every heading down to keep the outline sound.
 */
function shiftHeadings(md: MarkdownIt): void {
  md.core.ruler.push("shift_headings", (state) => {
    const shift = Number((state.env as { headingShift?: number }).headingShift ?? 0);
    if (!shift) return;
    for (const token of state.tokens) {
      if (token.type === "heading_open" || token.type === "heading_close") {
        token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
      }
    }
  });
}

/** Links may go to web pages, e-mail and telephone, or stay within the site; no javascript:, data:, file: … */
const SAFE_SCHEME = /^(?:https?|mailto|tel):/i;
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  return !scheme || SAFE_SCHEME.test(trimmed);
}

export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = isSafeUrl;
  md.use(typesetTextTokens).use(wrapTables).use(shiftHeadings);
  return md;
}

/** Renders an editor's Markdown, `headingShift` levels down (see shiftHeadings). */
export type MarkdownRenderer = ((source: string, headingShift?: number) => string) & {
  /** Renders kept on disk between builds (src/content/kept-results.ts), looked up before rendering; or none. */
  keepIn(kept: KeptResults<string> | undefined): void;
};

/**
 * A renderer that remembers what it rendered. Typesetting (virastar, some sixty regular expressions per text
 * token) is about nine tenths of a render, and one build renders each text several times: the page, its
 * description, its search record, the booklet's print pass. The HTML is a function of the source and the shift
 * alone, so it is kept under exactly those; the oldest entries are forgotten beyond `limit`, so that a dev server
 * that sees every edit of a file does not keep every version. With `keepIn`, renders are also looked up in, and
 * added to, what earlier builds kept on disk.
 */
export function createMarkdownRenderer(limit = 20_000): MarkdownRenderer {
  const md = createMarkdown();
  const rendered = new Map<string, string>();
  let kept: KeptResults<string> | undefined;
  const render = (source: string, headingShift = 0) => {
    const key = `${headingShift}\n${source}`;
    let html = rendered.get(key);
    if (html === undefined) {
      html = kept?.get(key) ?? md.render(source, { headingShift });
      if (rendered.size >= limit) rendered.delete(rendered.keys().next().value!);
      rendered.set(key, html);
    }
    // Marked as used by this build, so that the next build finds it too.
    kept?.set(key, html);
    return html;
  };
  return Object.assign(render, { keepIn: (store: KeptResults<string> | undefined) => void (kept = store) });
}

/** The renderer the site's pages, descriptions and search index share within one process. */
export const renderMarkdown: MarkdownRenderer = createMarkdownRenderer();
