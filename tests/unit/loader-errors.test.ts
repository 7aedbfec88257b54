/**
 * Content errors, read by the loader straight from small trees (no build, no command): each names the file (relative
 * to the working folder when inside it, in full otherwise), the line and the field, and says in Persian and in
 * English what was expected. Every problem in every file comes out of one run.
 */
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBooklet, readContentTree } from "../../src/content/load.ts";
import { ContentError, formatIssue, type ContentIssue } from "../../src/content/issues.ts";
import { neighbourhoodFrontMatter, removeTempDirs, tempDir, writeContentTree } from "../helpers/content-tree.ts";

afterAll(removeTempDirs);

const counties = [
  { slug: "karaj", name: "کرج" },
  { slug: "taleghan", name: "طالقان" },
];
const valid = neighbourhoodFrontMatter({ slug: "a", name: "الف", county: "کرج", order: 1 });

/** 1-based line of the first line containing `needle` in a file written as `---\n${front}---\n…`. */
const lineOf = (front: string, needle: string) => front.split("\n").findIndex((l) => l.includes(needle)) + 2;

/** The issues of a tree with one neighbourhood file `<slug>.md` holding `front`, read from inside the tree. */
async function issuesFor(front: string, slug = "a"): Promise<ContentIssue[]> {
  const dir = await writeContentTree({
    counties,
    neighbourhoods: [{ slug, name: "x", county: "کرج", frontMatter: front }],
  });
  const tree = await readContentTree(dir, { cwd: dir });
  expect(tree.booklet).toBeUndefined();
  return tree.issues;
}

/** The one error about `field`, checked for what every error must have: the file, a Persian and an English text. */
function errorAbout(issues: ContentIssue[], field: string | undefined, file = "neighbourhoods/a.md"): ContentIssue {
  const found = issues.filter((i) => i.severity === "error" && i.field === field);
  expect(found, JSON.stringify(issues.map((i) => `${i.field}: ${i.message.en}`))).toHaveLength(1);
  const issue = found[0]!;
  expect(issue.file).toBe(file);
  expect(issue.message.fa).toMatch(/[\u0600-\u06FF]/);
  expect(issue.message.en).toMatch(/[a-z]/);
  return issue;
}

