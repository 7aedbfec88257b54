#!/usr/bin/env node
// The `ketabche` command. The pipeline is TypeScript. `npm ci` compiles it once into dist/ (the "prepare" script),
// so a command starts in a fraction of a second; while the sources are newer than that copy (a developer editing
// them), tsx compiles them on the fly instead, so what runs is always what is written.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const compiled = path.join(root, "dist", "src", "cli", "main.js");

/** The newest modification time among the sources that dist/ is compiled from. */
function newestSource() {
  const sources = [path.join(root, "eleventy.config.ts"), path.join(root, "tsconfig.json")];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name.endsWith(".ts")) sources.push(path.join(dir, entry.name));
    }
  };
  walk(path.join(root, "src"));
  return Math.max(...sources.map((file) => fs.statSync(file).mtimeMs));
}

function compiledIsCurrent() {
  try {
    return fs.statSync(compiled).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

if (compiledIsCurrent()) {
  await import(compiled);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
