/**
 * Generates the 24 illustrative sample "photographs" listed in briefs/images.md.
 *
 *   npx tsx tools/sample-photos/generate.ts [outDir]      (default: content/images)
 *
 * Every picture is painted from a small scene description (see SCENES at the end):
 * a list of layers built from a handful of reusable drawing helpers (sky, ridges,
 * buildings, trees, people, furniture…). The layers are plain SVG rendered by sharp
 * (librsvg); the finishing — depth-of-field blur, light bloom, colour grade,
 * vignette and film grain — is done with sharp compositing so the results read as
 * stylised photographs rather than flat vector art.
 *
 * The output is deterministic: all randomness comes from a mulberry32 PRNG seeded
 * from the file name (and layer index), and no timestamps or other volatile
 * metadata are written, so two runs produce byte-identical JPEGs.
 *
 * While tuning a picture, `ONLY=a.jpg,b.jpg` limits the run to those files.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { mulberry32 } from "./random.ts";

// ───────────────────────────── deterministic randomness ─────────────────────────────

/** FNV-1a: turns a file name into a 32-bit seed. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  range(a: number, b: number): number {
    return a + (b - a) * this.next();
  }
  int(a: number, b: number): number {
    return Math.floor(this.range(a, b + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("Rng.pick: empty list");
    return item;
  }
}

// ───────────────────────────────────── colour ─────────────────────────────────────

type RGB = [number, number, number];

function parseHex(c: string): RGB {
  const m = /^#([0-9a-f]{6})$/i.exec(c);
  if (!m?.[1]) throw new Error(`bad colour ${c}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: RGB): string {
  const h = (v: number) =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, "0");
  return `#${h(r)}${h(g)}${h(b)}`;
}

/** Linear blend of two colours, t=0 → a, t=1 → b. */
function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = parseHex(a);
  const [br, bg, bb] = parseHex(b);
  const k = Math.max(0, Math.min(1, t));
  return toHex([ar + (br - ar) * k, ag + (bg - ag) * k, ab + (bb - ab) * k]);
}

/** t > 0 lightens towards white, t < 0 darkens towards black. */
function shade(c: string, t: number): string {
  return t >= 0 ? mix(c, "#ffffff", t) : mix(c, "#000000", -t);
}

// ─────────────────────────────── scene / context types ───────────────────────────────

type Pt = [number, number];
type V3 = [number, number, number];

/** A pin-hole camera: world units are metres, y is up, the camera looks along +z. */
interface Camera {
  /** horizon height as a fraction of the image height */
  horizon: number;
  /** vanishing point x as a fraction of the image width */
  cx: number;
  /** focal length as a fraction of the image width (1 ≈ 53° horizontal field of view) */
  focal: number;
  /** eye height in metres */
  height: number;
  /** lateral position in metres */
  x: number;
}

interface Ctx {
  readonly w: number;
  readonly h: number;
  readonly cam: Camera;
  /** colour distant objects fade into (aerial perspective) */
  readonly haze: string;
  /** distance in metres at which objects are ~63% haze */
  readonly fogDist: number;
  /** where the key light comes from: -1 left … +1 right */
  readonly light: number;
  readonly rng: Rng;
  readonly defs: string[];
  uid(prefix: string): string;
}

/**
 * One paintable piece. `depth` (metres from the camera) drives both painter's
 * ordering and which depth-of-field tier the piece lands in; Infinity = backdrop.
 * `glow` pieces go to a separate light pass that is screen-blended on top.
 */
interface Drawable {
  depth: number;
  svg: string;
  glow?: boolean;
}

type Layer = (c: Ctx) => Drawable[];

type Aspect = "landscape" | "wide" | "portrait";
const SIZES: Record<Aspect, { w: number; h: number }> = {
  landscape: { w: 3000, h: 2000 }, // 3:2
  wide: { w: 3200, h: 1800 }, // 16:9
  portrait: { w: 2000, h: 3000 }, // 2:3
};

interface Grade {
  /** soft-light colour wash, top and bottom of the frame */
  top: string;
  bottom: string;
  amount: number;
  /** 0..1, how dark the corners get */
  vignette: number;
  /** grain amplitude in 8-bit levels (kept low: grain is expensive in JPEG) */
  grain: number;
  saturation?: number;
  brightness?: number;
  /** contrast multiplier around mid grey */
  contrast?: number;
}

interface Scene {
  file: string;
  aspect: Aspect;
  cam?: Partial<Camera>;
  haze: string;
  fogDist: number;
  light: number;
  /** depth-of-field tiers: everything farther than `beyond` metres gets blurred by `sigma` px */
  dof: Array<{ beyond: number; sigma: number }>;
  grade: Grade;
  layers: Layer[];
}

// ───────────────────────────────────── geometry ─────────────────────────────────────

const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();
const r3 = (n: number): string => (Math.round(n * 1000) / 1000).toString();
const clamp = (v: number, a: number, b: number): number => Math.max(a, Math.min(b, v));

function poly(pts: Pt[], fill: string, extra = ""): string {
  return `<polygon points="${pts.map(([x, y]) => `${r1(x)},${r1(y)}`).join(" ")}" fill="${fill}"${extra ? ` ${extra}` : ""}/>`;
}

/** Perspective projection of a world point to pixels. */
function proj(c: Ctx, x: number, y: number, z: number): Pt {
  const zz = Math.max(z, 0.05);
  const f = c.cam.focal * c.w;
  return [c.w * c.cam.cx + (f * (x - c.cam.x)) / zz, c.h * c.cam.horizon - (f * (y - c.cam.height)) / zz];
}

/** Pixels per metre at distance z. */
const pxPerM = (c: Ctx, z: number): number => (c.cam.focal * c.w) / Math.max(z, 0.05);

function poly3(c: Ctx, pts: V3[], fill: string, extra = ""): string {
  return poly(
    pts.map(([x, y, z]) => proj(c, x, y, z)),
    fill,
    extra,
  );
}

function line3(c: Ctx, a: V3, b: V3, color: string, widthM: number, extra = ""): string {
  const [x1, y1] = proj(c, ...a);
  const [x2, y2] = proj(c, ...b);
  const wpx = Math.max(0.6, widthM * pxPerM(c, (a[2] + b[2]) / 2));
  return `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${color}" stroke-width="${r1(wpx)}" stroke-linecap="round"${extra ? ` ${extra}` : ""}/>`;
}

/** Aerial perspective: distant colours drift towards the haze colour. */
const fog = (c: Ctx, color: string, z: number): string => mix(color, c.haze, 1 - Math.exp(-Math.max(0, z) / c.fogDist));

/** How flat a ground-level circle looks at distance z (ry / rx). */
const groundSquash = (c: Ctx, z: number): number => clamp(c.cam.height / Math.max(z, 0.5), 0.04, 0.9);

/**
 * A flat rectangle in the world, described in its own (u, v) coordinates. Lets
 * windows, murals, book spines and awnings be laid out in metres on any wall and
 * still come out perspective-correct (shapes are projected point by point).
 */
interface Plane {
  at(u: number, v: number): V3;
  /** unit normal pointing towards the viewer side */
  n: V3;
}

/** Wall parallel to the view direction at x = X (street sides, aisles). */
const sidePlane = (x: number, z0: number, side: -1 | 1): Plane => ({
  at: (u, v) => [x, v, z0 + u],
  n: [-side, 0, 0],
});

/** Wall facing the camera at depth Z. */
const frontPlane = (x0: number, z: number): Plane => ({
  at: (u, v) => [x0 + u, v, z],
  n: [0, 0, -1],
});

const offset = (p: V3, n: V3, d: number): V3 => [p[0] + n[0] * d, p[1] + n[1] * d, p[2] + n[2] * d];

