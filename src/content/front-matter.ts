/**
 * Splits a Markdown file into front matter and body (gray-matter) and parses the front matter with `yaml`,
 * keeping the YAML document so that any field can be traced back to its line in the file.
 */
import matter from "gray-matter";
import YAML, { LineCounter, isMap, isSeq, isPair, isScalar, type Document, type Node } from "yaml";

export interface ParsedSource {
  data: unknown;
  body: string;
  /** 1-based line in the file of the field at `path`, or of its nearest written ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
}

export class SourceSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** YAML parsed with positions; YAML 1.2 core schema so "1403-05-12" stays a string, never a Date. */
function parseYaml(text: string, lineOffset: number): { data: unknown; lineOf: ParsedSource["lineOf"] } {
  const lineCounter = new LineCounter();
  const document = YAML.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const line = (lineCounter.linePos(error.pos[0]).line ?? 1) + lineOffset;
    throw new SourceSyntaxError(error.message.split("\n")[0] ?? error.message, line);
  }
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? 1 + lineOffset : lineCounter.linePos(offset).line + lineOffset;
  return { data: document.toJS(), lineOf: (path) => lineAt(locate(document, path)) };
}

/** Offset of the key (for maps) or item (for lists) that `path` names, stopping at the deepest one written. */
function locate(document: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = document.contents;
  let offset = (document.contents as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

export function parseYamlFile(text: string): Omit<ParsedSource, "body"> {
  return parseYaml(text.replace(/^\uFEFF/, ""), 0);
}

/**
 * A Markdown file cut into its parts, so that `head + frontMatter + delimiter + body` is the file, byte for byte:
 * the typography fixer rewrites the parts and puts them back together. gray-matter finds the delimiters, for
 * the loader and the fixer alike.
 */
export interface MarkdownParts {
  /** A byte-order mark and the opening `---`. */
  head: string;
  /** The YAML between the delimiters, starting with the rest of the opening line. */
  frontMatter: string;
  /** The closing `---` line. */
  delimiter: string;
  body: string;
}

export function splitMarkdownFile(text: string): MarkdownParts {
  // Passing options turns off gray-matter's cache, which would hand the same object to two files with identical
  // text; the engine is a no-op because the YAML is parsed below, with positions.
  const file = matter(text, { engines: { yaml: () => ({}) } });
  // gray-matter closes the front matter at "\n---", so with CRLF line ends its last "\r" belongs to the delimiter.
  const raw = ((file as { matter?: string }).matter ?? "").replace(/\r$/, "");
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const yamlStart = bom.length + 3;
  const bodyStart = text.length - file.content.length;
  const found =
    text.startsWith("---", bom.length) && text.startsWith(raw, yamlStart) && bodyStart >= yamlStart + raw.length;
  if (!found) return { head: bom, frontMatter: "", delimiter: "", body: text.slice(bom.length) };
  return {
    head: text.slice(0, yamlStart),
    frontMatter: raw,
    delimiter: text.slice(yamlStart + raw.length, bodyStart),
    body: file.content,
  };
}

export function parseMarkdownFile(text: string): ParsedSource {
  const parts = splitMarkdownFile(text);
  // The front matter starts on the opening delimiter's line, so its line numbers already match the file's.
  const front = parts.frontMatter.trim() ? parseYaml(parts.frontMatter, 0) : { data: {}, lineOf: () => 1 };
  return { data: front.data ?? {}, body: parts.body, lineOf: front.lineOf };
}
