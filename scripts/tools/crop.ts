/**
 * Cuts a tall screenshot into viewable slices: npx tsx scripts/tools/crop.ts <png> <sliceHeight>
 */
import sharp from "sharp";

const [file, sliceArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: crop.ts <png> [sliceHeight]");
  process.exit(2);
}
const slice = Number(sliceArg ?? 1400);
const { width = 0, height = 0 } = await sharp(file).metadata();
for (let top = 0, i = 1; top < height; top += slice, i++) {
  const out = file.replace(/\.png$/, `.part${i}.png`);
  await sharp(file)
    .extract({ left: 0, top, width, height: Math.min(slice, height - top) })
    .toFile(out);
  console.log(out);
}
