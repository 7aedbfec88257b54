/**
 * `npm run bench:scale -- [times...]`: the site of a content tree `times` the sample (scale-tree.ts: 10 → 670
 * neighbourhoods, 60 → 4,020) built by ketabche, cold (a cache of its own) and warm, against bare Eleventy rendering
 * the same Markdown files with a one-line layout, in the same run on the same machine. `--booklet` also prints the
 * booklet of the first size and reports its peak memory (Node and Chromium together). Each measurement runs in a
 * process of its own, so that peak memory is its own.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { build } from "../../src/pipeline/build.ts";
import { buildOptions } from "../../src/pipeline/options.ts";
import { measure, printResult, runMeasured, type Measurement } from "./measure.ts";
import { makeScaleTree } from "./scale-tree.ts";

const root = path.join(os.tmpdir(), "ketabche-scale");
const treeDir = (times: number) => path.join(root, `x${times}`, "content");
const outDir = (times: number) => path.join(root, `x${times}`, "output");

/** Bare Eleventy: the tree's neighbourhood files as Markdown templates, one-line layout, nothing else. */
async function bareEleventy(times: number): Promise<Measurement> {
  const input = path.join(root, `x${times}`, "bare");
  await fs.rm(input, { recursive: true, force: true });
  await fs.cp(path.join(treeDir(times), "neighbourhoods"), path.join(input, "neighbourhoods"), { recursive: true });
  await fs.mkdir(path.join(input, "_includes"), { recursive: true });
  await fs.writeFile(
    path.join(input, "_includes", "bare.njk"),
    "<!doctype html><title>{{ name }}</title>{{ content | safe }}",
  );
  const output = path.join(root, `x${times}`, "bare-site");
  return measure(async () => {
    const eleventy = new Eleventy(input, output, {
      configPath: "",
      quietMode: true,
      config: (config: EleventyConfig) => {
        config.setTemplateFormats(["md"]);
        config.addGlobalData("layout", "bare.njk");
      },
    });
    await eleventy.write();
    return undefined;
  });
}

async function ketabcheSite(times: number, cold: boolean): Promise<Measurement> {
  const options = buildOptions({ contentDir: treeDir(times), outputDir: outDir(times) });
  if (cold) await fs.rm(outDir(times), { recursive: true, force: true });
  return measure(async () => {
    const result = await build("site", options);
    return result.booklet.neighbourhoods.length;
  });
}

async function ketabcheBooklet(times: number): Promise<Measurement> {
  const options = buildOptions({ contentDir: treeDir(times), outputDir: outDir(times) });
  return measure(async () => (await build("booklet", options)).printed?.pages);
}

const [mode, arg] = process.argv.slice(2);
if (mode === "bare" || mode === "cold" || mode === "warm" || mode === "booklet") {
  const times = Number(arg);
  const result =
    mode === "bare"
      ? await bareEleventy(times)
      : mode === "booklet"
        ? await ketabcheBooklet(times)
        : await ketabcheSite(times, mode === "cold");
  printResult(result);
} else {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { booklet: { type: "boolean" } } });
  const sizes = positionals.length ? positionals.map(Number) : [10, 60];
  const run = (which: string, times: number) => runMeasured<Measurement>(import.meta.filename, [which, String(times)]);
  const show = (label: string, m: Measurement) =>
    console.log(`${label.padEnd(34)}: ${m.seconds.toFixed(1)} s, peak ${m.peakMb} MB`);
  for (const times of sizes) {
    const count = await makeScaleTree("content", treeDir(times), times);
    const bare = run("bare", times);
    const cold = run("cold", times);
    const warm = run("warm", times);
    show(`bare Eleventy, ${count} neighbourhoods`, bare);
    show(`ketabche site cold, ${count}`, cold);
    show(`ketabche site warm, ${count}`, warm);
    console.log(`ratio (warm / bare)               : ×${(warm.seconds / bare.seconds).toFixed(2)}`);
  }
  if (values.booklet) {
    const times = sizes[0]!;
    const printed = run("booklet", times);
    console.log(
      `booklet, ${times}× the sample: ${printed.pages} pages, ${printed.seconds.toFixed(1)} s, peak ${printed.peakMb} MB`,
    );
  }
}
