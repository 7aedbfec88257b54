/**
 * Where each section of the booklet starts, and where blank pages go so that sections start on a recto.
 *
 * Chromium cannot do this itself (no `break-before: recto`, no `target-counter()`), so the pipeline renders,
 * reads back the page of every section from the PDF, plans the blank pages and page numbers here, and renders
 * again with them until the plan and the PDF agree.
 */
export interface Pagination {
  /** The page (1-based) each measured section starts on. */
  pages: Record<string, number>;
  /** How many blank pages go right before a section. */
  blanks: Record<string, number>;
  totalPages: number;
}

export interface Section {
  id: string;
  /** "recto": starts on an odd page; "back": the back cover, the last page of a multiple of four; "any". */
  start: "recto" | "back" | "any";
  /** Set on sections made to fill exactly one page (covers, title page): the next section's page follows from it. */
  onePage?: boolean;
}

export class PaginationError extends Error {}

/**
 * Plans blanks and page numbers from a render. `measured` holds the pages found in a PDF that was rendered with
 * `used` (its blanks are taken out first), `totalPages` is that PDF's page count.
 */
export function planPagination(
  sections: readonly Section[],
  measured: ReadonlyMap<string, number>,
  totalPages: number,
  used?: Pagination,
): Pagination {
  const blanksUsedBefore = (index: number) =>
    sections.slice(0, index + 1).reduce((sum, s) => sum + (used?.blanks[s.id] ?? 0), 0);
  const allUsed = Object.values(used?.blanks ?? {}).reduce((a, b) => a + b, 0);
  const pages: Record<string, number> = {};
  const blanks: Record<string, number> = {};
  let shift = 0;
  // Where a section is not a link target, its page follows from a one-page section right before it.
  const pageOf = (index: number): number | undefined => {
    const section = sections[index];
    if (!section) return undefined;
    const found = measured.get(section.id);
    if (found !== undefined) return found;
    const previous = sections[index - 1];
    if (index === 0) return 1;
    const before = previous?.onePage ? pageOf(index - 1) : undefined;
    return before === undefined ? undefined : before + 1 + (used?.blanks[section.id] ?? 0);
  };
  sections.forEach((section, index) => {
    if (section.start === "back") {
      const natural = totalPages - allUsed + shift;
      // Printers fold sheets in fours: pad so that the back cover is the last page of a multiple of four.
      const padding = (4 - (natural % 4)) % 4;
      if (padding) blanks[section.id] = padding;
      shift += padding;
      pages[section.id] = natural + padding;
      return;
    }
    const page = pageOf(index);
    if (page === undefined) {
      if (section.start === "recto")
        throw new PaginationError(
          `section "${section.id}" must start on a recto but its page could not be found in the PDF`,
        );
      return;
    }
    let planned = page - blanksUsedBefore(index) + shift;
    if (section.start === "recto" && planned % 2 === 0) {
      blanks[section.id] = 1;
      shift += 1;
      planned += 1;
    }
    pages[section.id] = planned;
  });
  return { pages, blanks, totalPages: totalPages - allUsed + shift };
}

/** True when a render made with `plan` put every measured section where the plan said. */
export function matches(plan: Pagination, measured: ReadonlyMap<string, number>, totalPages: number): boolean {
  if (plan.totalPages !== totalPages) return false;
  return [...measured].every(([id, page]) => plan.pages[id] === undefined || plan.pages[id] === page);
}
