/**
 * The summary chart, drawn as SVG at build time: actions per county, stacked by status, bars growing from
 * the right as Persian reads. No client JavaScript; the same SVG prints sharply in the booklet.
 */
import type { County } from "../content/model.ts";
import { actionStatuses, type ActionStatus } from "../content/schema.ts";
import { formatNumber } from "../typography/numbers.ts";
import { statusLabels } from "./plugins/persian-filters.ts";

/** Shared with the HTML legend (the `chartColours` global data). */
export const chartColours: Record<ActionStatus, string> = { done: "#0f5c63", ongoing: "#c98a1b", planned: "#9fb3bb" };

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ChartOptions {
  width?: number;
  title?: string;
}

export function actionsByCountyChart(counties: readonly County[], { width = 720, title = "اقدام‌ها به تفکیک شهرستان" }: ChartOptions = {}): string {
  const rows = counties.filter((c) => c.neighbourhoods.length > 0);
  const labelWidth = 110;
  const valueWidth = 48;
  const rowHeight = 40;
  const barHeight = 20;
  const top = 8;
  const height = top + rows.length * rowHeight + 8;
  const barRight = width - labelWidth;
  const barSpace = barRight - valueWidth;
  const max = Math.max(1, ...rows.map((c) => actionStatuses.reduce((sum, s) => sum + c.totals.actions[s], 0)));

  const bars = rows
    .map((county, i) => {
      const y = top + i * rowHeight;
      let x = barRight;
      const segments = actionStatuses
        .map((status) => {
          const value = county.totals.actions[status];
          if (value === 0) return "";
          const w = (value / max) * barSpace;
          x -= w;
          return `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${chartColours[status]}"><title>${escape(`${county.name}، ${statusLabels[status]}: ${formatNumber(value)}`)}</title></rect>`;
        })
        .join("");
      const total = actionStatuses.reduce((sum, s) => sum + county.totals.actions[s], 0);
      return `<text x="${width}" y="${y + 15}" text-anchor="start" class="label">${escape(county.name)}</text>${segments}<text x="${(x - 6).toFixed(1)}" y="${y + 15}" text-anchor="start" class="value">${formatNumber(total)}</text>`;
    })
    .join("");

  const summary = rows.map((c) => `${c.name}: ${formatNumber(actionStatuses.reduce((s, st) => s + c.totals.actions[st], 0))}`).join("، ");
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg" direction="rtl" font-family="Vazirmatn, sans-serif" font-size="13" fill="#24323a"><title id="chart-title">${escape(title)}</title><desc id="chart-desc">${escape(summary)}</desc>${bars}</svg>`;
}
