/** Numbers as Persian readers expect them: Persian digits, Persian separators (۱۲٬۵۰۰ and ۱۲٫۵). */
const integerFormat = new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 2 });
const plainFormat = new Intl.NumberFormat("fa-IR", { useGrouping: false });

export function formatNumber(value: number): string {
  return (Number.isInteger(value) ? integerFormat : decimalFormat).format(value);
}

/** Without thousands separators: years and page numbers ("۱۴۰۳", not "۱٬۴۰۳"). */
export function formatPlain(value: number): string {
  return plainFormat.format(value);
}

/**
 * The change between two indicator values in words ("۲۷ افزایش", "۱۱ کاهش"): a bare minus sign is easy to
 * misread in right-to-left text, where it may land on either side of the number.
 */
export function formatChange(before: number, after: number): string {
  const delta = after - before;
  if (delta === 0) return "بدون تغییر";
  return `${formatNumber(Math.abs(delta))} ${delta > 0 ? "افزایش" : "کاهش"}`;
}
