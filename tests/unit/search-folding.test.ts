import { describe, expect, it } from "vitest";
import { foldForSearch, queryVariants } from "../../src/typography/search-folding.ts";
import { typeset } from "../../src/typography/persian.ts";

const ZWNJ = "\u200c";

describe("foldForSearch", () => {
  it("writes Arabic yeh, alef maksura and kaf as Persian letters", () => {
    expect(foldForSearch("حصارك")).toBe("حصارک");
    expect(foldForSearch("علي آباد")).toBe("علی آباد");
    expect(foldForSearch("مصطفى")).toBe("مصطفی");
  });

  it("writes Latin and Arabic-Indic digits as Persian digits", () => {
    expect(foldForSearch("1402")).toBe("۱۴۰۲");
    expect(foldForSearch("١٤٠٢")).toBe("۱۴۰۲");
    expect(foldForSearch("۱۴۰۲")).toBe("۱۴۰۲");
  });

  it("drops kashida and diacritics, also when a letter and its mark come decomposed", () => {
    expect(foldForSearch("محـــله")).toBe("محله");
    expect(foldForSearch("فعلاً مُحَلّه")).toBe("فعلا محله");
    // alef + combining madda is composed first, so آ (a letter of its own in Persian) survives.
    expect(foldForSearch("\u0627\u0653باد")).toBe("آباد");
  });

  it("leaves spacing, نیم‌فاصله and Persian letters that carry meaning alone, and is idempotent", () => {
    for (const text of [`خانه${ZWNJ}ها`, "مسئله  ها", "آب‌گرفتگی کوی\nشهدا", "Karaj 2"]) {
      expect(foldForSearch(text).replace(/[۰-۹]/g, "")).toBe(text.replace(/[0-9]/g, ""));
      expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
    }
  });

  it("folds a query typed carelessly to what the site's own typesetting writes", () => {
    // The site's text goes through typeset(); a reader's query through foldForSearch() alone.
    expect(foldForSearch("كوچه هاي 12 گانه")).toBe(foldForSearch(typeset("كوچه هاي 12 گانه")).replace(ZWNJ, " "));
  });
});

describe("queryVariants", () => {
  it("keeps a one-word query as it is, and nothing for an empty one", () => {
    expect(queryVariants("حصارک")).toEqual(["حصارک"]);
    expect(queryVariants("  ")).toEqual([]);
  });

  it("tries the words joined, for a space typed where the site has a نیم‌فاصله", () => {
    expect(queryVariants("دهقان  ویلا ")).toEqual(["دهقان ویلا", "دهقانویلا"]);
    expect(queryVariants("کوچه ها پایین")).toEqual(["کوچه ها پایین", "کوچهها پایین", "کوچه هاپایین", "کوچههاپایین"]);
  });

  it("tries a نیم‌فاصله as a space, for text the site writes apart", () => {
    expect(queryVariants(`حصار${ZWNJ}بالا`)).toEqual([`حصار${ZWNJ}بالا`, "حصار بالا"]);
  });

  it("never asks for more than eight searches", () => {
    expect(queryVariants("a b c d e f g h i j k").length).toBeLessThanOrEqual(8);
  });
});
