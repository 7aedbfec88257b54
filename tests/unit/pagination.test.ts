import { describe, expect, it } from "vitest";
import { matches, planPagination, PaginationError, type Pagination, type Section } from "../../src/book/pagination.ts";

/**
 * A stand-in for Chromium: lays the sections out one after the other, each `length` pages long, with the blank
 * pages of `plan` right before the sections they belong to. Returns what the pipeline reads back from the PDF:
 * the page of every section that is a link target, and the page count.
 */
function render(
  layout: readonly (Section & { length: number; target: boolean })[],
  plan?: Pagination,
): { measured: Map<string, number>; totalPages: number } {
  const measured = new Map<string, number>();
  let page = 1;
  for (const section of layout) {
    page += plan?.blanks[section.id] ?? 0;
    if (section.target) measured.set(section.id, page);
    page += section.length;
  }
  return { measured, totalPages: page - 1 };
}

/**
 * A small booklet. Without blank pages it lays out as:
 *   cover 1 · title 2 · toc 3–4 · county 5 · hesarak 6–8 · golsar 9–10 · back 11   (11 pages)
 * cover and title are not link targets: their pages follow from the one-page section before them.
 */
const layout = [
  { id: "cover", start: "any", onePage: true, length: 1, target: false },
  { id: "title", start: "any", onePage: true, length: 1, target: false },
  { id: "toc", start: "recto", length: 2, target: true },
  { id: "county-karaj", start: "recto", length: 1, target: true },
  { id: "hesarak", start: "recto", length: 3, target: true },
  { id: "golsar", start: "recto", length: 2, target: true },
  { id: "back", start: "back", onePage: true, length: 1, target: false },
] as const satisfies readonly (Section & { length: number; target: boolean })[];
const sections: Section[] = layout.map(({ length: _length, target: _target, ...section }) => section);

/*
 * The plan by hand:
 *   cover 1, title 2 (= 1 + 1), toc 3 (odd), county-karaj 5 (odd);
 *   hesarak 6 is even → 1 blank, starts on 7; everything after moves by 1;
 *   golsar 9 + 1 = 10 is even → 1 blank, starts on 11; everything after moves by 2;
 *   back: 11 + 2 = 13 → padded by 3 to 16, a multiple of 4.
 */
const expectedPlan: Pagination = {
  pages: { cover: 1, title: 2, toc: 3, "county-karaj": 5, hesarak: 7, golsar: 11, back: 16 },
  blanks: { hesarak: 1, golsar: 1, back: 3 },
  totalPages: 16,
};

describe("planPagination: blank pages so that sections start on a recto", () => {
  it("plans the first pass from a render without blanks", () => {
    const { measured, totalPages } = render(layout);
    expect(totalPages).toBe(11);
    expect(planPagination(sections, measured, totalPages)).toEqual(expectedPlan);
  });

  it("adds one blank before a recto section that would fall on an even page, and none before an odd one", () => {
    const plan = planPagination(
      [
        { id: "a", start: "recto" },
        { id: "b", start: "recto" },
        { id: "c", start: "recto" },
      ],
      new Map([
        ["a", 1],
        ["b", 3],
        ["c", 4],
      ]),
      5,
    );
    // a 1 and b 3 are odd; c 4 is even → one blank, c on 5; total 5 + 1 = 6.
    expect(plan).toEqual({ pages: { a: 1, b: 3, c: 5 }, blanks: { c: 1 }, totalPages: 6 });
  });

  it("never adds a blank before a section that may start anywhere", () => {
    const plan = planPagination(
      [
        { id: "a", start: "recto" },
        { id: "b", start: "any" },
      ],
      new Map([
        ["a", 1],
        ["b", 2],
      ]),
      4,
    );
    expect(plan).toEqual({ pages: { a: 1, b: 2 }, blanks: {}, totalPages: 4 });
  });

  it("shifts later page numbers by the blanks inserted before them", () => {
    const plan = planPagination(
      [
        { id: "a", start: "recto" },
        { id: "b", start: "recto" },
        { id: "c", start: "any" },
        { id: "d", start: "recto" },
      ],
      new Map([
        ["a", 2],
        ["b", 4],
        ["c", 5],
        ["d", 7],
      ]),
      8,
    );
    // a 2 → blank, 3 (shift 1); b 4 + 1 = 5 (odd); c 5 + 1 = 6 (any); d 7 + 1 = 8 → blank, 9 (shift 2).
    expect(plan).toEqual({ pages: { a: 3, b: 5, c: 6, d: 9 }, blanks: { a: 1, d: 1 }, totalPages: 10 });
  });

  it("pads the back cover so that the total is a multiple of four", () => {
    const back: Section[] = [
      { id: "a", start: "recto" },
      { id: "back", start: "back" },
    ];
    const one = new Map([["a", 1]]);
    // 5 pages → 3 blanks → 8; 6 → 2 → 8; 7 → 1 → 8; 8 → none.
    expect(planPagination(back, one, 5)).toEqual({ pages: { a: 1, back: 8 }, blanks: { back: 3 }, totalPages: 8 });
    expect(planPagination(back, one, 6)).toEqual({ pages: { a: 1, back: 8 }, blanks: { back: 2 }, totalPages: 8 });
    expect(planPagination(back, one, 7)).toEqual({ pages: { a: 1, back: 8 }, blanks: { back: 1 }, totalPages: 8 });
    expect(planPagination(back, one, 8)).toEqual({ pages: { a: 1, back: 8 }, blanks: {}, totalPages: 8 });
  });

  it("counts the blanks inserted before the back cover when padding it", () => {
    const plan = planPagination(
      [
        { id: "a", start: "recto" },
        { id: "b", start: "recto" },
        { id: "back", start: "back" },
      ],
      new Map([
        ["a", 1],
        ["b", 2],
      ]),
      3,
    );
    // b 2 → blank, 3; the back cover would be page 3 + 1 = 4: already a multiple of four, no padding.
    expect(plan).toEqual({ pages: { a: 1, b: 3, back: 4 }, blanks: { b: 1 }, totalPages: 4 });
  });

  it("gives an unmeasured section the page after a one-page section before it", () => {
    const plan = planPagination(
      [
        { id: "cover", start: "any", onePage: true },
        { id: "inside", start: "any", onePage: true },
        { id: "title", start: "recto", onePage: true },
        { id: "toc", start: "recto" },
      ],
      new Map([["toc", 5]]),
      6,
    );
    // cover 1 (first page); inside 1 + 1 = 2; title 2 + 1 = 3 (odd); toc measured on 5 (odd).
    expect(plan).toEqual({ pages: { cover: 1, inside: 2, title: 3, toc: 5 }, blanks: {}, totalPages: 6 });
  });

  it("adds a blank before an unmeasured recto section that would follow a one-page section onto an even page", () => {
    const plan = planPagination(
      [
        { id: "cover", start: "any", onePage: true },
        { id: "title", start: "recto", onePage: true },
        { id: "toc", start: "recto" },
      ],
      new Map([["toc", 3]]),
      4,
    );
    // title would be 2 → blank, 3; toc 3 + 1 = 4 → blank, 5; total 4 + 2 = 6.
    expect(plan).toEqual({ pages: { cover: 1, title: 3, toc: 5 }, blanks: { title: 1, toc: 1 }, totalPages: 6 });
  });

  it("leaves out an unmeasured section that may start anywhere when the section before it is longer than a page", () => {
    const plan = planPagination(
      [
        { id: "a", start: "recto" },
        { id: "b", start: "any" },
        { id: "c", start: "recto" },
      ],
      new Map([
        ["a", 1],
        ["c", 5],
      ]),
      6,
    );
    expect(plan).toEqual({ pages: { a: 1, c: 5 }, blanks: {}, totalPages: 6 });
  });

  it("throws PaginationError when a recto section's page cannot be found", () => {
    const unfindable: Section[] = [
      { id: "a", start: "recto" },
      { id: "lost", start: "recto" },
    ];
    const call = () => planPagination(unfindable, new Map([["a", 1]]), 4);
    expect(call).toThrow(PaginationError);
    expect(call).toThrow(/"lost"/);
  });
});

