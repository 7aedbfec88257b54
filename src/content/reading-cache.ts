/**
 * The loader's reading of one file (its text and parse), and what the dev server keeps between two readings of one
 * content tree: each file's reading and schema verdict, and each photograph's header check, under the file's
 * identity, size and times. A save then costs the reading of one file (Persian typography in the schema's
 * transforms is most of a file's cost); the checks across files (counties, duplicate orders, slugs) still run on
 * every reading, over the kept results.
 */
import fs from "node:fs/promises";
import type { z } from "zod";
import { SourceSyntaxError, type ParsedSource } from "./front-matter.ts";
import type { ContentIssue } from "./issues.ts";
import { readEditorText } from "./text-file.ts";

/** One file as the loader read it: its text and parse, or why it has none. */
export type FileReading =
  | { problem: ContentIssue["message"] }
  | { text: string; syntaxError: SourceSyntaxError }
  | { text: string; source: ParsedSource | Omit<ParsedSource, "body"> };

export type Parse = (text: string) => ParsedSource | Omit<ParsedSource, "body">;

/** Parses a file's text; a syntax error is part of the reading, not an exception. */
export function parseText(text: string, parse: Parse): FileReading {
  try {
    return { text, source: parse(text) };
  } catch (error) {
    if (!(error instanceof SourceSyntaxError)) throw error;
    return { text, syntaxError: error };
  }
}

/** Reads and parses one file. */
export async function readSource(file: string, parse: Parse): Promise<FileReading> {
  const read = await readEditorText(file);
  return "problem" in read ? read : parseText(read.text, parse);
}

interface Kept<T> {
  stamp: string;
  value: T;
}

/** Changes whenever the file is written, replaced or renamed over; undefined when there is no file. */
async function stampOf(file: string): Promise<string | undefined> {
  const stat = await fs.stat(file).catch(() => undefined);
  return stat && `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

export class ContentCache {
  readonly #readings = new Map<string, Kept<FileReading>>();
  /** The schema's verdict on a reading: kept with the reading itself, so it goes when the file changes. */
  readonly #verdicts = new WeakMap<FileReading, z.ZodSafeParseResult<unknown>>();
  readonly #images = new Map<string, Kept<Promise<ContentIssue["message"] | undefined>>>();

  /** The file's reading, made again only when the file has changed since it was kept. */
  async reading(file: string, parse: Parse): Promise<FileReading> {
    // Stamped before reading: a write in between leaves an older stamp, so the next reading reads again.
    const stamp = await stampOf(file);
    const kept = this.#readings.get(file);
    if (stamp && kept?.stamp === stamp) return kept.value;
    const value = await readSource(file, parse);
    if (stamp) this.#readings.set(file, { stamp, value });
    else this.#readings.delete(file);
    return value;
  }

  verdict<T>(reading: FileReading, validate: () => z.ZodSafeParseResult<T>): z.ZodSafeParseResult<T> {
    let verdict = this.#verdicts.get(reading) as z.ZodSafeParseResult<T> | undefined;
    if (!verdict) this.#verdicts.set(reading, (verdict = validate()));
    return verdict;
  }

  /** A photograph's problem, if any, checked again only when the file has changed (a missing one every time). */
  async imageProblem(
    file: string,
    check: () => Promise<ContentIssue["message"] | undefined>,
  ): Promise<ContentIssue["message"] | undefined> {
    const stamp = await stampOf(file);
    const kept = this.#images.get(file);
    if (stamp && kept?.stamp === stamp) return kept.value;
    const value = check();
    if (stamp) this.#images.set(file, { stamp, value });
    return value;
  }
}
