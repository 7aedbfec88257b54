import { describe, expect, it } from "vitest";
import { classify, fixBody, fixMarkdownFile, fixYaml } from "../../src/editor/fix.ts";
import { countySchema, neighbourhoodSchema } from "../../src/content/schema.ts";
import { createMarkdown } from "../../src/content/markdown.ts";

const ZWNJ = "\u200c";

describe("classify: what kind of typography a line fix made", () => {
  it("names each kind on its own", () => {
    expect(classify("يك كوچه", "یک کوچه")).toEqual(["arabic-letters"]);
    expect(classify("سال 1402", "سال ۱۴۰۲")).toEqual(["latin-digits"]);
    expect(classify("سال ١٤٠٢", "سال ۱۴۰۲")).toEqual(["latin-digits"]); // Arabic-Indic digits count too
    expect(classify("می خواهند", `می${ZWNJ}خواهند`)).toEqual(["zwnj"]);
    expect(classify('گفت "بله"', "گفت «بله»")).toEqual(["punctuation"]);
    expect(classify("آیا?", "آیا؟")).toEqual(["punctuation"]);
  });

  it("names every kind a fix made, in a fixed order", () => {
    expect(classify("كتاب ها, سال 1402", `کتاب${ZWNJ}ها، سال ۱۴۰۲`)).toEqual([
      "arabic-letters",
      "latin-digits",
      "zwnj",
      "punctuation",
    ]);
  });

  it("names nothing when nothing was fixed", () => {
    expect(classify("کوچه", "کوچه")).toEqual([]);
    expect(classify("يك", "يك")).toEqual([]); // Arabic letters still there: not fixed
    expect(classify("سال 1402", "سال 1402")).toEqual([]);
  });
});

describe("fixYaml: prose values in front matter, and nothing else", () => {
  it("fixes prose values and leaves slugs alone", () => {
    expect(fixYaml("slug: kuy-12\nname: كوي 12\n", countySchema)).toBe("slug: kuy-12\nname: کوی ۱۲\n");
  });

  it("never touches paths, dates, statuses, numbers or keys", () => {
    const yaml = [
      "name: حصارك",
      "county: كرج",
      "population: 18400",
      "network:",
      "  name: شبكه 1",
      "  members: 62",
      "  trained: 41",
      "problems:",
      "  - خانه ها",
      "actions:",
      "  - title: نصب 6 چراغ",
      "    agency: شهرداري",
      "    status: done",
      "    date: 1402-11-20",
      "cover:",
      "  src: images/a-1_2.jpg",
      "  alt: كوچه 2",
      "",
    ].join("\n");
    expect(fixYaml(yaml, neighbourhoodSchema)).toBe(
      [
        "name: حصارک",
        "county: کرج",
        "population: 18400",
        "network:",
        "  name: شبکه ۱",
        "  members: 62",
        "  trained: 41",
        "problems:",
        `  - خانه${ZWNJ}ها`,
        "actions:",
        "  - title: نصب ۶ چراغ",
        "    agency: شهرداری",
        "    status: done",
        "    date: 1402-11-20",
        "cover:",
        "  src: images/a-1_2.jpg",
        "  alt: کوچه ۲",
        "",
      ].join("\n"),
    );
  });

  it("keeps the quoting style of each value", () => {
    expect(fixYaml('slug: karaj\nname: "كرج 2"\n', countySchema)).toBe('slug: karaj\nname: "کرج ۲"\n');
    expect(fixYaml("slug: karaj\nname: 'كرج 2'\n", countySchema)).toBe("slug: karaj\nname: 'کرج ۲'\n");
  });

  it("leaves double-quoted values with escapes, and block scalars, as written", () => {
    const escaped = 'slug: karaj\nname: "كرج\\t2"\n';
    expect(fixYaml(escaped, countySchema)).toBe(escaped);
    const literal = "slug: karaj\nname: |\n  كرج 2\n";
    expect(fixYaml(literal, countySchema)).toBe(literal);
    const folded = "slug: karaj\nname: >\n  كرج 2\n";
    expect(fixYaml(folded, countySchema)).toBe(folded);
  });

  it("leaves comments and keys the schema does not know as written", () => {
    const yaml = "# نام شهرستان 1\nslug: karaj # كرج\nname: كرج\nnote: كرج 2\n";
    expect(fixYaml(yaml, countySchema)).toBe("# نام شهرستان 1\nslug: karaj # كرج\nname: کرج\nnote: كرج 2\n");
  });

  it("returns the input unchanged when a fix would change the parsed data", () => {
    // typeset("نشست:امروز") is "نشست: امروز": as a plain list item that would become a mapping, so no fix at all
    // is made, not even the harmless one on the line above.
    const yaml = "name: كرج\ncounty: کرج\nproblems:\n  - نشست:امروز\n";
    expect(fixYaml(yaml, neighbourhoodSchema)).toBe(yaml);
  });

  it("returns the input unchanged when a fix would break the YAML", () => {
    const yaml = "slug: karaj\nname: نشست:امروز كرج\n"; // "name: نشست: امروز …" is not valid YAML
    expect(fixYaml(yaml, countySchema)).toBe(yaml);
  });

  it("returns YAML that does not parse unchanged", () => {
    const yaml = "slug: karaj\nname: [كرج\n";
    expect(fixYaml(yaml, countySchema)).toBe(yaml);
  });

  it("changes nothing in YAML that is already right", () => {
    const yaml = "slug: karaj\nname: کرج ۲\n";
    expect(fixYaml(yaml, countySchema)).toBe(yaml);
  });
});

