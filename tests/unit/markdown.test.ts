import { describe, expect, it } from "vitest";
import { createMarkdown, isSafeUrl, SHORT_TABLE_ROWS } from "../../src/content/markdown.ts";

describe("isSafeUrl: where editors' links may point", () => {
  it.each([
    "https://example.org/report?id=12",
    "http://example.org",
    "HTTPS://EXAMPLE.ORG",
    "mailto:info@example.org",
    "tel:+982634000000",
    "../pages/about/",
    "images/a-1.jpg",
    "/neighbourhoods/hesarak/",
    "#actions",
    "?page=2",
  ])("allows %j", (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "JavaScript:alert(1)",
    "  javascript:alert(1)",
    "\tjavascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "data:image/png;base64,AAAA",
    "file:///etc/passwd",
    "vbscript:msgbox(1)",
    "ftp://example.org/file",
    "blob:https://example.org/1234",
  ])("refuses %j", (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe("createMarkdown: what an editor's Markdown may produce", () => {
  const md = createMarkdown();

  it("links safe targets", () => {
    expect(md.render("[گزارش](https://example.org/r)")).toBe('<p><a href="https://example.org/r">گزارش</a></p>\n');
    expect(md.render("[بالا](#top)")).toBe('<p><a href="#top">بالا</a></p>\n');
  });

  it("does not link unsafe targets, whatever their case or leading spaces", () => {
    for (const source of [
      "[x](javascript:alert(1))",
      "[x](JAVASCRIPT:alert(1))",
      "[x]( javascript:alert(1))",
      "[x](data:text/html,hi)",
      "[x](vbscript:msgbox)",
      "<javascript:alert(1)>",
    ]) {
      const html = md.render(source);
      expect(html, source).not.toContain("<a");
      expect(html, source).not.toMatch(/href=/i);
    }
  });

  it("does not show images from unsafe sources", () => {
    const html = md.render("![تصویر](data:image/png;base64,AAAA)");
    expect(html).not.toContain("<img");
  });

  it("escapes raw HTML, block and inline", () => {
    expect(md.render('<iframe src="https://example.org"></iframe>')).toBe(
      "<p>&lt;iframe src=&quot;https://example.org&quot;&gt;&lt;/iframe&gt;</p>\n",
    );
    const inline = md.render('متن <img src=x onerror="alert(1)"> پایان');
    expect(inline).not.toContain("<img");
    expect(inline).toContain("&lt;img");
  });

  it("keeps short tables on one page and marks long ones", () => {
    const table = (rows: number) =>
      ["| سال | تعداد |", "|---|---|", ...Array.from({ length: rows }, (_, i) => `| ${1390 + i} | ${i} |`)].join("\n");
    expect(SHORT_TABLE_ROWS).toBe(8);
    // The header row does not count: 8 body rows are short, 9 are long.
    expect(md.render(table(SHORT_TABLE_ROWS))).toContain('<div class="table-wrap"><table>');
    expect(md.render(table(SHORT_TABLE_ROWS + 1))).toContain('<div class="table-wrap table-wrap--long"><table>');
    expect(md.render(table(1))).toContain('<div class="table-wrap"><table>');
  });

  it("closes the wrapper after the table", () => {
    const html = md.render("| a |\n|---|\n| b |");
    expect(html.trimEnd().endsWith("</table></div>")).toBe(true);
  });

  it("counts each table on its own", () => {
    const long = ["| a |", "|---|", ...Array.from({ length: 9 }, () => "| x |")].join("\n");
    const short = "| b |\n|---|\n| y |";
    const html = md.render(`${short}\n\nمتن\n\n${long}\n\nمتن\n\n${short}`);
    expect(html.match(/<div class="table-wrap">/g)).toHaveLength(2);
    expect(html.match(/<div class="table-wrap table-wrap--long">/g)).toHaveLength(1);
    expect(html.indexOf("table-wrap--long")).toBeGreaterThan(html.indexOf("table-wrap"));
  });

  it("leaves headings as written without a heading shift", () => {
    expect(md.render("## بخش")).toBe("<h2>بخش</h2>\n");
    expect(md.render("## بخش", { headingShift: 0 })).toBe("<h2>بخش</h2>\n");
  });

  it("moves every heading down by env.headingShift, never below h6", () => {
    expect(md.render("## بخش\n\n### زیربخش", { headingShift: 1 })).toBe("<h3>بخش</h3>\n<h4>زیربخش</h4>\n");
    expect(md.render("##### پنج\n\n###### شش", { headingShift: 2 })).toBe("<h6>پنج</h6>\n<h6>شش</h6>\n");
  });

  it("does not carry a heading shift over to the next render", () => {
    md.render("## بخش", { headingShift: 1 });
    expect(md.render("## بخش")).toBe("<h2>بخش</h2>\n");
  });
});
