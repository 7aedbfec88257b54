/**
 * The summary chart, drawn as SVG at build time: actions per county, stacked by status, bars growing from
 * the right as Persian reads. No client JavaScript; the same SVG prints sharply in the booklet.
 */
import type { County } from "../content/model.ts";
import { actionStatuses, type ActionStatus } from "../content/schema.ts";
import { formatNumber } from "../typography/numbers.ts";
import { statusLabels } from "../book/labels.ts";

/** Shared with the HTML legend (the `chartColours` global data). */
export const chartColours: Record<ActionStatus, string> = { done: "#0f5c63", ongoing: "#c98a1b", planned: "#9fb3bb" };

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ChartOptions {
  width?: number;
  title?: string;
}

/**
 * Each county is a row: its name and total on one line, the stacked bar below at full width. Keeping labels
 * off the bar's line lets the chart stay legible when a phone scales it down to a third of its size.
 */
export function actionsByCountyChart(
  counties: readonly County[],
  { width = 400, title = "اقدام‌ها به تفکیک شهرستان" }: ChartOptions = {},
): string {
  const rows = counties.filter((c) => c.neighbourhoods.length > 0);
  const rowHeight = 58;
  const barHeight = 16;
  const labelBaseline = 19;
  const height = rows.length * rowHeight;
  const max = Math.max(1, ...rows.map((c) => total(c)));

  const bars = rows
    .map((county, i) => {
      const y = i * rowHeight;
      let x = width;
      const segments = actionStatuses
        .map((status) => {
          const value = county.totals.actions[status];
          if (value === 0) return "";
          const w = (value / max) * width;
          x -= w;
          return `<rect x="${x.toFixed(1)}" y="${y + 26}" width="${w.toFixed(1)}" height="${barHeight}" fill="${chartColours[status]}"><title>${escape(`${county.name}، ${statusLabels[status]}: ${formatNumber(value)}`)}</title></rect>`;
        })
        .join("");
      return `<text x="${width}" y="${y + labelBaseline}" text-anchor="start" class="label">${escape(county.name)}</text><text x="0" y="${y + labelBaseline}" text-anchor="end" class="value">${formatNumber(total(county))}</text><rect x="0" y="${y + 26}" width="${width}" height="${barHeight}" fill="#f0ede6"/>${segments}`;
    })
    .join("");

  const summary = rows.map((c) => `${c.name}: ${formatNumber(total(c))}`).join("، ");
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg" direction="rtl" font-size="16" fill="#24323a"><title id="chart-title">${escape(title)}</title><desc id="chart-desc">${escape(summary)}</desc>${bars}</svg>`;
}

function total(county: County): number {
  return actionStatuses.reduce((sum, status) => sum + county.totals.actions[status], 0);
}
