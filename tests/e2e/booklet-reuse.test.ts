/**
 * A build whose inputs have not changed takes the booklet from the cache: the sample, built again right after the
 * shared build (tests/e2e/global-setup.ts) with the same cache, prints nothing and gives the same bytes.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

describe("a booklet whose inputs did not change", () => {
  it("is taken from the cache, byte for byte, without a print pass", async () => {
    const log = inject("sampleRebuildLog");
    expect(log).toMatch(/کتابچه \([۰-۹]+ صفحه\) از ساخت پیش برداشته شد/);
    expect(log).not.toMatch(/گذر [۰-۹]+:/);
    const first = await fs.readFile(path.join(inject("sampleOutput"), "booklet.pdf"));
    const again = await fs.readFile(path.join(inject("sampleRebuildOutput"), "booklet.pdf"));
    expect(Buffer.compare(again, first)).toBe(0);
  });
});
