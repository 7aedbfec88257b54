/**
 * Fitting a poster or handout to its page, in Chromium, after the fonts have loaded: nothing is ever clipped.
 *   data-fit="shrink"  the text gets smaller (down to half its size) until it fits its box (a name, a label);
 *   data-fit="list"    the list drops its last items until it fits, and says how many more are on the website;
 *   data-fit="cut"     the text is cut at a word, with an ellipsis, to the longest that fits.
 * Then every element is measured against its page; anything still outside is reported (the pipeline warns).
 * The function runs in the page (page.evaluate): it may use nothing from this module's scope.
 */

export interface FitReport {
  shrunk: { text: string; scale: number }[];
  dropped: { list: string; items: number }[];
  cut: { text: string; kept: number; of: number }[];
  /** Text or graphics whose box reaches outside its page (".sheet" or ".handout__side"). */
  overflow: { text: string; by: number }[];
}

export function fitPage(): FitReport {
  const report: FitReport = { shrunk: [], dropped: [], cut: [], overflow: [] };
  // Vazirmatn's glyphs reach a little above and below a tight line (line-height 1.3): that ink counts in the
  // scroll height without being a line too many, so up to 0.45 em of it is allowed; a line too many is 1.3 em.
  const fits = (el: HTMLElement) =>
    el.scrollHeight <= el.clientHeight + Math.max(1, 0.45 * parseFloat(getComputedStyle(el).fontSize)) &&
    el.scrollWidth <= el.clientWidth + 1;
  const label = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);

  for (const el of document.querySelectorAll<HTMLElement>('[data-fit="shrink"]')) {
    const start = parseFloat(getComputedStyle(el).fontSize);
    el.dataset.startSize = String(start);
    let size = start;
    while (!fits(el) && size > start * 0.5) {
      size *= 0.96;
      el.style.fontSize = `${size}px`;
    }
    if (size < start) report.shrunk.push({ text: label(el), scale: Math.round((size / start) * 100) / 100 });
  }

  // A very long name in two big lines would leave no room for what was done and the story: the part marked
  // data-room keeps at least that many rem, by setting the names (data-gives-room) smaller still.
  const room = document.querySelector<HTMLElement>("[data-room]");
  const givers = [...document.querySelectorAll<HTMLElement>("[data-gives-room]")];
  if (room && givers.length) {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const needed = Number(room.dataset.room) * rem;
    const starts = givers.map((el) => parseFloat(el.dataset.startSize ?? getComputedStyle(el).fontSize));
    for (let step = 0; room.clientHeight < needed && step < 20; step++) {
      givers.forEach((el, i) => {
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size > starts[i]! * 0.45) el.style.fontSize = `${size * 0.95}px`;
      });
    }
  }

  for (const list of document.querySelectorAll<HTMLElement>('[data-fit="list"]')) {
    const items = [...list.children] as HTMLElement[];
    if (fits(list)) continue;
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

  for (const el of document.querySelectorAll<HTMLElement>('[data-fit="cut"]')) {
    if (fits(el)) continue;
    const words = (el.textContent ?? "").trim().split(/\s+/);
    // The longest prefix of whole words that fits, found by halving.
    let low = 0;
    let high = words.length;
    const show = (count: number) => {
      const head = words
        .slice(0, count)
        .join(" ")
        .replace(/[\s،,؛;:.]+$/, "");
      el.textContent = count > 0 ? `${head}…` : "";
    };
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
  for (const el of document.querySelectorAll<HTMLElement>("[data-fit]"))
    if (!fits(el)) report.overflow.push({ text: label(el), by: Math.round(el.scrollHeight - el.clientHeight) });
  for (const page of document.querySelectorAll<HTMLElement>(".sheet, .handout__side")) {
    const box = page.getBoundingClientRect();
    for (const el of page.querySelectorAll<Element>("p, h1, h2, li, dd, dt, td, th, svg, img")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const by = Math.max(box.top - r.top, r.bottom - box.bottom, box.left - r.left, r.right - box.right);
      if (by > 1) report.overflow.push({ text: label(el), by: Math.round(by) });
    }
  }
  return report;
}
