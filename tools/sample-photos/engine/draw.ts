/**
 * Drawing primitives in world units (metres, y up, camera looking along +z): projection, planes and boxes that
 * emit SVG, aerial perspective, gradients, glow spots and 1-D noise. Everything else draws through these, so
 * perspective and fog stay consistent across a picture.
 */
import { type Ctx, type Drawable, type Pt, type Rng, type V3, mix, shade } from "./core.ts";

export const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

export const r3 = (n: number): string => (Math.round(n * 1000) / 1000).toString();

export const clamp = (v: number, a: number, b: number): number => Math.max(a, Math.min(b, v));

export function poly(pts: Pt[], fill: string, extra = ""): string {
  return `<polygon points="${pts.map(([x, y]) => `${r1(x)},${r1(y)}`).join(" ")}" fill="${fill}"${extra ? ` ${extra}` : ""}/>`;
}

/** Perspective projection of a world point to pixels. */
export function proj(c: Ctx, x: number, y: number, z: number): Pt {
  const zz = Math.max(z, 0.05);
  const f = c.cam.focal * c.w;
  return [c.w * c.cam.cx + (f * (x - c.cam.x)) / zz, c.h * c.cam.horizon - (f * (y - c.cam.height)) / zz];
}

/** Pixels per metre at distance z. */
export const pxPerM = (c: Ctx, z: number): number => (c.cam.focal * c.w) / Math.max(z, 0.05);

export function poly3(c: Ctx, pts: V3[], fill: string, extra = ""): string {
  return poly(
    pts.map(([x, y, z]) => proj(c, x, y, z)),
    fill,
    extra,
  );
}

export function line3(c: Ctx, a: V3, b: V3, color: string, widthM: number, extra = ""): string {
  const [x1, y1] = proj(c, ...a);
  const [x2, y2] = proj(c, ...b);
  const wpx = Math.max(0.6, widthM * pxPerM(c, (a[2] + b[2]) / 2));
  return `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${color}" stroke-width="${r1(wpx)}" stroke-linecap="round"${extra ? ` ${extra}` : ""}/>`;
}

/** Aerial perspective: distant colours drift towards the haze colour. */
export const fog = (c: Ctx, color: string, z: number): string =>
  mix(color, c.haze, 1 - Math.exp(-Math.max(0, z) / c.fogDist));

/** How flat a ground-level circle looks at distance z (ry / rx). */
export const groundSquash = (c: Ctx, z: number): number => clamp(c.cam.height / Math.max(z, 0.5), 0.04, 0.9);

/**
 * A flat rectangle in the world, described in its own (u, v) coordinates. Lets
 * windows, murals, book spines and awnings be laid out in metres on any wall and
 * still come out perspective-correct (shapes are projected point by point).
 */
export interface Plane {
  at(u: number, v: number): V3;
  /** unit normal pointing towards the viewer side */
  n: V3;
}

/** Wall parallel to the view direction at x = X (street sides, aisles). */
export const sidePlane = (x: number, z0: number, side: -1 | 1): Plane => ({
  at: (u, v) => [x, v, z0 + u],
  n: [-side, 0, 0],
});

/** Wall facing the camera at depth Z. */
export const frontPlane = (x0: number, z: number): Plane => ({
  at: (u, v) => [x0 + u, v, z],
  n: [0, 0, -1],
});

export const offset = (p: V3, n: V3, d: number): V3 => [p[0] + n[0] * d, p[1] + n[1] * d, p[2] + n[2] * d];

export function planeRect(
  c: Ctx,
  P: Plane,
  u0: number,
  u1: number,
  v0: number,
  v1: number,
  fill: string,
  extra = "",
  out = 0,
): string {
  return poly3(
    c,
    [P.at(u0, v0), P.at(u0, v1), P.at(u1, v1), P.at(u1, v0)].map((p) => offset(p, P.n, out)),
    fill,
    extra,
  );
}

export function planePoly(c: Ctx, P: Plane, pts: Pt[], fill: string, extra = "", out = 0): string {
  return poly3(
    c,
    pts.map(([u, v]) => offset(P.at(u, v), P.n, out)),
    fill,
    extra,
  );
}

export function circlePts(cu: number, cv: number, r: number, n = 28, ry = r): Pt[] {
  return Array.from({ length: n }, (_, i) => {
    const a = (i / n) * Math.PI * 2;
    return [cu + Math.cos(a) * r, cv + Math.sin(a) * ry] as Pt;
  });
}

interface BoxColors {
  front: string;
  side?: string;
  top?: string;
}