function planeRect(
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

function planePoly(c: Ctx, P: Plane, pts: Pt[], fill: string, extra = "", out = 0): string {
  return poly3(
    c,
    pts.map(([u, v]) => offset(P.at(u, v), P.n, out)),
    fill,
    extra,
  );
}

function circlePts(cu: number, cv: number, r: number, n = 28, ry = r): Pt[] {
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
function box3(
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
function softShadow(c: Ctx): string {
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
function atGround(c: Ctx, x: number, y: number, z: number, body: string, depth = z): Drawable {
  const [px, py] = proj(c, x, y, z);
  const s = pxPerM(c, z);
  return { depth, svg: `<g transform="translate(${r1(px)} ${r1(py)}) scale(${r3(s)} ${r3(-s)})">${body}</g>` };
}

/** Smooth 1-D fractal value noise, normalised to 0..1. */
function noise1D(rng: Rng, n: number, octaves: number, persistence: number, baseFreq = 2): number[] {
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

function stops(list: Array<[number, string, number?]>): string {
  return list
    .map(([o, col, a]) => `<stop offset="${o}" stop-color="${col}"${a === undefined ? "" : ` stop-opacity="${a}"`}/>`)
    .join("");
}

/** Registers a vertical gradient (bounding-box units) and returns `url(#id)`. */
function vgrad(c: Ctx, top: string, bottom: string): string {
  const id = c.uid("vg");
  c.defs.push(
    `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stops([
      [0, top],
      [1, bottom],
    ])}</linearGradient>`,
  );
  return `url(#${id})`;
}

function blurFilter(c: Ctx, sigmaPx: number): string {
  const id = c.uid("blur");
  c.defs.push(
    `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${r1(sigmaPx)}"/></filter>`,
  );
  return `url(#${id})`;
}

/** A soft radial light, for the screen-blended glow pass. */
function glowSpot(c: Ctx, x: number, y: number, r: number, color: string, strength: number, ry = r): string {
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

// ─────────────────────────────── sky and landscape ───────────────────────────────

/** Vertical sky gradient; stop offsets are fractions of the full image height. */
const sky =
  (list: Array<[number, string]>): Layer =>
  (c) => {
    const id = c.uid("sky");
    c.defs.push(
      `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="${c.h}" gradientUnits="userSpaceOnUse">${stops(list)}</linearGradient>`,
    );
    return [{ depth: Infinity, svg: `<rect width="${c.w}" height="${c.h}" fill="url(#${id})"/>` }];
  };

/** Sun (or moon) disc plus a wide bloom in the light pass. */
const sun =
  (o: { x: number; y: number; r: number; color: string; glow: number; glowColor?: string; strength?: number }): Layer =>
  (c) => {
    const [x, y] = [o.x * c.w, o.y * c.h];
    return [
      { depth: Infinity, svg: `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(o.r * c.w)}" fill="${o.color}"/>` },
      { depth: Infinity, glow: true, svg: glowSpot(c, x, y, o.glow * c.w, o.glowColor ?? o.color, o.strength ?? 0.8) },
    ];
  };

const stars =
  (n: number, maxY: number): Layer =>
  (c) => {
    let s = "";
    for (let i = 0; i < n; i++) {
      const r = c.rng.range(0.8, 2.6);
      s += `<circle cx="${r1(c.rng.range(0, c.w))}" cy="${r1(c.rng.range(0, maxY * c.h))}" r="${r1(r)}" fill="#ffffff" opacity="${r3(c.rng.range(0.3, 0.9))}"/>`;
    }
    return [{ depth: Infinity, svg: s }];
  };

/** Cumulus-ish clusters of soft ellipses; lit tops, greyer bases. */
const clouds =
  (o: {
    n: number;
    y: [number, number];
    size: number;
    color: string;
    shadow: string;
    opacity: number;
    soft?: number;
  }): Layer =>
  (c) => {
    const { rng } = c;
    let s = "";
    for (let i = 0; i < o.n; i++) {
      const cx = rng.range(-0.1, 1.1) * c.w;
      const cy = rng.range(o.y[0], o.y[1]) * c.h;
      const cw = o.size * c.w * rng.range(0.6, 1.4);
      s += `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(cw * 0.55)}" ry="${r1(cw * 0.09)}" fill="${o.shadow}"/>`;
      const puffs = rng.int(5, 9);
      for (let j = 0; j < puffs; j++) {
        const px = cx + rng.range(-0.42, 0.42) * cw;
        const pr = cw * rng.range(0.12, 0.26) * (1 - Math.abs(px - cx) / cw);
        const py = cy - pr * rng.range(0.3, 0.9);
        s += `<ellipse cx="${r1(px)}" cy="${r1(py)}" rx="${r1(pr * 1.25)}" ry="${r1(pr)}" fill="${o.shadow}"/>`;
        s += `<ellipse cx="${r1(px - pr * 0.12)}" cy="${r1(py - pr * 0.22)}" rx="${r1(pr * 1.05)}" ry="${r1(pr * 0.8)}" fill="${o.color}"/>`;
      }
    }
    return [
      { depth: Infinity, svg: `<g filter="${blurFilter(c, (o.soft ?? 0.006) * c.w)}" opacity="${o.opacity}">${s}</g>` },
    ];
  };

interface RidgeOpts {
  /** baseline (fraction of height) the ridge rises from */
  base: number;
  /** peak height (fraction of height) */
  amp: number;
  color: string;
  /** colour at the crest (lighter = hazier) */
  top?: string;
  octaves?: number;
  persistence?: number;
  /** ridged noise gives sharper mountain crests */
  sharp?: boolean;
  /** multiplies the profile, e.g. to make valley sides rise at the frame edges */
  envelope?: (t: number) => number;
  /** snow line as a fraction of height */
  snow?: number;
  depth?: number;
  freq?: number;
  /** tree clumps scattered over the slope (forested hills) */
  texture?: { n: number; size: number; colors: string[] };
}

/** A mountain or hill silhouette filled down to the bottom of the frame. */
const ridge =
  (o: RidgeOpts): Layer =>
  (c) => {
    const n = 260;
    let prof = noise1D(c.rng, n, o.octaves ?? 5, o.persistence ?? 0.5, o.freq ?? 2);
    if (o.sharp) prof = prof.map((v) => 1 - Math.abs(v * 2 - 1));
    const pts: Pt[] = prof.map((v, i) => {
      const t = i / (n - 1);
      return [t * c.w, (o.base - o.amp * v * (o.envelope ? o.envelope(t) : 1)) * c.h];
    });
    const minY = Math.min(...pts.map((p) => p[1]));
    const id = c.uid("ridge");
    c.defs.push(
      `<linearGradient id="${id}" x1="0" y1="${r1(minY)}" x2="0" y2="${r1(o.base * c.h)}" gradientUnits="userSpaceOnUse">${stops(
        [
          [0, o.top ?? o.color],
          [1, o.color],
        ],
      )}</linearGradient>`,
    );
    let s = poly([...pts, [c.w, c.h], [0, c.h]], `url(#${id})`);
    if (o.snow !== undefined) {
      const snowY = o.snow * c.h;
      const jag = noise1D(c.rng, n, 4, 0.6, 8);
      const lower = pts.map(([x, y], i): Pt => [
        x,
        Math.max(y, Math.min(y + 0.05 * c.h, snowY + ((jag[i] ?? 0) - 0.5) * 0.05 * c.h)),
      ]);
      s += poly([...pts, ...lower.reverse()], "#eef2f6", 'opacity="0.92"');
    }
    if (o.texture) {
      const tx = o.texture;
      for (let k = 0; k < tx.n; k++) {
        const p = pts[c.rng.int(0, n - 1)];
        if (!p) continue;
        const depthBelow = o.base * c.h - p[1];
        if (depthBelow < tx.size * c.w) continue;
        const y = p[1] + tx.size * c.w * 0.5 + c.rng.float() ** 1.5 * depthBelow;
        const r = tx.size * c.w * c.rng.range(0.6, 1.3) * (0.6 + (0.4 * (y - minY)) / (c.h - minY));
        const col = c.rng.pick(tx.colors);
        s += `<ellipse cx="${r1(p[0] + c.rng.range(-4, 4) * r)}" cy="${r1(y)}" rx="${r1(r)}" ry="${r1(r * 0.8)}" fill="${col}"/><ellipse cx="${r1(p[0] + r * 0.25)}" cy="${r1(y - r * 0.25)}" rx="${r1(r * 0.55)}" ry="${r1(r * 0.45)}" fill="${shade(col, 0.12)}"/>`;
      }
    }
    return [{ depth: o.depth ?? Infinity, svg: s }];
  };

/** Flat ground from the horizon (or `top`) to the bottom of the frame. */
const ground =
  (o: { far: string; near: string; top?: number }): Layer =>
  (c) => {
    const y0 = (o.top ?? c.cam.horizon) * c.h;
    return [
      {
        depth: Infinity,
        svg: `<rect x="0" y="${r1(y0)}" width="${c.w}" height="${r1(c.h - y0)}" fill="${vgrad(c, o.far, o.near)}"/>`,
      },
    ];
  };

/** A flat patch on the ground (road, lawn, path, plaza), optional vertical extent for curbs. */
const groundQuad =
  (o: {
    x: [number, number];
    z: [number, number];
    color: string;
    farColor?: string;
    y?: number;
    xFar?: [number, number];
    depth?: number;
  }): Layer =>
  (c) => {
    const y = o.y ?? 0;
    const [xn0, xn1] = o.x;
    const [xf0, xf1] = o.xFar ?? o.x;
    let fill = o.color;
    if (o.farColor) {
      // screen-space gradient: the quad's bounding box reaches far below the frame,
      // so a bounding-box gradient would show only its far colour
      const id = c.uid("gq");
      const yFar = proj(c, 0, y, o.z[1])[1];
      c.defs.push(
        `<linearGradient id="${id}" x1="0" y1="${r1(yFar)}" x2="0" y2="${c.h}" gradientUnits="userSpaceOnUse">${stops([
          [0, fog(c, o.farColor, o.z[1])],
          [1, o.color],
        ])}</linearGradient>`,
      );
      fill = `url(#${id})`;
    }
    return [
      {
        depth: o.depth ?? 1e6,
        svg: poly3(
          c,
          [
            [xn0, y, o.z[0]],
            [xf0, y, o.z[1]],
            [xf1, y, o.z[1]],
            [xn1, y, o.z[0]],
          ],
          fill,
        ),
      },
    ];
  };

/** Road/lane markings: dashes (or a zebra crossing) painted on the ground plane. */
const markings =
  (o: {
    x: number;
    z: [number, number];
    dash: number;
    gap: number;
    width: number;
    color: string;
    zebra?: boolean;
  }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let z = o.z[0]; z < o.z[1]; z += o.dash + o.gap) {
      const za = z;
      const zb = Math.min(z + o.dash, o.z[1]);
      out.push({
        depth: za,
        svg: poly3(
          c,
          [
            [o.x - o.width / 2, 0.01, za],
            [o.x - o.width / 2, 0.01, zb],
            [o.x + o.width / 2, 0.01, zb],
            [o.x + o.width / 2, 0.01, za],
          ],
          fog(c, o.color, za),
        ),
      });
    }
    return out;
  };

/** Zebra crossing: stripes across the road at a given depth. */
const zebra =
  (o: { x: [number, number]; z: number; length: number; stripe: number; color: string }): Layer =>
  (c) => {
    let s = "";
    for (let x = o.x[0]; x < o.x[1]; x += o.stripe * 2) {
      s += poly3(
        c,
        [
          [x, 0.01, o.z],
          [x, 0.01, o.z + o.length],
          [x + o.stripe, 0.01, o.z + o.length],
          [x + o.stripe, 0.01, o.z],
        ],
        o.color,
      );
    }
    return [{ depth: o.z + o.length, svg: s }];
  };

/** Curb stones along a road edge, optionally painted in alternating colours (as in Iranian streets). */
const curb =
  (o: { x: number; side: -1 | 1; z: [number, number]; colors: string[]; seg: number; height?: number }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    const h = o.height ?? 0.18;
    const x1 = o.x + o.side * 0.3;
    let i = 0;
    for (let z = o.z[0]; z < o.z[1]; z += o.seg, i++) {
      const col = fog(c, o.colors[i % o.colors.length] ?? "#999999", z);
      const zb = z + o.seg;
      out.push({
        depth: zb,
        svg:
          poly3(
            c,
            [
              [o.x, 0, z],
              [o.x, h, z],
              [o.x, h, zb],
              [o.x, 0, zb],
            ],
            shade(col, -0.15),
          ) +
          poly3(
            c,
            [
              [o.x, h, z],
              [x1, h, z],
              [x1, h, zb],
              [o.x, h, zb],
            ],
            col,
          ),
      });
    }
    return out;
  };

/** Sparse grass tufts / pebbles / leaves scattered on the ground for texture. */
const scatter =
  (o: {
    n: number;
    x: [number, number];
    z: [number, number];
    colors: string[];
    size: number;
    kind: "tuft" | "dot" | "leaf" | "bush";
    avoid?: [number, number];
  }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let i = 0; i < o.n; i++) {
      // bias towards the near field where texture is visible
      const z = o.z[0] + (o.z[1] - o.z[0]) * c.rng.float() ** 2;
      const x = c.rng.range(o.x[0], o.x[1]);
      const col = fog(c, c.rng.pick(o.colors), z);
      const sz = o.size * c.rng.range(0.6, 1.4);
      if (o.avoid && x > o.avoid[0] && x < o.avoid[1]) continue; // keep off the road
      let body = "";
      if (o.kind === "tuft") {
        for (let k = 0; k < 5; k++) {
          const dx = c.rng.range(-sz, sz);
          body += poly(
            [
              [dx - sz * 0.06, 0],
              [dx + c.rng.range(-sz, sz) * 0.5, sz * c.rng.range(1.0, 2.2)],
              [dx + sz * 0.06, 0],
            ],
            col,
          );
        }
      } else if (o.kind === "bush") {
        // low desert scrub: a dome with a darker underside and a contact shadow
        body = `<ellipse cx="${r3(-c.light * sz * 0.5)}" cy="0" rx="${r3(sz * 1.3)}" ry="${r3(sz * 1.3 * groundSquash(c, z))}" fill="#000000" opacity="0.18"/><path d="M ${r3(-sz)} 0 Q ${r3(-sz)} ${r3(sz * 0.9)} 0 ${r3(sz * 0.8)} Q ${r3(sz)} ${r3(sz * 0.9)} ${r3(sz)} 0 Z" fill="${col}"/><path d="M ${r3(-sz)} 0 Q ${r3(-sz * 0.9)} ${r3(sz * 0.35)} 0 ${r3(sz * 0.3)} Q ${r3(sz * 0.9)} ${r3(sz * 0.35)} ${r3(sz)} 0 Z" fill="#000000" opacity="0.2"/>`;
      } else if (o.kind === "leaf") {
        body = `<ellipse cx="0" cy="0" rx="${r3(sz)}" ry="${r3(sz * groundSquash(c, z) * 0.9)}" fill="${col}" transform="rotate(${r1(c.rng.range(-30, 30))})"/>`;
      } else {
        body = `<ellipse cx="0" cy="0" rx="${r3(sz)}" ry="${r3(sz * groundSquash(c, z))}" fill="${col}"/>`;
      }
      out.push(atGround(c, x, 0, z, body));
    }
    return out;
  };

// ────────────────────────────────────── trees ──────────────────────────────────────

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
const treeRow =
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
const grove =
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

// ────────────────────────────────────── people ──────────────────────────────────────

type Pose = "stand" | "walk" | "sit" | "bend";
type Tool = "none" | "broom" | "shovel" | "bag" | "sack" | "can";

interface Look {
  kind: "man" | "woman" | "chador" | "child";
  top: string;
  bottom: string;
  skin: string;
  hair: string;
  scarf: string;
}

const SKIN = ["#d9a77e", "#c68e65", "#e3b896", "#b07a55"];
const HAIR = ["#2a211c", "#3b2c22", "#1d1a18", "#4a3a2c"];
const TOPS = [
  "#2f4a6d",
  "#6b2e3a",
  "#3e5e4a",
  "#c9c1b1",
  "#5b5f68",
  "#8a5a3b",
  "#2d2d34",
  "#9a3f2f",
  "#44607f",
  "#7a7055",
];
const BOTTOMS = ["#22252b", "#3a3f4a", "#2c3440", "#4a4236", "#1f1f24"];
const SCARVES = ["#1e1e24", "#5a2838", "#2f3f5c", "#6e5a4a", "#3a4a3a", "#8a6e58", "#25252b"];

function randomLook(rng: Rng, kind?: Look["kind"]): Look {
  const k = kind ?? rng.pick(["man", "man", "woman", "woman", "chador"] as const);
  return {
    kind: k,
    top: k === "child" ? rng.pick(["#d0453a", "#3a7bd5", "#f0b830", "#3aa66b", "#e07a2f", "#7b4fb0"]) : rng.pick(TOPS),
    bottom: rng.pick(BOTTOMS),
    skin: rng.pick(SKIN),
    hair: rng.pick(HAIR),
    scarf: rng.pick(SCARVES),
  };
}

interface PersonOpts {
  x: number;
  z: number;
  h?: number;
  pose?: Pose;
  look?: Look;
  tool?: Tool;
  /** seen from behind: no face */
  back?: boolean;
  vest?: string;
  helmet?: string;
  /** ground height (e.g. standing on a bridge deck) */
  y?: number;
  /** explicit painter depth */
  depth?: number;
  /** mirror horizontally */
  flip?: boolean;
}

/** A simple person figure in metres (1.7 m tall before scaling), feet at the origin, y up. */
function personBody(c: Ctx, o: PersonOpts, look: Look): string {
  const pose = o.pose ?? "stand";
  const sit = pose === "sit";
  const lift = sit ? -0.4 : 0; // seated: upper body lowered onto the chair
  const shadowSide = c.light > 0 ? -1 : 1;
  const f = (col: string) => fog(c, col, o.z);
  const top = f(look.top);
  const bottom = f(look.bottom);
  const skin = f(look.skin);
  const hair = f(look.hair);
  const scarf = f(look.scarf);
  const n = (v: number) => r3(v);
  const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0.04, extra = "") =>
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(rx)}" fill="${fill}"${extra ? ` ${extra}` : ""}/>`;
  let s = `<ellipse cx="${n(-c.light * 0.25)}" cy="0" rx="0.5" ry="${n(0.5 * groundSquash(c, o.z))}" fill="${softShadow(c)}"/>`;

  // legs, swinging apart when walking
  const legLen = sit ? 0.46 : 0.86;
  const swing = pose === "walk" ? 14 : 0;
  const shoe = f("#1b1b1e");
  s += `<g transform="rotate(${swing} 0 ${legLen})">${rect(-0.135, 0.02, 0.115, legLen + 0.02, bottom)}${rect(-0.165, 0, 0.15, 0.07, shoe, 0.03)}</g>`;
  s += `<g transform="rotate(${-swing} 0 ${legLen})">${rect(0.02, 0.02, 0.115, legLen + 0.02, shade(bottom, -0.1))}${rect(0.015, 0, 0.15, 0.07, shoe, 0.03)}</g>`;

  let upper = "";
  const w0 = 0.8 + lift; // waist height
  const sh = w0 + 0.62; // shoulder height
  const hy = sh + 0.17; // head centre
  if (look.kind === "chador") {
    // chador: one long dark drape from the crown of the head to the ankles
    const foot = sit ? 0.4 : 0.05;
    upper += `<path d="M -0.12 ${n(hy + 0.12)} Q -0.3 ${n(sh)} -0.29 ${n(foot)} L 0.29 ${n(foot)} Q 0.3 ${n(sh)} 0.12 ${n(hy + 0.12)} Q 0 ${n(hy + 0.2)} -0.12 ${n(hy + 0.12)} Z" fill="${f("#18181c")}"/>`;
    upper += `<path d="M 0 ${n(hy + 0.18)} Q ${n(shadowSide * 0.3)} ${n(sh)} ${n(shadowSide * 0.29)} ${n(foot)} L 0 ${n(foot)} Z" fill="#000000" opacity="0.25"/>`;
    if (!o.back) upper += `<ellipse cx="0" cy="${n(hy - 0.01)}" rx="0.06" ry="0.08" fill="${skin}"/>`;
  } else {
    const coat = look.kind === "woman" ? 0.4 : 0; // a manteau reaches the knees
    const bw = coat ? 0.22 : 0.17;
    const torso = `M ${n(-bw)} ${n(w0 - coat)} L -0.2 ${n(w0 + 0.42)} Q -0.22 ${n(sh - 0.02)} -0.1 ${n(sh + 0.02)} L 0.1 ${n(sh + 0.02)} Q 0.22 ${n(sh - 0.02)} 0.2 ${n(w0 + 0.42)} L ${n(bw)} ${n(w0 - coat)} Z`;
    const armCol = shade(top, -0.1);
    const arm = (side: number) =>
      `<g transform="rotate(${side * 5} ${n(side * 0.19)} ${n(sh - 0.05)})">${rect(side > 0 ? 0.15 : -0.24, w0 + 0.02, 0.09, 0.58, armCol, 0.045)}<circle cx="${n(side * 0.195)}" cy="${n(w0 + 0.02)}" r="0.045" fill="${skin}"/></g>`;
    upper += arm(shadowSide);
    upper += `<path d="${torso}" fill="${top}"/>`;
    if (o.vest) {
      // hi-vis vest with two reflective bands
      upper += `<path d="M -0.17 ${n(w0 + 0.02)} L -0.19 ${n(w0 + 0.42)} Q -0.2 ${n(sh - 0.04)} -0.08 ${n(sh)} L -0.05 ${n(w0 + 0.3)} L 0.05 ${n(w0 + 0.3)} L 0.08 ${n(sh)} Q 0.2 ${n(sh - 0.04)} 0.19 ${n(w0 + 0.42)} L 0.17 ${n(w0 + 0.02)} Z" fill="${f(o.vest)}"/>`;
      for (const v of [0.12, 0.26]) upper += rect(-0.18, w0 + v, 0.36, 0.045, f("#e8e8e0"), 0);
    }
    upper += `<path d="M 0 ${n(w0 - coat)} L ${n(shadowSide * bw)} ${n(w0 - coat)} L ${n(shadowSide * 0.2)} ${n(w0 + 0.42)} Q ${n(shadowSide * 0.22)} ${n(sh - 0.02)} ${n(shadowSide * 0.1)} ${n(sh + 0.02)} L 0 ${n(sh + 0.02)} Z" fill="#000000" opacity="0.16"/>`;
    upper += arm(-shadowSide);
    upper += rect(-0.04, sh - 0.02, 0.08, 0.1, skin, 0.02);
    if (look.kind === "woman") {
      // headscarf framing the face and falling onto the shoulders
      upper += `<path d="M -0.16 ${n(sh - 0.04)} Q -0.15 ${n(hy + 0.17)} 0 ${n(hy + 0.15)} Q 0.15 ${n(hy + 0.17)} 0.16 ${n(sh - 0.04)} Z" fill="${scarf}"/>`;
      if (!o.back) upper += `<ellipse cx="0" cy="${n(hy - 0.01)}" rx="0.068" ry="0.088" fill="${skin}"/>`;
    } else {
      upper += `<ellipse cx="0" cy="${n(hy)}" rx="0.092" ry="0.112" fill="${o.back ? hair : skin}"/>`;
      if (!o.back)
        upper += `<path d="M -0.095 ${n(hy + 0.02)} Q 0 ${n(hy + 0.19)} 0.095 ${n(hy + 0.02)} Q 0 ${n(hy + 0.08)} -0.095 ${n(hy + 0.02)} Z" fill="${hair}"/>`;
    }
    if (o.helmet)
      upper += `<path d="M -0.125 ${n(hy + 0.04)} Q 0 ${n(hy + 0.24)} 0.125 ${n(hy + 0.04)} Z" fill="${f(o.helmet)}"/>`;
  }
  if (pose === "bend") upper = `<g transform="rotate(${c.light > 0 ? 18 : -18} 0 0.85)">${upper}</g>`;
  if (pose === "walk") upper = `<g transform="rotate(3 0 0.85)">${upper}</g>`;
  s += upper;

  // tools are held in the hand on the far side of the lean
  const tool = o.tool ?? "none";
  const wood = f("#8a6a44");
  if (tool === "broom") {
    s += `<line x1="0.22" y1="1.1" x2="0.6" y2="0.08" stroke="${wood}" stroke-width="0.035"/>`;
    s += poly(
      [
        [0.48, 0.12],
        [0.76, 0.12],
        [0.82, 0],
        [0.42, 0],
      ],
      f("#c7a35a"),
    );
  } else if (tool === "shovel") {
    s += `<line x1="0.22" y1="1.15" x2="0.5" y2="0.22" stroke="${wood}" stroke-width="0.035"/>`;
    s += poly(
      [
        [0.42, 0.26],
        [0.6, 0.24],
        [0.58, 0.0],
        [0.47, -0.04],
        [0.4, 0.02],
      ],
      f("#6c7279"),
    );
  } else if (tool === "bag") {
    // shopping bag with a handle
    const bag = f(c.rng.pick(["#f2efe6", "#c9b48a", "#d9d2c2", "#b83a3a"]));
    s += `<path d="M 0.17 ${n(0.82 + lift)} Q 0.27 ${n(0.95 + lift)} 0.37 ${n(0.82 + lift)}" fill="none" stroke="${shade(bag, -0.3)}" stroke-width="0.015"/>`;
    s +=
      rect(0.14, 0.5 + lift, 0.26, 0.32, bag, 0.01) +
      rect(0.27, 0.5 + lift, 0.13, 0.32, "#000000", 0, 'opacity="0.12"');
  } else if (tool === "sack") {
    // rubbish sack, knotted at the top
    const sack = f("#1c2230");
    s += `<path d="M 0.22 ${n(0.8 + lift)} Q 0.02 ${n(0.55 + lift)} 0.1 ${n(0.25 + lift)} Q 0.27 ${n(0.12 + lift)} 0.44 ${n(0.25 + lift)} Q 0.52 ${n(0.55 + lift)} 0.26 ${n(0.8 + lift)} Z" fill="${sack}"/><ellipse cx="0.17" cy="${n(0.45 + lift)}" rx="0.04" ry="0.12" fill="#ffffff" opacity="0.1"/>`;
  } else if (tool === "can") {
    s += `<rect x="0.2" y="${n(0.5 + lift)}" width="0.2" height="0.2" rx="0.03" fill="${f("#3c8fd0")}"/><line x1="0.4" y1="${n(0.62 + lift)}" x2="0.55" y2="${n(0.7 + lift)}" stroke="${f("#3c8fd0")}" stroke-width="0.03"/>`;
  }
  return s;
}

function person(c: Ctx, o: PersonOpts): Drawable {
  const look = o.look ?? randomLook(c.rng);
  const h = o.h ?? (look.kind === "child" ? c.rng.range(1.05, 1.3) : c.rng.range(1.58, 1.85));
  const k = h / 1.7;
  const body = `<g transform="scale(${r3(o.flip ? -k : k)} ${r3(k)})">${personBody(c, o, look)}</g>`;
  return atGround(c, o.x, o.y ?? 0, o.z, body, o.depth ?? o.z);
}

/** A group of people spread over an area, e.g. passers-by in a street; keeps them from standing inside each other. */
const crowd =
  (o: {
    n: number;
    x: [number, number];
    z: [number, number];
    poses?: Pose[];
    kinds?: Array<Look["kind"]>;
    tools?: Tool[];
    tops?: string[];
    vest?: string[];
    helmet?: string;
    back?: number;
    h?: [number, number];
  }): Layer =>
  (c) => {
    const placed: Pt[] = [];
    const out: Drawable[] = [];
    for (let i = 0; i < o.n; i++) {
      let x = 0;
      let z = 0;
      for (let tries = 0; tries < 20; tries++) {
        x = c.rng.range(o.x[0], o.x[1]);
        z = c.rng.range(o.z[0], o.z[1]);
        if (placed.every(([px, pz]) => Math.hypot(px - x, (pz - z) * 0.5) > 0.8)) break;
      }
      placed.push([x, z]);
      const look = randomLook(c.rng, o.kinds ? c.rng.pick(o.kinds) : undefined);
      if (o.tops) look.top = c.rng.pick(o.tops);
      out.push(
        person(c, {
          x,
          z,
          h: o.h ? c.rng.range(o.h[0], o.h[1]) : undefined,
          pose: o.poses ? c.rng.pick(o.poses) : "stand",
          look,
          tool: o.tools ? c.rng.pick(o.tools) : "none",
          vest: o.vest ? c.rng.pick(o.vest) : undefined,
          helmet: o.helmet,
          back: c.rng.chance(o.back ?? 0.5),
          flip: c.rng.chance(0.5),
        }),
      );
    }
    return out;
  };

// ───────────────────────────────────── buildings ─────────────────────────────────────

interface FacadeStyle {
  colors: string[];
  glass: string;
  frame: string;
  /** probability that a window is lit (evening / night scenes) */
  lit?: number;
  litColor?: string;
  floorH?: number;
  /** ground-floor shops with awnings and sign panels */
  shops?: { awnings: string[][]; signs: string[] };
  doors?: string[];
  balconies?: number;
  /** darken walls that face away from the light */
  shadowTint?: string;
}

/** Windows, doors, shopfronts on one wall of length L and height H laid out on plane P. */
function facadeDetail(
  c: Ctx,
  P: Plane,
  L: number,
  H: number,
  st: FacadeStyle,
  zRef: number,
  faceShade: number,
): { svg: string; glow: string } {
  const { rng } = c;
  const fh = st.floorH ?? 3;
  const f = (col: string) => fog(c, shade(col, faceShade), zRef);
  let s = "";
  let g = "";
  const floors = Math.floor((H - 0.6) / fh);
  const firstFloor = st.shops ? 1 : 0;
  const nWin = Math.max(1, Math.floor((L - 0.6) / 2.6));
  const pitch = L / nWin;
  for (let fl = firstFloor; fl < floors; fl++) {
    for (let i = 0; i < nWin; i++) {
      const u0 = i * pitch + pitch * 0.28;
      const u1 = u0 + pitch * 0.44;
      const v0 = fl * fh + 0.95;
      const v1 = v0 + 1.45;
      const lit = rng.chance(st.lit ?? 0);
      s += planeRect(c, P, u0 - 0.1, u1 + 0.1, v0 - 0.12, v1 + 0.08, f(st.frame));
      const glass = lit ? fog(c, st.litColor ?? "#ffcf7a", zRef * 0.5) : f(shade(st.glass, rng.range(-0.12, 0.1)));
      s += planeRect(c, P, u0, u1, v0, v1, glass);
      s += planeRect(c, P, (u0 + u1) / 2 - 0.03, (u0 + u1) / 2 + 0.03, v0, v1, f(st.frame));
      if (lit) {
        const [gx, gy] = proj(c, ...P.at((u0 + u1) / 2, (v0 + v1) / 2));
        g += glowSpot(c, gx, gy, pxPerM(c, zRef) * 1.6, st.litColor ?? "#ffcf7a", 0.35);
      }
      if (st.balconies && fl > 0 && rng.chance(st.balconies)) {
        // balcony: slab and a railing panel sticking out of the wall
        s += planeRect(c, P, u0 - 0.3, u1 + 0.3, v0 - 0.2, v0 - 0.05, f(shade(st.frame, -0.2)), "", 0.9);
        s += planeRect(c, P, u0 - 0.3, u1 + 0.3, v0 - 0.05, v0 + 0.8, f(shade(st.frame, -0.35)), 'opacity="0.85"', 0.9);
      }
    }
  }
  if (st.shops) {
    const awning = rng.pick(st.shops.awnings);
    // the open shop: a warm-lit interior with shelves of goods
    s += planeRect(c, P, 0.25, L - 0.25, 0, 2.7, vgrad(c, fog(c, "#6a5242", zRef), fog(c, "#3a2e26", zRef)));
    for (const v of [0.55, 1.15, 1.75]) {
      s += planeRect(c, P, 0.3, L - 0.3, v - 0.05, v, fog(c, "#8a6a4a", zRef));
      for (let u = 0.35; u < L - 0.45;) {
        // boxes, jars and bundles: wide, low and in muted colours so they read as goods, not books
        const gw = rng.range(0.22, 0.5);
        const col = fog(
          c,
          shade(
            rng.pick(["#b8563f", "#d49a3a", "#6a8a3e", "#d8cfb6", "#4a6a90", "#8a5a70", "#c8b090"]),
            rng.range(-0.2, 0.05),
          ),
          zRef,
        );
        const gh = rng.range(0.14, 0.34);
        s += planeRect(c, P, u, u + gw, v, v + gh, col);
        s += planeRect(c, P, u, u + gw, v + gh * 0.55, v + gh * 0.62, shade(col, 0.2), 'opacity="0.6"');
        u += gw + rng.range(0.02, 0.08);
      }
    }
    s += planeRect(c, P, 0.2, L - 0.2, 2.8, 3.5, f(rng.pick(st.shops.signs)));
    const strips = Math.max(3, Math.round(L / 0.55));
    for (let k = 0; k < strips; k++) {
      const ua = 0.2 + ((L - 0.4) * k) / strips;
      const ub = 0.2 + ((L - 0.4) * (k + 1)) / strips;
      const col = f(awning[k % awning.length] ?? "#cc3333");
      s += poly3(
        c,
        [P.at(ua, 2.75), P.at(ub, 2.75), offset(P.at(ub, 2.25), P.n, 1.3), offset(P.at(ua, 2.25), P.n, 1.3)],
        col,
      );
      s += poly3(
        c,
        [
          offset(P.at(ua, 2.25), P.n, 1.3),
          offset(P.at(ub, 2.25), P.n, 1.3),
          offset(P.at(ub, 2.0), P.n, 1.3),
          offset(P.at(ua, 2.0), P.n, 1.3),
        ],
        shade(col, -0.15),
      );
    }
  } else {
    const nd = Math.max(1, Math.floor(L / 7));
    for (let d = 0; d < nd; d++) {
      const u = ((d + 0.5) * L) / nd - 0.55;
      const door = rng.pick(st.doors ?? ["#6b4a2e", "#3e5b6b", "#5b3a2e"]);
      s += planeRect(c, P, u - 0.12, u + 1.22, 0, 2.42, f(st.frame));
      s += planeRect(c, P, u, u + 1.1, 0, 2.3, f(door));
      s += planeRect(c, P, u + 0.08, u + 0.52, 1.3, 2.2, f(shade(door, -0.15)));
      s += planeRect(c, P, u + 0.58, u + 1.02, 1.3, 2.2, f(shade(door, -0.15)));
    }
  }
  // parapet and a faint ground-level grime band
  s += planeRect(c, P, 0, L, H - 0.35, H, f(shade(st.frame, -0.08)));
  s += planeRect(c, P, 0, L, 0, 0.5, "#000000", 'opacity="0.12"');
  return { svg: s, glow: g };
}

/**
 * A row of buildings along one side of a street (their facades face the street),
 * or — with `side: 0` — facing the camera at depth `z[0]` spread over x.
 */
const buildings =
  (o: {
    side: -1 | 1;
    x: number;
    z: [number, number];
    height: [number, number];
    length: [number, number];
    style: FacadeStyle;
  }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    const lit = o.side === -1 ? c.light > 0 : c.light < 0;
    const faceShade = lit ? 0.05 : -0.28;
    let z = o.z[0];
    while (z < o.z[1]) {
      const L = c.rng.range(o.length[0], o.length[1]);
      const H = Math.round(c.rng.range(o.height[0], o.height[1]) / 3) * 3 + 0.6;
      const base = c.rng.pick(o.style.colors);
      const P = sidePlane(o.x, z, o.side);
      const zRef = z + L / 2;
      const wallCol = fog(c, shade(lit ? base : mix(base, o.style.shadowTint ?? "#5a6a8a", 0.18), faceShade), zRef);
      let svg = planeRect(c, P, 0, L, 0, H, vgrad(c, shade(wallCol, 0.04), shade(wallCol, -0.12)));
      // roof edge seen from below: a thin top face so tall walls have thickness
      svg += poly3(
        c,
        [P.at(0, H), P.at(L, H), offset(P.at(L, H), P.n, -0.4), offset(P.at(0, H), P.n, -0.4)],
        shade(wallCol, -0.2),
      );
      const d = facadeDetail(c, P, L, H, o.style, zRef, faceShade);
      svg += d.svg;
      svg += planeRect(c, P, L - 0.08, L, 0, H, shade(wallCol, -0.3)); // gap / drainpipe between houses
      out.push({ depth: z + L, svg });
      if (d.glow) out.push({ depth: z + L, svg: d.glow, glow: true });
      z += L;
    }
    return out;
  };

/** Buildings facing the camera: a skyline behind a park, a school block, etc. */
const facadeRow =
  (o: {
    z: number;
    x: [number, number];
    height: [number, number];
    width: [number, number];
    style: FacadeStyle;
    depthM?: number;
  }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    let x = o.x[0];
    while (x < o.x[1]) {
      const W = c.rng.range(o.width[0], o.width[1]);
      const H = Math.round(c.rng.range(o.height[0], o.height[1]) / 3) * 3 + 0.6;
      const zz = o.z + c.rng.range(0, 3);
      const base = fog(c, c.rng.pick(o.style.colors), zz);
      let svg = box3(c, x, x + W, 0, H, zz, zz + (o.depthM ?? 10), { front: base, side: shade(base, -0.25) }, false);
      const d = facadeDetail(c, frontPlane(x, zz), W, H, o.style, zz, 0);
      svg += d.svg;
      out.push({ depth: zz, svg });
      if (d.glow) out.push({ depth: zz, svg: d.glow, glow: true });
      x += W + c.rng.range(0, 1.5);
    }
    return out;
  };

/** 2-D skyline band (distant city, rooftops at sunset) with roof clutter. */
const skyline =
  (o: {
    base: number;
    height: [number, number];
    width: [number, number];
    color: string;
    clutter?: boolean;
    lit?: number;
    litColor?: string;
    dome?: number;
    depth?: number;
    edge?: string;
  }): Layer =>
  (c) => {
    const { rng } = c;
    let s = "";
    let g = "";
    let x = -rng.range(0, o.width[1]) * c.w;
    const by = o.base * c.h;
    while (x < c.w) {
      const bw = rng.range(o.width[0], o.width[1]) * c.w;
      const bh = rng.range(o.height[0], o.height[1]) * c.h;
      const col = shade(o.color, rng.range(-0.06, 0.06));
      s += `<rect x="${r1(x)}" y="${r1(by - bh)}" width="${r1(bw + 1)}" height="${r1(c.h - by + bh)}" fill="${col}"/>`;
      if (o.edge)
        s += `<rect x="${r1(x)}" y="${r1(by - bh)}" width="${r1(bw)}" height="${r1(bw * 0.015)}" fill="${o.edge}"/>`;
      if (o.lit) {
        const cell = Math.max(6, bw / 7);
        for (let wy = by - bh + cell; wy < by - cell; wy += cell * 1.6) {
          for (let wx = x + cell * 0.7; wx < x + bw - cell; wx += cell * 1.4) {
            if (rng.chance(o.lit)) {
              s += `<rect x="${r1(wx)}" y="${r1(wy)}" width="${r1(cell * 0.6)}" height="${r1(cell * 0.8)}" fill="${shade(o.litColor ?? "#ffc870", rng.range(-0.2, 0.1))}"/>`;
              if (rng.chance(0.3))
                g += glowSpot(c, wx + cell * 0.3, wy + cell * 0.4, cell * 2.2, o.litColor ?? "#ffc870", 0.25);
            }
          }
        }
      }
      if (o.clutter) {
        // rooftop life: water tanks, evaporative coolers, satellite dishes, antennas
        const top = by - bh;
        const items = rng.int(1, 3);
        for (let k = 0; k < items; k++) {
          const ix = x + rng.range(0.1, 0.8) * bw;
          const u = bw * 0.12;
          switch (rng.int(0, 3)) {
            case 0:
              s += `<rect x="${r1(ix)}" y="${r1(top - u * 1.1)}" width="${r1(u * 1.3)}" height="${r1(u * 1.1)}" fill="${col}"/><ellipse cx="${r1(ix + u * 0.65)}" cy="${r1(top - u * 1.1)}" rx="${r1(u * 0.65)}" ry="${r1(u * 0.2)}" fill="${col}"/>`;
              break;
            case 1:
              s += `<rect x="${r1(ix)}" y="${r1(top - u * 0.9)}" width="${r1(u * 1.1)}" height="${r1(u * 0.9)}" fill="${col}"/><rect x="${r1(ix + u * 0.3)}" y="${r1(top - u * 1.3)}" width="${r1(u * 0.5)}" height="${r1(u * 0.4)}" fill="${col}"/>`;
              break;
            case 2:
              s += `<ellipse cx="${r1(ix)}" cy="${r1(top - u * 0.9)}" rx="${r1(u * 0.45)}" ry="${r1(u * 0.5)}" fill="${col}" transform="rotate(-25 ${r1(ix)} ${r1(top - u * 0.9)})"/><line x1="${r1(ix)}" y1="${r1(top)}" x2="${r1(ix)}" y2="${r1(top - u * 0.9)}" stroke="${col}" stroke-width="${r1(u * 0.08)}"/>`;
              break;
            default:
              s += `<line x1="${r1(ix)}" y1="${r1(top)}" x2="${r1(ix)}" y2="${r1(top - u * 3)}" stroke="${col}" stroke-width="${r1(Math.max(2, u * 0.06))}"/><line x1="${r1(ix - u * 0.6)}" y1="${r1(top - u * 2.6)}" x2="${r1(ix + u * 0.6)}" y2="${r1(top - u * 2.6)}" stroke="${col}" stroke-width="${r1(Math.max(2, u * 0.05))}"/>`;
          }
        }
      }
      x += bw;
    }
    if (o.dome !== undefined) {
      // a mosque dome with two minarets somewhere on the skyline
      const dx = o.dome * c.w;
      const r = c.w * 0.035;
      const dy = by - o.height[1] * c.h;
      const col = o.color;
      s += `<rect x="${r1(dx - r * 1.1)}" y="${r1(dy)}" width="${r1(r * 2.2)}" height="${r1(c.h - dy)}" fill="${col}"/>`;
      s += `<path d="M ${r1(dx - r)} ${r1(dy)} Q ${r1(dx - r * 1.05)} ${r1(dy - r * 1.3)} ${r1(dx)} ${r1(dy - r * 1.75)} Q ${r1(dx + r * 1.05)} ${r1(dy - r * 1.3)} ${r1(dx + r)} ${r1(dy)} Z" fill="${col}"/>`;
      for (const m of [-1, 1]) {
        const mx = dx + m * r * 1.9;
        s += `<rect x="${r1(mx - r * 0.14)}" y="${r1(dy - r * 3)}" width="${r1(r * 0.28)}" height="${r1(c.h)}" fill="${col}"/><rect x="${r1(mx - r * 0.22)}" y="${r1(dy - r * 2.3)}" width="${r1(r * 0.44)}" height="${r1(r * 0.15)}" fill="${col}"/><path d="M ${r1(mx - r * 0.16)} ${r1(dy - r * 3)} L ${r1(mx)} ${r1(dy - r * 3.5)} L ${r1(mx + r * 0.16)} ${r1(dy - r * 3)} Z" fill="${col}"/>`;
      }
    }
    const out: Drawable[] = [{ depth: o.depth ?? Infinity, svg: s }];
    if (g) out.push({ depth: o.depth ?? Infinity, svg: g, glow: true });
    return out;
  };

// ───────────────────────────────────── interiors ─────────────────────────────────────

interface RoomOpts {
  width: number;
  height: number;
  depth: number;
  wall: string;
  back?: string;
  floor: string;
  floorFar?: string;
  ceiling: string;
  floorLines?: { color: string; along: number; across?: number };
  windows?: {
    side: -1 | 1;
    z: [number, number];
    count: number;
    sill: number;
    top: number;
    sky: string;
    frame: string;
    beam?: string;
  };
  lights?: { rows: number; z: [number, number]; color: string };
}

/** A box-shaped room around the camera: walls, floor, ceiling, windows letting light in. */
const room =
  (o: RoomOpts): Layer =>
  (c) => {
    const hw = o.width / 2;
    const zn = 0.2;
    const D = o.depth;
    const H = o.height;
    const out: Drawable[] = [];
    const floorFill = o.floorFar ? vgrad(c, o.floorFar, o.floor) : o.floor;
    let s = poly3(
      c,
      [
        [-hw, 0, zn],
        [-hw, 0, D],
        [hw, 0, D],
        [hw, 0, zn],
      ],
      floorFill,
    );
    s += poly3(
      c,
      [
        [-hw, H, zn],
        [-hw, H, D],
        [hw, H, D],
        [hw, H, zn],
      ],
      vgrad(c, shade(o.ceiling, -0.1), o.ceiling),
    );
    const lit = (side: -1 | 1) => (o.windows?.side === side ? -0.02 : (side === -1) === c.light > 0 ? 0.04 : -0.1);
    s += poly3(
      c,
      [
        [-hw, 0, zn],
        [-hw, H, zn],
        [-hw, H, D],
        [-hw, 0, D],
      ],
      vgrad(c, shade(o.wall, lit(-1)), shade(o.wall, lit(-1) - 0.08)),
    );
    s += poly3(
      c,
      [
        [hw, 0, zn],
        [hw, H, zn],
        [hw, H, D],
        [hw, 0, D],
      ],
      vgrad(c, shade(o.wall, lit(1)), shade(o.wall, lit(1) - 0.08)),
    );
    s += poly3(
      c,
      [
        [-hw, 0, D],
        [-hw, H, D],
        [hw, H, D],
        [hw, 0, D],
      ],
      o.back ?? shade(o.wall, 0.05),
    );
    // skirting boards and room corners give the box its edges
    for (const side of [-1, 1] as const) {
      s += poly3(
        c,
        [
          [side * hw, 0, zn],
          [side * hw, 0.12, zn],
          [side * hw, 0.12, D],
          [side * hw, 0, D],
        ],
        shade(o.wall, -0.35),
      );
      s += line3(c, [side * hw, 0, D], [side * hw, H, D], shade(o.wall, -0.18), 0.03);
    }
    s += poly3(
      c,
      [
        [-hw, 0, D],
        [-hw, 0.12, D],
        [hw, 0.12, D],
        [hw, 0, D],
      ],
      shade(o.wall, -0.35),
    );
    if (o.floorLines) {
      const fl = o.floorLines;
      for (let x = -hw + fl.along; x < hw; x += fl.along)
        s += line3(c, [x, 0, 0.6], [x, 0, D], fl.color, 0.015, 'opacity="0.5"');
      if (fl.across)
        for (let z = 1; z < D; z += fl.across) s += line3(c, [-hw, 0, z], [hw, 0, z], fl.color, 0.015, 'opacity="0.5"');
    }
    out.push({ depth: Infinity, svg: s });

    let g = "";
    if (o.windows) {
      const wo = o.windows;
      const x = wo.side * hw;
      const P = sidePlane(x, 0, wo.side);
      const span = (wo.z[1] - wo.z[0]) / wo.count;
      let ws = "";
      for (let i = 0; i < wo.count; i++) {
        const u0 = wo.z[0] + i * span + span * 0.12;
        const u1 = u0 + span * 0.76;
        ws += planeRect(c, P, u0 - 0.08, u1 + 0.08, wo.sill - 0.08, wo.top + 0.08, wo.frame);
        ws += planeRect(c, P, u0, u1, wo.sill, wo.top, vgrad(c, shade(wo.sky, 0.1), shade(wo.sky, 0.35)));
        ws += planeRect(c, P, (u0 + u1) / 2 - 0.04, (u0 + u1) / 2 + 0.04, wo.sill, wo.top, wo.frame);
        ws += planeRect(
          c,
          P,
          u0,
          u1,
          wo.sill + (wo.top - wo.sill) * 0.62,
          wo.sill + (wo.top - wo.sill) * 0.62 + 0.06,
          wo.frame,
        );
        // sunlight through the window lands on the floor as a skewed patch
        if (wo.beam) {
          const reach = 2.2;
          g += poly3(
            c,
            [
              [x, 0, u0 + 0.6],
              [x, 0, u1 + 0.6],
              [x - wo.side * reach, 0, u1 + 1.4],
              [x - wo.side * reach, 0, u0 + 1.4],
            ],
            wo.beam,
            'opacity="0.22"',
          );
          const [gx, gy] = proj(c, ...P.at((u0 + u1) / 2, (wo.sill + wo.top) / 2));
          g += glowSpot(c, gx, gy, pxPerM(c, (u0 + u1) / 2) * 1.6, wo.beam, 0.35);
        }
      }
      out.push({ depth: 1e5, svg: ws });
    }
    if (o.lights) {
      const L = o.lights;
      let ls = "";
      for (let r = 0; r < L.rows; r++) {
        const z = L.z[0] + ((L.z[1] - L.z[0]) * r) / Math.max(1, L.rows - 1);
        for (const x of [-hw / 2, hw / 2]) {
          ls += poly3(
            c,
            [
              [x - 0.6, H - 0.01, z - 0.3],
              [x + 0.6, H - 0.01, z - 0.3],
              [x + 0.6, H - 0.01, z + 0.3],
              [x - 0.6, H - 0.01, z + 0.3],
            ],
            L.color,
          );
          const [gx, gy] = proj(c, x, H - 0.05, z);
          g += glowSpot(c, gx, gy, pxPerM(c, z) * 1.2, L.color, 0.4, pxPerM(c, z) * 0.6);
        }
      }
      out.push({ depth: 1e5, svg: ls });
    }
    if (g) out.push({ depth: Infinity, svg: g, glow: true });
    return out;
  };

/** A chair; `back` decides whether its backrest is nearer (people seen from behind) or farther. */
function chair(c: Ctx, x: number, z: number, color: string, facingAway: boolean): Drawable[] {
  const seat = box3(c, x - 0.22, x + 0.22, 0.42, 0.47, z - 0.22, z + 0.22, { front: color });
  const legs = [-0.2, 0.17]
    .map((dx) => box3(c, x + dx, x + dx + 0.03, 0, 0.42, z - 0.22, z - 0.19, { front: shade(color, -0.3) }))
    .join("");
  const bz = facingAway ? z - 0.22 : z + 0.2;
  const back = box3(c, x - 0.22, x + 0.22, 0.47, 0.92, bz, bz + 0.04, { front: shade(color, 0.05) });
  return facingAway
    ? [
        { depth: z + 0.01, svg: legs + seat },
        { depth: z - 0.3, svg: back },
      ]
    : [
        { depth: z + 0.3, svg: back },
        { depth: z + 0.01, svg: legs + seat },
      ];
}

interface DeskOpts {
  w: number;
  d: number;
  h: number;
  color: string;
  legs?: string;
  /** extra things on the desk top, drawn in metres (desk-top centre at origin) */
  items?: (c: Ctx, x: number, y: number, z: number, w: number) => string;
}

function desk(c: Ctx, x: number, z: number, o: DeskOpts): string {
  const legs = o.legs ?? shade(o.color, -0.4);
  let s = "";
  for (const dx of [-o.w / 2 + 0.03, o.w / 2 - 0.07])
    s += box3(c, x + dx, x + dx + 0.04, 0, o.h, z + o.d / 2 - 0.06, z + o.d / 2 - 0.02, { front: legs });
  s += box3(c, x - o.w / 2 + 0.04, x + o.w / 2 - 0.04, o.h - 0.35, o.h - 0.05, z - o.d / 2 + 0.05, z - o.d / 2 + 0.07, {
    front: shade(o.color, -0.15),
  });
  for (const dx of [-o.w / 2 + 0.03, o.w / 2 - 0.07])
    s += box3(c, x + dx, x + dx + 0.04, 0, o.h, z - o.d / 2 + 0.02, z - o.d / 2 + 0.06, { front: legs });
  s += box3(c, x - o.w / 2, x + o.w / 2, o.h - 0.05, o.h, z - o.d / 2, z + o.d / 2, {
    front: shade(o.color, -0.1),
    top: o.color,
  });
  if (o.items) s += o.items(c, x, o.h, z, o.w);
  return s;
}

/**
 * Rows of seats (meeting hall, classroom, workshop): chairs, optional desks and the
 * people sitting on them, with depths arranged so desks, bodies and chair backs
 * overlap correctly whether people face the camera or away from it.
 */
const seating =
  (o: {
    rows: number;
    cols: number;
    z0: number;
    dz: number;
    x0: number;
    dx: number;
    occupancy: number;
    facingAway: boolean;
    chair: string;
    desk?: DeskOpts;
    deskEvery?: number;
    kinds?: Array<Look["kind"]>;
    aisle?: number;
  }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let r = 0; r < o.rows; r++) {
      for (let k = 0; k < o.cols; k++) {
        const x = o.x0 + k * o.dx + (o.aisle !== undefined && k >= o.aisle ? o.dx * 0.8 : 0);
        const z = o.z0 + r * o.dz;
        out.push(...chair(c, x, z, o.chair, o.facingAway));
        if (o.desk && k % (o.deskEvery ?? 1) === 0) {
          const span = (o.deskEvery ?? 1) * o.dx;
          const dzOff = o.facingAway ? 0.55 : -0.55;
          out.push({
            depth: z + dzOff + (o.facingAway ? 0 : -0.2),
            svg: desk(c, x + (span - o.dx) / 2, z + dzOff, { ...o.desk, w: span - 0.1 }),
          });
        }
        if (c.rng.chance(o.occupancy)) {
          const look = randomLook(c.rng, o.kinds ? c.rng.pick(o.kinds) : undefined);
          out.push(
            person(c, {
              x: x + c.rng.range(-0.04, 0.04),
              z,
              pose: "sit",
              look,
              back: o.facingAway,
              h: look.kind === "child" ? c.rng.range(1.5, 1.65) : undefined,
            }),
          );
        }
      }
    }
    return out;
  };

// ───────────────────────────── scene-specific props ─────────────────────────────
// Small props used by one or two scenes; still parameterised, not hard-coded pixels.

/** Street lamp: pole, arm over the road, lamp head and its light pool (glow pass). */
const lamps =
  (o: {
    side: -1 | 1;
    x: number;
    z: [number, number];
    step: number;
    h: number;
    color: string;
    light: string;
    pole: string;
  }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let z = o.z[0]; z <= o.z[1]; z += o.step) {
      const armX = o.x - o.side * 1.6;
      let s = box3(c, o.x - 0.07, o.x + 0.07, 0, o.h, z - 0.07, z + 0.07, { front: o.pole });
      s += line3(c, [o.x, o.h - 0.1, z], [armX, o.h + 0.15, z], o.pole, 0.07);
      s += box3(c, armX - 0.3, armX + 0.3, o.h + 0.05, o.h + 0.2, z - 0.12, z + 0.12, { front: o.pole });
      s += poly3(
        c,
        [
          [armX - 0.28, o.h + 0.05, z - 0.1],
          [armX + 0.28, o.h + 0.05, z - 0.1],
          [armX + 0.28, o.h + 0.05, z + 0.1],
          [armX - 0.28, o.h + 0.05, z + 0.1],
        ],
        o.color,
      );
      out.push({ depth: z, svg: s });
      const [hx, hy] = proj(c, armX, o.h, z);
      const [px, py] = proj(c, armX, 0, z);
      const k = pxPerM(c, z);
      out.push({
        depth: z,
        glow: true,
        svg:
          glowSpot(c, hx, hy, k * 2.2, o.light, 0.95) +
          glowSpot(c, hx, hy, k * 7, o.light, 0.25) +
          glowSpot(c, px, py, k * 6, o.light, 0.35, k * 6 * groundSquash(c, z) * 1.6),
      });
    }
    return out;
  };

