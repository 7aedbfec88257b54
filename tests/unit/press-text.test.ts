import { describe, expect, it } from "vitest";
import { visualOrder } from "../../src/print/press/text-restore.ts";
import { readToUnicode, writeToUnicode } from "../../src/print/to-unicode.ts";

const CMAP = [
  "/CIDInit /ProcSet findresource begin",
  "12 dict begin",
  "begincmap",
  "1 begincodespacerange",
  "<0000><ffff>",
  "endcodespacerange",
  "2 beginbfrange",
  "<0515><0516><06444427>",
  "<0250><0250><0020>",
  "endbfrange",
  "endcmap",
].join("\n");

describe("the press file's text layer", () => {
  it("writes a lam-alef ligature's letters in visual order, and nothing else", () => {
    expect(visualOrder("لا")).toBe("ال");
    expect(visualOrder("لأ")).toBe("أل");
    expect(visualOrder("ب")).toBe("ب");
    expect(visualOrder("fi")).toBe("fi");
  });

  it("rewrites a CMap to say exactly the given map, one code at a time", () => {
    const { map, digits } = readToUnicode(CMAP);
    expect(map.get(0x0515)).toBe("\u0644\u4427");
    map.set(0x0515, "ال");
    map.set(0x0516, "ال");
    const written = writeToUnicode(CMAP, map, digits);
    expect(written).toContain("3 beginbfchar");
    expect(readToUnicode(written).map).toEqual(
      new Map([
        [0x0250, " "],
        [0x0515, "ال"],
        [0x0516, "ال"],
      ]),
    );
  });
});