/** Axis-aligned box; only the faces the camera can see are emitted. */
export function box3(
  c: Ctx,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  z0: number,
  z1: number,
  col: BoxColors,
  useFog = true,
): string {
  const f = (s: string) => (useFog ? fog(c, s, z0) : s);
  const side = f(col.side ?? shade(col.front, -0.22));
  const top = f(col.top ?? shade(col.front, 0.14));
  let s = "";
  if (c.cam.x < x0)
    s += poly3(
      c,
      [
        [x0, y0, z0],
        [x0, y1, z0],
        [x0, y1, z1],
        [x0, y0, z1],
      ],
      side,
    );
  if (c.cam.x > x1)
    s += poly3(
      c,
      [
        [x1, y0, z0],
        [x1, y1, z0],
        [x1, y1, z1],
        [x1, y0, z1],
      ],
      side,
    );
  if (c.cam.height > y1)
    s += poly3(
      c,
      [
        [x0, y1, z0],
        [x1, y1, z0],
        [x1, y1, z1],
        [x0, y1, z1],
      ],
      top,
    );
  s += poly3(
    c,
    [
      [x0, y0, z0],
      [x0, y1, z0],
      [x1, y1, z0],
      [x1, y0, z0],
    ],
    f(col.front),
  );
  return s;
}

/** Shared radial gradient for soft contact shadows (dark centre fading to nothing). */
export function softShadow(c: Ctx): string {
  if (!c.defs.some((d) => d.startsWith('<radialGradient id="softshadow"'))) {
    c.defs.push(
      `<radialGradient id="softshadow">${stops([
        [0, "#000000", 0.38],
        [0.6, "#000000", 0.22],
        [1, "#000000", 0],
      ])}</radialGradient>`,
    );
  }
  return "url(#softshadow)";
}

/** Drawing in metres around a ground point: a group scaled so 1 unit = 1 m, y up. */
export function atGround(c: Ctx, x: number, y: number, z: number, body: string, depth = z): Drawable {
  const [px, py] = proj(c, x, y, z);
  const s = pxPerM(c, z);
  return { depth, svg: `<g transform="translate(${r1(px)} ${r1(py)}) scale(${r3(s)} ${r3(-s)})">${body}</g>` };
}

/** Smooth 1-D fractal value noise, normalised to 0..1. */
export function noise1D(rng: Rng, n: number, octaves: number, persistence: number, baseFreq = 2): number[] {
  const out = new Array<number>(n).fill(0);
  let amp = 1;
  let freq = baseFreq;
  for (let o = 0; o < octaves; o++) {
    const knots = Array.from({ length: freq + 2 }, () => rng.range(-1, 1));
    for (let i = 0; i < n; i++) {
      const t = (i / (n - 1)) * freq;
      const k = Math.floor(t);
      const s = (1 - Math.cos((t - k) * Math.PI)) / 2;
      out[i] = (out[i] ?? 0) + amp * ((knots[k] ?? 0) * (1 - s) + (knots[k + 1] ?? 0) * s);
    }
    amp *= persistence;
    freq *= 2;
  }
  const lo = Math.min(...out);
  const hi = Math.max(...out);
  return out.map((v) => (v - lo) / (hi - lo || 1));
}

export function stops(list: Array<[number, string, number?]>): string {
  return list
    .map(([o, col, a]) => `<stop offset="${o}" stop-color="${col}"${a === undefined ? "" : ` stop-opacity="${a}"`}/>`)
    .join("");
}

/** Registers a vertical gradient (bounding-box units) and returns `url(#id)`. */
export function vgrad(c: Ctx, top: string, bottom: string): string {
  const id = c.uid("vg");
  c.defs.push(
    `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stops([
      [0, top],
      [1, bottom],
    ])}</linearGradient>`,
  );
  return `url(#${id})`;
}

export function blurFilter(c: Ctx, sigmaPx: number): string {
  const id = c.uid("blur");
  c.defs.push(
    `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${r1(sigmaPx)}"/></filter>`,
  );
  return `url(#${id})`;
}

/** A soft radial light, for the screen-blended glow pass. */
export function glowSpot(c: Ctx, x: number, y: number, r: number, color: string, strength: number, ry = r): string {
  const id = c.uid("gl");
  c.defs.push(
    `<radialGradient id="${id}">${stops([
      [0, color, strength],
      [0.25, color, strength * 0.45],
      [1, color, 0],
    ])}</radialGradient>`,
  );
  return `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${r1(r)}" ry="${r1(ry)}" fill="url(#${id})"/>`;
}

/** Polygon lying on the ground, given as (x, z) pairs; used for painted court lines and soil patches. */
export function groundPoly(c: Ctx, pts: Pt[], fill: string, extra = "", y = 0.01): string {
  return poly3(
    c,
    pts.map(([x, z]): V3 => [x, y, z]),
    fill,
    extra,
  );
}

/** A ring painted on the ground (centre circles, hopscotch, planting pits). */
export function groundRing(c: Ctx, x: number, z: number, r: number, width: number, color: string): string {
  const outer = circlePts(x, z, r + width / 2, 48);
  const inner = circlePts(x, z, r - width / 2, 48).reverse();
  const toPath = (pts: Pt[]) =>
    pts
      .map(([px, pz]) => proj(c, px, 0.01, pz))
      .map(([a, b], i) => `${i ? "L" : "M"} ${r1(a)} ${r1(b)}`)
      .join(" ") + " Z";
  return `<path d="${toPath(outer)} ${toPath(inner)}" fill="${color}" fill-rule="evenodd"/>`;
}
