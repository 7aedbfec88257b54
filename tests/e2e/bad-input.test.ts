/**
 * Bad input gets a clear error and loses nothing: one case per kind of mistake editors make, each naming the file
 * (and, where there is one, the line and the field). Tolerable quirks — a byte-order mark, CRLF line ends — work.
 */
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { loadBooklet } from "../../src/content/load.ts";
import { ContentError, type ContentIssue } from "../../src/content/issues.ts";
import { neighbourhoodFrontMatter, writeContentTree } from "../helpers/content-tree.ts";

const counties = [{ slug: "karaj", name: "کرج" }];
const valid = neighbourhoodFrontMatter({ slug: "a", name: "الف", county: "کرج", order: 1 });
const validFile = `---\n${valid}---\nروایت محله.\n`;

/** A tree with one neighbourhood file "a.md" written as `bytes`, after `prepare` has run on the folder. */
async function load(bytes: string | Buffer, prepare?: (dir: string) => Promise<void>) {
  const dir = await writeContentTree({ counties, neighbourhoods: [] });
  await fs.writeFile(path.join(dir, "neighbourhoods", "a.md"), bytes);
  await prepare?.(dir);
  try {
    return { booklet: await loadBooklet(dir), issues: [] as ContentIssue[] };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { booklet: undefined, issues: error.issues };
  }
}

function expectError(issues: ContentIssue[], expected: { field?: string; en: RegExp; line?: number }) {
  const issue = issues.find(
    (i) => i.severity === "error" && (expected.field === undefined || i.field === expected.field),
  );
  expect(issue, JSON.stringify(issues.map((i) => i.message.en))).toBeDefined();
  expect(issue!.file).toMatch(/a\.md$/);
  expect(issue!.message.en).toMatch(expected.en);
  expect(issue!.message.fa).toMatch(/[\u0600-\u06FF]/);
  if (expected.line) expect(issue!.line).toBe(expected.line);
}

/** A real PNG header that declares `width`×`height`: readers see the size without decoding anything. */
function pngDeclaring(width: number, height: number, body: Buffer): Buffer {
  const ihdr = body.subarray(8, 8 + 25);
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt32BE(zlib.crc32(ihdr.subarray(4, 21)) >>> 0, 21);
  return body;
}

describe("bad input", () => {
  it("invalid YAML", async () => {
    const { issues } = await load(validFile.replace("problems:", "problems: [broken"));
    expectError(issues, { en: /YAML syntax error/ });
  });

  it("wrong types", async () => {
    const { issues } = await load(validFile.replace("population: 1000", "population: [1, 2]"));
    expectError(issues, { field: "population", en: /expected a number/, line: 5 });
  });

  it("missing required fields", async () => {
    const { issues } = await load(validFile.replace(/^cover:\n(?: {2}.*\n)+/m, ""));
    expectError(issues, { field: "cover", en: /required but missing/ });
  });

  it("duplicate order", async () => {
    const { issues } = await load(validFile, (dir) =>
      fs.writeFile(path.join(dir, "neighbourhoods", "b.md"), validFile.replace("name: الف", "name: ب")),
    );
    expect(issues.find((i) => i.field === "order")?.message.en).toMatch(
      /order 1 is already used by neighbourhoods\/a\.md/,
    );
  });

  it("an image that is missing", async () => {
    const { issues } = await load(validFile.replace("images/cover.jpg", "images/none.jpg"));
    expectError(issues, { field: "cover.src", en: /was not found/ });
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

  it("an enormous image (20000×20000 px)", async () => {
    const { issues } = await load(validFile, async (dir) => {
      const small = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#888" } })
        .png()
        .toBuffer();
      await fs.writeFile(path.join(dir, "images", "cover.jpg"), pngDeclaring(20000, 20000, small));
    });
    expectError(issues, { field: "cover.src", en: /too large \(20000×20000 px\)/ });
  });

  it("an image path outside the content folder, directly or through a link", async () => {
    const direct = await load(validFile.replace("images/cover.jpg", "../../../etc/passwd"));
    expectError(direct.issues, { field: "cover.src", en: /inside the content folder/ });
    const linked = await load(validFile, async (dir) => {
      await fs.rm(path.join(dir, "images", "cover.jpg"));
      await fs.symlink("/etc/hostname", path.join(dir, "images", "cover.jpg"));
    });
    expectError(linked.issues, { field: "cover.src", en: /outside the content folder/ });
  });

  it("an empty file", async () => {
    const { issues } = await load("");
    expectError(issues, { field: "name", en: /required but missing/ });
  });

  it("a binary file", async () => {
    const { issues } = await load(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0x00]));
    expectError(issues, { en: /not a text file/ });
  });

  it("a byte-order mark simply works", async () => {
    const { booklet, issues } = await load(`\uFEFF${validFile}`);
    expect(issues).toEqual([]);
    expect(booklet!.neighbourhoods[0]!.name).toBe("الف");
  });

  it("CRLF line endings simply work, and lines are still counted right", async () => {
    const crlf = validFile.replace(/\n/g, "\r\n");
    const { booklet } = await load(crlf);
    expect(booklet!.neighbourhoods[0]!.problems).toEqual(["نبود فضای سبز", "تاریکی معابر"]);
    expect(booklet!.neighbourhoods[0]!.body.trim()).toBe("روایت محله.");
    const broken = await load(crlf.replace("population: 1000", "population: x"));
    expectError(broken.issues, { field: "population", en: /expected a number/, line: 5 });
  });

  it("invalid UTF-8", async () => {
    const { issues } = await load(Buffer.concat([Buffer.from(validFile), Buffer.from([0xc3, 0x28, 0xa0, 0xa1])]));
    expectError(issues, { en: /not UTF-8/ });
  });

  it("an unknown county", async () => {
    const { issues } = await load(validFile.replace("county: کرج", "county: تبریز"));
    expectError(issues, { field: "county", en: /county "تبریز" is not in the counties/, line: 3 });
  });

  it("an impossible Jalali date", async () => {
    const { issues } = await load(validFile.replace("1402-03-15", "1402-02-32"));
    expectError(issues, { field: "actions[1].date", en: /valid Jalali date/ });
  });

  it("a very large file", async () => {
    const { issues } = await load(validFile + "متن بسیار طولانی. ".repeat(80_000));
    expectError(issues, { en: /too large/ });
  });

  it("a file name that is not a valid slug", async () => {
    const { issues } = await load(validFile, (dir) =>
      fs.rename(path.join(dir, "neighbourhoods", "a.md"), path.join(dir, "neighbourhoods", "Kuy Basij.md")),
    );
    expect(issues[0]!.file).toMatch(/Kuy Basij\.md$/);
    expect(issues[0]!.message.en).toMatch(/lowercase Latin letters/);
  });
});
