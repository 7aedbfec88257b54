/**
 * Paints the sample photographs in content/images/ that the sample neighbourhoods use as covers and galleries.
 * Like the rest of the sample content they are illustrative: stylised scenes painted in code, not real photographs.
 *
 *   npm run sample:images [-- outDir [name.jpg ...]]
 *   npx tsx tools/sample-photos/generate.ts [outDir] [name.jpg ...]     (default: content/images, every picture)
 *
 * Naming files repaints only those (while tuning a scene, or in a test). Each picture is a scene description in
 * scenes/ built from the drawing helpers in engine/; engine/render.ts turns it into a JPEG. All randomness is seeded
 * from the file name and no volatile metadata is written, so every run writes the same bytes and the committed
 * images can be checked by regenerating them (tests/unit/sample-photos.test.ts).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import sharp from "sharp";
import { SIZES, type Scene } from "./engine/core.ts";
import { renderScene } from "./engine/render.ts";
import { alleyMural } from "./scenes/alley-mural.ts";
import { bridge } from "./scenes/bridge.ts";
import { classroom } from "./scenes/classroom.ts";
import { communityGarden } from "./scenes/community-garden.ts";
import { desertRoad } from "./scenes/desert-road.ts";
import { healthPost } from "./scenes/health-post.ts";
import { library } from "./scenes/library.ts";
import { marketStreet } from "./scenes/market-street.ts";
import { meetingHall } from "./scenes/meeting-hall.ts";
import { mountainVillage } from "./scenes/mountain-village.ts";
import { newAsphalt } from "./scenes/new-asphalt.ts";
import { orchard } from "./scenes/orchard.ts";
import { parkTrees } from "./scenes/park-trees.ts";
import { playground } from "./scenes/playground.ts";
import { riverValley } from "./scenes/river-valley.ts";
import { schoolYard } from "./scenes/school-yard.ts";
import { sportsField } from "./scenes/sports-field.ts";
import { streetDawn } from "./scenes/street-dawn.ts";
import { streetLights } from "./scenes/street-lights.ts";
import { sunsetRooftops } from "./scenes/sunset-rooftops.ts";
import { treePlanting } from "./scenes/tree-planting.ts";
import { volunteers } from "./scenes/volunteers.ts";
import { waterPipes } from "./scenes/water-pipes.ts";
import { workshopSewing } from "./scenes/workshop-sewing.ts";

/** Every picture, in the order the log reports them. */
export const SCENES: readonly Scene[] = [
  streetDawn,
  parkTrees,
  meetingHall,
  workshopSewing,
  schoolYard,
  alleyMural,
  mountainVillage,
  riverValley,
  marketStreet,
  playground,
  healthPost,
  library,
  sportsField,
  treePlanting,
  waterPipes,
  streetLights,
  orchard,
  desertRoad,
  newAsphalt,
  communityGarden,
  sunsetRooftops,
  bridge,
  classroom,
  volunteers,
];

export interface Written {
  file: string;
  bytes: number;
  width: number;
  height: number;
}

/** Renders, checks and writes one picture. */
async function produce(scene: Scene, outDir: string): Promise<Written> {
  const jpg = await renderScene(scene);
  const meta = await sharp(jpg).metadata();
  const { w, h } = SIZES[scene.aspect];
  if (meta.width !== w || meta.height !== h)
    throw new Error(`${scene.file}: expected ${w}x${h}, got ${meta.width}x${meta.height}`);
  await writeFile(path.join(outDir, scene.file), jpg);
  return { file: scene.file, bytes: jpg.length, width: w, height: h };
}

/** Runs at most `n` async jobs at a time. */
function limiter(n: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (job) => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await job();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * Paints the named pictures (all of them when `files` is empty) into `outDir`. `onWritten` hears of each one in
 * table order, so a log stays stable although a few pictures are painted at once.
 */
export async function generate(
  outDir: string,
  files: readonly string[] = [],
  onWritten: (w: Written) => void = () => undefined,
): Promise<Written[]> {
  const unknown = files.filter((f) => !SCENES.some((s) => s.file === f));
  if (unknown.length) throw new Error(`no scene paints ${unknown.join(", ")}`);
  const todo = files.length ? SCENES.filter((s) => files.includes(s.file)) : SCENES;
  await mkdir(outDir, { recursive: true });

  // librsvg renders each SVG on one thread, so a few pictures in flight cut the wall time
  const run = limiter(Math.max(1, Math.min(4, availableParallelism())));
  const jobs = todo.map((scene) => run(() => produce(scene, outDir)));
  for (const job of jobs) job.catch(() => undefined); // failures are reported below, in order
  const written: Written[] = [];
  for (const job of jobs) {
    const w = await job;
    onWritten(w);
    written.push(w);
  }
  return written;
}

async function main(): Promise<void> {
  const [dir = "content/images", ...files] = process.argv.slice(2);
  const outDir = path.resolve(dir);
  const written = await generate(outDir, files, (w) =>
    console.log(`${w.file.padEnd(24)} ${(w.bytes / 1024).toFixed(0).padStart(5)} KB  ${w.width}x${w.height}`),
  );
  const total = written.reduce((sum, w) => sum + w.bytes, 0);
  console.log(`${written.length} files, total ${(total / 1024 / 1024).toFixed(2)} MB in ${outDir}`);
}

// Run only as the script itself: the test imports generate() without painting everything.
const script = process.argv[1];
if (script && import.meta.url === pathToFileURL(realpathSync(script)).href) {
  main().catch((err: unknown) => {
    console.error(`sample-photos: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
