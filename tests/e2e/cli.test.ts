/**
 * The command line as a new user meets it (bin/ketabche.js, spawned): help in Persian and in English, usage errors
 * that say what was mistyped and what was meant (exit 2, stderr, never "unexpected"), options that belong to their
 * command, `new` that refuses to overwrite; a content error in a build, said cleanly in Persian or English (issue
 * 12). Nothing here gets as far as Eleventy. `ketabche serve` and its signals are in cli-serve.test.ts.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ketabche, type CliResult } from "../helpers/cli.ts";
import { expectCleanOutput, printedLines } from "../helpers/clean-output.ts";
import {
  copySample,
  neighbourhoodFrontMatter,
  removeTempDirs,
  tempDir,
  writeContentTree,
} from "../helpers/content-tree.ts";

afterAll(removeTempDirs);

const COMMANDS = ["build", "site", "pdf", "check", "new", "serve", "exhibit"];

/** A usage error: exit 2, nothing on stdout, the message and the way to help on stderr, and nothing else. */
function expectUsageError(result: CliResult, message: RegExp | string, help: string): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe("");
  expectCleanOutput(result);
  const lines = printedLines(result.stderr);
  expect(lines).toHaveLength(2);
  if (typeof message === "string") expect(lines[0]).toBe(message);
  else expect(lines[0]).toMatch(message);
  expect(lines[1]).toBe(help);
}

describe("help", () => {
  it("--help is in Persian by default and lists every command", async () => {
    const result = await ketabche(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^کاربرد: ketabche <فرمان> \[گزینه‌ها\]/);
    for (const command of COMMANDS)
      expect(result.stdout).toMatch(new RegExp(`^ {2}${command} +[\\u0600-\\u06FF]`, "m"));
    expect(result.stdout).toContain("راهنمای هر فرمان: ketabche help <فرمان>");
    expect(result.stdout).not.toMatch(/Usage|Options|Commands/);
  });

  it("--lang en --help, and an English locale, are in English", async () => {
    const flag = await ketabche(["--lang", "en", "--help"]);
    expect(flag.code).toBe(0);
    expect(flag.stdout).toMatch(/^Usage: ketabche <command> \[options\]/);
    for (const command of COMMANDS) expect(flag.stdout).toMatch(new RegExp(`^ {2}${command} +[a-z]`, "m"));
    expect(flag.stdout).not.toMatch(/[\u0600-\u06FF]/);
    // Without --lang, the environment decides (every order of precedence: tests/unit/cli-lang.test.ts).
    expect((await ketabche(["--help"], { env: { LANG: "en_US.UTF-8" } })).stdout).toBe(flag.stdout);
    const persian = await ketabche(["--help"], { env: { KETABCHE_LANG: "fa", LANG: "en_US.UTF-8" } });
    expect(persian.stdout).toMatch(/^کاربرد:/);
  });

  it("`help build` and `build --help` show the command's options, and build nothing", async () => {
    const work = await tempDir("ketabche-help-");
    const [viaHelp, viaFlag, withOutput, english] = await Promise.all([
      ketabche(["help", "build"], { cwd: work }),
      ketabche(["build", "--help"], { cwd: work }),
      ketabche(["build", "--output", "elsewhere", "--help"], { cwd: work }),
      ketabche(["help", "check", "--lang", "en"], { cwd: work }),
    ]);
    for (const result of [viaHelp, viaFlag, withOutput]) {
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^کاربرد: ketabche build \[گزینه‌ها\]/);
      for (const option of ["--content", "--output", "--cache", "--paper", "--lang"])
        expect(result.stdout).toContain(option);
      expect(result.stdout).not.toContain("--fix");
    }
    expect(viaFlag.stdout).toBe(viaHelp.stdout);
    // Neither the default output folder nor the one asked for was made.
    expect(await fs.readdir(work)).toEqual([]);
    expect(english.stdout).toMatch(/^Usage: ketabche check \[options\]/);
    expect(english.stdout).toContain("--fix");
  });
});

