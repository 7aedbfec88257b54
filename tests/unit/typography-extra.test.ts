import { describe, expect, it } from "vitest";
import { formatJalali, formatJalaliMonth, gregorianIso, isoJalali, parseJalali } from "../../src/typography/dates.ts";
import { formatChange, formatNumber, formatPlain } from "../../src/typography/numbers.ts";
import { toPersianDigits, typeset } from "../../src/typography/persian.ts";

const months = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

describe("formatPlain: years and page numbers", () => {
  it("writes Persian digits without thousands separators", () => {
    expect(formatPlain(12500)).toBe("۱۲۵۰۰");
    expect(formatPlain(0)).toBe("۰");
    expect(formatPlain(380)).toBe("۳۸۰");
  });
});

describe("formatNumber: figures in running text", () => {
  it("groups thousands with the Persian separator", () => {
    expect(formatNumber(1234567)).toBe("۱٬۲۳۴٬۵۶۷");
    expect(formatNumber(999)).toBe("۹۹۹");
  });

  it("keeps up to two decimals with the Persian decimal separator", () => {
    expect(formatNumber(2.75)).toBe("۲٫۷۵");
    expect(formatNumber(1.5)).toBe("۱٫۵");
  });
});

describe("formatChange", () => {
  it("says decimal changes and decreases to zero in words", () => {
    expect(formatChange(1.5, 4)).toBe("۲٫۵ افزایش"); // 4 − 1.5
    expect(formatChange(10, 0)).toBe("۱۰ کاهش");
    expect(formatChange(1000, 3500)).toBe("۲٬۵۰۰ افزایش");
  });
});

describe("formatJalaliMonth: the month first, as Persian prose writes it", () => {
  it("writes every month's name before the year", () => {
    months.forEach((name, i) => {
      expect(formatJalaliMonth({ year: 1403, month: i + 1, day: 1 })).toBe(`${name} ۱۴۰۳`);
    });
  });

  it("does not depend on the day", () => {
    expect(formatJalaliMonth({ year: 1403, month: 12, day: 30 })).toBe("اسفند ۱۴۰۳");
    expect(formatJalaliMonth({ year: 1403, month: 1, day: 31 })).toBe("فروردین ۱۴۰۳");
  });
});

describe("formatJalali", () => {
  it("writes the day, the month's name and the year", () => {
    expect(formatJalali({ year: 1403, month: 12, day: 30 })).toBe("۳۰ اسفند ۱۴۰۳"); // the leap day
    expect(formatJalali({ year: 1403, month: 7, day: 1 })).toBe("۱ مهر ۱۴۰۳");
    expect(formatJalali({ year: 1399, month: 10, day: 11 })).toBe("۱۱ دی ۱۳۹۹");
  });
});

describe("parseJalali and isoJalali", () => {
  it("pads month and day to two digits", () => {
    expect(isoJalali({ year: 1403, month: 5, day: 2 })).toBe("1403-05-02");
    expect(isoJalali({ year: 1403, month: 12, day: 30 })).toBe("1403-12-30");
  });

  it("round-trips through the canonical form", () => {
    expect(isoJalali(parseJalali(" ۱۴۰۳/۵/۲ ")!)).toBe("1403-05-02");
  });

  it("refuses other shapes", () => {
    expect(parseJalali("14030512")).toBeUndefined();
    expect(parseJalali("403-05-12")).toBeUndefined();
    expect(parseJalali("1403-05")).toBeUndefined();
    expect(parseJalali("1403-05-012")).toBeUndefined();
  });
});

describe("typeset and digits at the edges", () => {
  it("leaves empty and blank text as it is", () => {
    expect(typeset("")).toBe("");
    expect(typeset("  \n ")).toBe("  \n ");
  });

  it("converts Arabic-Indic digits to Persian ones and leaves other characters alone", () => {
    expect(toPersianDigits("٠١٢٣٤٥٦٧٨٩")).toBe("۰۱۲۳۴۵۶۷۸۹");
    expect(toPersianDigits("abc-۱")).toBe("abc-۱");
  });
});

describe("gregorianIso: a Solar Hijri date as machines read dates", () => {
  it("converts to the Gregorian day, not relabels the Jalali digits", () => {
    // 1 Farvardin 1403 was Nowruz, 20 March 2024; 12 Mordad 1403 was 2 August 2024; 30 Esfand 1403 (a leap year)
    // was 20 March 2025.
    expect(gregorianIso({ year: 1403, month: 1, day: 1 })).toBe("2024-03-20");
    expect(gregorianIso({ year: 1403, month: 5, day: 12 })).toBe("2024-08-02");
    expect(gregorianIso({ year: 1403, month: 12, day: 30 })).toBe("2025-03-20");
  });
});
