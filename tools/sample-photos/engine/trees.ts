/** Trees drawn as lit volumes: single trees, rows along a street or an orchard, groves, and new saplings. */
import { type Ctx, type Drawable, type Layer, shade } from "./core.ts";
import { atGround, circlePts, clamp, fog, groundPoly, groundSquash, poly, r3, softShadow } from "./draw.ts";

type TreeKind = "round" | "poplar" | "pine" | "fruit" | "sapling" | "shrub";

interface TreeOpts {
  x: number;
  z: number;
  h: number;
  kind: TreeKind;
  color: string;
  trunk?: string;
  fruit?: string;
  whitewash?: boolean;
}

/** A crown built from overlapping blobs, shaded darker away from the light so it reads as a volume. */
function crown(c: Ctx, cx: number, cy: number, rx: number, ry: number, base: string, n: number, blob: number): string {
  const { rng } = c;
  let s = `<ellipse cx="${r3(cx)}" cy="${r3(cy)}" rx="${r3(rx * 0.92)}" ry="${r3(ry * 0.9)}" fill="${shade(base, -0.38)}"/>`;
  const blobs = Array.from({ length: n }, () => {
    const a = rng.range(0, Math.PI * 2);
    const d = Math.sqrt(rng.float()) * 0.78;
    const bx = Math.cos(a) * d;
    const by = Math.sin(a) * d;
    return { bx, by, r: blob * rng.range(0.7, 1.25), lit: bx * c.light * 0.6 + by * 0.8 };
  }).sort((p, q) => p.lit - q.lit);
  for (const b of blobs) {
    const col = shade(base, clamp(b.lit * 0.32, -0.35, 0.28));
    s += `<circle cx="${r3(cx + b.bx * rx)}" cy="${r3(cy + b.by * ry)}" r="${r3(b.r * Math.min(rx, ry))}" fill="${col}"/>`;
  }
  return s;
}

function treeBody(c: Ctx, o: TreeOpts): string {
  const { h } = o;
  const trunk = o.trunk ?? "#5a4636";
  const green = o.color;
  const shadowRx = h * (o.kind === "poplar" ? 0.1 : o.kind === "sapling" ? 0.12 : 0.24);
  let s = `<ellipse cx="${r3(-c.light * shadowRx * 0.6)}" cy="0" rx="${r3(shadowRx * 1.2)}" ry="${r3(shadowRx * 1.2 * groundSquash(c, o.z))}" fill="${softShadow(c)}"/>`;
  const trunkPoly = (tw: number, th: number) =>
    poly(
      [
        [-tw, 0],
        [-tw * 0.55, th],
        [tw * 0.55, th],
        [tw, 0],
      ],
      trunk,
    ) +
    poly(
      [
        [c.light > 0 ? 0 : -tw, 0],
        [c.light > 0 ? 0 : -tw * 0.55, th],
        [c.light > 0 ? tw * 0.55 : 0, th],
        [c.light > 0 ? tw : 0, 0],
      ],
      "#000000",
      'opacity="0.25"',
    );
  switch (o.kind) {
    case "round": {
      s += trunkPoly(h * 0.035, h * 0.5);
      // limbs forking into the crown
      for (const dir of [-1, 1])
        s += `<path d="M 0 ${r3(h * 0.38)} Q ${r3(dir * h * 0.05)} ${r3(h * 0.5)} ${r3(dir * h * 0.13)} ${r3(h * 0.62)}" stroke="${trunk}" stroke-width="${r3(h * 0.025)}" fill="none"/>`;
      // two or three sub-crowns make big plane trees look irregular
      const subs = c.rng.int(2, 3);
      for (let i = 0; i < subs; i++) {
        s += crown(
          c,
          c.rng.range(-0.14, 0.14) * h,
          h * c.rng.range(0.62, 0.7),
          h * c.rng.range(0.22, 0.28),
          h * c.rng.range(0.2, 0.25),
          shade(green, c.rng.range(-0.08, 0.06)),
          22,
          0.36,
        );
      }
      break;
    }
    case "poplar":
      s += trunkPoly(h * 0.02, h * 0.3);
      s += crown(c, 0, h * 0.58, h * 0.085, h * 0.4, green, 26, 0.55);
      break;
    case "pine":
      s += trunkPoly(h * 0.03, h * 0.25);
      for (let i = 0; i < 4; i++) {
        const y0 = h * (0.15 + i * 0.19);
        const wv = h * (0.3 - i * 0.06);
        const col = shade(green, -0.1 + i * 0.05);
        s +=
          poly(
            [
              [-wv, y0],
              [0, y0 + h * 0.36],
              [wv, y0],
            ],
            col,
          ) +
          poly(
            [
              [c.light > 0 ? -wv : 0, y0],
              [0, y0 + h * 0.36],
              [c.light > 0 ? 0 : wv, y0],
            ],
            "#000000",
            'opacity="0.18"',
          );
      }
      break;
    case "fruit": {
      s += trunkPoly(h * 0.05, h * 0.42);
      if (o.whitewash)
        s += poly(
          [
            [-h * 0.05, 0],
            [-h * 0.04, h * 0.18],
            [h * 0.04, h * 0.18],
            [h * 0.05, 0],
          ],
          "#e9e6dc",
        );
      s += crown(c, 0, h * 0.64, h * 0.36, h * 0.28, green, 26, 0.36);
      if (o.fruit) {
        for (let i = 0; i < 40; i++) {
          const a = c.rng.range(0, Math.PI * 2);
          const d = Math.sqrt(c.rng.float()) * 0.85;
          s += `<circle cx="${r3(Math.cos(a) * d * h * 0.34)}" cy="${r3(h * 0.62 + Math.sin(a) * d * h * 0.25)}" r="${r3(h * 0.016)}" fill="${shade(o.fruit, c.rng.range(-0.15, 0.15))}"/>`;
        }
      }
      break;
    }
    case "shrub":
      s += crown(c, 0, h * 0.5, h * 0.75, h * 0.5, green, 16, 0.45);
      break;
    case "sapling": {
      // young tree: thin stem, a few leaf clusters, a support stake tied to it
      s += `<line x1="0" y1="0" x2="0" y2="${r3(h * 0.7)}" stroke="${trunk}" stroke-width="${r3(h * 0.022)}"/>`;
      s += `<line x1="${r3(h * 0.06)}" y1="0" x2="${r3(h * 0.06)}" y2="${r3(h * 0.8)}" stroke="#b89466" stroke-width="${r3(h * 0.03)}"/>`;
      s += `<line x1="0" y1="${r3(h * 0.5)}" x2="${r3(h * 0.06)}" y2="${r3(h * 0.5)}" stroke="#e8e0c8" stroke-width="${r3(h * 0.02)}"/>`;
      s += crown(c, 0, h * 0.82, h * 0.17, h * 0.2, green, 12, 0.45);
      break;
    }
  }
  return s;
}

