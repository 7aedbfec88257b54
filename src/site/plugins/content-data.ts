/**
 * Hands the validated, typed booklet to the templates as the global `booklet`. It is read again on every build,
 * so the dev server picks up edits to any content file.
 *
 * In the dev server a content error must not kill the preview: the build goes on with an empty booklet (so the
 * browser is told to reload), and a middleware answers every page with the error page until the file is fixed.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { loadBooklet } from "../../content/load.ts";
import { ContentError, type ContentIssue } from "../../content/issues.ts";
import { computeTotals, type Booklet } from "../../content/model.ts";
import type { EleventyConfig } from "../eleventy-types.ts";
import { devErrorPage } from "../dev-error-page.ts";

export interface ContentDataOptions {
  contentDir: string;
  mode: "build" | "serve";
}

/** A booklet with nothing in it, for the dev server while the content cannot be read. */
function emptyBooklet(contentDir: string, last?: Booklet): Booklet {
  const settings = last?.settings ?? {
    title: "کتابچه",
    organisation: "",
    province: "",
    year: 1403,
    baseUrl: "http://localhost",
    pathPrefix: "/",
    counties: [],
    sample: false,
    paper: "A5" as const,
  };
  return { settings, contentDir, pages: [], counties: [], neighbourhoods: [], totals: computeTotals([]) };
}

export default function contentDataPlugin(eleventyConfig: EleventyConfig, options: ContentDataOptions): void {
  eleventyConfig.addWatchTarget(options.contentDir);
  if (options.mode === "build") {
    eleventyConfig.addGlobalData("booklet", () => loadBooklet(options.contentDir));
    return;
  }

  let errors: ContentIssue[] = [];
  let lastGood: Booklet | undefined;
  eleventyConfig.addGlobalData("booklet", async () => {
    try {
      lastGood = await loadBooklet(options.contentDir);
      errors = [];
      return lastGood;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors = error.issues;
      return emptyBooklet(options.contentDir, lastGood);
    }
  });
  eleventyConfig.setServerOptions({
    middleware: [
      (request: IncomingMessage, response: ServerResponse, next: () => void) => {
        const page = (request.headers.accept ?? "").includes("text/html") || /\/$|\.html$/.test(request.url ?? "");
        if (errors.length === 0 || !page) return next();
        response.statusCode = 500;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.end(devErrorPage(errors));
      },
    ],
  });
}
