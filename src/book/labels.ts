/**
 * The booklet's fixed vocabulary: the statuses an action may have, and the Persian words readers see for them.
 * Pure data, shared by the schema, the templates and the charts.
 */
export const actionStatuses = ["done", "ongoing", "planned"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const statusLabels: Record<ActionStatus, string> = {
  done: "انجام‌شده",
  ongoing: "در حال انجام",
  planned: "برنامه‌ریزی‌شده",
};