const tree = (c: Ctx, o: TreeOpts): Drawable =>
  atGround(
    c,
    o.x,
    0,
    o.z,
    treeBody(c, { ...o, color: fog(c, o.color, o.z), trunk: fog(c, o.trunk ?? "#5a4636", o.z) }),
  );

/** A line of trees along z (street trees, orchard rows, riverbank poplars). */
export const treeRow =
  (o: {
    x: number | ((z: number) => number);
    z: [number, number];
    step: number;
    h: [number, number];
    kind: TreeKind;
    colors: string[];
    jitter?: number;
    fruit?: string;
    whitewash?: boolean;
    skip?: number;
  }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let z = o.z[0]; z <= o.z[1]; z += o.step) {
      if (o.skip && c.rng.chance(o.skip)) continue;
      const j = (o.jitter ?? 0) * o.step;
      const zz = z + c.rng.range(-j, j);
      const xBase = typeof o.x === "function" ? o.x(zz) : o.x;
      out.push(
        tree(c, {
          x: xBase + c.rng.range(-j, j) * 0.3,
          z: zz,
          h: c.rng.range(o.h[0], o.h[1]),
          kind: o.kind,
          color: c.rng.pick(o.colors),
          fruit: o.fruit,
          whitewash: o.whitewash,
        }),
      );
    }
    return out;
  };

/** Trees scattered over an area (parks, hillsides). */
export const grove =
  (o: {
    n: number;
    x: [number, number];
    z: [number, number];
    h: [number, number];
    kinds: TreeKind[];
    colors: string[];
  }): Layer =>
  (c) =>
    Array.from({ length: o.n }, () =>
      tree(c, {
        x: c.rng.range(o.x[0], o.x[1]),
        z: c.rng.range(o.z[0], o.z[1]),
        h: c.rng.range(o.h[0], o.h[1]),
        kind: c.rng.pick(o.kinds),
        color: c.rng.pick(o.colors),
      }),
    );

/** Trees placed by hand; colour defaults to a random park green. */
export const trees =
  (list: Array<Omit<TreeOpts, "color"> & { color?: string }>): Layer =>
  (c) =>
    list.map((t) => tree(c, { color: c.rng.pick(GREENS), ...t }));

/** Newly planted saplings in soil pits along a pavement. */
export const saplings =
  (o: { x: number; z: [number, number]; step: number; y: number; h: number; leaf: string; soil: string }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let z = o.z[0]; z < o.z[1]; z += o.step) {
      out.push({ depth: z + 0.6, svg: groundPoly(c, circlePts(o.x, z, 0.55, 24), fog(c, o.soil, z), "", o.y + 0.01) });
      out.push(
        atGround(
          c,
          o.x,
          o.y,
          z,
          treeBody(c, { x: o.x, z, h: o.h, kind: "sapling", color: fog(c, o.leaf, z), trunk: fog(c, "#6a4a30", z) }),
        ),
      );
    }
    return out;
  };

export const GREENS = ["#4f7a3a", "#5d8a41", "#446b34", "#6a9447", "#3f6631"];
