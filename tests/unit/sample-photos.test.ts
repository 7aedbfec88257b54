// The sample photographs are committed, and the painter is meant to reproduce them exactly; repainting one (the
// quickest to paint) catches a change to the shared drawing code or the encoder that would silently alter them.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../tools/sample-photos/generate.ts";

const FILE = "classroom.jpg";
const COMMITTED = path.resolve(import.meta.dirname, "../../content/images", FILE);
const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

describe("sample photographs", () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  // a few seconds on its own; the margin is for a machine busy with other test files
  it(`repaints ${FILE} byte for byte as committed in content/images`, { timeout: 60_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ketabche-sample-photos-"));
    const [written] = await generate(dir, [FILE]);
    expect(written?.file).toBe(FILE);
    const painted = await readFile(path.join(dir, FILE));
    expect(sha256(painted)).toBe(sha256(await readFile(COMMITTED)));
  });
});
