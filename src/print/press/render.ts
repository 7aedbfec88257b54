/**
 * Chromium's part of the press files: the interior (the booklet's print pages with the press stylesheet, every
 * page larger by the bleed), the cover spread (/print/cover/, sized at print time) and the slug lines (one strip
 * per sheet, so that Persian is shaped by the browser and set in the booklet's own embedded font).
 */
import type { Browser, Page } from "puppeteer";

export interface PressUrls {
  /** The booklet's print pages, e.g. http://127.0.0.1:4321/print/ */
  print: string;
  pressCss: string;
  cover: string;
}

async function open(browser: Browser, url: string, timeout: number): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  await page.goto(url, { waitUntil: "load", timeout });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

/** The interior: the same document as the screen booklet, with /print/press.css added before printing. */
export async function renderInterior(browser: Browser, urls: PressUrls, timeout: number): Promise<Uint8Array> {
  const page = await open(browser, urls.print, timeout);
  try {
    await page.addStyleTag({ url: urls.pressCss });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false, timeout });
  } finally {
    await page.close();
  }
}

export interface CoverSizes {
  /** Millimetres: the trimmed page, the bleed, the spine. */
  pageWidth: number;
  pageHeight: number;
  bleed: number;
  spine: number;
  spineText: boolean;
}

export interface CoverRender {
  pdf: Uint8Array;
  /** The spine's text is longer than the spine and was cut (only when it is shown). */
  spineOverflow: boolean;
}

/** The cover spread, one page: front | spine | back, with the bleed round the outside. */
export async function renderCover(
  browser: Browser,
  urls: PressUrls,
  sizes: CoverSizes,
  timeout: number,
): Promise<CoverRender> {
  const page = await open(browser, urls.cover, timeout);
  try {
    const spineOverflow = await page.evaluate((s) => {
      const root = document.documentElement;
      root.style.setProperty("--page-w", `${s.pageWidth}mm`);
      root.style.setProperty("--page-h", `${s.pageHeight}mm`);
      root.style.setProperty("--bleed", `${s.bleed}mm`);
      root.style.setProperty("--spine", `${s.spine}mm`);
      root.classList.toggle("no-spine-text", !s.spineText);
      const text = document.querySelector<HTMLElement>(".spine__text");
      return s.spineText && !!text && text.scrollWidth > text.clientWidth + 1;
    }, sizes);
    const pdf = await page.pdf({
      width: `${2 * sizes.pageWidth + sizes.spine + 2 * sizes.bleed}mm`,
      height: `${sizes.pageHeight + 2 * sizes.bleed}mm`,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      preferCSSPageSize: false,
      printBackground: true,
      tagged: false,
      outline: false,
      timeout,
    });
    return { pdf, spineOverflow };
  } finally {
    await page.close();
  }
}

/** One slug strip per sheet, as PDF pages of `width` × `height` mm, in the booklet's fonts. */
export async function renderSlugs(
  browser: Browser,
  urls: PressUrls,
  lines: readonly string[],
  size: { width: number; height: number },
  timeout: number,
): Promise<Uint8Array> {
  // The cover page is light and already carries the print stylesheet with its @font-face rules (and the
  // content-hashed font URLs); its body is replaced by the strips. A constructed stylesheet is CSSOM, which
  // the page's Content-Security-Policy allows where an inline <style> would be refused.
  const page = await open(browser, urls.cover, timeout);
  try {
    await page.evaluate(
      (texts, h) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(
          `@page { margin: 0; } html, body { margin: 0; background: #fff; }
           .slug { block-size: ${h}mm; display: flex; align-items: center; justify-content: flex-start;
                   font-family: "Vazirmatn Print"; font-size: 5.5pt; line-height: 1; color: #000;
                   white-space: nowrap; overflow: hidden; break-after: page; }`,
        );
        document.adoptedStyleSheets = [sheet];
        document.body.replaceChildren(
          ...texts.map((text) => {
            const div = document.createElement("div");
            div.className = "slug";
            div.textContent = text;
            return div;
          }),
        );
      },
      lines,
      size.height,
    );
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({
      width: `${size.width}mm`,
      height: `${size.height}mm`,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      preferCSSPageSize: false,
      printBackground: false,
      tagged: false,
      outline: false,
      timeout,
    });
  } finally {
    await page.close();
  }
}
