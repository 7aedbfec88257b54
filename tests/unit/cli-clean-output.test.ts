/**
 * The no-stack-trace check that every bad-input test uses (tests/helpers/clean-output.ts), tried on the output that
 * issue 12 reported — Eleventy's error block before the Persian message — and on clean output.
 */
import { describe, expect, it } from "vitest";
import { expectCleanOutput, uncleanLines } from "../helpers/clean-output.ts";

/** What `ketabche site` printed for a missing `name` before content was validated ahead of Eleventy (issue 12). */
const ISSUE_12_OUTPUT = [
  "[11ty] Problem writing Eleventy templates:",
  "[11ty] 1 content error(s) (via ContentError)",
  "[11ty]",
  "[11ty] Original error stack trace: ContentError: 1 content error(s)",
  "[11ty]     at loadBooklet (/work/scripts/content/load.ts:248:77)",
  "[11ty]     at async TemplateDataInitialGlobalData.getData (/work/node_modules/@11ty/eleventy/src/Data/x.js:29:20)",
  "[11ty] Wrote 0 files in 6.04 seconds (v3.1.8)",
  "/work/content/neighbourhoods/aghasht.md:2: خطا: فیلد name: این فیلد لازم است و نوشته نشده است.",
].join("\n");

const CLEAN_FA = [
  "content/neighbourhoods/aghasht.md:2: خطا: فیلد name: این فیلد لازم است و نوشته نشده است.",
  "",
  "۱ خطا در محتوا؛ ساخت متوقف شد و خروجی پیشین دست‌نخورده ماند.",
].join("\n");

const CLEAN_EN = [
  "content/neighbourhoods/aghasht.md:2: error: field name: this field is required but missing.",
  "",
  "1 content error(s); the build stopped and the previous output is untouched.",
].join("\n");

describe("expectCleanOutput", () => {
  it("fails on Eleventy's error block, although none of its lines starts with `at`", () => {
    expect(() => expectCleanOutput({ stdout: "", stderr: ISSUE_12_OUTPUT })).toThrow();
    expect(uncleanLines("[11ty] Problem writing Eleventy templates:")).toHaveLength(1);
    // The old check (a line starting with white space and `at`) let all of it through.
    expect(ISSUE_12_OUTPUT).not.toMatch(/\n\s+at /);
  });

  it("finds a trace however it is prefixed, in stdout as in stderr", () => {
    const traces = [
      "    at Object.<anonymous> (/work/src/cli/main.ts:12:3)",
      "at async Promise.all (index 0)",
      "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
      "TypeError: Cannot read properties of undefined (reading 'slug')",
      "  ContentError: 1 content error(s)",
      "Error: ENOENT: no such file or directory",
      "خطای پیش‌بینی‌نشده (اشکال در خود ketabche): boom",
      "unexpected error (a fault in ketabche itself): boom",
    ];
    for (const trace of traces) {
      expect(uncleanLines(`a clean line\n${trace}\n`), trace).toEqual([trace]);
      expect(() => expectCleanOutput({ stdout: trace, stderr: "" }), trace).toThrow();
    }
  });

  it("passes the clean message and summary, in Persian and in English", () => {
    expect(() => expectCleanOutput({ stdout: "", stderr: CLEAN_FA })).not.toThrow();
    expect(() => expectCleanOutput({ stdout: "", stderr: CLEAN_EN })).not.toThrow();
    // Words that merely contain "at" or "error" are not traces.
    expect(uncleanLines("gathering data\nerror: field x\n3 error(s), 0 warning(s).")).toEqual([]);
  });
});