describe("content errors name the file, the line and the field, and say what was expected", () => {
  it("a wrong type: a word or a list where a number belongs", async () => {
    const word = valid.replace("population: 1000", "population: many");
    const issue = errorAbout(await issuesFor(word), "population");
    expect(issue.line).toBe(lineOf(word, "population:"));
    expect(issue.line).toBe(5); // name, county, order, population: counted by hand
    expect(issue.message.fa).toContain("باید عدد باشد");
    expect(issue.message.en).toBe('expected a number (found: "many").');
    const list = errorAbout(await issuesFor(valid.replace("population: 1000", "population: [1, 2]")), "population");
    expect(list.message.en).toMatch(/^expected a number/);
  });

  it("a missing required field, at the top or nested", async () => {
    const noName = errorAbout(await issuesFor(valid.replace(/^name: .*\n/m, "")), "name");
    expect(noName.message.en).toBe("this field is required but missing.");
    expect(noName.message.fa).toBe("این فیلد لازم است و نوشته نشده است.");
    const noCover = errorAbout(await issuesFor(valid.replace(/^cover:\n(?: {2}.*\n)+/m, "")), "cover");
    expect(noCover.message.en).toMatch(/required but missing/);
    const noMembers = errorAbout(await issuesFor(valid.replace(/^ {2}members: .*\n/m, "")), "network.members");
    expect(noMembers.message.en).toMatch(/required but missing/);
  });

  it("an impossible Jalali date inside a list item (Mehr has 30 days, no month has 32)", async () => {
    for (const date of ["1402-07-31", "1402-02-32", "1402-13-01"]) {
      const front = valid.replace("1402-03-15", date);
      const issue = errorAbout(await issuesFor(front), "actions[1].date");
      expect([date, issue.line]).toEqual([date, lineOf(front, "date:")]);
      expect(issue.message.en).toContain("a valid Jalali date like 1403-05-12");
      expect(issue.message.fa).toContain("تاریخ شمسی معتبر");
    }
  });

  it("an unknown status lists the allowed ones", async () => {
    const issue = errorAbout(await issuesFor(valid.replace("status: done", "status: finished")), "actions[1].status");
    expect(issue.message.en).toContain("done, ongoing, planned");
    expect(issue.message.en).toContain('(found: "finished")');
  });

  it("an unknown county lists the configured ones, in both languages", async () => {
    const front = valid.replace("county: کرج", "county: تبریز");
    const issue = errorAbout(await issuesFor(front), "county");
    expect(issue.line).toBe(3);
    expect(issue.message.fa).toContain("کرج، طالقان");
    expect(issue.message.en).toMatch(
      /county "تبریز" is not in the counties of booklet\.yml; write one of: کرج, طالقان/,
    );
  });

  it("a county may be written by its slug", async () => {
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [{ slug: "a", name: "الف", county: "taleghan" }],
    });
    const tree = await readContentTree(dir);
    expect(tree.issues).toEqual([]);
    expect(tree.booklet!.neighbourhoods[0]).toMatchObject({ countySlug: "taleghan", countyName: "طالقان" });
  });

  it("more trained than members", async () => {
    const issue = errorAbout(await issuesFor(valid.replace("trained: 5", "trained: 50")), "network.trained");
    expect(issue.message.en).toMatch(/trained.*more.*members/);
  });

  it("invalid YAML gives the line of the syntax error", async () => {
    const front = valid.replace("problems:", "problems: [unclosed");
    const issue = errorAbout(await issuesFor(front), undefined);
    expect(issue.message.en).toMatch(/^YAML syntax error/);
    expect(issue.message.fa).toMatch(/^خطای نگارش YAML/);
    expect(issue.line).toBeGreaterThanOrEqual(lineOf(front, "problems:"));
  });

  it("a file name that is not a valid slug", async () => {
    for (const slug of ["Bad_Name", "Kuy Basij"]) {
      const issues = await issuesFor(valid, slug);
      const issue = errorAbout(issues, undefined, `neighbourhoods/${slug}.md`);
      expect(issue.message.en).toContain("lowercase Latin letters");
    }
  });

  it("duplicate order numbers name the file that has it first", async () => {
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "one", name: "یک", county: "کرج", order: 3 },
        { slug: "two", name: "دو", county: "کرج", order: 3 },
      ],
    });
    const { issues } = await readContentTree(dir, { cwd: dir });
    const issue = errorAbout(issues, "order", "neighbourhoods/two.md");
    expect(issue.message.en).toBe(
      "order 3 is already used by neighbourhoods/one.md; each neighbourhood needs its own.",
    );
    expect(issues).toHaveLength(1);
  });

  it("collects every problem in every file in one run, in file order", async () => {
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "one", name: "یک", county: "کرج", frontMatter: valid.replace("population: 1000", "population: -1") },
        {
          slug: "two",
          name: "دو",
          county: "کرج",
          frontMatter: valid
            .replace("order: 1", "order: 2")
            .replace("status: done", "status: x")
            .replace("county: کرج", "county: قم"),
        },
      ],
    });
    const { issues } = await readContentTree(dir, { cwd: dir });
    expect(issues.map((i) => `${i.file} ${i.field}`)).toEqual([
      "neighbourhoods/one.md population",
      "neighbourhoods/two.md actions[1].status",
      "neighbourhoods/two.md county",
    ]);
    expect(formatIssue(issues[0]!, "fa")).toBe(
      `neighbourhoods/one.md:${lineOf(valid, "population:")}: خطا: فیلد population: نباید کمتر از ۰ باشد (نوشته شده: «-1»).`,
    );
    expect(formatIssue(issues[0]!, "en")).toMatch(
      /^neighbourhoods\/one\.md:5: error: field population: must be at least 0/,
    );
  });
});

describe("readContentTree and loadBooklet", () => {
  it("readContentTree returns the problems; loadBooklet throws them as one ContentError", async () => {
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "a", name: "x", county: "کرج", frontMatter: valid.replace("trained: 5", "trained: 50") },
      ],
    });
    const tree = await readContentTree(dir, { cwd: dir });
    expect(tree.booklet).toBeUndefined();
    expect(tree.files.map((f) => f.relative).sort()).toEqual([
      "booklet.yml",
      "neighbourhoods/a.md",
      "pages/foreword.md",
    ]);
    const error = await loadBooklet(dir, { cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).issues).toEqual(tree.issues);
    expect((error as ContentError).message).toBe("1 content error(s)");
  });

  it("shows paths relative to the working folder inside it, and in full outside it", async () => {
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "a", name: "x", county: "کرج", frontMatter: valid.replace("county: کرج", "county: قم") },
      ],
    });
    const inside = await readContentTree(dir, { cwd: path.dirname(dir) });
    expect(inside.issues[0]!.file).toBe(path.join(path.basename(dir), "neighbourhoods", "a.md"));
    const elsewhere = await tempDir("ketabche-cwd-");
    const outside = await readContentTree(dir, { cwd: elsewhere });
    expect(outside.issues[0]!.file).toBe(path.join(dir, "neighbourhoods", "a.md"));
    expect(path.isAbsolute(outside.issues[0]!.file)).toBe(true);
  });

  it("a valid tree loads with no issue at all", async () => {
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "a", name: "الف", county: "کرج", order: 2 },
        { slug: "b", name: "ب", county: "طالقان" },
      ],
    });
    const tree = await readContentTree(dir);
    expect(tree.issues).toEqual([]);
    expect(tree.booklet!.neighbourhoods.map((n) => n.slug)).toEqual(["a", "b"]);
  });
});
