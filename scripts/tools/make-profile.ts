/**
 * Makes the default press colour profile (FOGRA39, ink-limited, with ArgyllCMS's colprof: about a minute) into the
 * project's shared cache, so that the first press build and the tests find it made. Run by scripts/setup.sh.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/pipeline/options.ts";
import { defaultProfile } from "../../src/print/press/icc.ts";

const cache = path.join(PROJECT_ROOT, "node_modules", ".cache", "ketabche-icc");
await fs.mkdir(cache, { recursive: true });
const profile = await defaultProfile(cache, () => console.log("making the FOGRA39 press profile (colprof)…"));
console.log(`press profile: ${path.relative(PROJECT_ROOT, profile.file)}`);