describe("fixBody: prose in the Markdown body, never its syntax", () => {
  const md = createMarkdown();

  it("fixes the words around code spans and links, and keeps the code and the link targets", () => {
    expect(fixBody("كتاب ها `npm run build 2` و [گزارش 1402](https://example.org/r-1402?id=1)")).toBe(
      `کتاب${ZWNJ}ها \`npm run build 2\` و [گزارش ۱۴۰۲](https://example.org/r-1402?id=1)`,
    );
  });

  // typeset(" و ![عكس") alone would give " و! [عکس" (Persian punctuation spacing): "![" must be kept whole, or the
  // render check refuses the line and no line holding an image is ever fixed.
  it("fixes the words on a line with an image and keeps the image's syntax and source", () => {
    expect(fixBody("كتاب ها و ![عكس](images/a-1.jpg)")).toBe(`کتاب${ZWNJ}ها و ![عکس](images/a-1.jpg)`);
  });

  it("keeps bare URLs and autolinks", () => {
    expect(fixBody("نشانی https://example.org/a_1 و <https://example.org/b-2> سال 1402")).toBe(
      "نشانی https://example.org/a_1 و <https://example.org/b-2> سال ۱۴۰۲",
    );
  });

  it("leaves fenced code as written and fixes the text after it", () => {
    const body = "متن 1\n\n```\nكد 1, 2\n```\n\nمتن 2\n";
    expect(fixBody(body)).toBe("متن ۱\n\n```\nكد 1, 2\n```\n\nمتن ۲\n");
  });

  it("keeps Markdown's own syntax: headings, list markers, numbered items, tables, link definitions", () => {
    const body = [
      "## بخش 1",
      "",
      "- مورد 2",
      "1. مورد 3",
      "",
      "| سال | تعداد |",
      "|---|---|",
      "| 1402 | 12 |",
      "",
      "[مرجع]: https://example.org/1",
      "",
      "    كد تورفته 4",
    ].join("\n");
    expect(fixBody(body)).toBe(
      [
        "## بخش ۱",
        "",
        "- مورد ۲",
        "1. مورد ۳",
        "",
        "| سال | تعداد |",
        "|---|---|",
        "| ۱۴۰۲ | ۱۲ |",
        "",
        "[مرجع]: https://example.org/1",
        "",
        "    كد تورفته 4",
      ].join("\n"),
    );
  });

  it("drops only the line whose fix would change the rendered page", () => {
    // typeset turns \"…\" into \«…\», which Markdown no longer reads as an escape: that line stays as written.
    const body = 'او گفت \\"بله\\" و كتاب\n\nكتاب ها\n';
    expect(fixBody(body)).toBe(`او گفت \\"بله\\" و كتاب\n\nکتاب${ZWNJ}ها\n`);
  });

  it("renders to the same HTML before and after", () => {
    const body = 'كتاب ها, `كد 1` [پيوند 2](https://x.org/a?b=1)\n\n> نقل "قول" 3\n\n* مورد ها\n';
    expect(md.render(fixBody(body))).toBe(md.render(body));
  });

  it("is idempotent", () => {
    const body = "كتاب ها `كد 1` و [پيوند 2](https://x.org/a_1)\n\n## عنوان 3\n\n- مي خواهند\n";
    const once = fixBody(body);
    expect(once).not.toBe(body);
    expect(fixBody(once)).toBe(once);
  });
});

