/**
 * The previous site is deleted by a process of its own (src/pipeline/staging.ts): the build returns with the new
 * site in place and nothing else in the output folder, and the trash empties itself afterwards.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { trashDir, withStagedOutput } from "../../src/pipeline/staging.ts";
import { removeTempDirs, tempDir } from "../helpers/content-tree.ts";

afterAll(removeTempDirs);

async function until(condition: () => Promise<boolean>): Promise<boolean> {
  for (let tries = 0; tries < 200; tries++) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe("the previous site", () => {
  it("leaves the output at once and is deleted in the background", async () => {
    const output = await tempDir();
    const cache = path.join(output, ".cache");
    for (let i = 0; i < 50; i++) {
      await fs.mkdir(path.join(output, "site", `page-${i}`), { recursive: true });
      await fs.writeFile(path.join(output, "site", `page-${i}`, "index.html"), "old");
    }
    await withStagedOutput(
      output,
      async (staged) => {
        await fs.mkdir(staged.siteDir, { recursive: true });
        await fs.writeFile(path.join(staged.siteDir, "index.html"), "new");
      },
      { trashDir: trashDir(cache) },
    );
    expect((await fs.readdir(output)).sort()).toEqual([".cache", "site"]);
    expect(await fs.readdir(path.join(output, "site"))).toEqual(["index.html"]);
    const empty = async () => (await fs.readdir(trashDir(cache))).length === 0;
    expect(await until(empty)).toBe(true);
  });
});
