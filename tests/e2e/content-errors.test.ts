import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBooklet } from "../../src/content/load.ts";
import { ContentError, formatIssue, type ContentIssue } from "../../src/content/issues.ts";
import { neighbourhoodFrontMatter, writeContentTree } from "../helpers/content-tree.ts";
import { ketabche } from "../helpers/cli.ts";

const counties = [
  { slug: "karaj", name: "کرج" },
  { slug: "taleghan", name: "طالقان" },
];

async function issuesFor(frontMatter: string, slug = "bad"): Promise<ContentIssue[]> {
  const dir = await writeContentTree({ counties, neighbourhoods: [{ slug, name: "x", county: "کرج", frontMatter }] });
  try {
    await loadBooklet(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
  throw new Error("expected a content error");
}

const valid = neighbourhoodFrontMatter({ slug: "ok", name: "محله", county: "کرج" });
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 2; // +1 for 1-based, +1 for the opening ---

describe("content errors name the file, the line and the field, and say what was expected", () => {
  it("a wrong type", async () => {
    const front = valid.replace("population: 1000", "population: many");
    const [issue] = await issuesFor(front);
    expect(issue).toMatchObject({ severity: "error", field: "population", line: lineOf(front, "population:") });
    expect(issue!.file).toMatch(/neighbourhoods[/\\]bad\.md$/);
    expect(issue!.message.fa).toContain("عدد");
    expect(issue!.message.en).toContain('expected a number (found: "many")');
  });

  it("a missing required field points at the file and names the field", async () => {
    const front = valid.replace(/^name: .*\n/m, "");
    const [issue] = await issuesFor(front);
    expect(issue).toMatchObject({ field: "name" });
    expect(issue!.message.en).toBe("this field is required but missing.");
  });

  it("an impossible Jalali date inside a list item", async () => {
    const front = valid.replace("1402-03-15", "1402-07-31");
    const [issue] = await issuesFor(front);
    expect(issue).toMatchObject({ field: "actions[1].date", line: lineOf(front, "date:") });
    expect(issue!.message.en).toContain("a valid Jalali date like 1403-05-12");
  });

  it("an unknown status lists the allowed ones", async () => {
    const [issue] = await issuesFor(valid.replace("status: done", "status: finished"));
    expect(issue!.field).toBe("actions[1].status");
    expect(issue!.message.en).toContain("done, ongoing, planned");
  });

  it("an unknown county lists the configured ones", async () => {
    const front = valid.replace("county: کرج", "county: تهران");
    const [issue] = await issuesFor(front);
    expect(issue).toMatchObject({ field: "county", line: lineOf(front, "county:") });
    expect(issue!.message.fa).toContain("کرج، طالقان");
  });

  it("more trained than members", async () => {
    const [issue] = await issuesFor(valid.replace("trained: 5", "trained: 50"));
    expect(issue!.field).toBe("network.trained");
  });

  it("a missing image and an image outside the content folder", async () => {
    const issues = await issuesFor(
      valid.replace("images/cover.jpg", "images/nope.jpg").replace("images/gallery.jpg", "../../etc/passwd"),
    );
    expect(issues.map((i) => i.field).sort()).toEqual(["cover.src", "gallery[1].src"]);
    expect(issues.find((i) => i.field === "cover.src")!.message.en).toContain("was not found");
    expect(issues.find((i) => i.field === "gallery[1].src")!.message.en).toContain("inside the content folder");
  });

  it("invalid YAML gives the line of the syntax error", async () => {
    const front = valid.replace("problems:", "problems: [unclosed");
    const [issue] = await issuesFor(front);
    expect(issue!.message.en).toContain("YAML syntax error");
    expect(issue!.line).toBeGreaterThanOrEqual(lineOf(front, "problems:"));
  });

  it("a file name that is not a valid slug", async () => {
    const issues = await issuesFor(valid, "Bad_Name");
    expect(issues[0]!.message.en).toContain("lowercase Latin letters");
  });

  it("collects every problem in every file in one run", async () => {
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "one", name: "یک", county: "کرج", frontMatter: valid.replace("population: 1000", "population: -1") },
        {
          slug: "two",
          name: "دو",
          county: "کرج",
          frontMatter: valid.replace("status: done", "status: x").replace("county: کرج", "county: قم"),
        },
      ],
    });
    const error = await loadBooklet(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const issues = (error as ContentError).issues;
    expect(issues.map((i) => `${path.basename(i.file)} ${i.field}`)).toEqual([
      "one.md population",
      "two.md actions[1].status",
      "two.md county",
    ]);
    expect(formatIssue(issues[0]!, "fa")).toMatch(/one\.md:\d+: خطا: فیلد population:/);
  });

  it("duplicate order numbers", async () => {
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "one", name: "یک", county: "کرج", order: 3 },
        { slug: "two", name: "دو", county: "کرج", order: 3 },
      ],
    });
    const error = (await loadBooklet(dir).catch((e: unknown) => e)) as ContentError;
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ field: "order" });
    expect(error.issues[0]!.message.en).toContain("one.md");
  });

  it("the CLI stops with a non-zero exit, the message and no stack trace", async () => {
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "bad", name: "x", county: "کرج", frontMatter: valid.replace("1402-03-15", "1402-13-01") },
      ],
    });
    const out = path.join(dir, "out");
    const result = await ketabche(["site", "--content", dir, "--output", out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/bad\.md:\d+: خطا: فیلد actions\[1\]\.date: باید تاریخ شمسی معتبر/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await expect(fs.access(path.join(out, "site", "index.html"))).rejects.toThrow();
  });
});
