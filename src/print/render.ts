/**
 * Stage 3 of the pipeline: the print HTML → Chromium → PDF bytes, and what the page tells about its sections.
 */
import type { Browser } from "puppeteer";
import type { Section } from "../book/pagination.ts";

export interface TocEntry {
  id: string;
  title: string;
  /** 0 for front pages and counties, 1 for the neighbourhoods under a county. */
  level: number;
}

export interface Render {
  pdf: Uint8Array;
  sections: Section[];
  toc: TocEntry[];
}

/**
 * `timeout`: how long loading and printing may each take, in milliseconds. `measureOnly`: the same layout with
 * nothing drawn but the sections' boxes (print.css, html.measure-only), untagged and without backgrounds: its
 * named destinations and page count are the real print's, at a fifth of its cost (no images, no glyphs).
 */
export async function renderPdf(browser: Browser, url: string, timeout: number, measureOnly = false): Promise<Render> {
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(timeout);
    await page.goto(url, { waitUntil: "load", timeout });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (measureOnly) await page.evaluate(() => document.documentElement.classList.add("measure-only"));
    // The page lists its own parts; the TS side never keeps a second copy of the booklet's structure.
    const { sections, toc } = await page.evaluate(() => ({
      sections: [...document.querySelectorAll<HTMLElement>("[data-section]")].map((el) => ({
        id: el.id,
        start: (el.dataset.start ?? "any") as "recto" | "back" | "any",
        onePage: el.dataset.pages === "1",
      })),
      toc: [...document.querySelectorAll<HTMLAnchorElement>(".toc a[href^='#']")].map((a) => ({
        id: a.getAttribute("href")!.slice(1),
        title: a.querySelector(".toc__title")?.textContent?.trim() ?? "",
        level: a.closest("ol ol") ? 1 : 0,
      })),
    }));
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: !measureOnly,
      tagged: !measureOnly,
      outline: false,
      timeout,
    });
    return { pdf, sections, toc };
  } finally {
    await page.close();
  }
}
