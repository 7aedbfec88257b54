import { describe, expect, it } from "vitest";
import { planChunks, planMeasureChunks, planPrintChunks } from "../../src/book/chunks.ts";
import { chunkPage, cutOffsets } from "../../src/print/chunk-html.ts";

describe("planChunks", () => {
  const cuts = [
    { id: "a", page: 5 },
    { id: "b", page: 101 },
    { id: "c", page: 151 },
    { id: "d", page: 301 },
  ];

  it("leaves a booklet of chunkPages pages or fewer in one print", () => {
    expect(planChunks(cuts.slice(0, 2), 150, 150)).toEqual([{ firstPage: 1 }]);
    expect(planChunks(cuts, 400, 400)).toEqual([{ firstPage: 1 }]);
  });

  it("cuts at the last cut point that keeps a chunk within chunkPages", () => {
    expect(planChunks(cuts, 400, 150)).toEqual([
      { firstPage: 1, endSection: "c" },
      { firstSection: "c", firstPage: 151, endSection: "d" },
      { firstSection: "d", firstPage: 301 },
    ]);
  });

  it("lets a chunk run longer when no cut point comes in time", () => {
    expect(planChunks([{ id: "x", page: 201 }], 260, 100)).toEqual([
      { firstPage: 1, endSection: "x" },
      { firstSection: "x", firstPage: 201 },
    ]);
  });
});

describe("planPrintChunks", () => {
  it("cuts only before sections that the plan starts on an odd page", () => {
    const plan = { pages: { a: 100, b: 151, c: 200, d: 251 }, blanks: {}, totalPages: 300 };
    expect(planPrintChunks(["a", "b", "c", "d", "unplanned"], plan, { pages: 160, above: 160 })).toEqual([
      { firstPage: 1, endSection: "b" },
      { firstSection: "b", firstPage: 151 },
    ]);
  });
});

describe("chunking only a big booklet", () => {
  it("prints a booklet of `above` pages or fewer at once, however small the chunks", () => {
    const plan = { pages: { a: 101, b: 201 }, blanks: {}, totalPages: 380 };
    expect(planPrintChunks(["a", "b"], plan, { pages: 100, above: 1000 })).toEqual([{ firstPage: 1 }]);
    expect(planPrintChunks(["a", "b"], plan, { pages: 100, above: 379 })).toHaveLength(3);
    const offsets = [{ id: "a", offset: 2800 * 100 }];
    expect(planMeasureChunks(offsets, 2800 * 380, { pages: 100, above: 1000 })).toEqual([{ firstPage: 1 }]);
  });
});

describe("planMeasureChunks", () => {
  it("estimates pages from the HTML's length, and numbers no chunk (folios do not matter when measuring)", () => {
    const offsets = [
      { id: "a", offset: 2800 * 99 },
      { id: "b", offset: 2800 * 199 },
    ];
    expect(planMeasureChunks(offsets, 2800 * 250, { pages: 150, above: 150 })).toEqual([
      { firstPage: 1, endSection: "a" },
      { firstSection: "a", firstPage: 1, endSection: "b" },
      { firstSection: "b", firstPage: 1 },
    ]);
  });
});

describe("chunkPage", () => {
  const html = [
    '<!doctype html><html><head><link rel="stylesheet" href="/print/pages.css">\n</head>\n<body>',
    '<section id="cover"></section><nav class="toc"><a href="#a">A</a><a href="#b">B</a></nav>',
    '<!--cut:a--><section id="a"><p>A</p></section>',
    '<div class="blank-page"></div><!--cut:b--><section id="b"><p>B</p></section>',
    "</body>\n</html>\n",
  ].join("\n");

  it("finds the cut points in order", () => {
    expect(cutOffsets(html).map((cut) => cut.id)).toEqual(["a", "b"]);
  });

  it("keeps the head and the table of contents in the first chunk, with stand-ins for sections printed later", () => {
    const first = chunkPage(html, { firstPage: 1, endSection: "a" }, "chunk-1.css");
    expect(first.css).toBeUndefined();
    expect(first.html).toContain('<nav class="toc">');
    expect(first.html).not.toContain("<p>A</p>");
    expect(first.html).toContain('<div id="a" hidden></div><div id="b" hidden></div>');
    expect(first.html).not.toContain("chunk-1.css");
    expect(first.html.endsWith("</body>\n</html>\n")).toBe(true);
  });

  it("gives a later chunk its sections (blank pages before the next cut included), links to them and its first folio", () => {
    const second = chunkPage(html, { firstSection: "a", endSection: "b", firstPage: 3 }, "chunk-2.css");
    expect(second.html).not.toContain("toc");
    expect(second.html).toContain('<section id="a"><p>A</p></section>\n<div class="blank-page"></div>');
    expect(second.html).not.toContain("<p>B</p>");
    expect(second.html).toContain('<nav hidden><a href="#a"></a></nav>');
    expect(second.html).toContain('<link rel="stylesheet" href="chunk-2.css">\n</head>');
    expect(second.css).toBe("@page :first { counter-increment: page 3; }\n");
    const last = chunkPage(html, { firstSection: "b", firstPage: 5 }, "chunk-3.css");
    expect(last.html).toContain('<section id="b"><p>B</p></section>');
    expect(last.html.endsWith("</body>\n</html>\n")).toBe(true);
  });
});