/** Utility poles along a rural road, with sagging wires between them. */
const poles =
  (o: { x: number; z: [number, number]; step: number; h: number; color: string }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    let prev: Pt | undefined;
    let wires = "";
    for (let z = o.z[0]; z <= o.z[1]; z += o.step) {
      const col = fog(c, o.color, z);
      let s = line3(c, [o.x, 0, z], [o.x, o.h, z], col, 0.22);
      s += line3(c, [o.x - 1, o.h - 0.4, z], [o.x + 1, o.h - 0.4, z], col, 0.14);
      out.push({ depth: z, svg: s });
      const top = proj(c, o.x, o.h - 0.4, z);
      if (prev) {
        const mx = (prev[0] + top[0]) / 2;
        const my = (prev[1] + top[1]) / 2 + Math.abs(prev[0] - top[0]) * 0.06;
        wires += `<path d="M ${r1(prev[0])} ${r1(prev[1])} Q ${r1(mx)} ${r1(my)} ${r1(top[0])} ${r1(top[1])}" stroke="${fog(c, "#2a2a2a", z)}" stroke-width="2" fill="none"/>`;
      }
      prev = top;
    }
    out.push({ depth: o.z[0], svg: wires });
    return out;
  };

/**
 * A flat panel on a wall facing the camera: a chalkboard with chalk figures (no
 * text, so it reads as a lesson in any language) or a glowing projection screen.
 */
const board =
  (o: {
    x: number;
    z: number;
    y: number;
    w: number;
    h: number;
    color: string;
    frame: string;
    chalk?: string;
    glow?: string;
  }): Layer =>
  (c) => {
    const P = frontPlane(o.x - o.w / 2, o.z - 0.02);
    let s = planeRect(c, P, -0.08, o.w + 0.08, o.y - 0.08, o.y + o.h + 0.08, o.frame);
    s += planeRect(c, P, 0, o.w, o.y, o.y + o.h, vgrad(c, shade(o.color, 0.06), shade(o.color, -0.08)));
    const out: Drawable[] = [];
    if (o.chalk) {
      const ch = `fill="none" stroke="${o.chalk}" stroke-width="${r1(pxPerM(c, o.z) * 0.025)}" stroke-linejoin="round" opacity="0.85"`;
      const pts = (list: Pt[]) =>
        list
          .map((p) => proj(c, ...P.at(...p)))
          .map(([x, y]) => `${r1(x)},${r1(y)}`)
          .join(" ");
      const k = o.w / 5; // figures are laid out for a 5 m board and scaled to fit
      const y = o.y;
      s += `<polygon points="${pts([
        [0.4 * k, y + 0.35],
        [1.5 * k, y + 0.35],
        [0.9 * k, y + 1.0],
      ])}" ${ch}/>`;
      s += `<polygon points="${pts(circlePts(2.4 * k, y + 0.7, 0.36, 32))}" ${ch}/>`;
      s += `<polyline points="${pts([
        [3.3 * k, y + 0.45],
        [3.6 * k, y + 0.85],
        [4.0 * k, y + 0.55],
        [4.5 * k, y + 1.0],
      ])}" ${ch}/>`;
      s += `<polyline points="${pts([
        [3.2 * k, y + 1.05],
        [3.2 * k, y + 0.3],
        [4.6 * k, y + 0.3],
      ])}" ${ch}/>`;
    }
    if (o.glow) {
      const [gx, gy] = proj(c, ...P.at(o.w / 2, o.y + o.h / 2));
      out.push({
        depth: o.z,
        glow: true,
        svg: glowSpot(c, gx, gy, pxPerM(c, o.z) * o.w * 0.8, o.glow, 0.35, pxPerM(c, o.z) * o.h * 0.9),
      });
    }
    out.push({ depth: o.z, svg: s });
    return out;
  };

/** Mural motifs painted on a wall plane: sun, hills, waves, birds, flowers, a tile border. */
function muralArt(c: Ctx, P: Plane, L: number, H: number, palette: string[], zRef: number): string {
  const { rng } = c;
  const f = (col: string) => fog(c, col, zRef);
  const pick = () => f(rng.pick(palette));
  let s = planeRect(c, P, 0, L, 0, H, vgrad(c, f(palette[0] ?? "#88c0d0"), f(palette[1] ?? "#f0d9a0")), "", 0.01);
  // layered hills
  for (let k = 0; k < 3; k++) {
    const pts: Pt[] = [[0, 0]];
    const baseV = H * (0.45 - k * 0.12);
    for (let u = 0; u <= L; u += L / 24) pts.push([u, baseV + Math.sin(u * (0.6 + k * 0.3) + k * 2) * H * 0.08]);
    pts.push([L, 0]);
    s += planePoly(c, P, pts, pick(), "", 0.01);
  }
  // big sun with rays
  const su = L * rng.range(0.25, 0.7);
  const sv = H * 0.7;
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    s += planePoly(
      c,
      P,
      [
        [su + Math.cos(a - 0.1) * 0.8, sv + Math.sin(a - 0.1) * 0.8],
        [su + Math.cos(a) * 1.5, sv + Math.sin(a) * 1.5],
        [su + Math.cos(a + 0.1) * 0.8, sv + Math.sin(a + 0.1) * 0.8],
      ],
      f("#f7b733"),
      "",
      0.01,
    );
  }
  s += planePoly(c, P, circlePts(su, sv, 0.75), f("#f4c542"), "", 0.01);
  // waves
  for (let k = 0; k < 2; k++) {
    const pts: Pt[] = [[0, 0]];
    for (let u = 0; u <= L; u += 0.25) pts.push([u, H * (0.14 - k * 0.05) + Math.sin(u * 2.2 + k) * 0.15]);
    pts.push([L, 0]);
    s += planePoly(c, P, pts, f(k ? "#2a6fa8" : "#4fa3c7"), "", 0.01);
  }
  // flowers along the bottom
  for (let u = 0.6; u < L - 0.4; u += rng.range(0.9, 1.6)) {
    const v = H * rng.range(0.25, 0.4);
    const col = pick();
    for (let p = 0; p < 6; p++) {
      const a = (p / 6) * Math.PI * 2;
      s += planePoly(c, P, circlePts(u + Math.cos(a) * 0.17, v + Math.sin(a) * 0.17, 0.12, 12), col, "", 0.01);
    }
    s += planePoly(c, P, circlePts(u, v, 0.1, 12), f("#fff1c1"), "", 0.01);
  }
  // birds as simple chevrons
  for (let i = 0; i < 6; i++) {
    const u = rng.range(0.5, L - 0.5);
    const v = H * rng.range(0.72, 0.92);
    s += planePoly(
      c,
      P,
      [
        [u - 0.25, v + 0.08],
        [u, v - 0.02],
        [u + 0.25, v + 0.08],
        [u, v + 0.03],
      ],
      f("#2b2b3a"),
      "",
      0.01,
    );
  }
  // tile border (geometric, girih-like diamonds)
  s += planeRect(c, P, 0, L, H - 0.35, H, f("#1f4e79"), "", 0.01);
  for (let u = 0.15; u < L; u += 0.4)
    s += planePoly(
      c,
      P,
      [
        [u, H - 0.175],
        [u + 0.15, H - 0.06],
        [u + 0.3, H - 0.175],
        [u + 0.15, H - 0.29],
      ],
      f("#e8c15a"),
      "",
      0.01,
    );
  return s;
}

/** Terraced village on a slope, drawn as stacked house rows (like Masuleh). */
const terracedVillage =
  (o: {
    rows: number;
    yBottom: number;
    yTop: number;
    xLeft: (t: number) => number;
    xRight: (t: number) => number;
    walls: string[];
    roof: string;
    window: string;
    frame: string;
    green: string;
  }): Layer =>
  (c) => {
    const { rng } = c;
    const out: Drawable[] = [];
    for (let r = o.rows - 1; r >= 0; r--) {
      const t = r / (o.rows - 1); // 0 = bottom (near) … 1 = top (far)
      const y = (o.yBottom + (o.yTop - o.yBottom) * t) * c.h;
      const scale = (1 - t * 0.6) * c.w * 0.036;
      const haze = t * 0.45;
      let s = "";
      let x = o.xLeft(t) * c.w + rng.range(-1, 0) * scale;
      const xEnd = o.xRight(t) * c.w;
      while (x < xEnd) {
        const bw = scale * rng.range(1.3, 2.4);
        const bh = scale * rng.range(1.0, 1.6);
        if (rng.chance(0.2)) {
          // gaps are filled with garden trees: round ones or a slim poplar
          const g = mix(shade(o.green, rng.range(-0.15, 0.1)), c.haze, haze);
          if (rng.chance(0.5))
            s += `<ellipse cx="${r1(x + bw / 2)}" cy="${r1(y - bh * 0.6)}" rx="${r1(bw * 0.5)}" ry="${r1(bh * 0.7)}" fill="${g}"/><ellipse cx="${r1(x + bw * 0.42)}" cy="${r1(y - bh * 0.8)}" rx="${r1(bw * 0.3)}" ry="${r1(bh * 0.4)}" fill="${shade(g, 0.1)}"/>`;
          else
            s += `<ellipse cx="${r1(x + bw / 2)}" cy="${r1(y - bh * 1.3)}" rx="${r1(bw * 0.16)}" ry="${r1(bh * 1.3)}" fill="${g}"/><ellipse cx="${r1(x + bw * 0.46)}" cy="${r1(y - bh * 1.5)}" rx="${r1(bw * 0.08)}" ry="${r1(bh * 0.9)}" fill="${shade(g, 0.12)}"/>`;
          x += bw;
          continue;
        }
        const wall = mix(rng.pick(o.walls), c.haze, haze);
        const sideW = scale * 0.45;
        // side wall in shade, flat roof seen from slightly above, then the lit front
        s += poly(
          [
            [x + bw, y],
            [x + bw, y - bh],
            [x + bw + sideW, y - bh - sideW * 0.35],
            [x + bw + sideW, y - sideW * 0.35],
          ],
          shade(wall, -0.35),
        );
        s += poly(
          [
            [x, y - bh],
            [x + sideW, y - bh - sideW * 0.35],
            [x + bw + sideW, y - bh - sideW * 0.35],
            [x + bw, y - bh],
          ],
          mix(o.roof, c.haze, haze),
        );
        s += `<rect x="${r1(x)}" y="${r1(y - bh)}" width="${r1(bw)}" height="${r1(bh)}" fill="${wall}"/>`;
        // wooden lattice windows in a row under the roof
        const nw = Math.max(1, Math.floor(bw / (scale * 0.55)));
        for (let i = 0; i < nw; i++) {
          const wx = x + (bw / nw) * (i + 0.25);
          const ww = (bw / nw) * 0.5;
          s += `<rect x="${r1(wx - ww * 0.1)}" y="${r1(y - bh * 0.78)}" width="${r1(ww * 1.2)}" height="${r1(bh * 0.42)}" fill="${mix(o.frame, c.haze, haze)}"/>`;
          s += `<rect x="${r1(wx)}" y="${r1(y - bh * 0.74)}" width="${r1(ww)}" height="${r1(bh * 0.34)}" fill="${mix(o.window, c.haze, haze)}"/>`;
        }
        if (rng.chance(0.35)) {
          // a wooden balcony running along the upper floor
          s += `<rect x="${r1(x - bw * 0.02)}" y="${r1(y - bh * 0.36)}" width="${r1(bw * 1.04)}" height="${r1(bh * 0.08)}" fill="${mix(shade(o.frame, -0.1), c.haze, haze)}"/>`;
          for (let k = 0; k <= 8; k++)
            s += `<rect x="${r1(x + (bw * k) / 8)}" y="${r1(y - bh * 0.36)}" width="${r1(Math.max(1, bw * 0.012))}" height="${r1(bh * 0.2)}" fill="${mix(o.frame, c.haze, haze)}"/>`;
        }
        s += `<rect x="${r1(x)}" y="${r1(y - bh * 0.12)}" width="${r1(bw)}" height="${r1(bh * 0.12)}" fill="#000000" opacity="0.15"/>`;
        x += bw + sideW * rng.range(0.2, 1.2);
      }
      out.push({ depth: 40 + t * 200, svg: s });
    }
    return out;
  };

