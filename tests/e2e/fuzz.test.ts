/**
 * Seeded fuzzing through the real command: mutated sample content (tests/helpers/fuzz.ts) either builds into a
 * complete site or stops with a clean content error and leaves the previous site untouched — never an uncaught
 * exception, never a partial output. The loader sees 240 mutations in tests/unit/loader-fuzz.test.ts; here the
 * loader only picks the seeds, so that the few full builds (three in all) go to mutations that pass validation and
 * reach Eleventy, where a fault the loader cannot see would show.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readContentTree } from "../../src/content/load.ts";
import { ketabche } from "../helpers/cli.ts";
import { expectCleanOutput, printedLines } from "../helpers/clean-output.ts";
import { removeTempDirs, tempDir } from "../helpers/content-tree.ts";
import { fuzzTree, mutate } from "../helpers/fuzz.ts";

afterAll(removeTempDirs);

const TARGET = path.join("neighbourhoods", "mir.md");

/** Every file of the built site with its bytes, as one hash: equal only if nothing changed. */
async function fingerprint(siteDir: string): Promise<string> {
  const files = (await fs.readdir(siteDir, { recursive: true })).sort();
  const hash = crypto.createHash("sha256");
  for (const f of files) {
    const full = path.join(siteDir, f);
    if ((await fs.stat(full)).isFile()) hash.update(f).update(await fs.readFile(full));
  }
  return hash.digest("hex");
}

describe("fuzzing sample content through ketabche site", () => {
  it("ends in a complete site or an untouched one: 2 mutations that build, 4 that must not", async () => {
    const dir = await fuzzTree();
    const output = await tempDir("ketabche-fuzz-out-");
    const siteDir = path.join(output, "site");
    const file = path.join(dir, TARGET);
    const original = await fs.readFile(file);

    // Seeds chosen by the loader: the first two whose mutation changes the file and still validates, and the first
    // four it refuses.
    const valid: number[] = [];
    const invalid: number[] = [];
    for (let seed = 1001; valid.length < 2 || invalid.length < 4; seed++) {
      expect(seed, "no seed in 500 gave both outcomes").toBeLessThan(1500);
      const { bytes } = mutate(original, seed);
      if (bytes.equals(original)) continue;
      await fs.writeFile(file, bytes);
      const tree = await readContentTree(dir);
      if (tree.booklet && valid.length < 2) valid.push(seed);
      else if (!tree.booklet && invalid.length < 4) invalid.push(seed);
    }
    await fs.writeFile(file, original);

    const first = await ketabche(["site", "--content", dir, "--output", output]);
    expect(first.code, first.stderr).toBe(0);

    for (const seed of invalid) {
      const before = await fingerprint(siteDir);
      const { applied } = mutate(original, seed);
      await fs.writeFile(file, mutate(original, seed).bytes);
      const result = await ketabche(["site", "--content", dir, "--output", output]);
      const what = `seed ${seed} (${applied.join(", ")})`;
      expect([what, result.code]).toEqual([what, 1]);
      expectCleanOutput(result);
      const lines = printedLines(result.stderr);
      for (const line of lines.slice(0, -1)) expect(line, what).toMatch(/mir\.md(:\d+)?: خطا: /);
      expect(lines.at(-1), what).toMatch(/^[۰-۹]+ خطا در محتوا؛ ساخت متوقف شد و خروجی پیشین دست‌نخورده ماند\.$/);
      expect(await fingerprint(siteDir), what).toBe(before);
    }

    for (const seed of valid) {
      const { bytes, applied } = mutate(original, seed);
      await fs.writeFile(file, bytes);
      const result = await ketabche(["site", "--content", dir, "--output", output]);
      const what = `seed ${seed} (${applied.join(", ")})`;
      expect([what, result.code, result.stderr]).toEqual([what, 0, ""]);
      expectCleanOutput(result);
      await expect(fs.access(path.join(siteDir, "index.html"))).resolves.toBeUndefined();
      await expect(fs.access(path.join(siteDir, "neighbourhoods", "mir", "index.html"))).resolves.toBeUndefined();
    }
    expect((await fs.readdir(output)).filter((n) => n.startsWith(".staging-"))).toEqual([]);
  });
});
