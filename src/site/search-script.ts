/**
 * The site's scripts (layouts/assets/js/*.js; today only the search page's) bundled with esbuild, so that a script
 * can import the project's own modules: the search page folds a query with src/typography/search-folding.ts, the
 * very code that folded the index. One minified ES module per script, no source map.
 */
import * as esbuild from "esbuild";

export async function bundleScript(entry: string): Promise<Buffer> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2020",
    charset: "utf8",
    write: false,
    logLevel: "silent",
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}
