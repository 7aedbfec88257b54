/**
 * Small graphics drawn as inline SVG rather than with inline `style` attributes, so the site works under a
 * strict Content-Security-Policy and prints exactly: indicator bars, legend swatches and the summary chart.
 */
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import type { County } from "../../content/model.ts";
import { actionsByCountyChart, chartColours } from "../chart.ts";

/** A value's share (0–100) of the largest of the values it is compared with. */
export function shareOf(value: number, ...values: number[]): number {
  const max = Math.max(...values.map(Math.abs), Math.abs(value));
  return max > 0 ? Math.round((Math.abs(value) / max) * 1000) / 10 : 0;
}

/** A horizontal bar filled `share` percent from the right (the start of a right-to-left line). */
export function bar(share: number): string {
  const width = Math.min(100, Math.max(0, share));
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar__track" width="100" height="10"/><rect class="bar__fill" x="${100 - width}" width="${width}" height="10"/></svg>`;
}

export function swatch(colour: string): string {
  return `<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect width="10" height="10" rx="2" fill="${colour}"/></svg>`;
}

export default function graphicsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("shareOf", shareOf);
  eleventyConfig.addFilter("bar", bar);
  eleventyConfig.addFilter("swatch", swatch);
  eleventyConfig.addShortcode("actionsChart", (counties: County[]) => actionsByCountyChart(counties));
  eleventyConfig.addGlobalData("chartColours", chartColours);
}