/** A band of mist or heat haze across the frame. */
const mist =
  (o: { y: number; h: number; color: string; opacity: number; depth?: number }): Layer =>
  (c) => {
    const id = c.uid("mist");
    c.defs.push(
      `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stops([
        [0, o.color, 0],
        [0.5, o.color, o.opacity],
        [1, o.color, 0],
      ])}</linearGradient>`,
    );
    return [
      {
        depth: o.depth ?? Infinity,
        svg: `<rect x="0" y="${r1((o.y - o.h / 2) * c.h)}" width="${c.w}" height="${r1(o.h * c.h)}" fill="url(#${id})"/>`,
      },
    ];
  };

/** Distant birds as small chevrons. */
const birds =
  (o: { n: number; x: [number, number]; y: [number, number]; size: number; color: string }): Layer =>
  (c) => {
    let s = "";
    for (let i = 0; i < o.n; i++) {
      const x = c.rng.range(o.x[0], o.x[1]) * c.w;
      const y = c.rng.range(o.y[0], o.y[1]) * c.h;
      const k = o.size * c.w * c.rng.range(0.6, 1.2);
      const flap = c.rng.range(-0.25, 0.35) * k;
      s += `<path d="M ${r1(x - k)} ${r1(y - flap)} Q ${r1(x - k * 0.4)} ${r1(y - k * 0.35)} ${r1(x)} ${r1(y + k * 0.12)} Q ${r1(x + k * 0.4)} ${r1(y - k * 0.35)} ${r1(x + k)} ${r1(y - flap)}" fill="none" stroke="${o.color}" stroke-width="${r1(k * 0.14)}" stroke-linecap="round"/>`;
    }
    return [{ depth: Infinity, svg: s }];
  };

/**
 * A strip on the ground whose centre line may wander: garden paths, a river,
 * a dirt track. Split into depth segments so near parts stay sharp under DoF.
 */
const strip =
  (o: {
    x: (z: number) => number;
    width: number | ((z: number) => number);
    z: [number, number];
    color: string;
    farColor?: string;
    y?: number;
    segments?: number;
    edge?: string;
    /** draw as soft light in the glow pass instead (a sunbeam along an alley) */
    glow?: { opacity: number; soft: number };
  }): Layer =>
  (c) => {
    const n = o.segments ?? 1;
    const steps = 24;
    const y = o.y ?? 0.005;
    const wAt = (z: number) => (typeof o.width === "number" ? o.width : o.width(z)) / 2;
    const out: Drawable[] = [];
    const zAt = (t: number) => o.z[0] * (o.z[1] / o.z[0]) ** t; // geometric spacing: even on screen
    for (let k = 0; k < n; k++) {
      const left: V3[] = [];
      const right: V3[] = [];
      for (let i = 0; i <= steps; i++) {
        const z = zAt((k + i / steps) / n);
        left.push([o.x(z) - wAt(z), y, z]);
        right.push([o.x(z) + wAt(z), y, z]);
      }
      const za = zAt(k / n);
      const zb = zAt((k + 1) / n);
      const col = o.farColor ? mix(o.color, o.farColor, (k + 0.5) / n) : o.color;
      let s = poly3(c, [...left, ...right.reverse()], col);
      if (o.edge) {
        s += poly3(
          c,
          [...left.map((p): V3 => [p[0] - 0.12, y, p[2]]), ...left.slice().reverse()],
          o.edge,
          'opacity="0.5"',
        );
      }
      if (o.glow)
        out.push({
          depth: zb,
          glow: true,
          svg: `<g filter="${blurFilter(c, o.glow.soft * c.w)}" opacity="${o.glow.opacity}">${s}</g>`,
        });
      else out.push({ depth: n === 1 ? 1e6 : zb + (zb - za) * 0.01, svg: s });
    }
    return out;
  };

/** Patchwork fields on a valley floor. */
const fields =
  (o: { n: number; x: [number, number]; z: [number, number]; colors: string[] }): Layer =>
  (c) => {
    let s = "";
    for (let i = 0; i < o.n; i++) {
      const z = o.z[0] * (o.z[1] / o.z[0]) ** c.rng.float();
      const x = c.rng.range(o.x[0], o.x[1]);
      const w = z * c.rng.range(0.08, 0.25);
      const d = z * c.rng.range(0.05, 0.15);
      const sk = c.rng.range(-0.3, 0.3) * w;
      s += poly3(
        c,
        [
          [x, 0, z],
          [x + sk, 0, z + d],
          [x + sk + w, 0, z + d],
          [x + w, 0, z],
        ],
        fog(c, c.rng.pick(o.colors), z),
        'opacity="0.5"',
      );
    }
    return [{ depth: 1e6 + 1, svg: s }];
  };

/** Polygon lying on the ground, given as (x, z) pairs; used for painted court lines and soil patches. */
function groundPoly(c: Ctx, pts: Pt[], fill: string, extra = "", y = 0.01): string {
  return poly3(
    c,
    pts.map(([x, z]): V3 => [x, y, z]),
    fill,
    extra,
  );
}

/** A ring painted on the ground (centre circles, hopscotch, planting pits). */
function groundRing(c: Ctx, x: number, z: number, r: number, width: number, color: string): string {
  const outer = circlePts(x, z, r + width / 2, 48);
  const inner = circlePts(x, z, r - width / 2, 48).reverse();
  const toPath = (pts: Pt[]) =>
    pts
      .map(([px, pz]) => proj(c, px, 0.01, pz))
      .map(([a, b], i) => `${i ? "L" : "M"} ${r1(a)} ${r1(b)}`)
      .join(" ") + " Z";
  return `<path d="${toPath(outer)} ${toPath(inner)}" fill="${color}" fill-rule="evenodd"/>`;
}

/** Posts, rails and optional chain-link mesh between two ground points. */
const fence =
  (o: {
    from: Pt;
    to: Pt;
    h: number;
    step: number;
    post: string;
    rails?: number;
    rail?: string;
    mesh?: string;
  }): Layer =>
  (c) => {
    const [x0, z0] = o.from;
    const [x1, z1] = o.to;
    const L = Math.hypot(x1 - x0, z1 - z0);
    const at = (u: number, v: number): V3 => [x0 + ((x1 - x0) * u) / L, v, z0 + ((z1 - z0) * u) / L];
    const out: Drawable[] = [];
    for (let u = 0; u < L - 1e-6; u += o.step) {
      const ub = Math.min(L, u + o.step);
      const zf = Math.max(at(u, 0)[2], at(ub, 0)[2]);
      const post = fog(c, o.post, zf);
      let s = "";
      if (o.mesh) {
        const mesh = fog(c, o.mesh, zf);
        const d = 0.25;
        // chain-link: two families of diagonals, clipped to this bay
        for (let m = u - o.h; m < ub; m += d) {
          for (const dir of [1, -1]) {
            let ua = dir > 0 ? m : m + o.h;
            let va = 0;
            let ue = dir > 0 ? m + o.h : m;
            let ve = o.h;
            if (Math.min(ua, ue) < u) {
              const t = (u - Math.min(ua, ue)) / o.h;
              if (dir > 0) {
                ua = u;
                va = t * o.h;
              } else {
                ue = u;
                ve = o.h - t * o.h;
              }
            }
            if (Math.max(ua, ue) > ub) {
              const t = (Math.max(ua, ue) - ub) / o.h;
              if (dir > 0) {
                ue = ub;
                ve = o.h - t * o.h;
              } else {
                ua = ub;
                va = t * o.h;
              }
            }
            if (ve - va > 0.01 || va - ve > 0.01) s += line3(c, at(ua, va), at(ue, ve), mesh, 0.012, 'opacity="0.55"');
          }
        }
      }
      for (let r = 0; r < (o.rails ?? 0); r++) {
        const v = o.h * (0.25 + (0.7 * r) / Math.max(1, (o.rails ?? 1) - 1));
        s += line3(c, at(u, v), at(ub, v), fog(c, o.rail ?? o.post, zf), 0.06);
      }
      s += line3(c, at(u, 0), at(u, o.h), post, 0.07);
      out.push({ depth: zf, svg: s });
    }
    return out;
  };

/** Park bench along the x axis (facing the camera) or along z (facing the path). */
function benchSvg(c: Ctx, x: number, z: number, alongZ: boolean, wood: string, metal: string): string {
  let s = "";
  if (alongZ) {
    for (const dz of [0.1, 1.6]) s += box3(c, x - 0.25, x + 0.25, 0, 0.42, z + dz, z + dz + 0.06, { front: metal });
    s += box3(c, x - 0.25, x + 0.25, 0.42, 0.47, z, z + 1.8, { front: wood });
    s += box3(c, x + 0.22, x + 0.27, 0.5, 0.9, z, z + 1.8, { front: wood });
  } else {
    for (const dx of [0.1, 1.6]) s += box3(c, x + dx, x + dx + 0.06, 0, 0.42, z - 0.2, z + 0.2, { front: metal });
    s += box3(c, x, x + 1.8, 0.5, 0.9, z + 0.22, z + 0.27, { front: wood });
    s += box3(c, x, x + 1.8, 0.42, 0.47, z - 0.25, z + 0.25, { front: wood });
  }
  return s;
}

/** A cut into the ground: a trench being dug, or a stone-lined water channel (jub). */
const cut =
  (o: {
    x: [number, number];
    z: [number, number];
    depth: number;
    wall: string;
    floor: string;
    water?: { near: string; far: string; level: number };
  }): Layer =>
  (c) => {
    const [xa, xb] = o.x;
    const [z0, z1] = o.z;
    const id = c.uid("cut");
    c.defs.push(
      `<clipPath id="${id}">${poly3(
        c,
        [
          [xa, 0, z0],
          [xa, 0, z1],
          [xb, 0, z1],
          [xb, 0, z0],
        ],
        "#000000",
      )}</clipPath>`,
    );
    const b = -o.depth;
    let s = poly3(
      c,
      [
        [xa, b, z0],
        [xa, b, z1],
        [xb, b, z1],
        [xb, b, z0],
      ],
      o.floor,
    );
    // only the inner wall facing the camera can be seen
    if (c.cam.x > xa)
      s += poly3(
        c,
        [
          [xa, b, z0],
          [xa, 0, z0],
          [xa, 0, z1],
          [xa, b, z1],
        ],
        vgrad(c, o.wall, shade(o.wall, -0.35)),
      );
    if (c.cam.x < xb)
      s += poly3(
        c,
        [
          [xb, b, z0],
          [xb, 0, z0],
          [xb, 0, z1],
          [xb, b, z1],
        ],
        vgrad(c, o.wall, shade(o.wall, -0.35)),
      );
    s += poly3(
      c,
      [
        [xa, b, z1],
        [xa, 0, z1],
        [xb, 0, z1],
        [xb, b, z1],
      ],
      shade(o.wall, -0.1),
    );
    if (o.water) {
      const y = -o.water.level;
      s += poly3(
        c,
        [
          [xa, y, z0],
          [xa, y, z1],
          [xb, y, z1],
          [xb, y, z0],
        ],
        vgrad(c, o.water.far, o.water.near),
      );
      // ripples catch the sky as short light streaks
      for (let i = 0; i < 70; i++) {
        const z = z0 + (z1 - z0) * c.rng.float() ** 2;
        const x = c.rng.range(xa + 0.1, xb - 0.3);
        s += line3(
          c,
          [x, y + 0.001, z],
          [x + c.rng.range(0.1, 0.4), y + 0.001, z],
          shade(o.water.far, 0.3),
          0.02,
          'opacity="0.6"',
        );
      }
    }
    return [{ depth: z1 + 0.5, svg: `<g clip-path="url(#${id})">${s}</g>` }];
  };

/** Plastic water pipes lying beside a trench, drawn as shaded cylinders with open ends. */
const pipes =
  (o: { x: number; z: number; len: number; r: number; count: number; color: string }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let i = 0; i < o.count; i++) {
      const x = o.x + i * o.r * 2.05;
      const z0 = o.z + i * 0.7;
      const z1 = z0 + o.len;
      const col = fog(c, o.color, z0);
      let s = poly3(
        c,
        [
          [x - o.r, 0, z0],
          [x - o.r, o.r, z0],
          [x - o.r, o.r, z1],
          [x - o.r, 0, z1],
        ],
        shade(col, -0.25),
      );
      s += poly3(
        c,
        [
          [x - o.r, o.r, z0],
          [x - o.r * 0.7, o.r * 1.7, z0],
          [x - o.r * 0.7, o.r * 1.7, z1],
          [x - o.r, o.r, z1],
        ],
        col,
      );
      s += poly3(
        c,
        [
          [x - o.r * 0.7, o.r * 1.7, z0],
          [x + o.r * 0.7, o.r * 1.7, z0],
          [x + o.r * 0.7, o.r * 1.7, z1],
          [x - o.r * 0.7, o.r * 1.7, z1],
        ],
        shade(col, 0.25),
      );
      s += poly3(
        c,
        [
          [x + o.r * 0.7, o.r * 1.7, z0],
          [x + o.r, o.r, z0],
          [x + o.r, o.r, z1],
          [x + o.r * 0.7, o.r * 1.7, z1],
        ],
        shade(col, 0.05),
      );
      const [ex, ey] = proj(c, x, o.r, z0);
      const rp = o.r * pxPerM(c, z0);
      s += `<circle cx="${r1(ex)}" cy="${r1(ey)}" r="${r1(rp)}" fill="${shade(col, 0.1)}"/><circle cx="${r1(ex)}" cy="${r1(ey)}" r="${r1(rp * 0.8)}" fill="${shade(col, -0.65)}"/>`;
      out.push({ depth: z0, svg: s });
    }
    return out;
  };

/** Heaps of earth or sand: half-ellipses standing on the ground. */
const mounds =
  (o: { items: Array<[number, number, number, number]>; color: string }): Layer =>
  (c) =>
    o.items.map(([x, z, w, h]) => {
      const col = fog(c, o.color, z);
      const body = `<path d="M ${r3(-w / 2)} 0 Q ${r3(-w * 0.3)} ${r3(h * 1.3)} 0 ${r3(h)} Q ${r3(w * 0.3)} ${r3(h * 1.3)} ${r3(w / 2)} 0 Z" fill="${col}"/><path d="M 0 ${r3(h)} Q ${r3(w * 0.3)} ${r3(h * 1.3)} ${r3(w / 2)} 0 L 0 0 Z" fill="#000000" opacity="0.18"/>`;
      return atGround(c, x, 0, z, body);
    });

/** Red-and-white striped road barriers. */
const barriers =
  (o: { items: Array<[number, number]>; colors: [string, string] }): Layer =>
  (c) =>
    o.items.map(([x, z]) => {
      let s = "";
      const n = 6;
      for (let i = 0; i < n; i++)
        s += box3(c, x + (i * 1.4) / n, x + ((i + 1) * 1.4) / n, 0.35, 0.85, z, z + 0.2, {
          front: o.colors[i % 2] ?? "#ffffff",
        });
      s +=
        box3(c, x + 0.05, x + 0.12, 0, 0.35, z, z + 0.2, { front: "#444444" }) +
        box3(c, x + 1.28, x + 1.35, 0, 0.35, z, z + 0.2, { front: "#444444" });
      return { depth: z, svg: s };
    });

/** Traffic cones: orange with a reflective white band. */
const cones =
  (o: { x: number; z: [number, number]; step: number }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let z = o.z[0]; z <= o.z[1]; z += o.step) {
      const col = fog(c, "#f06a1d", z);
      const body = `<rect x="-0.2" y="0" width="0.4" height="0.04" fill="${shade(col, -0.3)}"/><path d="M -0.14 0.04 L -0.03 0.7 L 0.03 0.7 L 0.14 0.04 Z" fill="${col}"/><path d="M -0.105 0.25 L -0.07 0.45 L 0.07 0.45 L 0.105 0.25 Z" fill="${fog(c, "#f4f4f0", z)}"/>`;
      out.push(atGround(c, o.x, 0, z, body));
    }
    return out;
  };

/** A road roller finishing new asphalt. */
const roller =
  (o: { x: number; z: number; body: string }): Layer =>
  (c) => {
    const { x, z } = o;
    let s = box3(c, x - 0.9, x + 0.9, 0, 1.3, z, z + 0.9, { front: "#2c2c2e" }); // front drum
    s += box3(c, x - 0.8, x + 0.8, 0.7, 1.8, z + 0.9, z + 3.2, { front: o.body });
    s += box3(c, x - 0.75, x + 0.75, 1.8, 2.9, z + 1.8, z + 2.9, { front: "#3a4a55", side: "#2c3a44", top: o.body });
    s += box3(c, x - 0.85, x + 0.85, 2.9, 3.0, z + 1.7, z + 3.0, { front: o.body });
    s += box3(c, x - 0.9, x + 0.9, 0, 1.3, z + 3.2, z + 4.1, { front: "#2c2c2e" }); // rear drum (hidden mostly)
    const [bx, by] = proj(c, x, 3.05, z + 2.3);
    return [
      { depth: z, svg: s },
      { depth: z, glow: true, svg: glowSpot(c, bx, by, pxPerM(c, z) * 0.5, "#ffa020", 0.9) },
    ];
  };

type Plant = "lettuce" | "tomato" | "herb" | "sunflower";

/** Raised wooden vegetable beds with rows of plants on the soil. */
const raisedBeds =
  (o: { beds: Array<[number, number, number, number, Plant]>; wood: string; soil: string }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (const [x0, x1, z0, z1, kind] of o.beds) {
      const h = 0.45;
      let s = box3(c, x0, x1, 0, h, z0, z1, { front: o.wood, top: o.wood });
      s += poly3(
        c,
        [
          [x0 + 0.08, h + 0.001, z0 + 0.08],
          [x0 + 0.08, h + 0.001, z1 - 0.08],
          [x1 - 0.08, h + 0.001, z1 - 0.08],
          [x1 - 0.08, h + 0.001, z0 + 0.08],
        ],
        fog(c, o.soil, z0),
      );
      out.push({ depth: z1, svg: s });
      // plants from far to near so nearer leaves overlap farther ones
      for (let z = z1 - 0.3; z > z0 + 0.2; z -= kind === "sunflower" ? 0.7 : 0.45) {
        for (let x = x0 + 0.35; x < x1 - 0.2; x += kind === "sunflower" ? 0.8 : 0.5) {
          const g = fog(c, "#5f9a3a", z);
          let body = "";
          if (kind === "lettuce") {
            for (let k = 0; k < 6; k++)
              body += `<ellipse cx="${r3(c.rng.range(-0.1, 0.1))}" cy="${r3(c.rng.range(0.05, 0.15))}" rx="${r3(c.rng.range(0.08, 0.13))}" ry="${r3(c.rng.range(0.05, 0.09))}" fill="${shade(fog(c, "#8cc63f", z), c.rng.range(-0.25, 0.15))}"/>`;
          } else if (kind === "tomato") {
            body += `<ellipse cx="0" cy="0.35" rx="0.2" ry="0.35" fill="${shade(g, -0.2)}"/><ellipse cx="0.04" cy="0.42" rx="0.14" ry="0.25" fill="${g}"/>`;
            for (let k = 0; k < 5; k++)
              body += `<circle cx="${r3(c.rng.range(-0.14, 0.14))}" cy="${r3(c.rng.range(0.12, 0.55))}" r="0.04" fill="${fog(c, "#d8402a", z)}"/>`;
          } else if (kind === "herb") {
            for (let k = 0; k < 9; k++) {
              const a = c.rng.range(-1.2, 1.2);
              body += `<ellipse cx="${r3(Math.sin(a) * 0.09)}" cy="${r3(0.08 + Math.cos(a) * 0.09)}" rx="0.035" ry="0.075" transform="rotate(${r1((-a * 180) / Math.PI)} ${r3(Math.sin(a) * 0.09)} ${r3(0.08 + Math.cos(a) * 0.09)})" fill="${shade(fog(c, "#3f7a34", z), c.rng.range(-0.15, 0.2))}"/>`;
            }
          } else {
            body += `<line x1="0" y1="0" x2="0" y2="1.5" stroke="${shade(g, -0.2)}" stroke-width="0.04"/><ellipse cx="0.12" cy="0.8" rx="0.12" ry="0.05" fill="${g}"/>`;
            for (let k = 0; k < 12; k++) {
              const a = (k / 12) * Math.PI * 2;
              body += `<ellipse cx="${r3(Math.cos(a) * 0.13)}" cy="${r3(1.55 + Math.sin(a) * 0.13)}" rx="0.07" ry="0.035" transform="rotate(${r1((a * 180) / Math.PI)} ${r3(Math.cos(a) * 0.13)} ${r3(1.55 + Math.sin(a) * 0.13)})" fill="${fog(c, "#f2c12e", z)}"/>`;
            }
            body += `<circle cx="0" cy="1.55" r="0.09" fill="${fog(c, "#5a3a1a", z)}"/>`;
          }
          out.push(atGround(c, x + c.rng.range(-0.05, 0.05), h, z, body));
        }
      }
    }
    return out;
  };

/** A footbridge: a slab with railings on both long edges, spanning along z (we look across it). */
const footbridge =
  (o: { x: [number, number]; z: [number, number]; deck: string; rail: string }): Layer =>
  (c) => {
    const [x0, x1] = o.x;
    const [z0, z1] = o.z;
    const deck = box3(c, x0, x1, -0.3, 0.15, z0, z1, { front: o.deck, top: shade(o.deck, 0.08) });
    const railing = (x: number) => {
      let r = "";
      for (let z = z0 + 0.05; z <= z1; z += 0.45) r += line3(c, [x, 0.15, z], [x, 1.05, z], fog(c, o.rail, z), 0.04);
      r += line3(c, [x, 1.05, z0], [x, 1.05, z1], o.rail, 0.06) + line3(c, [x, 0.6, z0], [x, 0.6, z1], o.rail, 0.03);
      return r;
    };
    return [
      { depth: z1 + 0.01, svg: deck },
      { depth: z1, svg: railing(x0) + railing(x1) },
    ];
  };

