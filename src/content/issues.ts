/**
 * Content problems as editors read them: "file:line  field  what is wrong — what was expected".
 * Every problem in a content tree is collected before the build stops, so one run shows them all.
 */
import type { z } from "zod";
import { toPersianDigits } from "../typography/persian.ts";

/** Editor-facing explanations for custom checks (the schema's refinements use these keys as their messages). */
export const hints = {
  jalaliYear: { fa: "سال شمسی چهاررقمی مثل ۱۴۰۳", en: "a four-digit Jalali year like 1403" },
  jalaliDate: { fa: "تاریخ شمسی معتبر به شکل ۱۴۰۳-۰۵-۱۲", en: "a valid Jalali date like 1403-05-12" },
  slug: {
    fa: "حروف کوچک لاتین، رقم و خط تیره (مثل hesarak یا kuy-basij)",
    en: "lowercase Latin letters, digits and hyphens (like hesarak or kuy-basij)",
  },
  imagePath: {
    fa: "مسیر نسبی یک تصویر درون پوشه محتوا (مثل images/park.jpg)",
    en: "a relative path to an image inside the content folder (like images/park.jpg)",
  },
  pathPrefix: {
    fa: "مسیری که با / شروع و تمام شود (مثل / یا /ketabche/)",
    en: "a path that starts and ends with / (like / or /ketabche/)",
  },
  baseUrl: { fa: "نشانی کامل وب‌گاه با http یا https", en: "the site's full address with http or https" },
} as const;

export type Lang = "fa" | "en";
export type Severity = "error" | "warning";

export interface ContentIssue {
  severity: Severity;
  /** Path of the file as the user should open it (relative to the working directory). */
  file: string;
  line?: number;
  /** The field as written in the file, e.g. `actions[2].date` (list items count from 1). */
  field?: string;
  message: Record<Lang, string>;
}

/** Thrown when the content tree has errors; carries every issue found, warnings included. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`${issues.filter((i) => i.severity === "error").length} content error(s)`);
    this.name = "ContentError";
  }
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === "number" ? `${name}[${key + 1}]` : name ? `${name}.${String(key)}` : String(key)),
    "",
  );
}

const typeNames: Record<string, Record<Lang, string>> = {
  string: { fa: "متن", en: "text" },
  number: { fa: "عدد", en: "a number" },
  int: { fa: "عدد صحیح", en: "a whole number" },
  boolean: { fa: "true یا false", en: "true or false" },
  array: { fa: "فهرست (هر مورد در سطری با -)", en: "a list (one `- item` per line)" },
  object: { fa: "مجموعه‌ای از فیلدهای تورفته", en: "a set of indented fields" },
};

function shown(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return "null";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** More trained than members: a whole sentence with both numbers (the check sees the whole network). */
function trainedSentence(input: unknown): Record<Lang, string> {
  const network = (input ?? {}) as { members?: unknown; trained?: unknown };
  const [members, trained] = [String(network.members), String(network.trained)];
  return {
    fa: `شمار آموزش‌دیدگان (${toPersianDigits(trained)}) از شمار اعضا (${toPersianDigits(members)}) بیشتر است؛ آموزش‌دیدگان از اعضای شبکه‌اند و بیش از آنان نمی‌شوند.`,
    en: `trained (${trained}) is more than members (${members}); the trained are members of the network, so there cannot be more of them.`,
  };
}

/** One zod issue, explained in both languages. */
export function explainSchemaIssue(issue: z.core.$ZodIssue): Record<Lang, string> {
  const got = "input" in issue ? shown(issue.input) : "";
  const gotFa = got ? ` (نوشته شده: «${got}»)` : "";
  const gotEn = got ? ` (found: "${got}")` : "";
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined)
        return { fa: "این فیلد لازم است و نوشته نشده است.", en: "this field is required but missing." };
      const expected = typeNames[issue.expected] ?? { fa: issue.expected, en: issue.expected };
      return { fa: `باید ${expected.fa} باشد${gotFa}.`, en: `expected ${expected.en}${gotEn}.` };
    }
    case "too_small":
      if (issue.origin === "string") return { fa: "نباید خالی باشد.", en: "must not be empty." };
      if (issue.origin === "array") {
        const n = Number(issue.minimum);
        return { fa: `دست‌کم ${toPersianDigits(String(n))} مورد لازم است.`, en: `needs at least ${n} item(s).` };
      }
      return {
        fa: `نباید کمتر از ${toPersianDigits(String(issue.minimum))} باشد${gotFa}.`,
        en: `must be at least ${issue.minimum}${gotEn}.`,
      };
    case "invalid_value": {
      const options = issue.values.map(String);
      return {
        fa: `باید یکی از این‌ها باشد: ${options.join("، ")}${gotFa}.`,
        en: `expected one of: ${options.join(", ")}${gotEn}.`,
      };
    }
    case "custom":
      if (issue.message === "trained") return trainedSentence(issue.input);
    // falls through: other custom checks name what was expected, like formats do
    case "invalid_format": {
      const hint = hints[issue.message as keyof typeof hints];
      if (hint) return { fa: `باید ${hint.fa} باشد${gotFa}.`, en: `expected ${hint.en}${gotEn}.` };
      return { fa: `${issue.message}${gotFa}`, en: `${issue.message}${gotEn}` };
    }
    default:
      return { fa: `مقدار نامعتبر است${gotFa}.`, en: `invalid value${gotEn}.` };
  }
}

export function formatIssue(issue: ContentIssue, lang: Lang): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const label = lang === "fa" ? (issue.severity === "error" ? "خطا" : "هشدار") : issue.severity;
  const field = issue.field ? (lang === "fa" ? ` فیلد ${issue.field}:` : ` field ${issue.field}:`) : "";
  return `${where}: ${label}:${field} ${issue.message[lang]}`;
}
