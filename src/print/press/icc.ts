/**
 * The ICC output profile of the press files. By default FOGRA39 (ISO 12647-2 offset on coated paper, the
 * condition Iranian and European print shops ask for), made once with ArgyllCMS's colprof from the FOGRA39
 * characterization data that Debian's icc-profiles-free ships, with total ink limited to 300 % and a ramped black
 * generation; then cached, because colprof takes half a minute to a minute. `profile:` in booklet.yml names any
 * other CMYK output profile instead.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { MissingToolError, run } from "./tools.ts";

/** The FOGRA39 measurements (CGATS .ti3), from Debian's icc-profiles-free. */
export const FOGRA39_DATA = "/usr/share/color/icc/FOGRA39L.ti3";
/**
 * Total area coverage the press files may reach, in %: coated sheet-fed offset takes 330-350, 300 leaves a margin
 * for drying and set-off. The profile is made with a limit a little lower, because its colour tables interpolate
 * between their grid points and overshoot the limit by up to 2 % (measured: 301.6 % with `-l 300`).
 */
export const INK_LIMIT = 300;
export const PROFILE_INK_LIMIT = 295;
/** Bump when the recipe below changes, so that a cached profile of the old recipe is not used. */
const RECIPE = "v3";
const DESCRIPTION = `FOGRA39 coated offset, TAC ${PROFILE_INK_LIMIT}% (ketabche, ArgyllCMS colprof)`;

export interface OutputProfile {
  file: string;
  /** The profile's own description (its `desc` tag). */
  description: string;
  /** For the PDF/X output intent: a registered condition (FOGRA39) or "Custom". */
  identifier: string;
  condition: string;
  registry: string;
  /** Total ink limit the profile was made with, when known. */
  inkLimit?: number;
}

export type ProfileProblem = "missing" | "notIcc" | "notCmykOutput";

export interface ProfileCheck {
  problem?: ProfileProblem;
  description?: string;
}

/** The text of a v2 `desc` (textDescriptionType) or v4 `mluc` tag. */
function descriptionOf(bytes: Buffer): string | undefined {
  if (bytes.length < 132) return undefined;
  const count = bytes.readUInt32BE(128);
  for (let i = 0; i < count && 132 + i * 12 + 12 <= bytes.length; i++) {
    const at = 132 + i * 12;
    if (bytes.toString("latin1", at, at + 4) !== "desc") continue;
    const offset = bytes.readUInt32BE(at + 4);
    const type = bytes.toString("latin1", offset, offset + 4);
    if (type === "desc") {
      const length = bytes.readUInt32BE(offset + 8);
      return bytes.toString("latin1", offset + 12, offset + 12 + length).replace(/\0+$/, "");
    }
    if (type === "mluc") {
      const recordLength = bytes.readUInt32BE(offset + 12);
      const textLength = bytes.readUInt32BE(offset + 16 + 4);
      const textOffset = bytes.readUInt32BE(offset + 16 + 8);
      if (recordLength < 12) return undefined;
      const utf16 = bytes.subarray(offset + textOffset, offset + textOffset + textLength);
      return Buffer.from(utf16).swap16().toString("utf16le");
    }
  }
  return undefined;
}

/** Is this file an ICC profile for a CMYK output device (a press), as a PDF/X output intent must be? */
export async function checkProfile(file: string): Promise<ProfileCheck> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return { problem: "missing" };
  }
  if (bytes.length < 132 || bytes.toString("latin1", 36, 40) !== "acsp") return { problem: "notIcc" };
  const deviceClass = bytes.toString("latin1", 12, 16);
  const colourSpace = bytes.toString("latin1", 16, 20);
  if (deviceClass !== "prtr" || colourSpace !== "CMYK") return { problem: "notCmykOutput" };
  return { description: descriptionOf(bytes) };
}

/** An output intent for a profile that names no registered printing condition. */
export function customProfile(file: string, description: string | undefined): OutputProfile {
  const name = description ?? path.basename(file);
  return { file, description: name, identifier: "Custom", condition: name, registry: "" };
}

/** The default FOGRA39 profile: from the cache, or made now (half a minute to a minute) and cached. */
export async function defaultProfile(cacheDir: string, onBuild: () => void = () => {}): Promise<OutputProfile> {
  const file = path.join(cacheDir, `FOGRA39-TAC${PROFILE_INK_LIMIT}-${RECIPE}.icc`);
  const profile: OutputProfile = {
    file,
    description: DESCRIPTION,
    identifier: "FOGRA39",
    condition:
      "Offset printing, according to ISO 12647-2:2004/Amd 1, OFCOM, paper type 1 or 2 = coated art, 115 g/m2, " +
      "tone value increase curves A (CMY) and B (K)",
    registry: "http://www.color.org",
    inkLimit: PROFILE_INK_LIMIT,
  };
  if ((await checkProfile(file)).problem === undefined) return profile;
  if (!(await hasFogra39Data())) throw new MissingToolError(FOGRA39_DATA, "icc-profiles-free");
  onBuild();
  await fs.mkdir(cacheDir, { recursive: true });
  // colprof writes <name>.icc beside <name>.ti3; each build works in a folder of its own, and the profile takes
  // its final name by rename, so two builds at once never read half a file.
  const work = await fs.mkdtemp(path.join(cacheDir, "colprof-"));
  try {
    await fs.copyFile(FOGRA39_DATA, path.join(work, "FOGRA39L.ti3"));
    const args = [
      "-qm",
      `-l${PROFILE_INK_LIMIT}`,
      "-kr",
      "-nc",
      "-D",
      DESCRIPTION,
      "-C",
      "ICC profile made by ArgyllCMS",
    ];
    await run("colprof", [...args, "FOGRA39L"], { cwd: work, timeout: 600_000 });
    // colprof stamps the profile with the hour it was made; a fixed date makes the same recipe the same bytes on
    // every machine (a v2 profile has no checksum over its header), and so the press files too.
    const made = path.join(work, "FOGRA39L.icc");
    const bytes = await fs.readFile(made);
    [2026, 1, 1, 0, 0, 0].forEach((value, i) => bytes.writeUInt16BE(value, 24 + 2 * i));
    await fs.writeFile(made, bytes);
    await fs.rename(made, file);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
  return profile;
}

/** Is the FOGRA39 data there to make the default profile from? (Debian: icc-profiles-free.) */
export async function hasFogra39Data(): Promise<boolean> {
  return fs.access(FOGRA39_DATA).then(
    () => true,
    () => false,
  );
}
