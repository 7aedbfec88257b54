/**
 * The editors' tools: `check` reports every problem in one run, `check --fix` corrects Persian typography and
 * nothing else, `new` scaffolds a neighbourhood.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import MarkdownIt from "markdown-it";
import { ketabche } from "../helpers/cli.ts";
import { expectCleanOutput } from "../helpers/clean-output.ts";
import { copySample, neighbourhoodFrontMatter, removeTempDirs, writeContentTree } from "../helpers/content-tree.ts";
import { neighbourhoodSchema } from "../../src/content/schema.ts";
import { parseMarkdownFile, parseYamlFile } from "../../src/content/front-matter.ts";
import { typeset } from "../../src/typography/persian.ts";

const counties = [{ slug: "karaj", name: "کرج" }];

afterAll(removeTempDirs);

describe("ketabche check", () => {
  it("reports every error in every file in one run, in Persian, and exits non-zero", async () => {
    const valid = neighbourhoodFrontMatter({ slug: "a", name: "الف", county: "کرج" });
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "a", name: "الف", county: "کرج", frontMatter: valid.replace("population: 1000", "population: زیاد") },
        {
          slug: "b",
          name: "ب",
          county: "کرج",
          frontMatter: valid.replace("1402-03-15", "1402-12-30").replace("county: کرج", "county: قم"),
        },
      ],
    });
    const result = await ketabche(["check", "--content", dir]);
    expect(result.code).toBe(1);
    expectCleanOutput(result);
    expect(result.stdout).toMatch(/a\.md:\d+: خطا: فیلد population: باید عدد باشد/);
    expect(result.stdout).toMatch(/b\.md:\d+: خطا: فیلد actions\[1\]\.date: باید تاریخ شمسی معتبر/);
    expect(result.stdout).toMatch(/b\.md:\d+: خطا: فیلد county: شهرستان «قم»/);
    expect(result.stdout).toContain("۳ خطا");
    const english = await ketabche(["check", "--content", dir, "--lang", "en"]);
    expect(english.code).toBe(1);
    expectCleanOutput(english);
    expect(english.stdout).toMatch(/a\.md:\d+: error: field population: expected a number \(found: "زیاد"\)\./);
    expect(english.stdout).toContain("3 error(s)");
  });

  it("warns, without failing, about typos in keys, long titles, typography and low-resolution photographs", async () => {
    const valid = neighbourhoodFrontMatter({ slug: "a", name: "الف", county: "کرج" });
    const front = valid
      .replace("network:", "netwrok_note: x\nnetwork:")
      .replace("name: الف", "name: محله‌ای با نامی بسیار بسیار بلند که در سرصفحه جا نمی‌شود");
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "a", name: "الف", county: "کرج", frontMatter: front, body: "اين متن 12 رقم دارد, آيا؟" },
      ],
    });
    await fs.writeFile(
      path.join(dir, "neighbourhoods", "b.md"),
      `---\n${valid.replace("network:", "netwrok:\n  name: x\nnetwork:")}---\nمتن\n`,
    );
    const result = await ketabche(["check", "--content", dir]);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(
      /b\.md:\d+: هشدار: فیلد netwrok: کلید «netwrok» شناخته نیست؛ شاید منظور «network» است؟/,
    );
    expect(result.stdout).toMatch(/a\.md:\d+: هشدار: فیلد netwrok_note: کلید «netwrok_note» شناخته نیست/);
    expect(result.stdout).toMatch(/a\.md:2: هشدار: فیلد name: این عنوان [۰-۹]+ نویسه دارد/);
    expect(result.stdout).toMatch(/a\.md:\d+: هشدار: نگارش فارسی: حروف عربی \(ي، ك\)، رقم لاتین، نشانه‌های لاتین/);
    // The test tree's cover is 1200 px wide: about 260 dpi across an A5 text block.
    expect(result.stdout).toMatch(
      /هشدار: فیلد cover\.src: تصویر «images\/cover\.jpg» در کتابچه با [۰-۹]+ نقطه در اینچ چاپ می‌شود/,
    );
  });
});

/** The structure of a Markdown document with every piece of text blanked out: what --fix must never change. */
function structure(body: string): unknown {
  const tokens = new MarkdownIt().parse(body, {});
  const strip = (t: ReturnType<MarkdownIt["parse"]>[number]): unknown => ({
    type: t.type,
    tag: t.tag,
    markup: t.markup,
    info: t.info,
    attrs: t.attrs?.filter(([name]) => name !== "alt"),
    map: t.map,
    code: t.type === "code_inline" || t.type === "fence" || t.type === "code_block" ? t.content : undefined,
    children: t.children?.map(strip),
  });
  return tokens.map(strip);
}

