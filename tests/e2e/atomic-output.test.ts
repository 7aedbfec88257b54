/**
 * A build that fails or is interrupted leaves the previous output complete and untouched; the new output appears
 * only when all of it is done. Chromium that crashes or hangs gets a bounded timeout and one retry, then a clear error.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ketabche, startKetabche } from "../helpers/cli.ts";
import { expectCleanOutput } from "../helpers/clean-output.ts";
import { removeTempDirs, tempDir, writeContentTree } from "../helpers/content-tree.ts";
import { brokenReferences } from "../helpers/site.ts";

const counties = [{ slug: "karaj", name: "کرج" }];
const neighbourhoods = [1, 2, 3].map((i) => ({ slug: `n-${i}`, name: `محله ${i}`, county: "کرج", order: i }));

/** Every file under a folder with its hash: two snapshots are equal only if nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const entry of entries.filter(
    (e) => e.isFile() && !path.join(e.parentPath, e.name).includes(`${path.sep}.cache${path.sep}`),
  )) {
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(dir, file)] = crypto
      .createHash("sha256")
      .update(await fs.readFile(file))
      .digest("hex");
  }
  return result;
}

let content: string;
let output: string;
let before: Record<string, string>;

afterAll(removeTempDirs);

beforeAll(async () => {
  content = await writeContentTree({ counties, neighbourhoods });
  output = await tempDir("ketabche-atomic-");
  const first = await ketabche(["build", "--content", content, "--output", output]);
  expect(first.code, first.stderr).toBe(0);
  before = await snapshot(output);
  expect(Object.keys(before)).toContain("booklet.pdf");
  expect(Object.keys(before)).toContain(path.join("site", "index.html"));
});

async function expectUntouched(): Promise<void> {
  expect(await snapshot(output)).toEqual(before);
  const leftovers = (await fs.readdir(output)).filter((name) => name.startsWith(".staging-"));
  expect(leftovers).toEqual([]);
}

describe("atomic output", () => {
  it("a content error leaves the previous output untouched", async () => {
    const broken = path.join(content, "neighbourhoods", "n-2.md");
    const text = await fs.readFile(broken, "utf8");
    await fs.writeFile(broken, text.replace("population: 1000", "population: بسیار"));
    try {
      const result = await ketabche(["build", "--content", content, "--output", output]);
      expect(result.code).toBe(1);
      expectCleanOutput(result);
      expect(result.stderr).toContain("خروجی پیشین دست‌نخورده ماند");
      await expectUntouched();
    } finally {
      await fs.writeFile(broken, text);
    }
  });

  it("Ctrl-C in the middle of a build leaves the previous output untouched", async () => {
    // A word added, so that the booklet is printed again rather than reused (src/pipeline/booklet-reuse.ts).
    await fs.appendFile(path.join(content, "neighbourhoods", "n-1.md"), "\nیک بند تازه.\n");
    const build = startKetabche(["build", "--content", content, "--output", output]);
    // Interrupt while the first pass writes the site and print pages into the staging folder.
    await build.waitFor(/گذر ۱: ساخت/);
    build.child.kill("SIGINT");
    expect((await build.exited).code).toBe(130);
    expectCleanOutput({ stdout: build.output(), stderr: "" });
    await expectUntouched();
  });

  it("a Chromium that crashes gets one retry, then a clear error, and the previous output stays", async () => {
    const fake = path.join(await tempDir("ketabche-fake-chromium-"), "chromium");
    await fs.writeFile(fake, "#!/bin/sh\necho 'simulated crash' >&2\nexit 3\n", { mode: 0o755 });
    const result = await ketabche(["build", "--content", content, "--output", output], {
      env: { PUPPETEER_EXECUTABLE_PATH: fake },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("یک بار دیگر راه‌اندازی می‌شود");
    expect(result.stderr).toContain("Chromium دو بار پیاپی از کار افتاد یا پاسخ نداد");
    expectCleanOutput(result);
    await expectUntouched();
  });

  it("a Chromium that hangs is stopped after a bounded time, retried once, then reported", async () => {
    const fake = path.join(await tempDir("ketabche-fake-chromium-"), "chromium");
    await fs.writeFile(fake, "#!/bin/sh\nsleep 600\n", { mode: 0o755 });
    const started = Date.now();
    const result = await ketabche(["build", "--content", content, "--output", output], {
      env: { PUPPETEER_EXECUTABLE_PATH: fake, KETABCHE_BROWSER_TIMEOUT_MS: "2000" },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Chromium دو بار پیاپی");
    expectCleanOutput(result);
    // Far below the 600 s the fake browser would sleep: it was stopped, not waited for (not a timing measurement).
    expect(Date.now() - started).toBeLessThan(300_000);
    await expectUntouched();
  });

  it("a successful build replaces the output as a whole, leaving no file of the previous one behind", async () => {
    const page = path.join(content, "pages", "foreword.md");
    const text = await fs.readFile(page, "utf8");
    await fs.rename(page, path.join(content, "pages", "preface.md"));
    try {
      const result = await ketabche(["build", "--content", content, "--output", output]);
      expect(result.code, result.stderr).toBe(0);
      const after = await snapshot(output);
      expect(Object.keys(after).some((f) => f.includes(`pages${path.sep}foreword`))).toBe(false);
      expect(Object.keys(after).some((f) => f.includes(`pages${path.sep}preface`))).toBe(true);
    } finally {
      await fs.rm(path.join(content, "pages", "preface.md"));
      await fs.writeFile(page, text);
    }
  });

  // `ketabche site` after `ketabche build`: the new site folder replaces the old one whole, so it must carry the
  // booklet its pages link to (and number their links by that booklet's plan), or not link to one at all.
  it("a site built after the booklet still resolves every link: no link to a booklet.pdf it lacks", async () => {
    const result = await ketabche(["site", "--content", content, "--output", output]);
    expect(result.code, result.stderr).toBe(0);
    expect(await brokenReferences(path.join(output, "site"), "/")).toEqual([]);
  });
});
