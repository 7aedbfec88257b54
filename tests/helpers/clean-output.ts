/**
 * A user's mistake gets the user's message and nothing else: no stack trace, however it is prefixed (`at …`,
 * `[11ty] …`, `node:internal`, `TypeError: …`), and never the "unexpected error" of a fault in ketabche itself.
 */
import { expect } from "vitest";

export const UNCLEAN_LINE_PATTERNS: readonly RegExp[] = [
  /^\s*at\s/,
  /\[11ty\]/,
  /\bnode:internal\b/,
  /^\s*\w*Error:/,
  /خطای پیش‌بینی‌نشده|unexpected error/,
];

/** The lines of `text` that belong to a stack trace, an Eleventy error block or an unexpected-error report. */
export function uncleanLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => UNCLEAN_LINE_PATTERNS.some((pattern) => pattern.test(line)));
}

/** Asserts that neither stdout nor stderr has a line of a trace or of an unexpected error. */
export function expectCleanOutput(result: { stdout: string; stderr: string }): void {
  expect(uncleanLines(result.stderr), `stderr:\n${result.stderr}`).toEqual([]);
  expect(uncleanLines(result.stdout), `stdout:\n${result.stdout}`).toEqual([]);
}

/** The lines a user reads, without the empty ones. */
export function printedLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter(Boolean);
}
