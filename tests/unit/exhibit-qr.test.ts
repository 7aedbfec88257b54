/** The QR codes, read back as a phone would: the SVG rasterised (sharp) and decoded by zbarimg (zbar-tools). */
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import QRCode from "qrcode";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { qrModules, qrSvg } from "../../src/print/exhibit/qr.ts";

const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ketabche-qr-"));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function decode(svg: string): Promise<string> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.png`);
  await sharp(Buffer.from(svg), { density: 300 }).flatten({ background: "#fff" }).png().toFile(file);
  return execFileSync("zbarimg", ["--quiet", "--raw", file], { encoding: "utf8" }).trim();
}

describe("QR codes", () => {
  const urls = [
    "https://ketabche.example.ir/neighbourhoods/kuy-farhangian/",
    "https://example.org/booklets/alborz/neighbourhoods/a-very-long-slug-of-a-neighbourhood-name/",
  ];

  it.each(urls)("decode to exactly the address they were made from: %s", async (url) => {
    expect(await decode(qrSvg(url))).toBe(url);
  });

  /** The dark modules a symbol of this level has, as "x,y" (with the quiet zone's offset). */
  const modulesOf = (url: string, level: "L" | "M") => {
    const { size, data } = QRCode.create(url, { errorCorrectionLevel: level }).modules;
    const dark = new Set<string>();
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (data[y * size + x]) dark.add(`${x + 4},${y + 4}`);
    return dark;
  };
  /** The dark modules the SVG draws. */
  const drawn = (svg: string) => {
    const dark = new Set<string>();
    for (const [, x, y, run] of svg.matchAll(/M(\d+) (\d+)h(\d+)/g))
      for (let i = 0; i < Number(run); i++) dark.add(`${Number(x) + i},${y}`);
    return dark;
  };

  it("use error correction M, with the four-module quiet zone", () => {
    const url = urls[0]!;
    const svg = qrSvg(url);
    const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
    expect(side).toBe(QRCode.create(url, { errorCorrectionLevel: "M" }).modules.size + 8);
    expect(qrModules(url)).toBe(side);
    // The format information (level and mask) is drawn in the symbol: an L symbol differs from an M one.
    expect(drawn(svg)).toEqual(modulesOf(url, "M"));
    expect(drawn(svg)).not.toEqual(modulesOf(url, "L"));
  });

  it("are vector, black on white, and named for screen readers when given a label", () => {
    const svg = qrSvg(urls[0]!, { label: "نشانی صفحه محله" });
    expect(svg).toMatch(/^<svg class="qr" viewBox=/);
    expect(svg).toContain('role="img" aria-label="نشانی صفحه محله"');
    expect(svg).toContain('fill="#000"');
    expect(svg).not.toContain("<image");
    expect(qrSvg(urls[0]!)).toContain('aria-hidden="true"');
  });
});