/** Bookcases lining one side of a library aisle, one bay per metre so depth-of-field falls off smoothly. */
const bookshelves =
  (o: {
    side: -1 | 1;
    x: number;
    z: [number, number];
    h: number;
    shelf: number;
    depth: number;
    wood: string;
    books: string[];
  }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    const back = o.x + o.side * o.depth;
    for (let zb = o.z[0]; zb < o.z[1]; zb += 1) {
      const ze = Math.min(o.z[1], zb + 1);
      const wood = fog(c, o.wood, zb);
      let s = poly3(
        c,
        [
          [back, 0, zb],
          [back, o.h, zb],
          [back, o.h, ze],
          [back, 0, ze],
        ],
        shade(wood, -0.55),
      );
      for (let y = 0.08; y + 0.2 < o.h; y += o.shelf) {
        // books far → near so each nearer book hides the side of the one behind
        const books: Array<{ z: number; t: number; bh: number; col: string; inset: number }> = [];
        for (let z = zb + 0.03; z < ze - 0.05;) {
          const t = c.rng.range(0.018, 0.05);
          if (c.rng.chance(0.04)) {
            z += 0.12; // an occasional gap
            continue;
          }
          books.push({
            z,
            t,
            bh: Math.min(o.shelf - 0.05, c.rng.range(0.17, 0.3)),
            col: c.rng.pick(o.books),
            inset: c.rng.range(0, 0.03),
          });
          z += t;
        }
        for (const b of books.reverse()) {
          const xf = o.x + o.side * b.inset;
          const col = fog(c, shade(b.col, c.rng.range(-0.12, 0.08)), b.z);
          s += poly3(
            c,
            [
              [xf, y, b.z],
              [xf, y + b.bh, b.z],
              [back, y + b.bh, b.z],
              [back, y, b.z],
            ],
            shade(col, -0.35),
          );
          s += poly3(
            c,
            [
              [xf, y, b.z],
              [xf, y + b.bh, b.z],
              [xf, y + b.bh, b.z + b.t],
              [xf, y, b.z + b.t],
            ],
            col,
          );
          if (c.rng.chance(0.5)) {
            const band = fog(c, "#d8c48a", b.z);
            s += poly3(
              c,
              [
                [xf, y + b.bh * 0.8, b.z],
                [xf, y + b.bh * 0.84, b.z],
                [xf, y + b.bh * 0.84, b.z + b.t],
                [xf, y + b.bh * 0.8, b.z + b.t],
              ],
              band,
              'opacity="0.7"',
            );
          }
          if (y + b.bh < c.cam.height)
            s += poly3(
              c,
              [
                [xf, y + b.bh, b.z],
                [back, y + b.bh, b.z],
                [back, y + b.bh, b.z + b.t],
                [xf, y + b.bh, b.z + b.t],
              ],
              mix(col, "#e8dcc0", 0.6),
            );
        }
        // the shelf board: its front edge and whichever face the eye can see
        s += poly3(
          c,
          [
            [o.x, y - 0.03, zb],
            [o.x, y, zb],
            [o.x, y, ze],
            [o.x, y - 0.03, ze],
          ],
          shade(wood, 0.1),
        );
        s += poly3(
          c,
          [
            [o.x, y - 0.03, zb],
            [back, y - 0.03, zb],
            [back, y - 0.03, ze],
            [o.x, y - 0.03, ze],
          ],
          shade(wood, y > c.cam.height ? -0.3 : 0.05),
        );
      }
      s += poly3(
        c,
        [
          [o.x, 0, zb],
          [o.x, o.h, zb],
          [back, o.h, zb],
          [back, 0, zb],
        ],
        shade(wood, -0.1),
      );
      s += poly3(
        c,
        [
          [o.x, 0, zb],
          [o.x, o.h, zb],
          [o.x, o.h, zb + 0.04],
          [o.x, 0, zb + 0.04],
        ],
        shade(wood, 0.12),
      );
      out.push({ depth: ze, svg: s });
    }
    return out;
  };

/** Sewing machine on a table top at (x, y, z). */
function sewingMachine(c: Ctx, x: number, y: number, z: number, accent: string): string {
  const cream = "#eee8da";
  const dark = "#3a3a40";
  return (
    box3(c, x - 0.24, x + 0.24, y, y + 0.05, z - 0.12, z + 0.1, { front: cream }) +
    box3(c, x + 0.1, x + 0.2, y + 0.05, y + 0.3, z - 0.07, z + 0.05, { front: cream }) +
    box3(c, x - 0.2, x + 0.2, y + 0.24, y + 0.34, z - 0.07, z + 0.05, { front: cream }) +
    box3(c, x - 0.21, x - 0.12, y + 0.1, y + 0.26, z - 0.06, z + 0.04, { front: cream }) +
    box3(c, x - 0.175, x - 0.16, y + 0.05, y + 0.1, z - 0.03, z - 0.01, { front: dark }) +
    box3(c, x + 0.2, x + 0.23, y + 0.12, y + 0.24, z - 0.05, z + 0.03, { front: dark }) +
    box3(c, x - 0.2, x + 0.2, y + 0.27, y + 0.3, z - 0.071, z - 0.07, { front: accent }) +
    box3(c, x + 0.05, x + 0.08, y + 0.34, y + 0.4, z - 0.02, z + 0.01, { front: accent })
  );
}

/** Fabric bolts on wall shelves, seen end-on, and a tailor's dummy. */
const fabricWall =
  (o: { x: number; z: number; w: number; rows: number; colors: string[]; wood: string; dummy?: number }): Layer =>
  (c) => {
    const P = frontPlane(o.x, o.z - 0.02);
    let s = "";
    const k = pxPerM(c, o.z);
    for (let r = 0; r < o.rows; r++) {
      const v = 0.9 + r * 0.45;
      s += planeRect(c, P, 0, o.w, v - 0.04, v, o.wood);
      for (let u = 0.12; u < o.w - 0.1; u += c.rng.range(0.2, 0.26)) {
        const [px, py] = proj(c, ...P.at(u, v + 0.1));
        const col = fog(c, c.rng.pick(o.colors), o.z);
        s += `<circle cx="${r1(px)}" cy="${r1(py)}" r="${r1(k * 0.1)}" fill="${col}"/><circle cx="${r1(px)}" cy="${r1(py)}" r="${r1(k * 0.03)}" fill="${shade(col, -0.5)}"/><path d="M ${r1(px - k * 0.1)} ${r1(py)} A ${r1(k * 0.1)} ${r1(k * 0.1)} 0 0 1 ${r1(px + k * 0.1)} ${r1(py)}" fill="none" stroke="#ffffff" stroke-opacity="0.2" stroke-width="${r1(k * 0.02)}"/>`;
      }
    }
    const out: Drawable[] = [{ depth: o.z, svg: s }];
    if (o.dummy !== undefined) {
      const dz = o.z - 0.8;
      const body = `<line x1="0" y1="0" x2="0" y2="1.0" stroke="#3a3030" stroke-width="0.04"/><path d="M -0.25 0.02 L 0 0.08 L 0.25 0.02" stroke="#3a3030" stroke-width="0.04" fill="none"/><path d="M -0.17 0.95 Q -0.22 1.15 -0.15 1.3 Q -0.22 1.45 -0.2 1.55 Q 0 1.62 0.2 1.55 Q 0.22 1.45 0.15 1.3 Q 0.22 1.15 0.17 0.95 Z" fill="${fog(c, "#c9b49a", dz)}"/><rect x="-0.03" y="1.55" width="0.06" height="0.1" fill="#3a3030"/><path d="M -0.16 1.0 L 0.16 1.0 L 0.25 0.55 L -0.25 0.55 Z" fill="${fog(c, "#b8434f", dz)}" opacity="0.9"/>`;
      out.push(atGround(c, o.dummy, 0, dz, body));
    }
    return out;
  };

/** A mural wall along one side of an alley. */
const mural =
  (o: { side: -1 | 1; x: number; z: [number, number]; h: number; palette: string[]; plaster: string }): Layer =>
  (c) => {
    const P = sidePlane(o.x, o.z[0], o.side);
    const L = o.z[1] - o.z[0];
    let s = planeRect(c, P, 0, L, 0, o.h + 0.6, vgrad(c, o.plaster, shade(o.plaster, -0.15)));
    s += muralArt(c, P, L, o.h, o.palette, (o.z[0] + o.z[1]) / 2);
    s += planeRect(c, P, 0, L, 0, 0.4, "#000000", 'opacity="0.15"');
    return [{ depth: o.z[1], svg: s }];
  };

/** Colour-blocked wall with simple shapes, like a schoolyard wall painted by pupils. */
const paintedWall =
  (o: { x: [number, number]; z: number; h: number; colors: string[] }): Layer =>
  (c) => {
    const P = frontPlane(o.x[0], o.z);
    const L = o.x[1] - o.x[0];
    let s = "";
    let u = 0;
    let i = 0;
    while (u < L) {
      const w = c.rng.range(2.2, 3.6);
      const col = fog(c, o.colors[i % o.colors.length] ?? "#ffffff", o.z);
      s += planeRect(c, P, u, u + w, 0, o.h, col);
      const m = fog(c, shade(o.colors[(i + 3) % o.colors.length] ?? "#ffffff", 0.1), o.z);
      const cu = u + w / 2;
      switch (i % 4) {
        case 0:
          s += planePoly(c, P, circlePts(cu, o.h * 0.55, o.h * 0.25, 24), m);
          break;
        case 1:
          s += planePoly(
            c,
            P,
            [
              [cu - 0.7, 0.5],
              [cu - 0.7, 1.5],
              [cu, 2.1],
              [cu + 0.7, 1.5],
              [cu + 0.7, 0.5],
            ],
            m,
          );
          break;
        case 2:
          for (let k = 0; k < 3; k++)
            s += planePoly(
              c,
              P,
              [
                [u + 0.3 + k * 0.8, 0.4],
                [u + 0.7 + k * 0.8, 1.2 + (k % 2) * 0.6],
                [u + 1.1 + k * 0.8, 0.4],
              ],
              m,
            );
          break;
        default:
          for (let k = 0; k < 4; k++) s += planeRect(c, P, u, u + w, 0.4 + k * 0.55, 0.6 + k * 0.55, m);
      }
      u += w;
      i++;
    }
    s += planeRect(c, P, 0, L, o.h, o.h + 0.15, fog(c, "#d9d4c8", o.z));
    s += planeRect(c, P, 0, L, 0, 0.25, "#000000", 'opacity="0.15"');
    return [{ depth: o.z, svg: s }];
  };

/** Playground swing set: A-frames, a top bar, chains and seats. */
const swingSet =
  (o: { x: [number, number]; z: number; h: number; frame: string; seat: string }): Layer =>
  (c) => {
    const [x0, x1] = o.x;
    const { z, h } = o;
    let s = "";
    for (const x of [x0, x1]) {
      s += line3(c, [x, 0, z - 0.9], [x, h, z], o.frame, 0.09) + line3(c, [x, 0, z + 0.9], [x, h, z], o.frame, 0.09);
    }
    s += line3(c, [x0 - 0.1, h, z], [x1 + 0.1, h, z], o.frame, 0.11);
    const n = 2;
    for (let i = 0; i < n; i++) {
      const cx = x0 + ((x1 - x0) * (i + 0.5)) / n;
      const swingZ = z + (i === 0 ? -0.5 : 0); // first seat caught mid-swing
      const seatY = 0.5 + (i === 0 ? 0.15 : 0);
      for (const dx of [-0.22, 0.22]) s += line3(c, [cx + dx, h, z], [cx + dx, seatY, swingZ], "#9aa0a6", 0.02);
      s += box3(c, cx - 0.28, cx + 0.28, seatY - 0.04, seatY, swingZ - 0.12, swingZ + 0.12, { front: o.seat });
    }
    return [{ depth: z, svg: s }];
  };

/** Playground slide: ladder, platform with a little roof, and the chute. */
const slide =
  (o: { x: number; z: number; h: number; frame: string; chute: string; roof: string }): Layer =>
  (c) => {
    const { x, z, h } = o;
    let s = "";
    for (const [dx, dz] of [
      [-0.5, -0.5],
      [0.5, -0.5],
      [-0.5, 0.5],
      [0.5, 0.5],
    ] as const)
      s += box3(c, x + dx - 0.04, x + dx + 0.04, 0, h + 1.4, z + dz - 0.04, z + dz + 0.04, { front: o.frame });
    s += box3(c, x - 0.55, x + 0.55, h - 0.08, h, z - 0.55, z + 0.55, { front: o.frame });
    s += poly3(
      c,
      [
        [x - 0.65, h + 1.4, z - 0.6],
        [x, h + 2.0, z - 0.6],
        [x + 0.65, h + 1.4, z - 0.6],
      ],
      o.roof,
    );
    s += poly3(
      c,
      [
        [x - 0.65, h + 1.4, z - 0.6],
        [x, h + 2.0, z - 0.6],
        [x, h + 2.0, z + 0.6],
        [x - 0.65, h + 1.4, z + 0.6],
      ],
      shade(o.roof, -0.2),
    );
    // side rails of the platform
    s += line3(c, [x - 0.5, h + 0.7, z - 0.5], [x - 0.5, h + 0.7, z + 0.5], o.frame, 0.05);
    // ladder on the right
    for (const dz of [-0.25, 0.25]) s += line3(c, [x + 0.55, h + 0.8, z + dz], [x + 1.6, 0, z + dz], o.frame, 0.06);
    for (let k = 1; k < 6; k++) {
      const t = k / 6;
      s += line3(
        c,
        [x + 0.55 + t * 1.05, h + 0.8 - t * (h + 0.8), z - 0.25],
        [x + 0.55 + t * 1.05, h + 0.8 - t * (h + 0.8), z + 0.25],
        o.frame,
        0.04,
      );
    }
    // the chute runs from the platform down towards the camera
    const cw = 0.3;
    const zEnd = z - 0.55 - h * 1.6;
    s += poly3(
      c,
      [
        [x - cw, h, z - 0.55],
        [x + cw, h, z - 0.55],
        [x + cw, 0.25, zEnd],
        [x - cw, 0.25, zEnd],
      ],
      vgrad(c, shade(o.chute, 0.1), shade(o.chute, -0.05)),
    );
    for (const dx of [-cw, cw])
      s += poly3(
        c,
        [
          [x + dx, h, z - 0.55],
          [x + dx, h + 0.18, z - 0.55],
          [x + dx, 0.43, zEnd],
          [x + dx, 0.25, zEnd],
        ],
        shade(o.chute, -0.2),
      );
    s += box3(c, x - cw, x + cw, 0.1, 0.25, zEnd - 0.4, zEnd, { front: shade(o.chute, -0.1) });
    return [{ depth: z, svg: s }];
  };

/** Basketball hoop on a pole. */
const hoop =
  (o: { x: number; z: number; pole: string }): Layer =>
  (c) => {
    const { x, z } = o;
    let s = box3(c, x - 0.07, x + 0.07, 0, 3.3, z + 0.4, z + 0.54, { front: o.pole });
    s += line3(c, [x, 3.2, z + 0.45], [x, 3.2, z], o.pole, 0.08);
    s += box3(c, x - 0.9, x + 0.9, 2.9, 3.95, z - 0.04, z, { front: "#f4f4f2" });
    s += planeRect(
      c,
      frontPlane(x - 0.3, z - 0.05),
      0,
      0.6,
      3.05,
      3.5,
      "none",
      `stroke="#d04a2a" stroke-width="${r1(pxPerM(c, z) * 0.04)}"`,
    );
    const [rx, ry] = proj(c, x, 3.05, z - 0.25);
    const k = pxPerM(c, z);
    s += `<ellipse cx="${r1(rx)}" cy="${r1(ry)}" rx="${r1(k * 0.23)}" ry="${r1(k * 0.06)}" fill="none" stroke="#e0552a" stroke-width="${r1(k * 0.03)}"/>`;
    for (let i = 0; i < 6; i++) {
      const dx = -0.2 + i * 0.08;
      s += line3(c, [x + dx, 3.05, z - 0.25], [x + dx * 0.6, 2.7, z - 0.25], "#ffffff", 0.012, 'opacity="0.7"');
    }
    return [{ depth: z, svg: s }];
  };

/** Football goal with a net, facing the camera. */
const goal =
  (o: { x: number; z: number; w: number; h: number }): Layer =>
  (c) => {
    const { x, z, w, h } = o;
    const x0 = x - w / 2;
    const x1 = x + w / 2;
    const net = fog(c, "#f0f0f0", z);
    let s = "";
    for (let u = 0; u <= w; u += 0.2) s += line3(c, [x0 + u, h, z], [x0 + u, 0, z + 1.2], net, 0.01, 'opacity="0.5"');
    for (let v = 0; v <= h; v += 0.2)
      s += line3(c, [x0, v, z + 1.2 * (1 - v / h)], [x1, v, z + 1.2 * (1 - v / h)], net, 0.01, 'opacity="0.5"');
    s +=
      line3(c, [x0, 0, z], [x0, h, z], net, 0.1) +
      line3(c, [x1, 0, z], [x1, h, z], net, 0.1) +
      line3(c, [x0, h, z], [x1, h, z], net, 0.1);
    return [{ depth: z, svg: s }];
  };

/** Floodlight mast with a bank of lamps (lit at dusk). */
const floodlight =
  (o: { x: number; z: number; h: number; color: string; light: string }): Layer =>
  (c) => {
    const { x, z, h } = o;
    const col = fog(c, o.color, z);
    let s = line3(c, [x, 0, z], [x, h, z], col, 0.3);
    s += box3(c, x - 1.2, x + 1.2, h, h + 1.1, z, z + 0.2, { front: col }, false);
    let g = "";
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 2; j++) {
        const [lx, ly] = proj(c, x - 0.9 + i * 0.6, h + 0.3 + j * 0.5, z - 0.01);
        s += `<circle cx="${r1(lx)}" cy="${r1(ly)}" r="${r1(pxPerM(c, z) * 0.18)}" fill="${o.light}"/>`;
        g += glowSpot(c, lx, ly, pxPerM(c, z) * 1.3, o.light, 0.6);
      }
    }
    return [
      { depth: z, svg: s },
      { depth: z, glow: true, svg: g },
    ];
  };

/** Fruit crates in front of shops. */
const crates =
  (o: { x: number; z: [number, number]; step: number; wood: string; fruit: string[] }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let z = o.z[0]; z < o.z[1]; z += o.step * c.rng.range(0.7, 1.4)) {
      const fruit = c.rng.pick(o.fruit);
      let s = box3(c, o.x - 0.3, o.x + 0.3, 0, 0.45, z, z + 0.45, { front: o.wood });
      const k = pxPerM(c, z);
      for (let i = 0; i < 9; i++) {
        const [fx, fy] = proj(c, o.x + c.rng.range(-0.25, 0.25), 0.47, z + c.rng.range(0.03, 0.4));
        s += `<circle cx="${r1(fx)}" cy="${r1(fy)}" r="${r1(k * 0.07)}" fill="${fog(c, shade(fruit, c.rng.range(-0.15, 0.15)), z)}"/>`;
      }
      out.push({ depth: z + 0.45, svg: s });
    }
    return out;
  };

/** Strings of small bulbs across a bazaar street. */
const festoons =
  (o: { xl: number; xr: number; y: number; z: [number, number]; step: number; bulb: string }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let z = o.z[0]; z <= o.z[1]; z += o.step) {
      const a = proj(c, o.xl, o.y, z);
      const b = proj(c, o.xr, o.y, z + 1.5);
      const sag = pxPerM(c, z) * 0.9;
      const mid: Pt = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + sag * 2];
      let s = `<path d="M ${r1(a[0])} ${r1(a[1])} Q ${r1(mid[0])} ${r1(mid[1])} ${r1(b[0])} ${r1(b[1])}" fill="none" stroke="#2a2522" stroke-width="${r1(Math.max(1, pxPerM(c, z) * 0.015))}"/>`;
      let g = "";
      for (let t = 0.05; t < 1; t += 0.06) {
        const x = (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * mid[0] + t * t * b[0];
        const y = (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * mid[1] + t * t * b[1];
        s += `<circle cx="${r1(x)}" cy="${r1(y + pxPerM(c, z) * 0.05)}" r="${r1(Math.max(1.5, pxPerM(c, z) * 0.05))}" fill="${o.bulb}"/>`;
        g += glowSpot(c, x, y, pxPerM(c, z) * 0.5, o.bulb, 0.5);
      }
      out.push({ depth: z, svg: s }, { depth: z, svg: g, glow: true });
    }
    return out;
  };

/** Coloured posters and a clock on a classroom wall (shapes only, no lettering). */
const posters =
  (o: {
    side: -1 | 1;
    x: number;
    items: Array<{ z: number; w: number; y: number; h: number; color: string }>;
  }): Layer =>
  (c) => {
    const P = sidePlane(o.x, 0, o.side);
    let s = "";
    for (const it of o.items) {
      s += planeRect(c, P, it.z - 0.03, it.z + it.w + 0.03, it.y - 0.03, it.y + it.h + 0.03, "#f4f1ea", "", 0.01);
      s += planeRect(c, P, it.z, it.z + it.w, it.y, it.y + it.h, it.color, "", 0.012);
      // a few blobs like a map or a diagram
      for (let k = 0; k < 4; k++) {
        const cu = it.z + c.rng.range(0.2, 0.8) * it.w;
        const cv = it.y + c.rng.range(0.25, 0.75) * it.h;
        s += planePoly(
          c,
          P,
          circlePts(cu, cv, it.w * c.rng.range(0.08, 0.18), 16, it.h * c.rng.range(0.06, 0.14)),
          shade(c.rng.pick(["#e9c46a", "#2a9d8f", "#e76f51", "#f4f1ea"]), 0),
          "",
          0.014,
        );
      }
    }
    return [{ depth: 1e5 - 1, svg: s }];
  };

// ─────────────────────────── hand-placed scene elements ───────────────────────────
// Thin data-driven layers so the scene table can list specific people, trees and
// props as plain values instead of inline drawing code.

/** A person placed by hand; the look is still drawn from the seeded palette. */
type Figure = Omit<PersonOpts, "look"> & { kind?: Look["kind"]; top?: string };

const figures =
  (list: Figure[]): Layer =>
  (c) =>
    list.map(({ kind, top, ...o }) => {
      const look = randomLook(c.rng, kind);
      if (top) look.top = top;
      return person(c, { ...o, look });
    });

/** Trees placed by hand; colour defaults to a random park green. */
const trees =
  (list: Array<Omit<TreeOpts, "color"> & { color?: string }>): Layer =>
  (c) =>
    list.map((t) => tree(c, { color: c.rng.pick(GREENS), ...t }));

/** Park benches, along z (facing a path) or along x (facing the camera). */
const benches =
  (list: Array<{ x: number; z: number; alongZ: boolean }>, wood = "#8a5a35", metal = "#2d2d30"): Layer =>
  (c) =>
    list.map((b) => ({ depth: b.z + (b.alongZ ? 1.8 : 0.3), svg: benchSvg(c, b.x, b.z, b.alongZ, wood, metal) }));

type PropKind = "basketball" | "football" | "barrel" | "sack";

/** Small loose objects standing on the ground. */
const props =
  (list: Array<{ kind: PropKind; x: number; z: number; y?: number }>): Layer =>
  (c) =>
    list.map((p) => {
      const f = (col: string) => fog(c, col, p.z);
      let body: string;
      switch (p.kind) {
        case "basketball":
          body = `<circle cx="0" cy="0.12" r="0.12" fill="${f("#e8742a")}"/><path d="M -0.12 0.12 Q 0 0.16 0.12 0.12 M 0 0 L 0 0.24" stroke="#3a2a1a" stroke-width="0.01" fill="none"/>`;
          break;
        case "football":
          body = `<circle cx="0" cy="0.11" r="0.11" fill="${f("#ffffff")}"/><circle cx="0.02" cy="0.12" r="0.035" fill="#2a2a2a"/>`;
          break;
        case "barrel":
          body = `<rect x="-0.3" y="0" width="0.6" height="0.9" rx="0.06" fill="${f("#2f6fb0")}"/><rect x="-0.3" y="0.82" width="0.6" height="0.08" fill="${f("#245a90")}"/><rect x="-0.3" y="0" width="0.3" height="0.9" fill="#000000" opacity="0.15"/>`;
          break;
        case "sack":
          body = `<ellipse cx="0" cy="0.25" rx="0.3" ry="0.28" fill="${f("#1c2230")}"/><path d="M -0.06 0.5 L 0 0.62 L 0.06 0.5 Z" fill="${f("#1c2230")}"/><ellipse cx="-0.1" cy="0.32" rx="0.07" ry="0.12" fill="#ffffff" opacity="0.12"/>`;
          break;
      }
      return atGround(c, p.x, p.y ?? 0, p.z, body);
    });

type GroundMark =
  | { kind: "ring"; x: number; z: number; r: number; width: number; color: string }
  | { kind: "line"; from: Pt; to: Pt; width: number; color: string }
  | { kind: "tiles"; x: number; z: number; size: number; colors: string[] };

