/**
 * `ketabche check --fix`: writes the Persian typography that the build applies at render time back into the
 * editors' files — and nothing else. Front-matter keys, paths, slugs, dates, Markdown syntax, code and URLs keep
 * every byte. Two invariants guard each file, so a fix can never change what a reader sees:
 *   - the front matter validates to exactly the same typed data as before;
 *   - the body renders to exactly the same HTML as before.
 * A change that would break either is not made.
 */
import YAML, { isScalar } from "yaml";
import { isDeepStrictEqual } from "node:util";
import type { z } from "zod";
import { typeset } from "../typography/persian.ts";
import { createMarkdown } from "../content/markdown.ts";
import { prosePaths } from "../content/schema.ts";
import { splitMarkdownFile } from "../content/front-matter.ts";

export type TypographyKind = "arabic-letters" | "latin-digits" | "zwnj" | "punctuation";

export interface LineFix {
  line: number;
  before: string;
  after: string;
  kinds: TypographyKind[];
}

export interface FileFix {
  text: string;
  fixes: LineFix[];
}

export function classify(before: string, after: string): TypographyKind[] {
  const kinds: TypographyKind[] = [];
  if (/[يكى]/.test(before) && !/[يك]/.test(after)) kinds.push("arabic-letters");
  if (/[0-9\u0660-\u0669]/.test(before) && /[۰-۹]/.test(after)) kinds.push("latin-digits");
  if ((after.match(/\u200c/g)?.length ?? 0) > (before.match(/\u200c/g)?.length ?? 0)) kinds.push("zwnj");
  if (/[,;?"]/.test(before) && /[،؛؟«»]/.test(after)) kinds.push("punctuation");
  return kinds;
}

function quoteLike(source: string, value: string): string | undefined {
  if (source.startsWith('"')) return source.includes("\\") ? undefined : JSON.stringify(value);
  if (source.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (/[\r\n]/.test(source) || /^[|>]/.test(source)) return undefined; // multi-line and block scalars stay as written
  return value;
}

/** Fixes prose values in YAML text; returns the new text, or the old one if the invariant would not hold. */
export function fixYaml(yamlText: string, schema: z.ZodType): string {
  const document = YAML.parseDocument(yamlText);
  if (document.errors.length) return yamlText;
  const data = document.toJS();
  const edits: { start: number; end: number; replacement: string }[] = [];
  for (const path of prosePaths(schema, data)) {
    const node = document.getIn(path, true);
    if (!isScalar(node) || typeof node.value !== "string" || !node.range) continue;
    const fixed = typeset(node.value);
    if (fixed === node.value) continue;
    const [start, end] = node.range;
    const replacement = quoteLike(yamlText.slice(start, end), fixed);
    if (replacement !== undefined) edits.push({ start, end, replacement });
  }
  let out = yamlText;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
  const before = schema.safeParse(data);
  const after = YAML.parseDocument(out);
  if (after.errors.length) return yamlText;
  const afterData = after.toJS();
  const sameKeys = JSON.stringify(keysOf(data)) === JSON.stringify(keysOf(afterData));
  const parsedAfter = schema.safeParse(afterData);
  const same = before.success
    ? parsedAfter.success && isDeepStrictEqual(before.data, parsedAfter.data)
    : !parsedAfter.success;
  return sameKeys && same ? out : yamlText;
}

function keysOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysOf);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keysOf(v)]));
  return null;
}

// Inline pieces that are never prose: image markers, code spans, link and image targets, autolinks, bare URLs,
// HTML tags. ("![" must stay whole: typography would put its "!" to the word before as Persian punctuation.)
const PROTECTED =
  /!\[|(`+)[^`]*?\1|\]\([^)]*\)|<[a-zA-Z][^>\s]*>|<\/?[a-zA-Z][^>]*>|https?:\/\/[^\s)]+|mailto:[^\s)]+|\{[^}]*\}/g;
// The start of a line that is Markdown syntax: indentation, quote markers, heading, list marker.
const BLOCK_PREFIX = /^(\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?(?:\[[ xX]\]\s+)?)/;
const SKIP_LINE =
  /^\s*(?:\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*|\[[^\]]+\]:.*|(?:---|\*\*\*|___)\s*)$|^(?: {4}|\t)/;
const FENCE = /^\s*(```|~~~)/;

function fixLine(line: string): string {
  const prefix = BLOCK_PREFIX.exec(line)?.[0] ?? "";
  let rest = line.slice(prefix.length);
  let out = "";
  let last = 0;
  for (const match of rest.matchAll(PROTECTED)) {
    out += typeset(rest.slice(last, match.index)) + match[0];
    last = match.index! + match[0].length;
  }
  out += typeset(rest.slice(last));
  rest = out;
  return prefix + rest;
}

const markdown = createMarkdown();

/** Fixes the Markdown body line by line, keeping a line's fix only if the whole body renders the same. */
export function fixBody(body: string): string {
  const lines = body.split("\n");
  const fixed = [...lines];
  let inFence = false;
  lines.forEach((line, i) => {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence && !SKIP_LINE.test(line.replace(/\r$/, ""))) {
      const cr = line.endsWith("\r") ? "\r" : "";
      fixed[i] = fixLine(line.slice(0, line.length - cr.length)) + cr;
    }
  });
  const html = markdown.render(body);
  const all = fixed.join("\n");
  if (markdown.render(all) === html) return all;
  // Some line's fix changed the rendering: keep only the lines whose fix alone leaves it unchanged.
  const kept = [...lines];
  fixed.forEach((line, i) => {
    if (line === lines[i]) return;
    const trial = [...kept];
    trial[i] = line;
    if (markdown.render(trial.join("\n")) === html) kept[i] = line;
  });
  return kept.join("\n");
}

function lineFixes(before: string, after: string, firstLine: number): LineFix[] {
  const a = before.split("\n");
  const b = after.split("\n");
  if (a.length !== b.length) return [];
  return a.flatMap((line, i) =>
    line === b[i] ? [] : [{ line: firstLine + i, before: line, after: b[i]!, kinds: classify(line, b[i]!) }],
  );
}

/** A Markdown file with YAML front matter. */
export function fixMarkdownFile(text: string, schema: z.ZodType): FileFix {
  const { head, frontMatter, delimiter, body } = splitMarkdownFile(text);
  const fixedYaml = frontMatter ? fixYaml(frontMatter, schema) : frontMatter;
  const fixedBody = fixBody(body);
  const firstLine = (part: string) => part.split("\n").length;
  const fixes = [
    ...lineFixes(frontMatter, fixedYaml, firstLine(head)),
    ...lineFixes(body, fixedBody, firstLine(head + frontMatter + delimiter)),
  ];
  return { text: head + fixedYaml + delimiter + fixedBody, fixes };
}

/** A YAML file (booklet.yml). */
export function fixYamlFile(text: string, schema: z.ZodType): FileFix {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const fixed = fixYaml(text.slice(bom.length), schema);
  return { text: bom + fixed, fixes: lineFixes(text.slice(bom.length), fixed, 1) };
}
