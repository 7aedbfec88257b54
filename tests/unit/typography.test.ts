import { describe, expect, it } from "vitest";
import { typeset, toPersianDigits, toLatinDigits } from "../../src/typography/persian.ts";
import { formatJalali, formatJalaliMonth, parseJalali } from "../../src/typography/dates.ts";
import { formatChange, formatNumber, formatPlain } from "../../src/typography/numbers.ts";
import { createMarkdown } from "../../src/content/markdown.ts";

const ZWNJ = "\u200c";

describe("typeset: Persian prose as editors write it", () => {
  it("turns Arabic ي and ك into Persian ی and ک", () => {
    expect(typeset("اين يك كوچه باريك است")).toBe("این یک کوچه باریک است");
  });

  it("writes Latin digits in running text as Persian digits", () => {
    expect(typeset("در سال 1402 حدود 120 خانوار")).toBe("در سال ۱۴۰۲ حدود ۱۲۰ خانوار");
  });

  it("adds نیم‌فاصله after می/نمی and before ها/های/تر/ترین", () => {
    expect(typeset("اهالی می خواهند خانه ها بزرگ تر شوند")).toBe(
      `اهالی می${ZWNJ}خواهند خانه${ZWNJ}ها بزرگ${ZWNJ}تر شوند`,
    );
    expect(typeset("کوچه های محله نمی توانند")).toBe(`کوچه${ZWNJ}های محله نمی${ZWNJ}توانند`);
    expect(typeset("بیش ترین مشارکت")).toBe(`بیش${ZWNJ}ترین مشارکت`);
  });

  it("leaves words that merely end in تر alone", () => {
    expect(typeset("دختر و دفتر و کبوتر")).toBe("دختر و دفتر و کبوتر");
  });

  it("uses Persian punctuation and guillemets", () => {
    expect(typeset('نشست برگزار شد, آیا کافی بود? او گفت "بله"')).toBe("نشست برگزار شد، آیا کافی بود؟ او گفت «بله»");
  });

  it("removes kashida", () => {
    expect(typeset("محلـــه")).toBe("محله");
  });

  it("is idempotent and keeps the edges of a text run", () => {
    const once = typeset(" اين كتاب ها را مي خوانيم 12 ");
    expect(typeset(once)).toBe(once);
    expect(once.startsWith(" ")).toBe(true);
    expect(once.endsWith(" ")).toBe(true);
  });

  it("converts digits both ways", () => {
    expect(toPersianDigits("1403-05-12")).toBe("۱۴۰۳-۰۵-۱۲");
    expect(toLatinDigits("۱۴۰۳-۰۵-۱۲")).toBe("1403-05-12");
    expect(toLatinDigits("١٢٣")).toBe("123");
  });
});

describe("Jalali dates", () => {
  it("parses editors' forms and rejects impossible dates", () => {
    expect(parseJalali("1403-05-12")).toEqual({ year: 1403, month: 5, day: 12 });
    expect(parseJalali("۱۴۰۳/۵/۱۲")).toEqual({ year: 1403, month: 5, day: 12 });
    expect(parseJalali("1403-07-31")).toBeUndefined(); // months 7–11 have 30 days
    expect(parseJalali("1402-12-30")).toBeUndefined(); // 1402 is not a leap year
    expect(parseJalali("1403-12-30")).toBeDefined(); // 1403 is
    expect(parseJalali("1403-13-01")).toBeUndefined();
    expect(parseJalali("12 mordad")).toBeUndefined();
  });

  it("writes Persian month names and digits", () => {
    expect(formatJalali({ year: 1403, month: 5, day: 12 })).toBe("۱۲ مرداد ۱۴۰۳");
    expect(formatJalali({ year: 1402, month: 1, day: 1 })).toBe("۱ فروردین ۱۴۰۲");
    expect(formatJalaliMonth({ year: 1402, month: 12, day: 29 })).toBe("اسفند ۱۴۰۲");
  });
});

describe("numbers", () => {
  it("uses Persian digits and separators", () => {
    expect(formatNumber(18400)).toBe("۱۸٬۴۰۰");
    expect(formatNumber(12.5)).toBe("۱۲٫۵");
    expect(formatPlain(1403)).toBe("۱۴۰۳");
  });

  it("says a change in words", () => {
    expect(formatChange(14, 3)).toBe("۱۱ کاهش");
    expect(formatChange(0, 27)).toBe("۲۷ افزایش");
    expect(formatChange(5, 5)).toBe("بدون تغییر");
  });
});

describe("markdown: typography on text, never on URLs, code or markup", () => {
  const md = createMarkdown();

  it("typesets paragraph text", () => {
    expect(md.render("كتاب ها در سال 1402")).toBe(`<p>کتاب${ZWNJ}ها در سال ۱۴۰۲</p>\n`);
  });

  it("keeps link targets, code and image sources byte for byte", () => {
    const html = md.render(
      "[گزارش 1402](https://example.org/report-1402?id=12) و `npm run build 2` و ![تصوير 1](images/a-1.jpg)",
    );
    expect(html).toContain('href="https://example.org/report-1402?id=12"');
    expect(html).toContain("گزارش ۱۴۰۲");
    expect(html).toContain("<code>npm run build 2</code>");
    expect(html).toContain('src="images/a-1.jpg"');
    expect(html).toContain('alt="تصویر ۱"');
  });

  it("shows raw HTML as text instead of markup", () => {
    const html = md.render('<script>alert(1)</script>\n\nمتن <b onclick="x()">پررنگ</b>');
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b ");
    expect(html).toContain("&lt;script&gt;");
  });

  it("wraps tables so they scroll on phones", () => {
    const html = md.render("| سال | تعداد |\n|---|---|\n| 1402 | 12 |");
    expect(html).toContain('<div class="table-wrap"><table>');
    expect(html).toContain("<td>۱۴۰۲</td>");
  });
});
