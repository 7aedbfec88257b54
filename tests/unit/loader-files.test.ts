/**
 * Files editors get wrong, read by the loader from small trees: empty, binary, not UTF-8, far too large; photographs
 * that are missing, corrupt, not images, enormous or outside the content folder. Each gets a clear error naming the
 * file; tolerable quirks (a byte-order mark, CRLF line ends) simply work. `check` and `--fix` read through the same
 * guards: a file the loader refuses is reported once and never rewritten.
 */
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { readContentTree } from "../../src/content/load.ts";
import type { ContentIssue } from "../../src/content/issues.ts";
import { checkContent, fixContent } from "../../src/editor/check.ts";
import { neighbourhoodFrontMatter, removeTempDirs, writeContentTree } from "../helpers/content-tree.ts";

afterAll(removeTempDirs);

const counties = [{ slug: "karaj", name: "کرج" }];
const valid = neighbourhoodFrontMatter({ slug: "a", name: "الف", county: "کرج", order: 1 });
const validFile = `---\n${valid}---\nروایت محله.\n`;

/** A tree whose one neighbourhood file "a.md" holds `bytes`, after `prepare` has run on the folder. */
async function load(bytes: string | Buffer, prepare?: (dir: string) => Promise<void>) {
  const dir = await writeContentTree({ counties, neighbourhoods: [] });
  await fs.writeFile(path.join(dir, "neighbourhoods", "a.md"), bytes);
  await prepare?.(dir);
  return { dir, ...(await readContentTree(dir, { cwd: dir })) };
}

function expectError(issues: ContentIssue[], expected: { field?: string; en: RegExp; line?: number }) {
  const errors = issues.filter((i) => i.severity === "error" && i.field === expected.field);
  expect(errors, JSON.stringify(issues.map((i) => `${i.field}: ${i.message.en}`))).toHaveLength(1);
  const issue = errors[0]!;
  expect(issue.file).toBe("neighbourhoods/a.md");
  expect(issue.message.en).toMatch(expected.en);
  expect(issue.message.fa).toMatch(/[\u0600-\u06FF]/);
  if (expected.line) expect(issue.line).toBe(expected.line);
}

/** A real PNG header that declares `width`×`height`: readers see the size without decoding anything. */
function pngDeclaring(width: number, height: number, body: Buffer): Buffer {
  const ihdr = body.subarray(8, 8 + 25);
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt32BE(zlib.crc32(ihdr.subarray(4, 21)) >>> 0, 21);
  return body;
}

describe("files an editor gets wrong", () => {
  it("an empty file: every required field is missing", async () => {
    const { issues, booklet } = await load("");
    expect(booklet).toBeUndefined();
    expectError(issues, { field: "name", en: /required but missing/ });
    expectError(issues, { field: "population", en: /required but missing/ });
  });

  it("a binary file", async () => {
    const { issues } = await load(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0x00]));
    expectError(issues, { en: /not a text file/ });
    expect(issues).toHaveLength(1);
  });

  it("invalid UTF-8", async () => {
    const { issues } = await load(Buffer.concat([Buffer.from(validFile), Buffer.from([0xc3, 0x28, 0xa0, 0xa1])]));
    expectError(issues, { en: /not UTF-8/ });
  });

  it("a very large file is refused without being parsed", async () => {
    const { issues } = await load(validFile + "متن بسیار طولانی. ".repeat(80_000));
    expectError(issues, { en: /too large/ });
    expect(issues).toHaveLength(1);
  });

  it("a byte-order mark simply works", async () => {
    const { booklet, issues } = await load(`\uFEFF${validFile}`);
    expect(issues).toEqual([]);
    expect(booklet!.neighbourhoods[0]!.name).toBe("الف");
  });

  it("CRLF line endings simply work, and lines are still counted right", async () => {
    const crlf = validFile.replace(/\n/g, "\r\n");
    const { booklet, issues } = await load(crlf);
    expect(issues).toEqual([]);
    expect(booklet!.neighbourhoods[0]!.problems).toEqual(["نبود فضای سبز", "تاریکی معابر"]);
    expect(booklet!.neighbourhoods[0]!.body.trim()).toBe("روایت محله.");
    const broken = await load(crlf.replace("population: 1000", "population: x"));
    expectError(broken.issues, { field: "population", en: /expected a number/, line: 5 });
  });
});

