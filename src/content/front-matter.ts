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
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 + lineOffset : lineCounter.linePos(offset).line + lineOffset);
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

export function parseMarkdownFile(text: string): ParsedSource {
  let front = { data: {} as unknown, lineOf: (_: readonly PropertyKey[]) => 1 };
  // gray-matter strips a byte-order mark and copes with CRLF; passing options also turns off its cache,
  // which would otherwise hand the same object to two files with identical text.
  const file = matter(text, {
    engines: {
      yaml: (source: string) => {
        // gray-matter hands over the text right after the opening "---", newline included, so the YAML's
        // line numbers already match the file's.
        front = parseYaml(source, 0);
        return {};
      },
    },
  });
  return { data: front.data ?? {}, body: file.content, lineOf: front.lineOf };
}
