/**
 * Template filters that turn typed data into Persian text: numbers, dates, statuses. Templates never format
 * a number or a date themselves.
 */
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { statusLabels, type ActionStatus } from "../../book/labels.ts";
import { formatChange, formatNumber, formatPlain } from "../../typography/numbers.ts";
import { formatJalali, formatJalaliMonth, gregorianIso, parseJalali } from "../../typography/dates.ts";
import { toPersianDigits } from "../../typography/persian.ts";

function jalali(iso: string, format: (d: NonNullable<ReturnType<typeof parseJalali>>) => string): string {
  const date = parseJalali(iso);
  // The schema has already validated every date; a failure here is a programming error, not an editor's.
  if (!date) throw new Error(`not a Jalali date: ${iso}`);
  return format(date);
}

export default function persianFiltersPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("number", (value: number) => formatNumber(value));
  eleventyConfig.addFilter("plainNumber", (value: number) => formatPlain(value));
  eleventyConfig.addFilter("change", (before: number, after: number) => formatChange(before, after));
  eleventyConfig.addFilter("persianDigits", (value: string | number) => toPersianDigits(String(value)));
  eleventyConfig.addFilter("jalali", (iso: string) => jalali(iso, formatJalali));
  eleventyConfig.addFilter("jalaliMonth", (iso: string) => jalali(iso, formatJalaliMonth));
  // For `<time datetime>`: machines read ISO dates as Gregorian, so a Solar Hijri date is converted, not relabelled.
  eleventyConfig.addFilter("gregorian", (iso: string) => jalali(iso, gregorianIso));
  eleventyConfig.addFilter("statusLabel", (status: ActionStatus) => statusLabels[status]);
}
