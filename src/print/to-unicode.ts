/**
 * ToUnicode CMaps with every destination written as the letters it stands for (Unicode NFKC): Arabic
 * Presentation Forms (ﺑ, ﻻ) become their letters (ب, لا). Ranges are written out one code at a time, because a
 * range's destinations count up from its first and a letter's forms are not consecutive with its neighbours'.
 */
const fromHex = (hex: string) => String.fromCharCode(...hex.match(/.{4}/g)!.map((unit) => parseInt(unit, 16)));
const toHex = (text: string) =>
  [...Array(text.length).keys()]
    .map((i) => text.charCodeAt(i).toString(16).padStart(4, "0"))
    .join("")
    .toUpperCase();
const code = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, "0");

/** code → text, from the bfchar and bfrange sections of a CMap. */
export function readToUnicode(cmap: string): { map: Map<number, string>; digits: number } {
  const map = new Map<number, string>();
  let digits = 4;
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) {
      digits = from!.length;
      map.set(parseInt(from!, 16), fromHex(to!));
    }
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, to] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)/g)) {
      digits = lo!.length;
      const [first, last] = [parseInt(lo!, 16), parseInt(hi!, 16)];
      if (to!.startsWith("[")) {
        const items = [...to!.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => fromHex(m[1]!));
        for (let c = first; c <= last; c++) map.set(c, items[c - first] ?? "");
      } else {
        const base = fromHex(to!.slice(1, -1));
        const stem = base.slice(0, -1);
        const end = base.charCodeAt(base.length - 1);
        for (let c = first; c <= last; c++) map.set(c, stem + String.fromCharCode(end + (c - first)));
      }
    }
  }
  return { map, digits };
}

/** The CMap `cmap` rewritten to say `map` (code → letters), written as bfchar sections of `digits` hex digits. */
export function writeToUnicode(cmap: string, map: ReadonlyMap<number, string>, digits: number): string {
  const start = cmap.search(/\d+\s+begin(?:bfchar|bfrange)/);
  if (start < 0 || map.size === 0) return cmap;
  const entries = [...map].sort(([a], [b]) => a - b).map(([c, text]) => `<${code(c, digits)}> <${toHex(text)}>`);
  const sections: string[] = [];
  // A CMap section holds at most 100 entries.
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    sections.push(`${chunk.length} beginbfchar\n${chunk.join("\n")}\nendbfchar`);
  }
  return `${cmap.slice(0, start)}${sections.join("\n")}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n`;
}

export function normaliseToUnicode(cmap: string): string {
  const { map, digits } = readToUnicode(cmap);
  const folded = new Map([...map].map(([c, text]) => [c, text.normalize("NFKC")]));
  return writeToUnicode(cmap, folded, digits);
}
