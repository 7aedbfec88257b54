/**
 * A county's or neighbourhood's actions as one bar on a summary poster: done, ongoing and planned from the right
 * (where a Persian reader starts), in the colours of the booklet's chart (passed in by the template, which has them
 * as global data). An SVG with no text: the figures beside it carry the numbers.
 */
import { actionStatuses, type ActionStatus } from "../../book/labels.ts";

export function statusBar(actions: Record<ActionStatus, number>, colours: Record<ActionStatus, string>): string {
  const all = actionStatuses.reduce((sum, status) => sum + actions[status], 0);
  let x = 100;
  const parts = actionStatuses
    .filter((status) => all > 0 && actions[status] > 0)
    .map((status) => {
      const width = (actions[status] / all) * 100;
      x -= width;
      return `<rect x="${x.toFixed(2)}" width="${width.toFixed(2)}" height="10" fill="${colours[status]}"/>`;
    });
  return (
    `<svg class="status-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">` +
    `<rect width="100" height="10" fill="#f0ede6"/>${parts.join("")}</svg>`
  );
}
