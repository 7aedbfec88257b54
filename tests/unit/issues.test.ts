import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  ContentError,
  explainSchemaIssue,
  fieldName,
  formatIssue,
  type ContentIssue,
} from "../../src/content/issues.ts";
import { countySchema, neighbourhoodSchema, networkSchema, settingsSchema } from "../../src/content/schema.ts";

/** The one issue that `schema` raises for `data`, as the loader asks for them (with the input reported). */
function onlyIssue(schema: z.ZodType, data: unknown): z.core.$ZodIssue {
  const result = schema.safeParse(data, { reportInput: true });
  expect(result.success).toBe(false);
  expect(result.error!.issues).toHaveLength(1);
  return result.error!.issues[0]!;
}

const validNeighbourhood = {
  name: "حصارک",
  county: "کرج",
  population: 18400,
  network: { name: "شبکه همیاران", members: 62, trained: 41 },
  problems: ["آب‌گرفتگی"],
  actions: [
    { title: "لایروبی", agency: "شهرداری", status: "done", date: "1402-11-20" },
    { title: "کارگاه", agency: "بهزیستی", status: "ongoing", date: "1403-02-15" },
  ],
  cover: { src: "images/a.jpg", alt: "کوچه" },
};

describe("fieldName: a field as the editor wrote it", () => {
  it("counts list items from 1 and joins keys with dots", () => {
    expect(fieldName(["actions", 1, "date"])).toBe("actions[2].date");
    expect(fieldName(["problems", 0])).toBe("problems[1]");
    expect(fieldName(["network", "trained"])).toBe("network.trained");
    expect(fieldName(["gallery", 9, "src"])).toBe("gallery[10].src");
    expect(fieldName(["name"])).toBe("name");
  });

  it("is empty for the whole file", () => {
    expect(fieldName([])).toBe("");
  });
});

describe("formatIssue: file:line, severity, field, message", () => {
  const issue: ContentIssue = {
    severity: "error",
    file: "content/neighbourhoods/hesarak.md",
    line: 22,
    field: "actions[2].date",
    message: { fa: "تاریخ نادرست است.", en: "the date is wrong." },
  };

  it("writes English", () => {
    expect(formatIssue(issue, "en")).toBe(
      "content/neighbourhoods/hesarak.md:22: error: field actions[2].date: the date is wrong.",
    );
  });

  it("writes Persian", () => {
    expect(formatIssue(issue, "fa")).toBe(
      "content/neighbourhoods/hesarak.md:22: خطا: فیلد actions[2].date: تاریخ نادرست است.",
    );
  });

  it("calls a warning a warning, and leaves out the line and the field when there are none", () => {
    const warning: ContentIssue = {
      severity: "warning",
      file: "content/booklet.yml",
      message: { fa: "پیام", en: "message" },
    };
    expect(formatIssue(warning, "en")).toBe("content/booklet.yml: warning: message");
    expect(formatIssue(warning, "fa")).toBe("content/booklet.yml: هشدار: پیام");
  });
});

describe("explainSchemaIssue: zod's issues in editors' words", () => {
  it("says that a missing field is required", () => {
    const { population: _, ...withoutPopulation } = validNeighbourhood;
    const issue = onlyIssue(neighbourhoodSchema, withoutPopulation);
    expect(issue.path).toEqual(["population"]);
    expect(explainSchemaIssue(issue)).toEqual({
      fa: "این فیلد لازم است و نوشته نشده است.",
      en: "this field is required but missing.",
    });
  });

  it("lists the allowed values of an enum and shows what was written", () => {
    const issue = onlyIssue(neighbourhoodSchema, {
      ...validNeighbourhood,
      actions: [validNeighbourhood.actions[0], { ...validNeighbourhood.actions[1], status: "finished" }],
    });
    expect(fieldName(issue.path)).toBe("actions[2].status");
    expect(explainSchemaIssue(issue)).toEqual({
      fa: "باید یکی از این‌ها باشد: done، ongoing، planned (نوشته شده: «finished»).",
      en: 'expected one of: done, ongoing, planned (found: "finished").',
    });
  });

  it("names the expected type when the value has the wrong one", () => {
    const issue = onlyIssue(countySchema, { slug: "karaj", name: ["کرج"] });
    expect(explainSchemaIssue(issue)).toEqual({
      fa: 'باید متن باشد (نوشته شده: «["کرج"]»).',
      en: 'expected text (found: "["کرج"]").',
    });
  });

  it("explains a custom check with its hint", () => {
    const issue = onlyIssue(countySchema, { slug: "Karaj", name: "کرج" });
    expect(explainSchemaIssue(issue).en).toBe(
      'expected lowercase Latin letters, digits and hyphens (like hesarak or kuy-basij) (found: "Karaj").',
    );
    expect(explainSchemaIssue(issue).fa).toContain("(نوشته شده: «Karaj»)");
  });

  it("asks for at least one item in a list that must not be empty, with Persian digits", () => {
    const issue = onlyIssue(neighbourhoodSchema, { ...validNeighbourhood, problems: [] });
    expect(explainSchemaIssue(issue)).toEqual({ fa: "دست‌کم ۱ مورد لازم است.", en: "needs at least 1 item(s)." });
  });

  it("says that prose must not be empty", () => {
    const issue = onlyIssue(countySchema, { slug: "karaj", name: "" });
    expect(explainSchemaIssue(issue)).toEqual({ fa: "نباید خالی باشد.", en: "must not be empty." });
  });

  it("shortens long values to 60 characters", () => {
    const long = "x".repeat(100);
    const issue = onlyIssue(settingsSchema.shape.paper, long);
    // 57 characters and an ellipsis.
    expect(explainSchemaIssue(issue).en).toContain(`(found: "${"x".repeat(57)}…")`);
  });

  // The check sees the whole network object: the message must name the two numbers, not dump the object, and must
  // not wrap a whole sentence into "باید … باشد" ("expected …").
  it("explains more trained than members in one sentence that shows the numbers, not an object", () => {
    const issue = onlyIssue(networkSchema, { name: "شبکه", members: 10, trained: 12 });
    const { fa, en } = explainSchemaIssue(issue);
    expect(fa).not.toContain("باشد باشد");
    expect(en).not.toMatch(/^expected trained cannot/);
    expect(en).not.toContain('"members"');
    expect(fa).toContain("۱۲");
    expect(fa).toContain("۱۰");
    expect(en).toMatch(/12.*10/);
  });
});

describe("ContentError", () => {
  it("counts the errors, not the warnings, in its message and keeps every issue", () => {
    const issues: ContentIssue[] = [
      { severity: "error", file: "a.md", message: { fa: "۱", en: "1" } },
      { severity: "warning", file: "a.md", message: { fa: "۲", en: "2" } },
      { severity: "error", file: "b.md", message: { fa: "۳", en: "3" } },
    ];
    const error = new ContentError(issues);
    expect(error.message).toBe("2 content error(s)");
    expect(error.issues).toHaveLength(3);
    expect(error).toBeInstanceOf(Error);
  });
});
