import { describe, expect, it } from "vitest";
import {
  countySchema,
  imageSchema,
  neighbourhoodSchema,
  networkSchema,
  prosePaths,
  settingsSchema,
} from "../../src/content/schema.ts";

const ZWNJ = "\u200c";

/** A neighbourhood's front matter as YAML hands it over: every required field, nothing odd. */
function neighbourhood(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "حصارک",
    county: "کرج",
    population: 18400,
    network: { name: "شبکه همیاران", members: 62, trained: 41 },
    problems: ["آب‌گرفتگی کوچه‌ها"],
    actions: [{ title: "لایروبی جوی", agency: "شهرداری کرج", status: "done", date: "1402-11-20" }],
    indicators: [{ label: "کوچه‌های آسیب‌دیده", before: 14, after: 3, unit: "کوچه" }],
    cover: { src: "images/street-dawn.jpg", alt: "کوچه‌ای باریک", caption: "کوچه شهید رجایی" },
    gallery: [{ src: "images/workshop.jpg", alt: "کارگاه خیاطی" }],
    ...overrides,
  };
}

/** The paths of the issues a value raises, as "a.0.b". */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join("."));
}

describe("neighbourhoodSchema: counts", () => {
  it("reads counts written with Persian digits and separators", () => {
    const parsed = neighbourhoodSchema.parse(
      neighbourhood({ population: "۱۲٬۵۰۰", network: { name: "شبکه", members: "۶۲", trained: "٤١" } }),
    );
    expect(parsed.population).toBe(12500);
    expect(parsed.network.members).toBe(62);
    expect(parsed.network.trained).toBe(41); // Arabic-Indic digits too
  });

  it("reads counts written with Latin digits and a comma", () => {
    expect(neighbourhoodSchema.parse(neighbourhood({ population: "12,500" })).population).toBe(12500);
    expect(neighbourhoodSchema.parse(neighbourhood({ population: 7 })).population).toBe(7);
  });

  it("refuses counts that are not whole, non-negative numbers", () => {
    for (const population of [-1, 12.5, "دوازده", "12 نفر", ""]) {
      const result = neighbourhoodSchema.safeParse(neighbourhood({ population }));
      expect(issuePaths(result), String(population)).toEqual(["population"]);
    }
  });

  it("refuses more trained people than members, on the trained field", () => {
    const result = networkSchema.safeParse({ name: "شبکه", members: 10, trained: 11 });
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(["trained"]);
    expect(networkSchema.safeParse({ name: "شبکه", members: 10, trained: 10 }).success).toBe(true);
  });
});

describe("neighbourhoodSchema: indicators", () => {
  it("reads measures written with Persian digits and a Persian decimal separator", () => {
    const parsed = neighbourhoodSchema.parse(
      neighbourhood({ indicators: [{ label: "سرانه فضای سبز", before: "۱۲٫۵", after: "-3" }] }),
    );
    expect(parsed.indicators[0]).toMatchObject({ before: 12.5, after: -3 });
  });
});

describe("neighbourhoodSchema: Jalali dates", () => {
  const dateOf = (date: unknown) =>
    neighbourhoodSchema.safeParse(
      neighbourhood({ actions: [{ title: "اقدام", agency: "شهرداری", status: "done", date }] }),
    );

  it("normalises editors' forms to 1403-05-02", () => {
    for (const written of ["1403-5-2", "1403/05/02", "۱۴۰۳-۰۵-۰۲", "۱۴۰۳/۵/۲", " 1403-05-02 "]) {
      const result = dateOf(written);
      expect(result.success, written).toBe(true);
      expect(result.data?.actions[0]?.date, written).toBe("1403-05-02");
    }
  });

  it("knows the leap years: Esfand 30 exists in 1403 but not in 1402", () => {
    expect(dateOf("1403-12-30").data?.actions[0]?.date).toBe("1403-12-30");
    expect(issuePaths(dateOf("1402-12-30"))).toEqual(["actions.0.date"]);
    // Esfand never has 31 days, and months 7–11 have 30.
    expect(issuePaths(dateOf("1403-12-31"))).toEqual(["actions.0.date"]);
    expect(issuePaths(dateOf("1403-07-31"))).toEqual(["actions.0.date"]);
    expect(dateOf("1403-06-31").success).toBe(true);
  });

  it("refuses what is not a date", () => {
    for (const date of ["1403-13-01", "1403-00-10", "12 mordad", 1403, ""]) {
      expect(issuePaths(dateOf(date)), String(date)).toEqual(["actions.0.date"]);
    }
  });

  it("refuses an unknown action status", () => {
    const result = neighbourhoodSchema.safeParse(
      neighbourhood({ actions: [{ title: "اقدام", agency: "شهرداری", status: "finished", date: "1403-01-01" }] }),
    );
    expect(issuePaths(result)).toEqual(["actions.0.status"]);
  });
});