describe("usage errors: exit 2, what was wrong and where to find help", () => {
  it("an unknown command, with the nearest one", async () => {
    const [persian, english] = await Promise.all([ketabche(["biuld"]), ketabche(["biuld", "--lang", "en"])]);
    expectUsageError(persian, "فرمان «biuld» شناخته نیست. شاید منظورتان «build» است؟", "راهنما: ketabche help");
    expectUsageError(english, 'unknown command "biuld". did you mean "build"?', "help: ketabche help");
  });

  it("an unknown option, with the nearest one of that command", async () => {
    const work = await tempDir("ketabche-usage-");
    const result = await ketabche(["build", "--ouput", "out"], { cwd: work });
    expectUsageError(
      result,
      "گزینه «--ouput» شناخته نیست. شاید منظورتان «--output» است؟",
      "راهنما: ketabche help build",
    );
    expect(await fs.readdir(work)).toEqual([]);
  });

  it("an option of another command: build --fix, check --cache, new --paper", async () => {
    const work = await tempDir("ketabche-usage-");
    const [build, check, scaffold] = await Promise.all([
      ketabche(["build", "--fix"], { cwd: work }),
      ketabche(["check", "--cache", "x"], { cwd: work }),
      ketabche(["new", "x", "--paper", "A4"], { cwd: work }),
    ]);
    expectUsageError(build, /^گزینه «--fix» شناخته نیست\./, "راهنما: ketabche help build");
    expectUsageError(check, /^گزینه «--cache» شناخته نیست\./, "راهنما: ketabche help check");
    expectUsageError(scaffold, /^گزینه «--paper» شناخته نیست\./, "راهنما: ketabche help new");
    expect(await fs.readdir(work)).toEqual([]);
  });

  it("a port that is not a port", async () => {
    const ports = ["abc", "0", "70000"];
    const results = await Promise.all(ports.map((port) => ketabche(["serve", "--port", port])));
    for (const [i, port] of ports.entries()) {
      expectUsageError(
        results[i]!,
        `درگاه «${port}» پذیرفته نیست: عددی درست از ۱ تا ۶۵۵۳۵ بنویسید، مثل 8080.`,
        "راهنما: ketabche help serve",
      );
    }
  });

  it("a paper size that does not exist is the user's mistake, not an unexpected error", async () => {
    const work = await tempDir("ketabche-usage-");
    const result = await ketabche(["pdf", "--paper", "A3", "--output", "out"], { cwd: work });
    expectUsageError(
      result,
      "اندازه کاغذ «A3» شناخته نیست؛ یکی از A5، B5، A4 را بنویسید.",
      "راهنما: ketabche help pdf",
    );
    expect(await fs.readdir(work)).toEqual([]);
    // Case does not matter for a size that exists: a5 is A5 (shown by the help, which parses nothing else).
    expect((await ketabche(["pdf", "--paper", "a5", "--help"])).code).toBe(0);
  });

  it("--lang=en, before or after the command, is honoured in option errors", async () => {
    const [option, paper, port] = await Promise.all([
      ketabche(["build", "--lang=en", "--ouput", "out"]),
      ketabche(["--lang=en", "pdf", "--paper", "A3"]),
      ketabche(["serve", "--port", "abc", "--lang", "en"]),
    ]);
    expectUsageError(option, 'unknown option "--ouput". did you mean "--output"?', "help: ketabche help build");
    expectUsageError(paper, 'unknown paper size "A3"; use one of A5, B5, A4.', "help: ketabche help pdf");
    expectUsageError(
      port,
      'port "abc" is not valid: write a whole number from 1 to 65535, like 8080.',
      "help: ketabche help serve",
    );
  });

  it("a language that is neither fa nor en is refused, not silently replaced", async () => {
    const [result, english] = await Promise.all([
      ketabche(["check", "--lang", "de"]),
      ketabche(["check", "--lang=de"], { env: { LANG: "en_US.UTF-8" } }),
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expectCleanOutput(result);
    expect(printedLines(result.stderr)[0]).toBe("زبان «de» پشتیبانی نمی‌شود؛ fa یا en را بنویسید.");
    expect(english.code).toBe(2);
    expect(printedLines(english.stderr)[0]).toBe('language "de" is not supported; use fa or en.');
  });

  it("`new` without a name says that the name is missing, and writes nothing", async () => {
    const dir = await writeContentTree({ counties: [{ slug: "karaj", name: "کرج" }], neighbourhoods: [] });
    expectUsageError(await ketabche(["new", "--content", dir]), "ورودی «slug» لازم است.", "راهنما: ketabche help new");
    expect(await fs.readdir(path.join(dir, "neighbourhoods"))).toEqual([]);
    expectUsageError(
      await ketabche(["new", "a", "b", "--content", dir]),
      "فرمان «new» ورودی اضافه گرفته است.",
      "راهنما: ketabche help new",
    );
    expect(await fs.readdir(path.join(dir, "neighbourhoods"))).toEqual([]);
  });
});

describe("ketabche new on the sample", () => {
  it("the README's `ketabche new kuy-basij`, on a copy of the sample where it exists, is refused cleanly", async () => {
    const content = await copySample("none");
    const project = path.dirname(content);
    const file = path.join(content, "neighbourhoods", "kuy-basij.md");
    const before = await fs.readFile(file);
    const result = await ketabche(["new", "kuy-basij"], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expectCleanOutput(result);
    expect(printedLines(result.stderr)).toEqual([
      "content/neighbourhoods/kuy-basij.md: خطا: این محله پیش‌تر ساخته شده است؛ نام دیگری برگزینید یا همان فایل را ویرایش کنید.",
      "۱ خطا در محتوا.",
    ]);
    expect(await fs.readFile(file)).toEqual(before);
    // A new name works in the same folder, and is named as the editor would open it.
    const created = await ketabche(["new", "kuy-tazeh"], { cwd: project });
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/تازه ساخته شد: content\/neighbourhoods\/kuy-tazeh\.md$/m);
    await expect(fs.access(path.join(content, "neighbourhoods", "kuy-tazeh.md"))).resolves.toBeUndefined();
  });
});

describe("a content error in a build is the issue and the summary, nothing else", () => {
  const counties = [{ slug: "karaj", name: "کرج" }];
  const valid = neighbourhoodFrontMatter({ slug: "a", name: "الف", county: "کرج" });

  /** A tree whose neighbourhood "bad" lacks its name (line 2 holds the county once the name is gone). */
  async function treeWithoutName(): Promise<string> {
    return writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "good", name: "خوب", county: "کرج" },
        { slug: "bad", name: "x", county: "کرج", frontMatter: valid.replace(/^name: .*\n/m, "") },
      ],
    });
  }

  it("in Persian, by default, with the path relative to the working folder", async () => {
    const dir = await treeWithoutName();
    const result = await ketabche(["site", "--content", ".", "--output", "out"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expectCleanOutput(result);
    expect(printedLines(result.stderr)).toEqual([
      "neighbourhoods/bad.md:2: خطا: فیلد name: این فیلد لازم است و نوشته نشده است.",
      "۱ خطا در محتوا؛ ساخت متوقف شد و خروجی پیشین دست‌نخورده ماند.",
    ]);
    expect(await fs.readdir(dir)).not.toContain("out");
  });

  it("in English with --lang en, with the full path when the content is outside the working folder", async () => {
    const dir = await treeWithoutName();
    const work = await tempDir("ketabche-cwd-");
    const result = await ketabche(["site", "--lang", "en", "--content", dir, "--output", "out"], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expectCleanOutput(result);
    expect(printedLines(result.stderr)).toEqual([
      `${path.join(dir, "neighbourhoods", "bad.md")}:2: error: field name: this field is required but missing.`,
      "1 content error(s); the build stopped and the previous output is untouched.",
    ]);
    expect(await fs.readdir(work)).toEqual([]);
  });

  it("every kind of mistake in one run of build: broken YAML, unknown county, missing and corrupt photographs", async () => {
    const dir = await writeContentTree({
      counties,
      neighbourhoods: [
        { slug: "a", name: "الف", county: "کرج", frontMatter: valid.replace("problems:", "problems: [broken") },
        { slug: "b", name: "ب", county: "کرج", frontMatter: valid.replace("county: کرج", "county: تبریز") },
        { slug: "c", name: "پ", county: "کرج", frontMatter: valid.replace("images/cover.jpg", "images/none.jpg") },
        { slug: "d", name: "ت", county: "کرج", frontMatter: valid.replace("images/cover.jpg", "images/bad.jpg") },
      ],
    });
    await fs.writeFile(path.join(dir, "images", "bad.jpg"), "not a photograph");
    const langs = ["fa", "en"];
    const results = await Promise.all(
      langs.map((lang) => ketabche(["build", "--lang", lang, "--content", ".", "--output", "out"], { cwd: dir })),
    );
    for (const [i, lang] of langs.entries()) {
      const result = results[i]!;
      expect(result.code).toBe(1);
      expectCleanOutput(result);
      const lines = printedLines(result.stderr);
      expect(lines.map((l) => l.split(":")[0])).toEqual([
        "neighbourhoods/a.md",
        "neighbourhoods/b.md",
        "neighbourhoods/c.md",
        "neighbourhoods/d.md",
        lang === "fa"
          ? "۴ خطا در محتوا؛ ساخت متوقف شد و خروجی پیشین دست‌نخورده ماند."
          : expect.stringMatching(/^4 content error/),
      ]);
      expect(lines[0]).toMatch(lang === "fa" ? /: خطا: خطای نگارش YAML/ : /: error: YAML syntax error/);
      expect(await fs.readdir(dir)).not.toContain("out");
    }
  });
});