describe("planPagination and matches: the passes settle", () => {
  it("a render made with the plan's blanks matches the plan", () => {
    const second = render(layout, expectedPlan);
    // cover 1, title 2, toc 3, county 5, blank 6, hesarak 7–9, blank 10, golsar 11–12, 3 blanks 13–15, back 16.
    expect(Object.fromEntries(second.measured)).toEqual({ toc: 3, "county-karaj": 5, hesarak: 7, golsar: 11 });
    expect(second.totalPages).toBe(16);
    expect(matches(expectedPlan, second.measured, second.totalPages)).toBe(true);
  });

  it("plans the same again from that render: the plan is a fixed point", () => {
    const second = render(layout, expectedPlan);
    expect(planPagination(sections, second.measured, second.totalPages, expectedPlan)).toEqual(expectedPlan);
  });

  it("reaches the same fixed point when one-page sections take blanks", () => {
    const withTitle = [
      { id: "cover", start: "any", onePage: true, length: 1, target: false },
      { id: "title", start: "recto", onePage: true, length: 1, target: false },
      { id: "toc", start: "recto", length: 1, target: true },
      { id: "back", start: "back", length: 1, target: false },
    ] as const;
    const first = render(withTitle);
    const plan = planPagination(withTitle, first.measured, first.totalPages);
    // title 2 → blank, 3; toc 3 + 1 = 4 → blank, 5; back 4 + 2 = 6 → 2 blanks, 8.
    expect(plan).toEqual({
      pages: { cover: 1, title: 3, toc: 5, back: 8 },
      blanks: { title: 1, toc: 1, back: 2 },
      totalPages: 8,
    });
    const second = render(withTitle, plan);
    expect(second.totalPages).toBe(8);
    expect(matches(plan, second.measured, second.totalPages)).toBe(true);
    expect(planPagination(withTitle, second.measured, second.totalPages, plan)).toEqual(plan);
  });

  it("does not match a render whose page count or section pages differ from the plan", () => {
    const second = render(layout, expectedPlan);
    expect(matches(expectedPlan, second.measured, 15)).toBe(false);
    expect(matches(expectedPlan, new Map([...second.measured, ["golsar", 12]]), 16)).toBe(false);
    // The first render, made without blanks, does not match the plan either.
    const first = render(layout);
    expect(matches(expectedPlan, first.measured, first.totalPages)).toBe(false);
  });

  it("ignores measured sections that the plan does not place", () => {
    const second = render(layout, expectedPlan);
    expect(matches(expectedPlan, new Map([...second.measured, ["footnote", 14]]), 16)).toBe(true);
  });
});
