/**
 * Fitting posters and handouts to their pages, in Chromium, after the fonts have loaded: nothing is ever clipped.
 * Each top-level <article> is one poster or handout (a page may hold all of them, printed at once):
 *   data-fit="shrink"  the text gets smaller (down to half its size) until it fits its box (a name, a label);
 *   data-fit="grow"    the same, after growing (up to 1.6 times its size) into the room its box has;
 *   data-room="7"      this part keeps at least 7 rem, by setting the names marked data-gives-room smaller still;
 *   data-fit="list"    the list drops its last items until it fits, and says how many more are on the website;
 *   data-fit="cut"     the text is cut at a word, with an ellipsis, to the longest that fits.
 * Then every element is measured against its page; anything still outside is reported (the pipeline warns).
 * The function runs in the page (page.evaluate): it may use nothing from this module's scope.
 */

export interface FitReport {
  /** The article's id: poster-<slug>, handout-<slug>, county-<slug> or province. */
  id: string;
  shrunk: { text: string; scale: number }[];
  dropped: { list: string; items: number }[];
  cut: { text: string; kept: number; of: number }[];
  /** Text or graphics whose box reaches outside its page (".sheet" or ".handout__side"), or its fitted box. */
  overflow: { text: string; by: number }[];
}

export function fitPages(): FitReport[] {
  // Vazirmatn's glyphs reach a little above and below a tight line (line-height 1.3): that ink counts in the
  // scroll height without being a line too many, so up to 0.45 em of it is allowed; a line too many is 1.3 em.
  const fits = (el: HTMLElement) =>
    el.scrollHeight <= el.clientHeight + Math.max(1, 0.45 * parseFloat(getComputedStyle(el).fontSize)) &&
    el.scrollWidth <= el.clientWidth + 1;
  const label = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
  const sizeOf = (el: HTMLElement) => parseFloat(getComputedStyle(el).fontSize);
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);

  return [...document.querySelectorAll<HTMLElement>("body > article")].map((article) => {
    const report: FitReport = { id: article.id, shrunk: [], dropped: [], cut: [], overflow: [] };
    const all = (selector: string) => [...article.querySelectorAll<HTMLElement>(selector)];

    // A county with few neighbourhoods: their cards grow into the room there is.
    for (const el of all('[data-fit="grow"]')) {
      const start = sizeOf(el);
      let size = start;
      while (fits(el) && size < start * 1.6) el.style.fontSize = `${(size *= 1.05)}px`;
      while (!fits(el) && size > start * 0.5) el.style.fontSize = `${(size *= 0.96)}px`;
      if (size < start) report.shrunk.push({ text: label(el), scale: Math.round((size / start) * 100) / 100 });
    }

    const starts = new Map<HTMLElement, number>();
    for (const el of all('[data-fit="shrink"]')) {
      const start = sizeOf(el);
      starts.set(el, start);
      let size = start;
      while (!fits(el) && size > start * 0.5) {
        size *= 0.96;
        el.style.fontSize = `${size}px`;
      }
    }

    const room = article.querySelector<HTMLElement>("[data-room]");
    const givers = all("[data-gives-room]");
    if (room && givers.length) {
      const needed = Number(room.dataset.room) * rem;
      for (let step = 0; room.clientHeight < needed && step < 20; step++)
        for (const el of givers)
          if (sizeOf(el) > (starts.get(el) ?? sizeOf(el)) * 0.45) el.style.fontSize = `${sizeOf(el) * 0.95}px`;
    }
    for (const [el, start] of starts)
      if (sizeOf(el) < start)
        report.shrunk.push({ text: label(el), scale: Math.round((sizeOf(el) / start) * 100) / 100 });

    for (const list of all('[data-fit="list"]')) {
      if (fits(list)) continue;
      const items = [...list.children] as HTMLElement[];
      const more = document.createElement("li");
      more.className = "poster__more-item";
      list.append(more);
      let kept = items.length;
      while (kept > 0 && !fits(list)) {
        items[--kept]!.remove();
        // Persian digits, as everywhere a reader looks.
        more.textContent = (list.dataset.more ?? "+{n}").replace("{n}", (items.length - kept).toLocaleString("fa-IR"));
      }
      report.dropped.push({ list: label(list), items: items.length - kept });
    }

    for (const el of all('[data-fit="cut"]')) {
      if (fits(el)) continue;
      const words = (el.textContent ?? "").trim().split(/\s+/);
      const show = (count: number) => {
        const head = words
          .slice(0, count)
          .join(" ")
          .replace(/[\s،,؛;:.]+$/, "");
        el.textContent = count > 0 ? `${head}…` : "";
      };
      // The longest prefix of whole words that fits, found by halving.
      let low = 0;
      let high = words.length;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        show(middle);
        if (fits(el)) low = middle;
        else high = middle - 1;
      }
      show(low);
      report.cut.push({ text: label(el), kept: low, of: words.length });
    }

    // What still does not fit its own box, and anything that reaches outside its page.
    for (const el of all("[data-fit]"))
      if (!fits(el)) report.overflow.push({ text: label(el), by: Math.round(el.scrollHeight - el.clientHeight) });
    for (const page of [article, ...all(".handout__side")].filter((el) => el.matches(".sheet, .handout__side"))) {
      const box = page.getBoundingClientRect();
      for (const el of page.querySelectorAll<Element>("p, h1, h2, li, dd, dt, td, th, svg, img")) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const by = Math.max(box.top - r.top, r.bottom - box.bottom, box.left - r.left, r.right - box.right);
        if (by > 1) report.overflow.push({ text: label(el), by: Math.round(by) });
      }
    }
    return report;
  });
}