describe("fixMarkdownFile: front matter and body, with line numbers", () => {
  const file = [
    "---", //                   1
    "name: حصارك", //            2  fixed
    "county: کرج", //            3
    "population: 100", //        4
    "network:", //              5
    "  name: شبکه", //           6
    "  members: 2", //          7
    "  trained: 1", //          8
    "problems:", //             9
    "  - خانه ها", //            10 fixed
    "cover:", //                11
    "  src: images/a.jpg", //   12
    "  alt: کوچه", //            13
    "---", //                   14
    "", //                      15
    "متن درست", //              16
    "", //                      17
    "كتاب 2", //                18 fixed
    "",
  ];

  it("reports the file's line numbers of the lines it changed", () => {
    const { text, fixes } = fixMarkdownFile(file.join("\n"), neighbourhoodSchema);
    expect(fixes.map((f) => f.line)).toEqual([2, 10, 18]);
    expect(fixes[0]).toEqual({ line: 2, before: "name: حصارك", after: "name: حصارک", kinds: ["arabic-letters"] });
    expect(fixes[2]).toEqual({
      line: 18,
      before: "كتاب 2",
      after: "کتاب ۲",
      kinds: ["arabic-letters", "latin-digits"],
    });
    const lines = text.split("\n");
    expect(lines[1]).toBe("name: حصارک");
    expect(lines[9]).toBe(`  - خانه${ZWNJ}ها`);
    expect(lines[17]).toBe("کتاب ۲");
    expect(lines.length).toBe(file.length);
  });

  it("keeps CRLF line ends and counts lines the same way", () => {
    const { text, fixes } = fixMarkdownFile(file.join("\r\n"), neighbourhoodSchema);
    expect(fixes.map((f) => f.line)).toEqual([2, 10, 18]);
    expect(text.split("\r\n")).toHaveLength(file.length);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // no lone \n or \r
    expect(text.split("\r\n")[17]).toBe("کتاب ۲");
  });

  it("keeps a byte-order mark", () => {
    const { text, fixes } = fixMarkdownFile(`\uFEFF${file.join("\n")}`, neighbourhoodSchema);
    expect(text.startsWith("\uFEFF---\nname: حصارک\n")).toBe(true);
    expect(fixes.map((f) => f.line)).toEqual([2, 10, 18]);
  });

  it("fixes the body of a file without front matter", () => {
    const { text, fixes } = fixMarkdownFile("متن\n\nكتاب 2\n", neighbourhoodSchema);
    expect(text).toBe("متن\n\nکتاب ۲\n");
    expect(fixes.map((f) => f.line)).toEqual([3]);
  });

  it("reports nothing for a file that is already right", () => {
    const right = fixMarkdownFile(file.join("\n"), neighbourhoodSchema).text;
    expect(fixMarkdownFile(right, neighbourhoodSchema)).toEqual({ text: right, fixes: [] });
  });
});
