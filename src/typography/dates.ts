/**
 * Solar Hijri (Jalali) dates. Editors write "1403-05-12" (Latin or Persian digits); readers see "۱۲ مرداد ۱۴۰۳".
 * jalaali-js converts and validates the calendar; Intl (fa-IR, persian calendar) writes the month names, so
 * no month table lives in this code.
 */
import jalaali from "jalaali-js";
import { toLatinDigits } from "./persian.ts";

export interface JalaliDate {
  year: number;
  month: number;
  day: number;
}

const JALALI_PATTERN = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Parses "1403-05-12" (also with Persian digits or slashes); undefined when it is not a real Jalali date. */
export function parseJalali(input: string): JalaliDate | undefined {
  const match = JALALI_PATTERN.exec(toLatinDigits(input.trim()));
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (!jalaali.isValidJalaaliDate(year, month, day)) return undefined;
  return { year, month, day };
}

/** The canonical, sortable form: "1403-05-12". */
export function isoJalali(date: JalaliDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

const longFormat = new Intl.DateTimeFormat("fa-IR-u-ca-persian-nu-arabext", {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("fa-IR-u-ca-persian-nu-arabext", {
  year: "numeric",
  month: "long",
  timeZone: "UTC",
});

function toUtcDate(date: JalaliDate): Date {
  const g = jalaali.toGregorian(date.year, date.month, date.day);
  return new Date(Date.UTC(g.gy, g.gm - 1, g.gd));
}

/** The same day in the Gregorian calendar, ISO 8601 ("2024-08-02"): what `<time datetime>` and machines read. */
export function gregorianIso(date: JalaliDate): string {
  return toUtcDate(date).toISOString().slice(0, 10);
}

/** "۱۲ مرداد ۱۴۰۳" */
export function formatJalali(date: JalaliDate): string {
  return longFormat.format(toUtcDate(date));
}

/** "مرداد ۱۴۰۳" — Intl's fa pattern is "۱۴۰۳ مرداد"; Persian prose puts the month first. */
export function formatJalaliMonth(date: JalaliDate): string {
  const parts = monthFormat.formatToParts(toUtcDate(date));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("month")} ${part("year")}`;
}
