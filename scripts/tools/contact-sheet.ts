/**
 * Lays PDF pages out as spreads for review, as a reader of a right-to-left book sees them (even page on the right):
 *   npx tsx scripts/tools/contact-sheet.ts <pdf> <first> <last> <out.png> [dpi]
 * Page 1 (the cover) stands alone on the left, as in a bound book.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";

const [pdf, firstArg, lastArg, out, dpiArg] = process.argv.slice(2);
if (!pdf || !firstArg || !lastArg || !out) {
  console.error("usage: contact-sheet.ts <pdf> <first> <last> <out.png> [dpi]");
  process.exit(2);
}
const first = Number(firstArg);
const last = Number(lastArg);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sheet-"));
execFileSync("pdftoppm", [
  "-png",
  "-r",
  dpiArg ?? "40",
  "-f",
  String(first),
  "-l",
  String(last),
  pdf,
  path.join(dir, "p"),
]);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".png"))
  .sort();
const pageNumber = (file: string) => Number(/-(\d+)\.png$/.exec(file)![1]);
const { width = 0, height = 0 } = await sharp(path.join(dir, files[0]!)).metadata();
const gap = 12;
// Spread k holds pages 2k (right) and 2k+1 (left).
const spreads = new Map<number, { left?: string; right?: string }>();
for (const file of files) {
  const n = pageNumber(file);
  const k = Math.floor(n / 2);
  const spread = spreads.get(k) ?? {};
  if (n % 2 === 0) spread.right = file;
  else spread.left = file;
  spreads.set(k, spread);
}
const rows = [...spreads.keys()].sort((a, b) => a - b);
const perRow = 3;
const sheetWidth = perRow * (2 * width + gap) + gap;
const sheetHeight = Math.ceil(rows.length / perRow) * (height + gap) + gap;
const composites: sharp.OverlayOptions[] = [];
rows.forEach((k, i) => {
  const spread = spreads.get(k)!;
  const x = gap + (i % perRow) * (2 * width + gap);
  const y = gap + Math.floor(i / perRow) * (height + gap);
  if (spread.left) composites.push({ input: path.join(dir, spread.left), left: x, top: y });
  if (spread.right) composites.push({ input: path.join(dir, spread.right), left: x + width, top: y });
});
await sharp({ create: { width: sheetWidth, height: sheetHeight, channels: 3, background: "#777" } })
  .composite(composites)
  .png()
  .toFile(out);
console.log(out);
