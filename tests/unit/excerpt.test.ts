import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/content/markdown.ts";
import { cutAtWord, firstParagraph } from "../../src/site/excerpt.ts";

describe("a page's description: its first paragraph, cut at a word", () => {
  it("takes the first paragraph's plain text, without markup, headings or later paragraphs", () => {
    const md = createMarkdown();
    expect(firstParagraph(md, "## عنوان\n\nمتن **پررنگ** با [پیوند](https://example.org) & «نقل».\n\nبند دوم.")).toBe(
      "متن پررنگ با پیوند & «نقل».",
    );
    expect(firstParagraph(md, "")).toBe("");
  });

  it("keeps a short text whole and cuts a long one at the last whole word, with an ellipsis", () => {
    expect(cutAtWord("سه کلمه کوتاه", 160)).toBe("سه کلمه کوتاه");
    // 20 characters allowed: "یک دو سه چهار پنج ش" is the first 19; the last whole word ends at "پنج".
    expect(cutAtWord("یک دو سه چهار پنج شش هفت", 20)).toBe("یک دو سه چهار پنج…");
    // Punctuation left at the cut goes.
    expect(cutAtWord("یک، دو، سه، چهار", 9)).toBe("یک، دو…");
  });
});