/** Paint on the ground: court lines, circles, a hopscotch grid. */
const groundMarks =
  (list: GroundMark[], depth = 1e6 - 2): Layer =>
  (c) => {
    let s = "";
    for (const m of list) {
      if (m.kind === "ring") s += groundRing(c, m.x, m.z, m.r, m.width, m.color);
      else if (m.kind === "line") {
        // widen perpendicular to the line so both along- and across-view lines keep their width
        const [ax, az] = m.from;
        const [bx, bz] = m.to;
        const len = Math.hypot(bx - ax, bz - az) || 1;
        const nx = (-(bz - az) / len) * (m.width / 2);
        const nz = ((bx - ax) / len) * (m.width / 2);
        s += groundPoly(
          c,
          [
            [ax + nx, az + nz],
            [bx + nx, bz + nz],
            [bx - nx, bz - nz],
            [ax - nx, az - nz],
          ],
          m.color,
        );
      } else {
        m.colors.forEach((col, i) => {
          const z0 = m.z + i * m.size * 1.1;
          s += groundPoly(
            c,
            [
              [m.x, z0],
              [m.x + m.size, z0],
              [m.x + m.size, z0 + m.size],
              [m.x, z0 + m.size],
            ],
            col,
            'opacity="0.85"',
          );
        });
      }
    }
    return [{ depth, svg: s }];
  };

/** Artificial turf with mowing stripes across the pitch. */
const turf =
  (o: { x: [number, number]; z: [number, number]; band: number; colors: [string, string] }): Layer =>
  (c) => {
    let s = "";
    for (let z = o.z[0], i = 0; z < o.z[1]; z += o.band, i++) {
      s += groundPoly(
        c,
        [
          [o.x[0], z],
          [o.x[0], z + o.band],
          [o.x[1], z + o.band],
          [o.x[1], z],
        ],
        fog(c, o.colors[i % 2] ?? "#449944", z),
        "",
        0.002,
      );
    }
    return [{ depth: 1e6 - 1, svg: s }];
  };

/** Stone setts laid in rows, each with a slightly different tone. */
const cobbles =
  (o: { x: [number, number]; z: [number, number]; size: number; color: string }): Layer =>
  (c) => {
    let s = "";
    const k = 1 + o.size / 4; // rows grow with distance so each stays a few pixels tall
    for (let z = o.z[0]; z < o.z[1]; z *= k) {
      for (let x = o.x[0]; x < o.x[1]; x += o.size) {
        s += groundPoly(
          c,
          [
            [x + 0.02, z + 0.02],
            [x + o.size - 0.02, z + 0.02],
            [x + o.size - 0.02, z * k - 0.02],
            [x + 0.02, z * k - 0.02],
          ],
          fog(c, shade(o.color, c.rng.range(-0.1, 0.1)), z),
        );
      }
    }
    return [{ depth: 1e6, svg: s }];
  };

/** Low box on the ground: curb edges, channel coping, plinths. */
const ledge =
  (o: { x: [number, number]; z: [number, number]; h: number; color: string }): Layer =>
  (c) => [
    {
      depth: o.z[1],
      svg: box3(c, o.x[0], o.x[1], 0, o.h, o.z[0], o.z[1], { front: shade(o.color, -0.1), top: o.color }),
    },
  ];

/** Joint lines of square paving slabs. */
const paving =
  (o: { x: [number, number]; z: [number, number]; step: number; y: number; color: string }): Layer =>
  (c) => {
    let s = "";
    for (let z = o.z[0]; z < o.z[1]; z += o.step)
      s += line3(c, [o.x[0], o.y, z], [o.x[1], o.y, z], o.color, 0.02, 'opacity="0.5"');
    for (let x = Math.ceil(o.x[0] / o.step) * o.step; x < o.x[1]; x += o.step)
      s += line3(c, [x, o.y, o.z[0]], [x, o.y, o.z[1]], o.color, 0.02, 'opacity="0.5"');
    return [{ depth: 1e6 - 1, svg: s }];
  };

/** A window in a wall facing the camera, optionally blooming with daylight. */
const wallWindow =
  (o: {
    x: number;
    z: number;
    y: number;
    w: number;
    h: number;
    frame: string;
    glass: [string, string];
    bloom?: string;
  }): Layer =>
  (c) => {
    const P = frontPlane(o.x - o.w / 2, o.z - 0.02);
    const s =
      planeRect(c, P, -0.1, o.w + 0.1, o.y - 0.1, o.y + o.h + 0.1, o.frame) +
      planeRect(c, P, 0, o.w, o.y, o.y + o.h, vgrad(c, o.glass[0], o.glass[1])) +
      planeRect(c, P, o.w / 2 - 0.03, o.w / 2 + 0.03, o.y, o.y + o.h, o.frame);
    const out: Drawable[] = [{ depth: o.z, svg: s }];
    if (o.bloom) {
      const [gx, gy] = proj(c, o.x, o.y + o.h / 2, o.z);
      out.push({ depth: o.z, glow: true, svg: glowSpot(c, gx, gy, c.w * 0.25, o.bloom, 0.8) });
    }
    return out;
  };

/** A wall clock on a wall facing the camera. */
const clock =
  (o: { x: number; y: number; z: number; r: number }): Layer =>
  (c) => {
    const [x, y] = proj(c, o.x, o.y, o.z - 0.02);
    const r = pxPerM(c, o.z) * o.r;
    const hand = (dx: number, dy: number) =>
      `<line x1="${r1(x)}" y1="${r1(y)}" x2="${r1(x + dx * r)}" y2="${r1(y + dy * r)}" stroke="#222222" stroke-width="${r1(r * 0.08)}" stroke-linecap="round"/>`;
    return [
      {
        depth: o.z - 0.1,
        svg: `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="#f8f8f4" stroke="#3a3a3a" stroke-width="${r1(r * 0.12)}"/>${hand(0, -0.7)}${hand(0.5, 0.1)}`,
      },
    ];
  };

/** Newly planted saplings in soil pits along a pavement. */
const saplings =
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

/**
 * A small clinic: a two-storey block with a coloured band, a glazed entrance under
 * a canopy, a sign panel with a white cross (a symbol, not text) and an access ramp.
 */
const clinic =
  (o: { x: [number, number]; z: number; height: number; accent: string; wall: string }): Layer =>
  (c) => {
    const [x0, x1] = o.x;
    const W = x1 - x0;
    const { z: z0, height: H, accent } = o;
    const P = frontPlane(x0, z0);
    const glass = () => vgrad(c, "#9cc4de", "#4f7894");
    const frame = "#d9dde0";
    let s = box3(c, x0, x1, 0, H, z0, z0 + 10, { front: o.wall, side: shade(o.wall, -0.16), top: shade(o.wall, -0.1) });
    s += planeRect(c, P, 0, W, 3.0, 3.35, accent) + planeRect(c, P, 0, W, H - 0.5, H, accent);
    const mid = W / 2;
    // ribbon windows either side of the entrance on both floors
    for (const [u0, u1] of [
      [0.6, mid - 2.2],
      [mid + 2.2, W - 0.6],
    ] as const) {
      for (const v0 of [0.9, 4.1]) {
        s +=
          planeRect(c, P, u0, u1, v0, v0 + 1.6, frame) +
          planeRect(c, P, u0 + 0.08, u1 - 0.08, v0 + 0.08, v0 + 1.52, glass());
        for (let u = u0 + (u1 - u0) / 3; u < u1 - 0.1; u += (u1 - u0) / 3)
          s += planeRect(c, P, u - 0.04, u + 0.04, v0, v0 + 1.6, frame);
      }
    }
    s +=
      planeRect(c, P, mid - 1.6, mid + 1.6, 4.1, 5.7, frame) + planeRect(c, P, mid - 1.5, mid + 1.5, 4.2, 5.6, glass());
    s +=
      planeRect(c, P, mid - 1.4, mid + 1.4, 0, 2.6, "#c9ced2") +
      planeRect(c, P, mid - 1.3, mid + 1.3, 0, 2.5, vgrad(c, "#7fa6c0", "#2f4a5a")) +
      planeRect(c, P, mid - 0.03, mid + 0.03, 0, 2.5, "#c9ced2");
    s += box3(c, x0 + mid - 2, x0 + mid + 2, 2.75, 2.95, z0 - 1.6, z0, { front: "#e8e4dc", top: "#d0ccc4" });
    for (const dx of [-1.95, 1.85])
      s += box3(c, x0 + mid + dx, x0 + mid + dx + 0.1, 0, 2.75, z0 - 1.55, z0 - 1.45, { front: "#c8ccd0" });
    const sign = frontPlane(x0 + mid - 0.8, z0 - 1.62);
    s +=
      planeRect(c, sign, 0, 1.6, 3.0, 3.9, accent) +
      planeRect(c, sign, 0.62, 0.98, 3.15, 3.75, "#ffffff") +
      planeRect(c, sign, 0.5, 1.1, 3.27, 3.63, "#ffffff");
    // step in front of the door and a ramp with a hand rail beside it
    const r0 = x0 + mid + 1.6;
    const r1x = x0 + mid + 5.5;
    s += poly3(
      c,
      [
        [r0, 0.3, z0 - 0.1],
        [r1x, 0.02, z0 - 0.1],
        [r1x, 0.02, z0 - 1.4],
        [r0, 0.3, z0 - 1.4],
      ],
      "#cfcac0",
    );
    s += line3(c, [r0, 1.2, z0 - 1.4], [r1x, 0.92, z0 - 1.4], "#8a9096", 0.05);
    for (const t of [0, 0.5, 1])
      s += line3(
        c,
        [r0 + t * (r1x - r0), 0.3 - t * 0.28, z0 - 1.4],
        [r0 + t * (r1x - r0), 1.2 - t * 0.28, z0 - 1.4],
        "#8a9096",
        0.05,
      );
    s += box3(c, x0 + mid - 1.8, r0, 0, 0.3, z0 - 1.6, z0, { front: "#d8d3c8" });
    return [{ depth: z0, svg: s }];
  };

// ─────────────────────────────────── rendering ───────────────────────────────────

function makeCtx(scene: Scene, w: number, h: number, layerIndex: number, defs: string[], counter: { n: number }): Ctx {
  return {
    w,
    h,
    cam: { horizon: 0.5, cx: 0.5, focal: 1, height: 1.6, x: 0, ...scene.cam },
    haze: scene.haze,
    fogDist: scene.fogDist,
    light: scene.light,
    // one stream per layer, so tuning one layer does not reshuffle the others
    rng: new Rng(hashString(`${scene.file}#${layerIndex}`)),
    defs,
    uid: (p) => `${p}${counter.n++}`,
  };
}

