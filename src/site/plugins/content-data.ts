/**
 * Hands the validated, typed booklet to the templates as the global `booklet`. It is read again on every build,
 * so the dev server picks up edits to any content file.
 *
 * In the dev server a content error must not kill the preview: the build goes on, writing no page
 * (src/site/plugins/dev-rebuild.ts), so that the browser is told to reload, and a middleware answers every page with
 * the error page until the file is fixed.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ContentError, type ContentIssue } from "../../content/issues.ts";
import { computeTotals, type Booklet } from "../../content/model.ts";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { devErrorPage } from "../dev-error-page.ts";

/** One reading of the content tree: the booklet, or the problems that kept it from being one. */
export interface ContentSnapshot {
  booklet?: Booklet;
  issues: ContentIssue[];
}

export interface ContentDataOptions {
  /**
   * The content for this build: for a build, the booklet loaded and validated before Eleventy started; for the
   * dev server, the tree read anew after every save.
   */
  content: () => Promise<ContentSnapshot>;
  /** Watched by the dev server. */
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
  let errors: ContentIssue[] = [];
  let lastGood: Booklet | undefined;
  eleventyConfig.addGlobalData("booklet", async () => {
    const { booklet, issues } = await options.content();
    // A build never gets here with broken content (it is validated first); the dev server shows the errors.
    if (!booklet && options.mode === "build") throw new ContentError(issues);
    errors = booklet ? [] : issues;
    lastGood = booklet ?? lastGood;
    return booklet ?? emptyBooklet(options.contentDir, lastGood);
  });
  if (options.mode === "build") return;

  eleventyConfig.addWatchTarget(options.contentDir);
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