describe("photographs an editor gets wrong", () => {
  it("an image that is missing", async () => {
    const { issues } = await load(validFile.replace("images/cover.jpg", "images/none.jpg"));
    expectError(issues, { field: "cover.src", en: /image "images\/none\.jpg" was not found/ });
  });

  it("an image that is corrupt", async () => {
    const { issues } = await load(validFile, async (dir) => {
      const good = await fs.readFile(path.join(dir, "images", "cover.jpg"));
      await fs.writeFile(
        path.join(dir, "images", "cover.jpg"),
        Buffer.concat([good.subarray(0, 2), Buffer.alloc(200, 7)]),
      );
    });
    expectError(issues, { field: "cover.src", en: /not a readable image/ });
  });

  it("an image that is not an image", async () => {
    const { issues } = await load(validFile, (dir) =>
      fs.writeFile(path.join(dir, "images", "cover.jpg"), "این یک متن است، نه عکس."),
    );
    expectError(issues, { field: "cover.src", en: /not a readable image/ });
  });

  it("an enormous image (20000×20000 px) is refused from its header alone", async () => {
    const { issues } = await load(validFile, async (dir) => {
      const small = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#888" } })
        .png()
        .toBuffer();
      await fs.writeFile(path.join(dir, "images", "cover.jpg"), pngDeclaring(20000, 20000, small));
    });
    expectError(issues, { field: "cover.src", en: /too large \(20000×20000 px\)/ });
  });

  it("an image path outside the content folder, directly or through a link", async () => {
    const direct = await load(
      validFile.replace("images/cover.jpg", "../../../etc/passwd").replace("images/gallery.jpg", "../../etc/passwd"),
    );
    expectError(direct.issues, { field: "cover.src", en: /inside the content folder/ });
    expectError(direct.issues, { field: "gallery[1].src", en: /inside the content folder/ });
    const linked = await load(validFile, async (dir) => {
      await fs.rm(path.join(dir, "images", "cover.jpg"));
      await fs.symlink("/etc/hostname", path.join(dir, "images", "cover.jpg"));
    });
    expectError(linked.issues, { field: "cover.src", en: /outside the content folder/ });
  });
});

describe("check and --fix read through the loader's guards", () => {
  it("a file the loader refuses is one error for check, no flood of warnings, and --fix leaves it alone", async () => {
    // Arabic letters and Latin digits on every line: were it read, the typography check would warn on each.
    const huge = validFile + "اين 12 كلمه است, آيا؟\n\n".repeat(60_000);
    const { dir } = await load(huge);
    const { issues } = await checkContent(dir, { cwd: dir });
    expect(issues.filter((i) => i.file === "neighbourhoods/a.md").map((i) => i.message.en)).toEqual([
      expect.stringMatching(/too large/),
    ]);
    expect(await fixContent(dir, { cwd: dir })).toEqual([]);
    expect(await fs.readFile(path.join(dir, "neighbourhoods", "a.md"), "utf8")).toBe(huge);
  });

  it("--fix corrects a file the loader reads, and names it as the user would open it", async () => {
    const { dir } = await load(validFile.replace("روایت محله.", "روايت محله 12."));
    const fixed = await fixContent(dir, { cwd: dir });
    expect(fixed).toEqual([{ file: "neighbourhoods/a.md", lines: [expect.any(Number)] }]);
    expect(await fs.readFile(path.join(dir, "neighbourhoods", "a.md"), "utf8")).toContain("روایت محله ۱۲.");
    expect(await fixContent(dir, { cwd: dir })).toEqual([]);
  });
});