const svgDoc = (w: number, h: number, defs: string[], body: string, bg?: string): Buffer =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${defs.join("")}</defs>${bg ? `<rect width="${w}" height="${h}" fill="${bg}"/>` : ""}${body}</svg>`,
  );

/** Film grain from a seeded buffer; mid-grey ± amplitude so an overlay blend only adds texture. */
function grainBuffer(seed: number, w: number, h: number, amp: number): Buffer {
  const rnd = mulberry32(seed);
  const buf = Buffer.alloc(w * h);
  for (let i = 0; i < buf.length; i++) {
    // sum of two uniforms ≈ triangular distribution: softer than uniform noise
    buf[i] = 128 + Math.round((rnd() + rnd() - 1) * amp);
  }
  return buf;
}

async function renderScene(scene: Scene): Promise<Buffer> {
  const { w, h } = SIZES[scene.aspect];
  const defs: string[] = [];
  const counter = { n: 0 };
  const pieces: Drawable[] = scene.layers.flatMap((layer, i) => layer(makeCtx(scene, w, h, i, defs, counter)));
  // painter's algorithm: far to near; Array.prototype.sort is stable so backdrops keep their listed order
  pieces.sort((a, b) => b.depth - a.depth);

  // depth-of-field tiers, far (most blurred) first; the last tier is the sharp foreground
  const tiers = [...scene.dof].sort((a, b) => b.beyond - a.beyond);
  const groups: Array<{ sigma: number; svg: string }> = [
    ...tiers.map((t) => ({ sigma: t.sigma, svg: "" })),
    { sigma: 0, svg: "" },
  ];
  const glow: string[] = [];
  for (const p of pieces) {
    if (p.glow) {
      glow.push(p.svg);
      continue;
    }
    let gi = tiers.findIndex((t) => p.depth > t.beyond);
    if (gi < 0) gi = tiers.length;
    const group = groups[gi];
    if (group) group.svg += p.svg;
  }

  const layerRaw = async (svg: Buffer, sigma: number) => {
    let img = sharp(svg);
    if (sigma >= 0.3) img = img.blur(sigma);
    const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
    // sharp reports `premultiplied` for blurred output but hands back straight alpha;
    // passing the flag on would brighten every soft edge into a halo
    return { data, info: { width: info.width, height: info.height, channels: info.channels } };
  };

  const [first, ...rest] = groups;
  if (!first) throw new Error("no layers");
  const base = await layerRaw(svgDoc(w, h, defs, first.svg, "#808080"), first.sigma);
  const overlays: sharp.OverlayOptions[] = [];
  for (const g of rest) {
    if (!g.svg) continue;
    const l = await layerRaw(svgDoc(w, h, defs, g.svg), g.sigma);
    overlays.push({ input: l.data, raw: l.info });
  }
  if (glow.length) {
    const l = await layerRaw(svgDoc(w, h, defs, glow.join(""), "#000000"), 2);
    overlays.push({ input: l.data, raw: l.info, blend: "screen" });
  }
  const gr = scene.grade;
  overlays.push({
    input: svgDoc(
      w,
      h,
      [
        `<linearGradient id="g" x1="0" y1="0" x2="0" y2="1">${stops([
          [0, gr.top],
          [1, gr.bottom],
        ])}</linearGradient>`,
      ],
      `<rect width="${w}" height="${h}" fill="url(#g)" opacity="${gr.amount}"/>`,
    ),
    blend: "soft-light",
  });
  const edge = Math.round(255 * (1 - gr.vignette));
  overlays.push({
    input: svgDoc(
      w,
      h,
      [
        `<radialGradient id="v" cx="0.5" cy="0.5" r="0.72">${stops([
          [0.35, "#ffffff"],
          [1, toHex([edge, edge, edge])],
        ])}</radialGradient>`,
      ],
      `<rect width="${w}" height="${h}" fill="url(#v)"/>`,
    ),
    blend: "multiply",
  });
  if (gr.grain > 0) {
    overlays.push({
      input: grainBuffer(hashString(`${scene.file}/grain`), w, h, gr.grain),
      raw: { width: w, height: h, channels: 1 },
      blend: "overlay",
    });
  }

  const composed = await sharp(base.data, { raw: base.info })
    .composite(overlays)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const contrast = gr.contrast ?? 1.05;
  return sharp(composed.data, { raw: composed.info })
    .linear(contrast, 128 * (1 - contrast))
    .modulate({ saturation: gr.saturation ?? 1, brightness: gr.brightness ?? 1 })
    .toColourspace("srgb")
    .jpeg({ quality: 78, progressive: true, chromaSubsampling: "4:2:0", mozjpeg: false })
    .withMetadata({ density: 72 })
    .toBuffer();
}

// ───────────────────────────────────── palettes ─────────────────────────────────────

const GREENS = ["#4f7a3a", "#5d8a41", "#446b34", "#6a9447", "#3f6631"];
const PLASTER = ["#d9c7a8", "#cdb48f", "#e2d3b8", "#c9a886", "#bfa58a", "#d6bfa0"];
const BRICK = ["#b5835a", "#a9744f", "#c08f66", "#9e6b49"];
const MODERN = ["#e4ddd0", "#cfc6b8", "#d8cfc0", "#bfb6a8", "#e8e2d6", "#c4b59c"];
const URBAN_STYLE: FacadeStyle = { colors: MODERN, glass: "#5c6f82", frame: "#efece6", balconies: 0.25 };
const OLD_STYLE: FacadeStyle = {
  colors: PLASTER,
  glass: "#4a5560",
  frame: "#a08a6c",
  doors: ["#6b4a2e", "#3e5b6b", "#4a6b4e", "#7a3b2e"],
};

const grade = (g: Partial<Grade> & Pick<Grade, "top" | "bottom">): Grade => ({
  amount: 0.35,
  vignette: 0.35,
  grain: 5,
  ...g,
});

// ───────────────────────────────────── scenes ─────────────────────────────────────

const SCENES: Scene[] = [
  {
    file: "street-dawn.jpg",
    aspect: "landscape",
    cam: { horizon: 0.56, focal: 0.85 },
    haze: "#f3c48e",
    fogDist: 70,
    light: 0,
    dof: [
      { beyond: 40, sigma: 6 },
      { beyond: 18, sigma: 2.5 },
    ],
    grade: grade({ top: "#ffb060", bottom: "#3a5a8a", amount: 0.45, vignette: 0.45 }),
    layers: [
      sky([
        [0, "#6c86b0"],
        [0.3, "#e9a77c"],
        [0.56, "#ffd9a0"],
      ]),
      sun({ x: 0.5, y: 0.5, r: 0.03, color: "#fff3d6", glow: 0.35, glowColor: "#ffb060", strength: 0.9 }),
      ground({ far: "#c9a27a", near: "#5e5650" }),
      scatter({
        n: 300,
        x: [-2.4, 2.4],
        z: [1.5, 30],
        colors: ["#58504a", "#665d54", "#544c45"],
        size: 0.04,
        kind: "dot",
      }),
      strip({ x: () => 0, width: 1.6, z: [1, 90], color: "#ffc880", segments: 6, glow: { opacity: 0.55, soft: 0.01 } }),
      buildings({ side: -1, x: -2.6, z: [1.5, 90], height: [5, 11], length: [5, 10], style: OLD_STYLE }),
      buildings({ side: 1, x: 2.6, z: [1.5, 90], height: [5, 11], length: [5, 10], style: OLD_STYLE }),
      crowd({ n: 3, x: [-1.5, 1.5], z: [14, 40], poses: ["walk", "stand"] }),
    ],
  },
  {
    file: "park-trees.jpg",
    aspect: "landscape",
    cam: { horizon: 0.5, focal: 0.9 },
    haze: "#c8dbe6",
    fogDist: 90,
    light: 0.6,
    dof: [
      { beyond: 35, sigma: 6 },
      { beyond: 16, sigma: 2 },
    ],
    grade: grade({ top: "#fff0c8", bottom: "#2f5a3a", amount: 0.3 }),
    layers: [
      sky([
        [0, "#4f8fd0"],
        [0.5, "#cfe4f2"],
      ]),
      clouds({ n: 6, y: [0.06, 0.3], size: 0.2, color: "#ffffff", shadow: "#d5dde8", opacity: 0.9 }),
      facadeRow({ z: 90, x: [-80, 80], height: [15, 36], width: [10, 22], style: URBAN_STYLE }),
      ground({ far: "#8bab62", near: "#4e7a33" }),
      strip({
        x: (z) => 2.2 * Math.sin(z / 9) - 0.5,
        width: 2.2,
        z: [1.2, 80],
        color: "#cbb896",
        farColor: "#d8ccb0",
        segments: 8,
        edge: "#6b5a40",
      }),
      grove({ n: 14, x: [-40, 40], z: [40, 75], h: [9, 14], kinds: ["round", "round", "poplar"], colors: GREENS }),
      treeRow({ x: -7, z: [5, 70], step: 10, h: [9, 13], kind: "round", colors: GREENS, jitter: 0.3 }),
      treeRow({ x: 8.5, z: [9, 70], step: 11, h: [9, 13], kind: "round", colors: GREENS, jitter: 0.3 }),
      scatter({
        n: 1400,
        x: [-8, 8],
        z: [1.5, 20],
        colors: ["#46762e", "#558636", "#4a7a30"],
        size: 0.04,
        kind: "tuft",
      }),
      benches([
        { x: 2.6, z: 5.5, alongZ: true },
        { x: -3.8, z: 20, alongZ: true },
      ]),
      figures([{ x: 2.55, z: 6.4, pose: "sit", kind: "man", top: "#6b2e3a" }]),
      crowd({ n: 5, x: [-2, 2], z: [11, 35], poses: ["walk", "walk", "stand"] }),
      crowd({ n: 2, x: [-1, 1], z: [9, 14], poses: ["walk"], kinds: ["child"] }),
    ],
  },
  {
    file: "meeting-hall.jpg",
    aspect: "landscape",
    cam: { horizon: 0.47, focal: 0.72, height: 1.75 },
    haze: "#e8dcc8",
    fogDist: 400,
    light: -0.5,
    dof: [{ beyond: 12, sigma: 3 }],
    grade: grade({ top: "#ffe0b0", bottom: "#5a3a3a", amount: 0.3 }),
    layers: [
      room({
        width: 12,
        height: 4.2,
        depth: 16,
        wall: "#e8dcc6",
        back: "#d9c6a8",
        floor: "#6e2a2c",
        floorFar: "#8a3c36",
        ceiling: "#f2ede4",
        windows: {
          side: -1,
          z: [2, 14],
          count: 4,
          sill: 1.0,
          top: 3.4,
          sky: "#bcd8ee",
          frame: "#f5f2ec",
          beam: "#fff0c8",
        },
        lights: { rows: 3, z: [4, 13], color: "#fff6e0" },
      }),
      board({ x: 0, z: 16, y: 1.6, w: 4.6, h: 2.2, color: "#dfe8f0", frame: "#2a2a2e", glow: "#cfe0ff" }),
      seating({
        rows: 1,
        cols: 3,
        z0: 14.2,
        dz: 1,
        x0: -1.2,
        dx: 1.2,
        occupancy: 1,
        facingAway: false,
        chair: "#2f2f36",
        desk: { w: 3.6, d: 0.8, h: 0.76, color: "#2f5d50" },
        deskEvery: 3,
      }),
      seating({
        rows: 6,
        cols: 8,
        z0: 3.3,
        dz: 1.25,
        x0: -4.6,
        dx: 1.05,
        occupancy: 0.78,
        facingAway: true,
        chair: "#3c3c46",
        aisle: 4,
      }),
    ],
  },
  {
    file: "workshop-sewing.jpg",
    aspect: "landscape",
    cam: { horizon: 0.5, focal: 0.75, height: 1.65, x: 0.4 },
    haze: "#eef0f0",
    fogDist: 400,
    light: 0.5,
    dof: [{ beyond: 9, sigma: 3 }],
    grade: grade({ top: "#f4f8ff", bottom: "#7a6a5a", amount: 0.25 }),
    layers: [
      room({
        width: 10,
        height: 3.6,
        depth: 11,
        wall: "#eceeea",
        back: "#e2e6e0",
        floor: "#c8c1b2",
        floorFar: "#d6d0c2",
        ceiling: "#f4f4f2",
        floorLines: { color: "#9a9284", along: 0.6, across: 0.6 },
        windows: {
          side: 1,
          z: [1.5, 10],
          count: 3,
          sill: 1.1,
          top: 3.1,
          sky: "#c8e0f0",
          frame: "#ffffff",
          beam: "#fffbe8",
        },
        lights: { rows: 3, z: [3, 9.5], color: "#ffffff" },
      }),
      fabricWall({
        x: -4.6,
        z: 11,
        w: 6,
        rows: 4,
        colors: ["#c0392b", "#2e86c1", "#f1c40f", "#8e44ad", "#16a085", "#e67e22", "#f5e6ca", "#34495e"],
        wood: "#9a7a55",
        dummy: 2.8,
      }),
      seating({
        rows: 3,
        cols: 4,
        z0: 3.8,
        dz: 2.3,
        x0: -3.2,
        dx: 1.3,
        occupancy: 0.85,
        facingAway: false,
        chair: "#4a5a6a",
        kinds: ["woman", "woman", "chador"],
        deskEvery: 2,
        desk: {
          w: 2.5,
          d: 0.8,
          h: 0.76,
          color: "#d8c9a8",
          items: (c, x, y, z, w) => {
            let s = "";
            for (const dx of [-w / 4, w / 4]) {
              const fabric = c.rng.pick(["#d35454", "#4a90c2", "#e0b040", "#7a5aa0", "#3aa080"]);
              s += poly3(
                c,
                [
                  [x + dx - 0.45, y + 0.002, z - 0.4],
                  [x + dx + 0.1, y + 0.002, z - 0.4],
                  [x + dx + 0.2, y + 0.002, z + 0.1],
                  [x + dx - 0.35, y + 0.002, z + 0.1],
                ],
                fabric,
              );
              s += poly3(
                c,
                [
                  [x + dx - 0.45, y, z - 0.4],
                  [x + dx + 0.1, y, z - 0.4],
                  [x + dx + 0.05, y - 0.35, z - 0.42],
                  [x + dx - 0.4, y - 0.3, z - 0.42],
                ],
                shade(fabric, -0.15),
              );
              s += sewingMachine(c, x + dx + 0.1, y, z + 0.05, c.rng.pick(["#3a6ea5", "#b03a3a", "#2f7f5f"]));
            }
            return s;
          },
        },
      }),
    ],
  },
  {
    file: "school-yard.jpg",
    aspect: "landscape",
    cam: { horizon: 0.52, focal: 0.85, height: 1.55 },
    haze: "#d8e6ef",
    fogDist: 140,
    light: 0.5,
    dof: [{ beyond: 24, sigma: 4 }],
    grade: grade({ top: "#fff4d8", bottom: "#40608a", amount: 0.25 }),
    layers: [
      sky([
        [0, "#3f86d0"],
        [0.52, "#bfe0f4"],
      ]),
      clouds({ n: 4, y: [0.05, 0.25], size: 0.16, color: "#ffffff", shadow: "#dfe6ee", opacity: 0.85 }),
      grove({ n: 14, x: [-20, 8], z: [27, 33], h: [8, 12], kinds: ["poplar", "poplar", "round"], colors: GREENS }),
      ground({ far: "#b5b2aa", near: "#8e8b85" }),
      paintedWall({
        x: [-24, 8],
        z: 24,
        h: 3.2,
        colors: ["#e63946", "#f4a261", "#e9c46a", "#2a9d8f", "#457b9d", "#8e5ea2"],
      }),
      buildings({
        side: 1,
        x: 8,
        z: [4, 24],
        height: [9, 9],
        length: [20, 20],
        style: { colors: ["#ead9b5"], glass: "#4d6e8a", frame: "#2f6fa8", doors: ["#2f6fa8"] },
      }),
      groundMarks([
        { kind: "ring", x: -2, z: 14, r: 2.2, width: 0.08, color: "#f2d24a" },
        { kind: "line", from: [-8, 14], to: [6, 14], width: 0.08, color: "#f2d24a" },
        { kind: "tiles", x: 2.5, z: 5, size: 0.6, colors: ["#e63946", "#457b9d", "#2a9d8f", "#f4a261", "#8e5ea2"] },
      ]),
      hoop({ x: -2, z: 20, pole: "#2f6fa8" }),
      crowd({ n: 10, x: [-6, 6], z: [8, 20], kinds: ["child"], poses: ["walk", "stand", "walk"] }),
      crowd({ n: 4, x: [-4, 4], z: [3.5, 7], kinds: ["child"], poses: ["walk", "stand"] }),
      props([{ kind: "basketball", x: 0.8, z: 5.2 }]),
    ],
  },
  {
    file: "alley-mural.jpg",
    aspect: "portrait",
    cam: { horizon: 0.56, focal: 0.72, cx: 0.55 },
    haze: "#e6d8c2",
    fogDist: 80,
    light: 0.4,
    dof: [{ beyond: 22, sigma: 4 }],
    grade: grade({ top: "#fff0d8", bottom: "#4a4a6a", amount: 0.3 }),
    layers: [
      sky([
        [0, "#7fb2dc"],
        [0.5, "#e6eef2"],
      ]),
      ground({ far: "#bca88a", near: "#7a6a58" }),
      cobbles({ x: [-1.9, 1.9], z: [1, 30], size: 0.35, color: "#9a8a72" }),
      mural({
        side: -1,
        x: -1.9,
        z: [1.2, 15],
        h: 4.2,
        plaster: "#e9dcc4",
        palette: ["#9fd3e6", "#f6e2b3", "#e76f51", "#2a9d8f", "#e9c46a", "#6a4c93", "#f28482", "#84a59d"],
      }),
      buildings({ side: -1, x: -1.9, z: [15, 60], height: [6, 9], length: [5, 8], style: OLD_STYLE }),
      buildings({ side: 1, x: 1.9, z: [1.2, 60], height: [6, 9], length: [4, 8], style: OLD_STYLE }),
      crowd({ n: 2, x: [-0.8, 0.8], z: [14, 22], poses: ["walk"], back: 1 }),
      trees([{ x: 1.5, z: 3.2, h: 0.9, kind: "shrub", color: "#4f8a3a" }]),
    ],
  },
  {
    file: "mountain-village.jpg",
    aspect: "landscape",
    cam: { horizon: 0.45 },
    haze: "#c9d6dc",
    fogDist: 200,
    light: -0.5,
    dof: [],
    grade: grade({ top: "#f8f0e0", bottom: "#3a5a4a", amount: 0.3, vignette: 0.3 }),
    layers: [
      sky([
        [0, "#8db3d6"],
        [0.45, "#e4ecf0"],
      ]),
      ridge({
        base: 0.46,
        amp: 0.24,
        color: "#8e9fb2",
        top: "#b4c0cc",
        sharp: true,
        octaves: 7,
        persistence: 0.55,
        snow: 0.28,
      }),
      mist({ y: 0.45, h: 0.16, color: "#eef2f4", opacity: 0.55 }),
      ridge({
        base: 0.62,
        amp: 0.3,
        color: "#3f5f42",
        top: "#6f8a78",
        octaves: 4,
        envelope: (t) => 1.1 - t * 0.7,
        texture: { n: 300, size: 0.006, colors: ["#4a6a4a", "#557555", "#3f5f42"] },
      }),
      mist({ y: 0.6, h: 0.12, color: "#eef2f4", opacity: 0.35 }),
      ridge({
        base: 1.0,
        amp: 0.62,
        color: "#3e6a35",
        top: "#4f7a40",
        octaves: 3,
        persistence: 0.4,
        envelope: (t) => clamp(1.15 - t * 0.9, 0.15, 1),
        texture: { n: 500, size: 0.008, colors: ["#36602e", "#467a3a", "#3e6a35", "#2f5628"] },
      }),
      terracedVillage({
        rows: 15,
        yBottom: 1.03,
        yTop: 0.52,
        xLeft: (t) => -0.02 + t * 0.06,
        xRight: (t) => 0.92 - t * 0.52,
        walls: ["#c9a46a", "#b88c55", "#d8b98a", "#a8804e", "#cfae7e", "#e2d6c0", "#bf9a66"],
        roof: "#8a7258",
        window: "#3a3028",
        frame: "#6a4a2a",
        green: "#4a7a3a",
      }),
    ],
  },
  {
    file: "river-valley.jpg",
    aspect: "wide",
    cam: { horizon: 0.4, height: 28, focal: 1.0 },
    haze: "#c8d8e4",
    fogDist: 900,
    light: 0.4,
    dof: [],
    grade: grade({ top: "#fff2d8", bottom: "#2f5a3a", amount: 0.28, vignette: 0.3 }),
    layers: [
      sky([
        [0, "#4f8ccc"],
        [0.4, "#d4e4ee"],
      ]),
      clouds({ n: 6, y: [0.05, 0.22], size: 0.14, color: "#ffffff", shadow: "#d8e0ea", opacity: 0.85 }),
      ridge({ base: 0.41, amp: 0.2, color: "#8195ae", top: "#aab8ca", sharp: true, snow: 0.28 }),
      ground({ far: "#9cb07a", near: "#5a8a3a" }),
      fields({ n: 90, x: [-400, 400], z: [60, 1500], colors: ["#8fb05a", "#6f9a45", "#a8aa62", "#5d8a3c", "#94ac64"] }),
      grove({ n: 30, x: [-160, 160], z: [90, 320], h: [9, 15], kinds: ["round", "round", "poplar"], colors: GREENS }),
      ridge({
        base: 0.56,
        amp: 0.3,
        color: "#4d6e45",
        top: "#7a9478",
        envelope: (t) => Math.abs(t - 0.5) ** 1.4 * 2.6,
        octaves: 5,
        texture: { n: 600, size: 0.004, colors: ["#58764e", "#4a6a44", "#62805a"] },
      }),
      ridge({
        base: 0.8,
        amp: 0.5,
        color: "#3a5a32",
        top: "#567a4a",
        envelope: (t) => Math.max(0, Math.abs(t - 0.5) * 2 - 0.45) ** 1.2 * 2.4,
        octaves: 4,
        texture: { n: 900, size: 0.006, colors: ["#2f4f2a", "#3a5e32", "#46683a"] },
      }),
      strip({
        x: (z) => 40 * Math.sin(z / 120) + 10 * Math.sin(z / 31),
        width: (z) => 12 + z * 0.004,
        z: [40, 2000],
        color: "#5f8fb0",
        farColor: "#c8dcea",
        segments: 1,
        edge: "#3f5a3a",
      }),
      treeRow({
        x: (z) => 40 * Math.sin(z / 120) + 10 * Math.sin(z / 31) - 10,
        z: [50, 700],
        step: 18,
        h: [12, 18],
        kind: "poplar",
        colors: GREENS,
        jitter: 0.4,
        skip: 0.2,
      }),
      treeRow({
        x: (z) => 40 * Math.sin(z / 120) + 10 * Math.sin(z / 31) + 10,
        z: [55, 700],
        step: 22,
        h: [10, 15],
        kind: "round",
        colors: GREENS,
        jitter: 0.4,
        skip: 0.2,
      }),
      mist({ y: 0.415, h: 0.035, color: "#eef4f8", opacity: 0.45 }),
    ],
  },
  {
    file: "market-street.jpg",
    aspect: "landscape",
    cam: { horizon: 0.5, focal: 0.8 },
    haze: "#e8cfa8",
    fogDist: 80,
    light: -0.6,
    dof: [
      { beyond: 26, sigma: 4 },
      { beyond: 13, sigma: 1.5 },
    ],
    grade: grade({ top: "#ffc880", bottom: "#4a3a5a", amount: 0.35 }),
    layers: [
      sky([
        [0, "#6fa0cc"],
        [0.5, "#f2dcb8"],
      ]),
      ground({ far: "#c8b49a", near: "#8a7a68" }),
      buildings({
        side: -1,
        x: -4,
        z: [1.5, 80],
        height: [6, 12],
        length: [4, 7],
        style: {
          ...OLD_STYLE,
          colors: [...PLASTER, ...BRICK],
          shops: {
            awnings: [
              ["#c0392b", "#f3e9d2"],
              ["#1f6f8b", "#f3e9d2"],
              ["#e67e22", "#fdf2e0"],
              ["#2e8b57", "#f3e9d2"],
            ],
            signs: ["#1f4e79", "#7a1f2b", "#2d6a4f", "#b5651d", "#e9c46a"],
          },
        },
      }),
      buildings({
        side: 1,
        x: 4,
        z: [1.5, 80],
        height: [6, 12],
        length: [4, 7],
        style: {
          ...OLD_STYLE,
          colors: [...PLASTER, ...BRICK],
          shops: {
            awnings: [
              ["#8e44ad", "#f3e9d2"],
              ["#c0392b", "#f3e9d2"],
              ["#f39c12", "#fdf2e0"],
              ["#16a085", "#f3e9d2"],
            ],
            signs: ["#2c3e50", "#7a1f2b", "#2d6a4f", "#c0392b", "#e9c46a"],
          },
        },
      }),
      crates({ x: -3.3, z: [2, 40], step: 1.6, wood: "#a47a4a", fruit: ["#d8402a", "#f0a030", "#8cc63f", "#e8c040"] }),
      crates({ x: 3.3, z: [2.5, 40], step: 1.8, wood: "#a47a4a", fruit: ["#d8402a", "#f0a030", "#8cc63f", "#a02a4a"] }),
      festoons({ xl: -4, xr: 4, y: 5.2, z: [6, 60], step: 7, bulb: "#ffd070" }),
      crowd({ n: 18, x: [-2.6, 2.6], z: [8, 45], poses: ["walk", "walk", "stand"], tools: ["none", "none", "bag"] }),
      crowd({ n: 6, x: [-2.4, 2.4], z: [2.6, 8], poses: ["walk", "walk", "stand"], tools: ["none", "bag"] }),
    ],
  },
  {
    file: "playground.jpg",
    aspect: "landscape",
    cam: { horizon: 0.48, focal: 0.9, height: 1.4 },
    haze: "#d6e4ec",
    fogDist: 120,
    light: 0.5,
    dof: [{ beyond: 18, sigma: 5 }],
    grade: grade({ top: "#fff4d0", bottom: "#3a5a7a", amount: 0.25 }),
    layers: [
      sky([
        [0, "#4a8fd4"],
        [0.48, "#cfe6f4"],
      ]),
      clouds({ n: 5, y: [0.05, 0.28], size: 0.17, color: "#ffffff", shadow: "#dde4ec", opacity: 0.9 }),
      facadeRow({ z: 60, x: [-50, 50], height: [9, 18], width: [10, 18], style: URBAN_STYLE }),
      grove({ n: 14, x: [-25, 25], z: [24, 40], h: [7, 11], kinds: ["round"], colors: GREENS }),
      ground({ far: "#86a860", near: "#5a8a3a" }),
      groundQuad({ x: [-9, 9], z: [1, 20], color: "#b6553f", farColor: "#c2674c" }),
      groundMarks([
        { kind: "ring", x: 3, z: 4.5, r: 1.2, width: 0.25, color: "#2f8f6a" },
        { kind: "ring", x: -5, z: 13, r: 1.6, width: 0.25, color: "#e0b040" },
      ]),
      fence({ from: [-20, 21], to: [20, 21], h: 1.2, step: 2.5, post: "#2f6fa8", rails: 2 }),
      swingSet({ x: [-5.5, -1.8], z: 9, h: 2.5, frame: "#2f6db5", seat: "#e63b2e" }),
      slide({ x: 3.2, z: 11, h: 1.5, frame: "#2f6db5", chute: "#f2c230", roof: "#e63b2e" }),
      figures([{ x: -2.725, y: 0.05, z: 9.01, pose: "sit", kind: "child", h: 1.2 }]), // on the swing seat
      crowd({ n: 6, x: [-6, 6], z: [5, 16], kinds: ["child"], poses: ["walk", "stand", "walk"] }),
      benches([{ x: 6, z: 15, alongZ: false }]),
      figures([{ x: 6.4, z: 15, pose: "sit", kind: "woman" }]),
    ],
  },
  {
    file: "health-post.jpg",
    aspect: "landscape",
    cam: { horizon: 0.56, focal: 0.72, x: -7, cx: 0.3 },
    haze: "#d4e2ea",
    fogDist: 160,
    light: 0.6,
    dof: [{ beyond: 26, sigma: 4 }],
    grade: grade({ top: "#fff6e0", bottom: "#3a6a7a", amount: 0.22 }),
    layers: [
      sky([
        [0, "#3c84cc"],
        [0.56, "#cde3f2"],
      ]),
      clouds({ n: 4, y: [0.04, 0.2], size: 0.16, color: "#ffffff", shadow: "#dde6ee", opacity: 0.85 }),
      grove({ n: 10, x: [-40, 30], z: [28, 44], h: [8, 14], kinds: ["round", "poplar"], colors: GREENS }),
      ground({ far: "#c2bdb2", near: "#aca596" }),
      groundQuad({ x: [-60, 60], z: [1, 4.6], color: "#55565a", farColor: "#66676b" }),
      ledge({ x: [-60, 60], z: [4.6, 4.9], h: 0.15, color: "#c8c2b6" }),
      paving({ x: [-20, 20], z: [4.9, 14], step: 1, y: 0.005, color: "#9a9386" }),
      clinic({ x: [-6, 6], z: 14, height: 7.2, accent: "#1f8a86", wall: "#f2eee6" }),
      trees([-5.3, -3.9, -2.5].map((x) => ({ x, z: 13.5, h: 0.9, kind: "shrub" as const, color: "#4f8a3a" }))),
      treeRow({ x: -9.5, z: [11, 30], step: 8, h: [8, 10], kind: "round", colors: GREENS }),
      treeRow({ x: 8.5, z: [12, 24], step: 9, h: [7, 9], kind: "round", colors: GREENS }),
      benches([{ x: -8.6, z: 8.5, alongZ: false }]),
      crowd({ n: 5, x: [-7, 3], z: [6, 12.5], poses: ["walk", "walk", "stand"] }),
    ],
  },
  {
    file: "library.jpg",
    aspect: "portrait",
    cam: { horizon: 0.5, focal: 0.62, height: 1.5 },
    haze: "#e8d8bc",
    fogDist: 60,
    light: 0,
    dof: [
      { beyond: 7, sigma: 4 },
      { beyond: 4, sigma: 1.5 },
    ],
    grade: grade({ top: "#ffd8a0", bottom: "#3a2a20", amount: 0.35, vignette: 0.45 }),
    layers: [
      room({
        width: 3.0,
        height: 2.9,
        depth: 12,
        wall: "#c8b490",
        back: "#e8dcc4",
        floor: "#7a5a3e",
        floorFar: "#a8825a",
        ceiling: "#b8a282",
        floorLines: { color: "#5a3e28", along: 0.15 },
        lights: { rows: 4, z: [2, 11], color: "#fff0d0" },
      }),
      wallWindow({
        x: 0,
        z: 12,
        y: 0.6,
        w: 1.2,
        h: 1.9,
        frame: "#8a6a4a",
        glass: ["#fff8e8", "#f0e0c0"],
        bloom: "#fff0c8",
      }),
      bookshelves({
        side: -1,
        x: -1.05,
        z: [0.4, 11.5],
        h: 2.5,
        shelf: 0.34,
        depth: 0.45,
        wood: "#6e4a2e",
        books: [
          "#7a1f2b",
          "#1f3a5f",
          "#2d5a3d",
          "#c49a3a",
          "#e8dcc0",
          "#5a3a2a",
          "#8b3a1a",
          "#355c7d",
          "#6c5b7b",
          "#c06c84",
          "#d9a441",
          "#2a6f6f",
        ],
      }),
      bookshelves({
        side: 1,
        x: 1.05,
        z: [0.4, 11.5],
        h: 2.5,
        shelf: 0.34,
        depth: 0.45,
        wood: "#6e4a2e",
        books: [
          "#7a1f2b",
          "#1f3a5f",
          "#2d5a3d",
          "#c49a3a",
          "#e8dcc0",
          "#5a3a2a",
          "#8b3a1a",
          "#355c7d",
          "#6c5b7b",
          "#c06c84",
          "#d9a441",
          "#2a6f6f",
        ],
      }),
      figures([{ x: 0.35, z: 6.5, kind: "woman", back: true }]),
    ],
  },
  {
    file: "sports-field.jpg",
    aspect: "landscape",
    cam: { horizon: 0.4, focal: 0.9, height: 5 },
    haze: "#f0c89a",
    fogDist: 220,
    light: -0.7,
    dof: [{ beyond: 56, sigma: 4 }],
    grade: grade({ top: "#ffb870", bottom: "#2a4a3a", amount: 0.38 }),
    layers: [
      sky([
        [0, "#5a7fb0"],
        [0.25, "#e8a878"],
        [0.4, "#ffd8a0"],
      ]),
      sun({ x: 0.1, y: 0.33, r: 0.025, color: "#fff2d0", glow: 0.3, glowColor: "#ffa050" }),
      facadeRow({ z: 80, x: [-70, 70], height: [12, 24], width: [10, 20], style: { ...URBAN_STYLE, lit: 0.12 } }),
      grove({ n: 14, x: [-50, 50], z: [60, 72], h: [9, 14], kinds: ["round", "poplar"], colors: GREENS }),
      ground({ far: "#4f6f3a", near: "#3a5a2e" }),
      turf({ x: [-13, 13], z: [5, 52], band: 3.5, colors: ["#4a9c44", "#3f8f3c"] }),
      groundMarks(
        [
          ...(
            [
              [
                [-10, 8],
                [-10, 50],
              ],
              [
                [10, 8],
                [10, 50],
              ],
              [
                [-10, 8],
                [10, 8],
              ],
              [
                [-10, 50],
                [10, 50],
              ],
              [
                [-10, 29],
                [10, 29],
              ],
              [
                [-5, 43],
                [-5, 50],
              ],
              [
                [5, 43],
                [5, 50],
              ],
              [
                [-5, 43],
                [5, 43],
              ],
            ] as Array<[Pt, Pt]>
          ).map(([from, to]): GroundMark => ({ kind: "line", from, to, width: 0.12, color: "#f2f2ea" })),
          { kind: "ring", x: 0, z: 29, r: 3, width: 0.12, color: "#f2f2ea" },
        ],
        1e6 - 1,
      ),
      goal({ x: 0, z: 50, w: 5, h: 2 }),
      fence({ from: [-13, 52], to: [13, 52], h: 4, step: 3.25, post: "#2f4a3a", mesh: "#3a4a40" }),
      fence({ from: [-13, 6], to: [-13, 52], h: 4, step: 4, post: "#2f4a3a", mesh: "#3a4a40" }),
      fence({ from: [13, 6], to: [13, 52], h: 4, step: 4, post: "#2f4a3a", mesh: "#3a4a40" }),
      floodlight({ x: -14, z: 53, h: 14, color: "#3a4048", light: "#fff4d8" }),
      floodlight({ x: 14, z: 53, h: 14, color: "#3a4048", light: "#fff4d8" }),
      crowd({ n: 6, x: [-8, 8], z: [14, 46], tops: ["#c0392b"], poses: ["walk", "stand"], kinds: ["man", "child"] }),
      crowd({ n: 6, x: [-8, 8], z: [14, 46], tops: ["#f0f0f0"], poses: ["walk", "stand"], kinds: ["man", "child"] }),
      props([{ kind: "football", x: 1.5, z: 26 }]),
    ],
  },
  {
    file: "tree-planting.jpg",
    aspect: "landscape",
    cam: { horizon: 0.47, focal: 0.9, height: 1.5, x: 1.4, cx: 0.64 },
    haze: "#dce6e4",
    fogDist: 110,
    light: 0.6,
    dof: [
      { beyond: 22, sigma: 5 },
      { beyond: 11, sigma: 2 },
    ],
    grade: grade({ top: "#fff6d8", bottom: "#3a5a4a", amount: 0.28 }),
    layers: [
      sky([
        [0, "#5b97d0"],
        [0.47, "#dcebf2"],
      ]),
      clouds({ n: 5, y: [0.05, 0.26], size: 0.17, color: "#ffffff", shadow: "#dce3ea", opacity: 0.85 }),
      ground({ far: "#a9a69c", near: "#8a8680" }),
      groundQuad({ x: [0.5, 9], z: [1, 200], color: "#55575b", farColor: "#8a8b8e" }),
      markings({ x: 5, z: [2, 200], dash: 3, gap: 5, width: 0.15, color: "#e8e8e0" }),
      curb({ x: 0.5, side: -1, z: [1, 80], colors: ["#e8c94a", "#2a2a2a"], seg: 1 }),
      groundQuad({ x: [-9, 0.2], z: [1, 200], color: "#b8aa94", farColor: "#c8bca8", y: 0.18 }),
      buildings({ side: -1, x: -9, z: [8, 120], height: [9, 18], length: [8, 14], style: URBAN_STYLE }),
      curb({ x: 9, side: 1, z: [1, 80], colors: ["#e8c94a", "#2a2a2a"], seg: 1 }),
      groundQuad({ x: [9.3, 13], z: [1, 200], color: "#b8aa94", farColor: "#c8bca8", y: 0.18 }),
      buildings({ side: 1, x: 13, z: [10, 120], height: [9, 18], length: [8, 14], style: URBAN_STYLE }),
      treeRow({ x: 11, z: [8, 80], step: 9, h: [7, 10], kind: "round", colors: GREENS }),
      saplings({ x: -1, z: [6.5, 60], step: 5, y: 0.18, h: 2.2, leaf: "#6aa844", soil: "#4a3526" }),
      mounds({
        items: [
          [-2.2, 7.6, 1.2, 0.45],
          [-2.3, 12.5, 1.0, 0.35],
        ],
        color: "#5a4030",
      }),
      figures([
        { x: -1.9, y: 0.18, z: 6.2, pose: "bend", tool: "shovel", kind: "man", top: "#3a6a9a" },
        { x: -0.2, y: 0.18, z: 9.6, pose: "sit", kind: "woman" },
        { x: -2.6, y: 0.18, z: 8.4, tool: "can", kind: "child" },
        { x: -2.4, y: 0.18, z: 16, pose: "bend", tool: "shovel", kind: "man" },
        { x: -3.5, y: 0.18, z: 19, kind: "woman" },
      ]),
    ],
  },
  {
    file: "water-pipes.jpg",
    aspect: "landscape",
    cam: { horizon: 0.5, focal: 0.85, height: 1.7 },
    haze: "#e2d6c4",
    fogDist: 90,
    light: 0.5,
    dof: [{ beyond: 24, sigma: 4 }],
    grade: grade({ top: "#ffe8c0", bottom: "#4a4a5a", amount: 0.3 }),
    layers: [
      sky([
        [0, "#6a9fcf"],
        [0.5, "#e8e4dc"],
      ]),
      ground({ far: "#c4b49a", near: "#9a8a74" }),
      buildings({
        side: -1,
        x: -3.2,
        z: [1.5, 90],
        height: [6, 12],
        length: [5, 10],
        style: { ...OLD_STYLE, colors: [...PLASTER, ...BRICK] },
      }),
      buildings({
        side: 1,
        x: 3.2,
        z: [1.5, 90],
        height: [6, 12],
        length: [5, 10],
        style: { ...OLD_STYLE, colors: [...PLASTER, ...BRICK] },
      }),
      cut({ x: [-1.1, -0.3], z: [2.5, 21], depth: 1.1, wall: "#8a6a4a", floor: "#4a3a2a" }),
      mounds({
        items: [
          [-1.75, 4, 1.2, 0.5],
          [-1.8, 7.5, 1.4, 0.55],
          [-1.7, 11, 1.1, 0.45],
          [-1.8, 15, 1.3, 0.5],
          [-1.7, 19, 1.1, 0.45],
        ],
        color: "#8a6a4a",
      }),
      pipes({ x: 0.35, z: 2.5, len: 6, r: 0.11, count: 3, color: "#2b6fc0" }),
      pipes({ x: 0.4, z: 10, len: 6, r: 0.11, count: 2, color: "#2b6fc0" }),
      barriers({
        items: [
          [-1.4, 23],
          [0.1, 23],
        ],
        colors: ["#d63a2f", "#f4f4f0"],
      }),
      figures([
        { x: 1.3, z: 5.5, tool: "shovel", vest: "#f07a1a", helmet: "#f4f4f0", kind: "man" },
        { x: -0.7, z: 9, pose: "bend", tool: "shovel", vest: "#f07a1a", helmet: "#f2c12e", kind: "man" },
        { x: 1.6, z: 13, vest: "#f07a1a", helmet: "#f4f4f0", kind: "man", back: true },
      ]),
      crowd({ n: 2, x: [-2, 2], z: [26, 40], poses: ["walk"] }),
    ],
  },
  {
    file: "street-lights.jpg",
    aspect: "landscape",
    cam: { horizon: 0.5, focal: 0.85 },
    haze: "#1c2646",
    fogDist: 140,
    light: 0,
    dof: [{ beyond: 45, sigma: 3 }],
    grade: grade({ top: "#203060", bottom: "#ffb060", amount: 0.3, vignette: 0.5, grain: 6 }),
    layers: [
      sky([
        [0, "#070d22"],
        [0.5, "#2a3a68"],
      ]),
      stars(140, 0.3),
      ground({ far: "#2a3048", near: "#14161c" }),
      groundQuad({ x: [-4, 4], z: [1, 200], color: "#1b1d22", farColor: "#2a3048" }),
      markings({ x: 0, z: [2, 200], dash: 3, gap: 6, width: 0.15, color: "#8a8a86" }),
      curb({ x: -4, side: -1, z: [1, 120], colors: ["#4a4a4e"], seg: 2 }),
      curb({ x: 4, side: 1, z: [1, 120], colors: ["#4a4a4e"], seg: 2 }),
      buildings({
        side: -1,
        x: -7,
        z: [1.5, 150],
        height: [6, 15],
        length: [6, 12],
        style: {
          colors: ["#3a3a48", "#44404a", "#383c4a"],
          glass: "#1a1e2a",
          frame: "#4a4a56",
          lit: 0.3,
          litColor: "#ffc878",
        },
      }),
      buildings({
        side: 1,
        x: 7,
        z: [1.5, 150],
        height: [6, 15],
        length: [6, 12],
        style: {
          colors: ["#3a3a48", "#44404a", "#383c4a"],
          glass: "#1a1e2a",
          frame: "#4a4a56",
          lit: 0.3,
          litColor: "#ffc878",
        },
      }),
      lamps({ side: -1, x: -4.6, z: [6, 120], step: 14, h: 7, color: "#fffaf0", light: "#ffe6b8", pole: "#3a3e46" }),
      lamps({ side: 1, x: 4.6, z: [13, 120], step: 14, h: 7, color: "#fffaf0", light: "#ffe6b8", pole: "#3a3e46" }),
      crowd({ n: 3, x: [-5.5, 5.5], z: [12, 40], poses: ["walk"] }),
    ],
  },
  {
    file: "orchard.jpg",
    aspect: "landscape",
    cam: { horizon: 0.5, focal: 0.85, height: 1.6 },
    haze: "#e8d4a8",
    fogDist: 120,
    light: -0.6,
    dof: [
      { beyond: 30, sigma: 4 },
      { beyond: 15, sigma: 1.5 },
    ],
    grade: grade({ top: "#ffc070", bottom: "#3a4a2a", amount: 0.38 }),
    layers: [
      sky([
        [0, "#7aa4cc"],
        [0.5, "#f4e0b8"],
      ]),
      sun({ x: 0.16, y: 0.2, r: 0.02, color: "#fff6e0", glow: 0.35, glowColor: "#ffc070", strength: 0.6 }),
      ridge({ base: 0.5, amp: 0.1, color: "#9a9cae", top: "#b4b4c2", sharp: true }),
      ground({ far: "#a8a860", near: "#6a7a34" }),
      groundQuad({ x: [-0.9, 0.9], z: [1, 200], color: "#a58a62", farColor: "#c8b088" }),
      scatter({
        n: 600,
        x: [-12, 12],
        z: [1.5, 25],
        colors: ["#4f6a2a", "#6a8a3a", "#8a9a4a"],
        size: 0.06,
        kind: "tuft",
      }),
      ...[-2.7, 2.7, -8, 8, -13.3, 13.3].map((x, i) =>
        treeRow({
          x,
          z: [3 + (i % 2) * 1.5, 100],
          step: 4.5,
          h: [3.2, 4.2],
          kind: "fruit",
          colors: GREENS,
          fruit: i < 2 ? "#c8372d" : "#e8962f",
          whitewash: true,
          jitter: 0.08,
        }),
      ),
      figures([{ x: -1.5, z: 12, kind: "man", back: false }]),
      crates({ x: -1.2, z: [11.2, 12.5], step: 0.7, wood: "#a47a4a", fruit: ["#c8372d"] }),
    ],
  },
  {
    file: "desert-road.jpg",
    aspect: "wide",
    cam: { horizon: 0.56, focal: 1.1, height: 1.5 },
    haze: "#e6e2d8",
    fogDist: 2500,
    light: 0.5,
    dof: [],
    grade: grade({ top: "#fff0d0", bottom: "#6a5030", amount: 0.28, vignette: 0.3 }),
    layers: [
      sky([
        [0, "#2a68b4"],
        [0.42, "#8cc0e6"],
        [0.56, "#eef2f2"],
      ]),
      ridge({ base: 0.562, amp: 0.07, color: "#98a4b8", top: "#b8c2d0", sharp: true, octaves: 6 }),
      ridge({ base: 0.565, amp: 0.025, color: "#b8a282", top: "#c4b294", octaves: 4, freq: 4 }),
      ground({ far: "#dcc8a0", near: "#b69868" }),
      mist({ y: 0.565, h: 0.02, color: "#f4f0e4", opacity: 0.7 }),
      scatter({
        n: 700,
        x: [-120, 120],
        z: [4, 400],
        colors: ["#7a7a4a", "#8a8454", "#6a6a40"],
        size: 0.3,
        kind: "bush",
        avoid: [-5, 5],
      }),
      groundQuad({ x: [-4.5, 4.5], z: [1, 4000], color: "#9c8e78" }),
      groundQuad({ x: [-3.6, 3.6], z: [1, 4000], color: "#47474a", farColor: "#8a8680", y: 0.01 }),
      markings({ x: -3.3, z: [1.5, 1500], dash: 1500, gap: 1, width: 0.15, color: "#f2f2ea" }),
      markings({ x: 3.3, z: [1.5, 1500], dash: 1500, gap: 1, width: 0.15, color: "#f2f2ea" }),
      markings({ x: 0, z: [2, 1500], dash: 4, gap: 8, width: 0.15, color: "#f2d04a" }),
      poles({ x: 8, z: [10, 1200], step: 45, h: 8, color: "#5a4a3a" }),
    ],
  },
  {
    file: "new-asphalt.jpg",
    aspect: "landscape",
    cam: { horizon: 0.48, focal: 0.8, height: 1.55 },
    haze: "#d8e2ea",
    fogDist: 160,
    light: 0.5,
    dof: [{ beyond: 38, sigma: 3 }],
    grade: grade({ top: "#fff4e0", bottom: "#2a3a4a", amount: 0.25, contrast: 1.1 }),
    layers: [
      sky([
        [0, "#3e82cc"],
        [0.48, "#d6e8f4"],
      ]),
      ground({ far: "#b4b0a8", near: "#a09a90" }),
      groundQuad({ x: [-7, 7], z: [1, 300], color: "#1d1f22", farColor: "#6a6c70" }),
      markings({ x: -2.4, z: [10, 300], dash: 3, gap: 5, width: 0.15, color: "#f4f4ee" }),
      markings({ x: 2.4, z: [10, 300], dash: 3, gap: 5, width: 0.15, color: "#f4f4ee" }),
      markings({ x: -6.6, z: [1, 300], dash: 300, gap: 1, width: 0.15, color: "#f4f4ee" }),
      markings({ x: 6.6, z: [1, 300], dash: 300, gap: 1, width: 0.15, color: "#f4f4ee" }),
      zebra({ x: [-6.3, 6.3], z: 4, length: 3.5, stripe: 0.5, color: "#f4f4ee" }),
      curb({ x: -7, side: -1, z: [1, 100], colors: ["#f2f2ee", "#222222"], seg: 1 }),
      curb({ x: 7, side: 1, z: [1, 100], colors: ["#f2f2ee", "#222222"], seg: 1 }),
      groundQuad({ x: [-13, -7.3], z: [1, 300], color: "#b8a68e", farColor: "#c8bca8", y: 0.18 }),
      groundQuad({ x: [7.3, 13], z: [1, 300], color: "#b8a68e", farColor: "#c8bca8", y: 0.18 }),
      buildings({ side: -1, x: -13, z: [2, 160], height: [9, 18], length: [8, 14], style: URBAN_STYLE }),
      buildings({ side: 1, x: 13, z: [2, 160], height: [9, 18], length: [8, 14], style: URBAN_STYLE }),
      treeRow({ x: -9.5, z: [6, 100], step: 9, h: [6, 8], kind: "round", colors: GREENS }),
      treeRow({ x: 9.5, z: [10, 100], step: 9, h: [6, 8], kind: "round", colors: GREENS }),
      cones({ x: 4.6, z: [14, 40], step: 5 }),
      roller({ x: -3.5, z: 42, body: "#f2b705" }),
      figures([{ x: -1.5, z: 40, vest: "#f07a1a", helmet: "#f4f4f0", kind: "man" }]),
    ],
  },
  {
    file: "community-garden.jpg",
    aspect: "landscape",
    cam: { horizon: 0.46, focal: 0.85, height: 1.7 },
    haze: "#e0e6dc",
    fogDist: 110,
    light: 0.6,
    dof: [
      { beyond: 27, sigma: 5 },
      { beyond: 13, sigma: 1.5 },
    ],
    grade: grade({ top: "#fff2cc", bottom: "#2f4a2a", amount: 0.3 }),
    layers: [
      sky([
        [0, "#5a9ad4"],
        [0.46, "#dcecf4"],
      ]),
      clouds({ n: 5, y: [0.05, 0.25], size: 0.16, color: "#ffffff", shadow: "#dce4ec", opacity: 0.85 }),
      facadeRow({ z: 42, x: [-40, 40], height: [9, 15], width: [8, 14], style: URBAN_STYLE }),
      grove({ n: 8, x: [-30, 30], z: [33, 40], h: [7, 10], kinds: ["round"], colors: GREENS }),
      ground({ far: "#7a9a52", near: "#5a7a3a" }),
      groundQuad({ x: [-1, 1], z: [1, 30], color: "#b8a07a", farColor: "#c8b48e" }),
      fence({ from: [-20, 30], to: [20, 30], h: 1.1, step: 2, post: "#8a6a44", rails: 2 }),
      raisedBeds({
        beds: [
          [-4.3, -1.3, 3, 6.5, "lettuce"],
          [1.3, 4.3, 3, 6.5, "herb"],
          [-4.3, -1.3, 8, 11.5, "tomato"],
          [1.3, 4.3, 8, 11.5, "lettuce"],
          [-4.3, -1.3, 13, 16.5, "herb"],
          [1.3, 4.3, 13, 16.5, "tomato"],
          [-4.3, -1.3, 18, 21.5, "sunflower"],
          [1.3, 4.3, 18, 21.5, "sunflower"],
        ],
        wood: "#9a6a3a",
        soil: "#4a3527",
      }),
      figures([
        { x: -0.55, z: 9.5, pose: "bend", kind: "woman", flip: true },
        { x: 0.6, z: 15, tool: "can", kind: "man" },
        { x: 5.2, z: 12, kind: "child", tool: "can" },
      ]),
      props([{ kind: "barrel", x: 5.4, z: 5 }]),
    ],
  },
  {
    file: "sunset-rooftops.jpg",
    aspect: "landscape",
    cam: { horizon: 0.62 },
    haze: "#e89a70",
    fogDist: 300,
    light: -1,
    dof: [],
    grade: grade({ top: "#ff9050", bottom: "#3a2050", amount: 0.35, vignette: 0.4 }),
    layers: [
      sky([
        [0, "#2f2a5a"],
        [0.3, "#b85a7a"],
        [0.5, "#f39a5a"],
        [0.62, "#ffd08a"],
      ]),
      sun({ x: 0.68, y: 0.57, r: 0.028, color: "#fff0c0", glow: 0.45, glowColor: "#ff9a50" }),
      clouds({ n: 5, y: [0.1, 0.35], size: 0.22, color: "#f7a98a", shadow: "#9a5a7a", opacity: 0.7, soft: 0.008 }),
      ridge({ base: 0.64, amp: 0.17, color: "#6a4a74", top: "#8a6488", sharp: true, octaves: 5 }),
      skyline({ base: 0.7, height: [0.03, 0.08], width: [0.02, 0.05], color: "#5a3c5e", lit: 0.04, dome: 0.3 }),
      birds({ n: 7, x: [0.35, 0.6], y: [0.25, 0.4], size: 0.008, color: "#2a1a2a" }),
      skyline({ base: 0.82, height: [0.05, 0.12], width: [0.05, 0.1], color: "#3a2840", clutter: true, lit: 0.05 }),
      skyline({
        base: 1.0,
        height: [0.12, 0.24],
        width: [0.12, 0.24],
        color: "#1f1624",
        clutter: true,
        lit: 0.06,
        edge: "#c8704a",
      }),
    ],
  },
  {
    file: "bridge.jpg",
    aspect: "landscape",
    cam: { horizon: 0.52, focal: 0.85, height: 1.9, x: -0.5 },
    haze: "#d8e2d8",
    fogDist: 90,
    light: 0.5,
    dof: [
      { beyond: 26, sigma: 5 },
      { beyond: 14, sigma: 1.5 },
    ],
    grade: grade({ top: "#fff4d0", bottom: "#2a4a3a", amount: 0.3 }),
    layers: [
      sky([
        [0, "#5f98cc"],
        [0.5, "#dfeaf0"],
      ]),
      facadeRow({ z: 48, x: [-50, 50], height: [9, 15], width: [9, 15], style: URBAN_STYLE }),
      grove({ n: 12, x: [-30, 30], z: [30, 44], h: [9, 13], kinds: ["round", "poplar"], colors: GREENS }),
      ground({ far: "#86a060", near: "#5e7e3e" }),
      strip({ x: () => 0, width: 2.4, z: [1, 7.6], color: "#b8ac98", segments: 2 }),
      strip({ x: () => 0, width: 2.4, z: [12.8, 60], color: "#b8ac98", farColor: "#c8c0b0", segments: 4 }),
      scatter({
        n: 400,
        x: [-9, 9],
        z: [1.5, 16],
        colors: ["#4a6a30", "#6a8a40", "#3e5e2a"],
        size: 0.05,
        kind: "tuft",
      }),
      cut({
        x: [-60, 60],
        z: [7.9, 12.4],
        depth: 1.0,
        wall: "#a09888",
        floor: "#3a4a40",
        water: { near: "#3a6068", far: "#9cc0d2", level: 0.3 },
      }),
      ledge({ x: [-60, 60], z: [7.6, 7.9], h: 0.12, color: "#c8c0b0" }), // stone coping on both banks
      ledge({ x: [-60, 60], z: [12.4, 12.7], h: 0.12, color: "#c8c0b0" }),
      footbridge({ x: [-1.3, 1.3], z: [7.5, 12.8], deck: "#c8c2b6", rail: "#2f6b5a" }),
      // plane trees lining both banks of the channel
      trees(
        [-12, -6.5, 5.5, 11].flatMap((x, i) => [
          { x, z: 6.6 + (i % 2) * 0.6, h: 10 + i, kind: "round" as const },
          { x: x * 1.1 + 1, z: 14 + i * 0.4, h: 11, kind: "round" as const },
        ]),
      ),
      figures([{ x: 0.35, y: 0.15, z: 10.4, pose: "walk", kind: "woman", back: true }]),
      crowd({ n: 3, x: [-1, 1], z: [15, 30], poses: ["walk", "stand"] }),
    ],
  },
  {
    file: "classroom.jpg",
    aspect: "landscape",
    cam: { horizon: 0.46, focal: 0.7, height: 1.6 },
    haze: "#ece6da",
    fogDist: 400,
    light: -0.5,
    dof: [{ beyond: 7.6, sigma: 2 }],
    grade: grade({ top: "#fff2d8", bottom: "#4a4a5a", amount: 0.25 }),
    layers: [
      room({
        width: 7.6,
        height: 3.3,
        depth: 8.5,
        wall: "#ece6d6",
        back: "#e2dccb",
        floor: "#b8aa92",
        floorFar: "#c8bca6",
        ceiling: "#f4f2ec",
        floorLines: { color: "#8a7e6a", along: 0.5, across: 0.5 },
        windows: {
          side: -1,
          z: [1.2, 8],
          count: 3,
          sill: 1.0,
          top: 2.8,
          sky: "#bcd8ee",
          frame: "#f0f0ee",
          beam: "#fff4d8",
        },
        lights: { rows: 2, z: [3, 7], color: "#ffffff" },
      }),
      board({ x: 0, z: 8.5, y: 0.95, w: 4.6, h: 1.35, color: "#2e5245", frame: "#9a7b55", chalk: "#f0f0e8" }),
      posters({
        side: 1,
        x: 3.8,
        items: [
          { z: 3.2, w: 1.0, y: 1.5, h: 0.8, color: "#3a7ab8" },
          { z: 5.2, w: 0.8, y: 1.6, h: 1.0, color: "#e9c46a" },
        ],
      }),
      clock({ x: 2.9, y: 2.65, z: 8.5, r: 0.2 }),
      figures([{ x: 2.6, z: 7.9, kind: "woman" }]), // the teacher
      seating({
        rows: 4,
        cols: 4,
        z0: 2.4,
        dz: 1.3,
        x0: -2.7,
        dx: 1.25,
        occupancy: 0.85,
        facingAway: true,
        chair: "#3a6ea8",
        kinds: ["child"],
        desk: { w: 0.7, d: 0.45, h: 0.7, color: "#c8a36a" },
        aisle: 2,
      }),
    ],
  },
  {
    file: "volunteers.jpg",
    aspect: "portrait",
    cam: { horizon: 0.52, focal: 0.85, height: 1.6, x: -0.5 },
    haze: "#e8dcc4",
    fogDist: 90,
    light: 0.5,
    dof: [
      { beyond: 16, sigma: 4 },
      { beyond: 8, sigma: 1.5 },
    ],
    grade: grade({ top: "#ffe0a8", bottom: "#3a4a3a", amount: 0.32 }),
    layers: [
      sky([
        [0, "#6a9ccc"],
        [0.46, "#eae6da"],
      ]),
      ground({ far: "#b0a894", near: "#8a8272" }),
      groundQuad({ x: [-5, 1.5], z: [1, 200], color: "#4f5054", farColor: "#8a8a8c" }),
      curb({ x: 1.5, side: 1, z: [1, 80], colors: ["#e8c94a", "#2a2a2a"], seg: 1 }),
      groundQuad({ x: [1.8, 7], z: [1, 200], color: "#bca88c", farColor: "#c8bca8", y: 0.18 }),
      buildings({ side: -1, x: -6, z: [3, 100], height: [6, 12], length: [6, 10], style: OLD_STYLE }),
      buildings({ side: 1, x: 7, z: [3, 100], height: [6, 12], length: [6, 10], style: OLD_STYLE }),
      treeRow({
        x: 3.6,
        z: [7, 80],
        step: 7,
        h: [8, 11],
        kind: "round",
        colors: ["#c9a23a", "#d08a2e", "#b8862a", "#9a9a3a"],
      }),
      scatter({
        n: 700,
        x: [-4, 6],
        z: [1.6, 20],
        colors: ["#d08a2e", "#c9a23a", "#b05a2a", "#e0b050"],
        size: 0.03,
        kind: "leaf",
      }),
      mounds({
        items: [
          [0.3, 2.8, 0.8, 0.14],
          [-1.2, 9, 0.8, 0.14],
        ],
        color: "#c07a2e",
      }),
      figures([
        { x: -0.45, z: 3.0, pose: "bend", tool: "broom", vest: "#9ad840", kind: "man", top: "#2f4a6d" },
        { x: -1.6, z: 6.2, tool: "sack", vest: "#9ad840", kind: "woman" },
        { x: 2.3, y: 0.18, z: 8, tool: "broom", vest: "#9ad840", kind: "man", flip: true },
        { x: -0.6, z: 11, pose: "bend", tool: "broom", vest: "#f07a1a", kind: "woman", flip: true },
        { x: 0.9, z: 14, tool: "sack", vest: "#9ad840", kind: "child" },
      ]),
      props([
        { kind: "sack", x: 1.1, z: 6.8 },
        { kind: "sack", x: 1.4, z: 7.1 },
        { kind: "sack", x: 0.9, z: 7.3 },
      ]),
      crowd({ n: 3, x: [-3, 3], z: [18, 30], vest: ["#9ad840"], tools: ["broom", "sack"], poses: ["stand", "bend"] }),
    ],
  },
];

// ───────────────────────────────────── main ─────────────────────────────────────

/** Renders, checks and writes one picture; returns its size in bytes. */
async function produce(scene: Scene, outDir: string): Promise<number> {
  const jpg = await renderScene(scene);
  const meta = await sharp(jpg).metadata();
  const { w, h } = SIZES[scene.aspect];
  if (meta.width !== w || meta.height !== h)
    throw new Error(`${scene.file}: expected ${w}x${h}, got ${meta.width}x${meta.height}`);
  await writeFile(path.join(outDir, scene.file), jpg);
  return jpg.length;
}

/** Runs at most `n` async jobs at a time. */
function limiter(n: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (job) => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await job();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? "content/images");
  await mkdir(outDir, { recursive: true });
  const only = process.env.ONLY?.split(",").map((f) => f.trim());
  const unknown = only?.filter((f) => !SCENES.some((s) => s.file === f)) ?? [];
  if (unknown.length) throw new Error(`ONLY names unknown files: ${unknown.join(", ")}`);
  const todo = SCENES.filter((s) => !only || only.includes(s.file));

  // librsvg renders each SVG on one thread, so a few pictures in flight cut the wall
  // time; results are still reported in table order so the log is stable
  const run = limiter(Math.max(1, Math.min(4, availableParallelism())));
  const jobs = todo.map((scene) => run(() => produce(scene, outDir)));
  for (const job of jobs) job.catch(() => undefined); // failures are reported below, in order
  let total = 0;
  for (const [i, scene] of todo.entries()) {
    const bytes = await jobs[i];
    if (bytes === undefined) throw new Error(`${scene.file} was not rendered`);
    total += bytes;
    const { w, h } = SIZES[scene.aspect];
    console.log(`${scene.file.padEnd(24)} ${(bytes / 1024).toFixed(0).padStart(5)} KB  ${w}x${h}`);
  }
  console.log(`${todo.length} files, total ${(total / 1024 / 1024).toFixed(2)} MB in ${outDir}`);
}

main().catch((err: unknown) => {
  console.error(`generate-images: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
