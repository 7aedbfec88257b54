/**
 * The shape of src/: each folder is a pipeline stage, and a stage may use only its own folder and the stages below
 * it. Read from the files themselves (no build, no external tool), so a wrong import fails here in a second.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Lower numbers are lower layers. A file may import from its own folder or from a strictly lower layer. */
const LAYERS: Record<string, number> = {
  book: 0,
  typography: 0,
  types: 0,
  content: 1,
  site: 2,
  print: 2,
  pipeline: 3,
  editor: 4,
  cli: 5,
};

/** Product files must stay shorter than this (ESLint's max-lines says the same for the files it lints). */
const MAX_LINES = 300;

interface Import {
  /** Both relative to the src folder, with forward slashes. */
  file: string;
  target: string;
  line: number;
  specifier: string;
}

interface Report {
  /** "site/chart.ts:3 → print/render.ts (site may not import print)" */
  layering: string[];
  /** "content → site → content (content/a.ts → site/b.ts; site/b.ts → content/a.ts)" */
  cycles: string[];
  /** "cli/main.ts: 312 lines" */
  long: string[];
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.isFile() && entry.name.endsWith(".ts") ? [full] : [];
    })
    .sort();
}

// Static imports and re-exports (also `import type`, multi-line), side-effect imports, and dynamic `import("…")`.
// Statements must start a line, so examples in comments (which start with `//` or `*`) are not read.
const STATIC = /^[ \t]*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm;
const SIDE_EFFECT = /^[ \t]*import\s*["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\s*\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;

function specifiers(text: string): { specifier: string; index: number }[] {
  const found: { specifier: string; index: number }[] = [];
  for (const pattern of [STATIC, SIDE_EFFECT, DYNAMIC])
    for (const match of text.matchAll(pattern)) {
      const index = match.index + match[0].lastIndexOf(match[1]!);
      const lineStart = text.lastIndexOf("\n", index) + 1;
      const before = text.slice(lineStart, index).trimStart();
      if (pattern === DYNAMIC && (before.startsWith("//") || before.startsWith("*") || before.startsWith("/*")))
        continue;
      found.push({ specifier: match[1]!, index });
    }
  return found.sort((a, b) => a.index - b.index);
}

function resolve(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, path.join(base, "index.ts")])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  return base;
}

function relativeImports(srcDir: string, files: string[]): Import[] {
  return files.flatMap((full) => {
    const text = fs.readFileSync(full, "utf8");
    return specifiers(text)
      .filter(({ specifier }) => specifier.startsWith("./") || specifier.startsWith("../"))
      .map(({ specifier, index }) => ({
        file: path.relative(srcDir, full).split(path.sep).join("/"),
        target: path.relative(srcDir, resolve(full, specifier)).split(path.sep).join("/"),
        line: text.slice(0, index).split("\n").length,
        specifier,
      }));
  });
}

/** The src folder a file belongs to ("site" for site/plugins/graphics.ts); "." for a file right in src/. */
const folderOf = (file: string) => (file.includes("/") ? file.slice(0, file.indexOf("/")) : ".");
const outside = (target: string) => target.startsWith("../") || path.isAbsolute(target);

function layering(imports: Import[], allFolders: string[]): string[] {
  const problems: string[] = [];
  for (const folder of allFolders)
    if (LAYERS[folder] === undefined) problems.push(`${folder}/: folder has no layer in the architecture test`);
  for (const edge of imports) {
    if (outside(edge.target)) continue; // not a src folder: the layer rule does not apply
    const from = folderOf(edge.file);
    const to = folderOf(edge.target);
    if (from === to) continue;
    const fromLayer = LAYERS[from];
    const toLayer = LAYERS[to];
    if (fromLayer === undefined || toLayer === undefined || toLayer >= fromLayer)
      problems.push(`${edge.file}:${edge.line} → ${edge.target} (${from} may not import ${to})`);
  }
  return problems;
}

/** Cycles in the graph of src folders, one per strongly connected component, with a file import per edge. */
function folderCycles(imports: Import[]): string[] {
  const edges = new Map<string, Map<string, Import>>();
  for (const edge of imports) {
    if (outside(edge.target)) continue;
    const from = folderOf(edge.file);
    const to = folderOf(edge.target);
    if (from === to) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, edge);
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of [...(edges.get(node)?.keys() ?? [])].sort()) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => {
    const inside = component.flatMap((from) =>
      [...(edges.get(from) ?? [])]
        .filter(([to]) => component.includes(to))
        .map(([to, edge]) => `${from} → ${to}: ${edge.file}:${edge.line} → ${edge.target}`),
    );
    return `${component.join(" ⇄ ")} (${inside.join("; ")})`;
  });
}

