/**
 * Every colour the printed booklet sets text in reads at 4.5:1 or more (WCAG AA) against what it is printed on:
 * read from the print stylesheets themselves (print.css, and the press files' print-press.css.njk and
 * print-cover.css.njk), so a colour added later is checked too. The saffron kicker above each neighbourhood's
 * title was #c98a1b, 2.94:1 on white.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LAYOUTS = path.resolve(import.meta.dirname, "../../layouts");
const read = (file: string) => fs.readFileSync(path.join(LAYOUTS, file), "utf8").replace(/^---[\s\S]*?---/, "");

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join("")}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

interface Rule {
  selector: string;
  declarations: Map<string, string>;
}

/** The innermost blocks of a stylesheet (margin boxes inside @page included), with their declarations. */
function rules(css: string): Rule[] {
  // Template tags and expressions (the .njk sheets) hold no colours; they go, so that their braces do not.
  const text = css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, "")
    .replace(/\{\{[\s\S]*?\}\}/g, "0");
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selector: m[1]!.trim(),
    declarations: new Map(
      m[2]!
        .split(";")
        .map((d) => d.split(":").map((s) => s.trim()))
        .filter((d) => d.length === 2 && d[0] && d[1])
        .map(([k, v]) => [k!, v!]),
    ),
  }));
}

function variables(all: Rule[]): Map<string, string> {
  const vars = new Map<string, string>();
  for (const rule of all.filter((r) => r.selector === ":root" || r.selector === "html"))
    for (const [k, v] of rule.declarations) if (k.startsWith("--")) vars.set(k, v);
  return vars;
}

const resolve = (value: string, vars: Map<string, string>): string => {
  const v = /^var\((--[\w-]+)\)$/.exec(value);
  return v ? resolve(vars.get(v[1]!) ?? value, vars) : value;
};

/** Where text sits on a coloured block: the covers' text on the cover's colour, the spine's on the spine's. */
const CONTEXTS = [
  [".back-cover", ".back-cover"],
  [".cover", ".cover"],
  [".spine__", ".spread__spine"],
] as const;

/** Every (text colour, background) pair a stylesheet sets; `base` is print.css, which the press sheets add to. */
function textColours(css: string, base: Rule[] = []) {
  const own = rules(css);
  const all = [...base, ...own];
  const vars = variables(all);
  const background = (selector: string) =>
    [...all]
      .reverse()
      .find((r) => r.selector === selector)
      ?.declarations.get("background");
  const backgroundOf = (selector: string): string => {
    const set = background(selector);
    if (set) return resolve(set, vars);
    const parts = selector.split(",").map((s) => s.trim().split(/\s+/));
    for (const [prefix, block] of CONTEXTS)
      if (parts.every((words) => words.some((word) => word.startsWith(prefix))))
        return resolve(background(block) ?? "#fff", vars);
    return "#fff";
  };
  return own.flatMap((rule) => {
    const colour = rule.declarations.get("color");
    if (!colour) return [];
    return [{ selector: rule.selector, colour: resolve(colour, vars), background: backgroundOf(rule.selector) }];
  });
}

describe("contrast of the print colours", () => {
  it("computes WCAG contrast as published (black on white 21:1, the old kicker 2.94:1)", () => {
    expect(contrast("#000", "#fff")).toBeCloseTo(21, 5);
    expect(contrast("#c98a1b", "#fff")).toBeCloseTo(2.94, 2);
  });

  const print = read("assets/css/print.css");

  it("reads every text colour of print.css at 4.5:1 or more against its background", () => {
    const pairs = textColours(print);
    expect(pairs.length).toBeGreaterThan(25);
    const low = pairs
      .map((p) => ({ ...p, ratio: Math.round(contrast(p.colour, p.background) * 100) / 100 }))
      .filter((p) => p.ratio < 4.5);
    expect(low).toEqual([]);
  });

  it("sets the neighbourhood kicker and the divider label in the dark saffron", () => {
    const pairs = textColours(print);
    for (const selector of [".nh__kicker", ".divider__label"]) {
      const pair = pairs.find((p) => p.selector === selector)!;
      expect(pair.colour).not.toBe("#c98a1b");
      expect(contrast(pair.colour, "#fff")).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("reads the press files' neutral greys and the cover spread's spine at 4.5:1 or more", () => {
    for (const file of ["print-press.css.njk", "print-cover.css.njk"]) {
      const pairs = textColours(read(file), rules(print));
      const low = pairs.filter((p) => contrast(p.colour, p.background) < 4.5);
      expect(low, file).toEqual([]);
    }
    const press = variables(rules(read("print-press.css.njk")));
    for (const name of ["--ink", "--muted", "--quote"]) expect(contrast(press.get(name)!, "#fff")).toBeGreaterThan(4.5);
  });
});