describe("image paths stay inside the content folder", () => {
  it.each([
    "../x.jpg",
    "images/../../x.jpg",
    "..",
    "/etc/x",
    "http://example.org/x.jpg",
    "file:x.jpg",
    "images\\x.jpg",
  ])("refuses %j", (src) => {
    expect(issuePaths(imageSchema.safeParse({ src, alt: "تصویر" }))).toEqual(["src"]);
  });

  it("normalises relative paths that stay inside", () => {
    expect(imageSchema.parse({ src: "images/./a.jpg", alt: "تصویر" }).src).toBe("images/a.jpg");
    expect(imageSchema.parse({ src: "images/old/../a.jpg", alt: "تصویر" }).src).toBe("images/a.jpg");
    expect(imageSchema.parse({ src: " images/a.jpg ", alt: "تصویر" }).src).toBe("images/a.jpg");
  });

  it("refuses an image path that climbs out, in the cover and in the gallery", () => {
    const result = neighbourhoodSchema.safeParse(
      neighbourhood({
        cover: { src: "../../etc/passwd", alt: "جلد" },
        gallery: [
          { src: "images/ok.jpg", alt: "یک" },
          { src: "/etc/x.jpg", alt: "دو" },
        ],
      }),
    );
    expect(issuePaths(result).sort()).toEqual(["cover.src", "gallery.1.src"]);
  });
});

describe("prose fields are trimmed, non-empty and typeset", () => {
  it("typesets prose values once, when parsed", () => {
    const parsed = neighbourhoodSchema.parse(neighbourhood({ name: "  كوي 12  ", problems: ["خانه ها"] }));
    expect(parsed.name).toBe("کوی ۱۲");
    expect(parsed.problems).toEqual([`خانه${ZWNJ}ها`]);
  });

  it("refuses empty prose", () => {
    expect(issuePaths(neighbourhoodSchema.safeParse(neighbourhood({ name: "   " })))).toEqual(["name"]);
    expect(issuePaths(neighbourhoodSchema.safeParse(neighbourhood({ problems: [] })))).toEqual(["problems"]);
  });

  it("leaves slugs as written and refuses ones that are not slugs", () => {
    expect(countySchema.parse({ slug: "kuy-basij-2", name: "كرج" })).toEqual({ slug: "kuy-basij-2", name: "کرج" });
    for (const slug of ["Karaj", "kuy_basij", "-karaj", "karaj-", "کرج"])
      expect(issuePaths(countySchema.safeParse({ slug, name: "کرج" })), slug).toEqual(["slug"]);
  });
});

describe("settingsSchema", () => {
  const settings = (overrides: Record<string, unknown> = {}) => ({
    title: "کتابچه",
    organisation: "قرارگاه اجتماعی",
    province: "البرز",
    year: 1403,
    baseUrl: "https://example.org",
    counties: [{ slug: "karaj", name: "کرج" }],
    ...overrides,
  });

  it("fills in the defaults", () => {
    expect(settingsSchema.parse(settings())).toMatchObject({ pathPrefix: "/", sample: false, paper: "A5" });
  });

  it("reads a Persian year and refuses years outside 1300–1500", () => {
    expect(settingsSchema.parse(settings({ year: "۱۴۰۳" })).year).toBe(1403);
    expect(issuePaths(settingsSchema.safeParse(settings({ year: 1299 })))).toEqual(["year"]);
    expect(issuePaths(settingsSchema.safeParse(settings({ year: 2024 })))).toEqual(["year"]);
  });

  it("wants a path prefix that starts and ends with a slash, and an http(s) address", () => {
    expect(settingsSchema.parse(settings({ pathPrefix: "/ketabche/" })).pathPrefix).toBe("/ketabche/");
    for (const pathPrefix of ["ketabche/", "/ketabche", "//", "/a b/"])
      expect(issuePaths(settingsSchema.safeParse(settings({ pathPrefix }))), pathPrefix).toEqual(["pathPrefix"]);
    expect(issuePaths(settingsSchema.safeParse(settings({ baseUrl: "ftp://example.org" })))).toEqual(["baseUrl"]);
  });

  it("knows only the three paper sizes", () => {
    expect(settingsSchema.parse(settings({ paper: "A4" })).paper).toBe("A4");
    expect(issuePaths(settingsSchema.safeParse(settings({ paper: "Letter" })))).toEqual(["paper"]);
  });
});

describe("prosePaths: which values the schema reads as prose", () => {
  it("finds the prose fields of a neighbourhood, in lists and nested objects", () => {
    const paths = prosePaths(neighbourhoodSchema, neighbourhood());
    expect(paths).toEqual(
      expect.arrayContaining([
        ["name"],
        ["county"],
        ["network", "name"],
        ["problems", 0],
        ["actions", 0, "title"],
        ["actions", 0, "agency"],
        ["indicators", 0, "label"],
        ["indicators", 0, "unit"],
        ["cover", "alt"],
        ["cover", "caption"],
        ["gallery", 0, "alt"],
      ]),
    );
    expect(paths).toHaveLength(11);
  });

  it("does not report slugs, paths, dates, statuses or numbers", () => {
    const joined = prosePaths(neighbourhoodSchema, neighbourhood()).map((p) => p.join("."));
    for (const notProse of [
      "population",
      "network.members",
      "actions.0.status",
      "actions.0.date",
      "cover.src",
      "gallery.0.src",
      "indicators.0.before",
    ])
      expect(joined).not.toContain(notProse);
    expect(prosePaths(countySchema, { slug: "karaj", name: "کرج" })).toEqual([["name"]]);
  });

  it("follows every item of a list and skips keys the schema does not know", () => {
    const paths = prosePaths(neighbourhoodSchema, {
      problems: ["یک", "دو", "سه"],
      typo: "متن",
      network: { name: "شبکه", extra: "متن" },
    });
    const key = (p: PropertyKey[]) => p.map(String).join(".");
    expect(paths.map(key).sort()).toEqual(["network.name", "problems.0", "problems.1", "problems.2"]);
  });

  it("does not report values that are not text where prose is expected", () => {
    expect(prosePaths(neighbourhoodSchema, { name: 12, problems: "یک", network: null })).toEqual([]);
  });
});
