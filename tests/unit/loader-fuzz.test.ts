/**
 * Seeded fuzzing of the loader with real content (tests/helpers/fuzz.ts): 240 mutations of the sample's settings,
 * a front page and four neighbourhoods. Every one must load, or come back as content issues that say in Persian
 * what is wrong — never an exception. (tests/e2e/fuzz.test.ts builds a few of them for real.)
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBooklet, readContentTree } from "../../src/content/load.ts";
import { ContentError } from "../../src/content/issues.ts";
import { removeTempDirs } from "../helpers/content-tree.ts";
import { FUZZ_FILES, fuzzTree, mutate } from "../helpers/fuzz.ts";

afterAll(removeTempDirs);

describe("fuzzing sample content through the loader", () => {
  it("loads or reports clean content issues, 240 seeded mutations", async () => {
    const dir = await fuzzTree();
    const targets = [...FUZZ_FILES.map((n) => `neighbourhoods/${n}.md`), "booklet.yml", "pages/foreword.md"];
    const originals = new Map(
      await Promise.all(targets.map(async (t) => [t, await fs.readFile(path.join(dir, t))] as const)),
    );
    const outcomes = { loaded: 0, contentError: 0 };
    const failedFiles = new Set<string>();
    for (let seed = 1; seed <= 240; seed++) {
      const target = targets[seed % targets.length]!;
      const { bytes, applied } = mutate(originals.get(target)!, seed);
      const what = `seed ${seed} (${target}: ${applied.join(", ")})`;
      await fs.writeFile(path.join(dir, target), bytes);
      try {
        const tree = await readContentTree(dir, { cwd: dir });
        const errors = tree.issues.filter((i) => i.severity === "error");
        if (tree.booklet) {
          expect(errors, what).toEqual([]);
          expect(tree.booklet.neighbourhoods, what).toHaveLength(FUZZ_FILES.length);
          outcomes.loaded++;
        } else {
          expect(errors.length, what).toBeGreaterThan(0);
          for (const issue of tree.issues) {
            expect(issue.message.fa, what).toMatch(/[\u0600-\u06FF]/);
            expect(issue.message.en, what).toMatch(/[a-z]/);
            // Every problem is in the file that was mutated, or (for a broken booklet.yml) follows from it.
            if (target !== "booklet.yml") expect(issue.file, what).toBe(target);
            failedFiles.add(issue.file);
          }
          // loadBooklet throws the same issues as one ContentError (tried on every eighth, to keep the run short).
          if (outcomes.contentError++ % 8 === 0) {
            const thrown = await loadBooklet(dir, { cwd: dir }).catch((e: unknown) => e);
            expect(thrown, what).toBeInstanceOf(ContentError);
            expect((thrown as ContentError).issues, what).toEqual(tree.issues);
          }
        }
      } catch (error) {
        if ((error as Error).name === "AssertionError") throw error;
        throw new Error(`${what} threw ${(error as Error).stack}`, { cause: error });
      } finally {
        await fs.writeFile(path.join(dir, target), originals.get(target)!);
      }
    }
    // Both outcomes occur: the mutations are neither all harmless nor all fatal, and they reach every kind of file.
    expect(outcomes.loaded).toBeGreaterThan(10);
    expect(outcomes.contentError).toBeGreaterThan(100);
    expect(failedFiles).toContain("booklet.yml");
    expect(failedFiles).toContain("pages/foreword.md");
  });
});