function longFiles(srcDir: string, files: string[]): string[] {
  return files.flatMap((full) => {
    const text = fs.readFileSync(full, "utf8");
    const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    const name = path.relative(srcDir, full).split(path.sep).join("/");
    return lines >= MAX_LINES ? [`${name}: ${lines} lines`] : [];
  });
}

function checkArchitecture(srcDir: string): Report {
  const files = walk(srcDir);
  const imports = relativeImports(srcDir, files);
  const folders = [...new Set(files.map((f) => folderOf(path.relative(srcDir, f).split(path.sep).join("/"))))];
  return { layering: layering(imports, folders), cycles: folderCycles(imports), long: longFiles(srcDir, files) };
}

const listed = (problems: string[]) => `\n  ${problems.join("\n  ")}\n`;

describe("the architecture checker, on a small fake tree", () => {
  let root: string;
  let report: Report;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "ketabche-architecture-"));
    const files: Record<string, string> = {
      // content (1) imports site (2): upward. site imports content back: a cycle content ⇄ site.
      "content/a.ts": 'import { b } from "../site/b.ts";\nexport const a = b;\n',
      "site/b.ts": 'import type { a } from "../content/a.ts";\nexport const b = 1;\nexport type A = typeof a;\n',
      // book and typography are both layer 0: neither may import the other.
      "book/c.ts": 'export * from "../typography/d.ts";\n',
      "typography/d.ts": "export const d = 1;\n",
      // pipeline (3) loads cli (5) on demand: upward; cli imports pipeline: a cycle pipeline ⇄ cli.
      "pipeline/e.ts": 'export async function e() {\n  return (await import("../cli/f.ts")).f;\n}\n',
      "cli/f.ts": 'import { e } from "../pipeline/e.ts";\nexport const f = e;\n',
      // Allowed: a multi-line import from a lower layer, imports within the folder, and comments that only
      // mention imports.
      "editor/g.ts": [
        "import {",
        "  a,",
        '} from "../content/a.ts";',
        'import { h } from "./sub/h.ts";',
        '// import { f } from "../cli/f.ts";',
        '/** e.g. await import("../cli/f.ts") */',
        "export const g = [a, h];",
        "",
      ].join("\n"),
      "editor/sub/h.ts": 'import "../../typography/d.ts";\nexport const h = 1;\n',
      "print/short.ts": "export const x = 1;\n".repeat(MAX_LINES - 1),
      "print/long.ts": "export const y = 1;\n".repeat(MAX_LINES),
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    report = checkArchitecture(root);
  });

  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("reports each upward or sibling import with its file, line and target, and nothing else", () => {
    expect(report.layering).toEqual([
      "book/c.ts:1 → typography/d.ts (book may not import typography)",
      "content/a.ts:1 → site/b.ts (content may not import site)",
      "pipeline/e.ts:2 → cli/f.ts (pipeline may not import cli)",
    ]);
  });

  it("reports each cycle between folders", () => {
    expect(report.cycles).toEqual([
      "cli ⇄ pipeline (cli → pipeline: cli/f.ts:1 → pipeline/e.ts; pipeline → cli: pipeline/e.ts:2 → cli/f.ts)",
      "content ⇄ site (content → site: content/a.ts:1 → site/b.ts; site → content: site/b.ts:1 → content/a.ts)",
    ]);
  });

  it("reports files of 300 lines or more", () => {
    expect(report.long).toEqual([`print/long.ts: ${MAX_LINES} lines`]);
  });

  it("reports a folder that has no layer", () => {
    fs.mkdirSync(path.join(root, "misc"));
    fs.writeFileSync(path.join(root, "misc/m.ts"), 'import { d } from "../typography/d.ts";\nexport const m = d;\n');
    try {
      expect(checkArchitecture(root).layering).toContain("misc/: folder has no layer in the architecture test");
    } finally {
      fs.rmSync(path.join(root, "misc"), { recursive: true, force: true });
    }
  });
});

describe("src/ follows the architecture", () => {
  const srcDir = fileURLToPath(new URL("../../src", import.meta.url));
  const report = checkArchitecture(srcDir);

  it("imports only from its own folder or a lower layer", () => {
    expect(report.layering, `imports that go up or sideways:${listed(report.layering)}`).toEqual([]);
  });

  it("has no cycles between folders", () => {
    expect(report.cycles, `cycles between src folders:${listed(report.cycles)}`).toEqual([]);
  });

  it(`keeps every file under ${MAX_LINES} lines`, () => {
    expect(report.long, `files too long:${listed(report.long)}`).toEqual([]);
  });

  it("finds the imports it checks (the checker reads the real tree)", () => {
    const files = walk(srcDir);
    expect(files.length).toBeGreaterThan(20);
    expect(relativeImports(srcDir, files).length).toBeGreaterThan(30);
  });
});