describe("ketabche check --fix", () => {
  it("corrects typography in the sample and changes nothing else; a second run changes nothing", async () => {
    // Check and fix read only the photographs' sizes: stand-ins keep the copy small.
    const dir = await copySample("stand-ins");
    const names = await fs.readdir(path.join(dir, "neighbourhoods"));
    const before = new Map(
      await Promise.all(
        names.map(async (n) => [n, await fs.readFile(path.join(dir, "neighbourhoods", n), "utf8")] as const),
      ),
    );
    const settingsBefore = await fs.readFile(path.join(dir, "booklet.yml"), "utf8");

    const first = await ketabche(["check", "--fix", "--content", dir]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/درست شد: .*kuy-basij\.md — [۰-۹]+ سطر/);
    expect(first.stdout).not.toContain("هشدار: نگارش فارسی");

    expect((await fs.readdir(path.join(dir, "neighbourhoods"))).sort()).toEqual(names.sort());
    expect(await fs.readFile(path.join(dir, "booklet.yml"), "utf8")).toBe(settingsBefore);
    let changedFiles = 0;
    for (const name of names) {
      const old = before.get(name)!;
      const now = await fs.readFile(path.join(dir, "neighbourhoods", name), "utf8");
      if (old !== now) changedFiles++;
      const a = parseMarkdownFile(old);
      const b = parseMarkdownFile(now);
      // Same keys, same non-prose values, and prose values exactly as the build would have shown them.
      expect(neighbourhoodSchema.parse(b.data), name).toEqual(neighbourhoodSchema.parse(a.data));
      expect(JSON.stringify(Object.keys(a.data as object))).toBe(JSON.stringify(Object.keys(b.data as object)));
      expect(structure(b.body), name).toEqual(structure(a.body));
      expect(old.split("\n").length).toBe(now.split("\n").length);
      const urls = (text: string) => text.match(/\]\([^)]*\)|`[^`]*`|https?:\/\/\S+/g) ?? [];
      expect(urls(now)).toEqual(urls(old));
    }
    expect(changedFiles).toBeGreaterThanOrEqual(6);

    const second = await ketabche(["check", "--fix", "--content", dir]);
    expect(second.stdout).toContain("نگارش ۰ فایل درست شد");
  });

  it("keeps Markdown syntax, code and link targets byte for byte while fixing the words around them", async () => {
    const front = neighbourhoodFrontMatter({ slug: "a", name: "الف", county: "کرج" });
    const body = [
      "## عنوان 2",
      "",
      "1. مورد اول, با [پيوند 3](https://example.org/a_1?b=2) و `npm run build 2`",
      "2. مورد دوم",
      "",
      "| سال | تعداد |",
      "|---|---|",
      "| 1402 | 12 |",
      "",
      "```",
      "كد 1, 2",
      "```",
      "",
    ].join("\n");
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [{ slug: "a", name: "الف", county: "کرج", frontMatter: front, body }],
    });
    await ketabche(["check", "--fix", "--content", dir]);
    const fixed = parseMarkdownFile(await fs.readFile(path.join(dir, "neighbourhoods", "a.md"), "utf8")).body;
    expect(fixed).toBe(
      [
        "## عنوان ۲",
        "",
        "1. مورد اول، با [پیوند ۳](https://example.org/a_1?b=2) و `npm run build 2`",
        "2. مورد دوم",
        "",
        "| سال | تعداد |",
        "|---|---|",
        "| ۱۴۰۲ | ۱۲ |",
        "",
        "```",
        "كد 1, 2",
        "```",
        "",
        "",
      ].join("\n"),
    );
  });

  it("fixes prose in the front matter but never paths, dates or statuses", async () => {
    const front = neighbourhoodFrontMatter({ slug: "a", name: "الف", county: "کرج" }).replace(
      "نبود فضای سبز",
      "نبود فضاي سبز در 2 كوچه",
    );
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [{ slug: "a", name: "الف", county: "کرج", frontMatter: front }],
    });
    await ketabche(["check", "--fix", "--content", dir]);
    const data = parseYamlFile((await fs.readFile(path.join(dir, "neighbourhoods", "a.md"), "utf8")).split("---")[1]!)
      .data as Record<string, unknown>;
    expect((data.problems as string[])[0]).toBe(typeset("نبود فضاي سبز در 2 كوچه"));
    expect((data.actions as { date: string; status: string }[])[0]).toMatchObject({
      date: "1402-03-15",
      status: "done",
    });
    expect((data.cover as { src: string }).src).toBe("images/cover.jpg");
  });
});

describe("ketabche new", () => {
  it("scaffolds a neighbourhood with every field, explained in Persian comments", async () => {
    const dir = await writeContentTree({ counties, neighbourhoods: [] });
    const result = await ketabche(["new", "kuy-nou", "--content", dir]);
    expect(result.code, result.stderr).toBe(0);
    const text = await fs.readFile(path.join(dir, "neighbourhoods", "kuy-nou.md"), "utf8");
    const data = YAML.parse(text.split("---")[1]!) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(Object.keys(neighbourhoodSchema.shape).sort());
    const comments = text.split("\n").filter((l) => l.trim().startsWith("#"));
    expect(comments.length).toBeGreaterThanOrEqual(10);
    for (const comment of comments) expect(comment).toMatch(/[\u0600-\u06FF]/);
    // Every field is valid as scaffolded except the photographs, which the editor must add.
    const check = await ketabche(["check", "--content", dir]);
    expectCleanOutput(check);
    expect(check.stdout.match(/خطا:/g)).toHaveLength(2);
    expect(check.stdout).toContain("فیلد cover.src");
  });

  it("refuses a slug that exists or is not valid, and overwrites nothing", async () => {
    const dir = await writeContentTree({ counties, neighbourhoods: [{ slug: "hast", name: "هست", county: "کرج" }] });
    const before = await fs.readFile(path.join(dir, "neighbourhoods", "hast.md"), "utf8");
    const exists = await ketabche(["new", "hast", "--content", dir]);
    expect(exists.code).toBe(1);
    expectCleanOutput(exists);
    expect(exists.stderr).toContain("پیش‌تر ساخته شده است");
    expect(await fs.readFile(path.join(dir, "neighbourhoods", "hast.md"), "utf8")).toBe(before);
    const names = ["Kuy_Nou", "کوی-نو", "a-", "a--b", ""];
    const results = await Promise.all(names.map((bad) => ketabche(["new", bad, "--content", dir])));
    for (const [i, bad] of names.entries()) {
      const result = results[i]!;
      expect([bad, result.code]).toEqual([bad, 1]);
      expectCleanOutput(result);
      expect(result.stderr).toContain("پذیرفته نیست");
    }
  });
});
