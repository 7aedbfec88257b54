/**
 * Generates the 24 illustrative sample "photographs" listed in briefs/images.md.
 *
 *   npx tsx scripts/sample/generate-images.ts [outDir]      (default: content/images)
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
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

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

/** mulberry32: tiny, fast, good enough for picking colours and positions. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
    if (item === undefined) throw new Error('Rng.pick: empty list');
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
  const h = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
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
  return t >= 0 ? mix(c, '#ffffff', t) : mix(c, '#000000', -t);
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

type Aspect = 'landscape' | 'wide' | 'portrait';
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

function poly(pts: Pt[], fill: string, extra = ''): string {
  return `<polygon points="${pts.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ')}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;
}

/** Perspective projection of a world point to pixels. */
function proj(c: Ctx, x: number, y: number, z: number): Pt {
  const zz = Math.max(z, 0.05);
  const f = c.cam.focal * c.w;
  return [c.w * c.cam.cx + (f * (x - c.cam.x)) / zz, c.h * c.cam.horizon - (f * (y - c.cam.height)) / zz];
}

/** Pixels per metre at distance z. */
const pxPerM = (c: Ctx, z: number): number => (c.cam.focal * c.w) / Math.max(z, 0.05);

function poly3(c: Ctx, pts: V3[], fill: string, extra = ''): string {
  return poly(
    pts.map(([x, y, z]) => proj(c, x, y, z)),
    fill,
    extra,
  );
}

function line3(c: Ctx, a: V3, b: V3, color: string, widthM: number, extra = ''): string {
  const [x1, y1] = proj(c, ...a);
  const [x2, y2] = proj(c, ...b);
  const wpx = Math.max(0.6, widthM * pxPerM(c, (a[2] + b[2]) / 2));
  return `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${color}" stroke-width="${r1(wpx)}" stroke-linecap="round"${extra ? ` ${extra}` : ''}/>`;
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

function planeRect(c: Ctx, P: Plane, u0: number, u1: number, v0: number, v1: number, fill: string, extra = '', out = 0): string {
  return poly3(
    c,
    [P.at(u0, v0), P.at(u0, v1), P.at(u1, v1), P.at(u1, v0)].map((p) => offset(p, P.n, out)),
    fill,
    extra,
  );
}

function planePoly(c: Ctx, P: Plane, pts: Pt[], fill: string, extra = '', out = 0): string {
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
function box3(c: Ctx, x0: number, x1: number, y0: number, y1: number, z0: number, z1: number, col: BoxColors, useFog = true): string {
  const f = (s: string) => (useFog ? fog(c, s, z0) : s);
  const side = f(col.side ?? shade(col.front, -0.22));
  const top = f(col.top ?? shade(col.front, 0.14));
  let s = '';
  if (c.cam.x < x0) s += poly3(c, [[x0, y0, z0], [x0, y1, z0], [x0, y1, z1], [x0, y0, z1]], side);
  if (c.cam.x > x1) s += poly3(c, [[x1, y0, z0], [x1, y1, z0], [x1, y1, z1], [x1, y0, z1]], side);
  if (c.cam.height > y1) s += poly3(c, [[x0, y1, z0], [x1, y1, z0], [x1, y1, z1], [x0, y1, z1]], top);
  s += poly3(c, [[x0, y0, z0], [x0, y1, z0], [x1, y1, z0], [x1, y0, z0]], f(col.front));
  return s;
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
  return list.map(([o, col, a]) => `<stop offset="${o}" stop-color="${col}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`).join('');
}

/** Registers a vertical gradient (bounding-box units) and returns `url(#id)`. */
function vgrad(c: Ctx, top: string, bottom: string): string {
  const id = c.uid('vg');
  c.defs.push(`<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stops([[0, top], [1, bottom]])}</linearGradient>`);
  return `url(#${id})`;
}

function blurFilter(c: Ctx, sigmaPx: number): string {
  const id = c.uid('blur');
  c.defs.push(`<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${r1(sigmaPx)}"/></filter>`);
  return `url(#${id})`;
}

/** A soft radial light, for the screen-blended glow pass. */
function glowSpot(c: Ctx, x: number, y: number, r: number, color: string, strength: number, ry = r): string {
  const id = c.uid('gl');
  c.defs.push(`<radialGradient id="${id}">${stops([[0, color, strength], [0.25, color, strength * 0.45], [1, color, 0]])}</radialGradient>`);
  return `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${r1(r)}" ry="${r1(ry)}" fill="url(#${id})"/>`;
}

// ─────────────────────────────── sky and landscape ───────────────────────────────

/** Vertical sky gradient; stop offsets are fractions of the full image height. */
const sky =
  (list: Array<[number, string]>): Layer =>
  (c) => {
    const id = c.uid('sky');
    c.defs.push(`<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="${c.h}" gradientUnits="userSpaceOnUse">${stops(list)}</linearGradient>`);
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
    let s = '';
    for (let i = 0; i < n; i++) {
      const r = c.rng.range(0.8, 2.6);
      s += `<circle cx="${r1(c.rng.range(0, c.w))}" cy="${r1(c.rng.range(0, maxY * c.h) ** 1 )}" r="${r1(r)}" fill="#ffffff" opacity="${r3(c.rng.range(0.3, 0.9))}"/>`;
    }
    return [{ depth: Infinity, svg: s }];
  };

/** Cumulus-ish clusters of soft ellipses; lit tops, greyer bases. */
const clouds =
  (o: { n: number; y: [number, number]; size: number; color: string; shadow: string; opacity: number; soft?: number }): Layer =>
  (c) => {
    const { rng } = c;
    let s = '';
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
    return [{ depth: Infinity, svg: `<g filter="${blurFilter(c, (o.soft ?? 0.006) * c.w)}" opacity="${o.opacity}">${s}</g>` }];
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
    const id = c.uid('ridge');
    c.defs.push(
      `<linearGradient id="${id}" x1="0" y1="${r1(minY)}" x2="0" y2="${r1(o.base * c.h)}" gradientUnits="userSpaceOnUse">${stops([
        [0, o.top ?? o.color],
        [1, o.color],
      ])}</linearGradient>`,
    );
    let s = poly([...pts, [c.w, c.h], [0, c.h]], `url(#${id})`);
    if (o.snow !== undefined) {
      const snowY = o.snow * c.h;
      const jag = noise1D(c.rng, n, 4, 0.6, 8);
      const lower = pts.map(([x, y], i): Pt => [x, Math.max(y, Math.min(y + 0.05 * c.h, snowY + ((jag[i] ?? 0) - 0.5) * 0.05 * c.h))]);
      s += poly([...pts, ...lower.reverse()], '#eef2f6', 'opacity="0.92"');
    }
    return [{ depth: o.depth ?? Infinity, svg: s }];
  };

/** Flat ground from the horizon (or `top`) to the bottom of the frame. */
const ground =
  (o: { far: string; near: string; top?: number }): Layer =>
  (c) => {
    const y0 = (o.top ?? c.cam.horizon) * c.h;
    return [{ depth: Infinity, svg: `<rect x="0" y="${r1(y0)}" width="${c.w}" height="${r1(c.h - y0)}" fill="${vgrad(c, o.far, o.near)}"/>` }];
  };

/** A flat patch on the ground (road, lawn, path, plaza), optional vertical extent for curbs. */
const groundQuad =
  (o: { x: [number, number]; z: [number, number]; color: string; farColor?: string; y?: number; xFar?: [number, number]; depth?: number }): Layer =>
  (c) => {
    const y = o.y ?? 0;
    const [xn0, xn1] = o.x;
    const [xf0, xf1] = o.xFar ?? o.x;
    const fill = o.farColor ? vgrad(c, fog(c, o.farColor, o.z[1]), o.color) : o.color;
    return [
      {
        depth: o.depth ?? 1e6,
        svg: poly3(c, [[xn0, y, o.z[0]], [xf0, y, o.z[1]], [xf1, y, o.z[1]], [xn1, y, o.z[0]]], fill),
      },
    ];
  };

/** Road/lane markings: dashes (or a zebra crossing) painted on the ground plane. */
const markings =
  (o: { x: number; z: [number, number]; dash: number; gap: number; width: number; color: string; zebra?: boolean }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let z = o.z[0]; z < o.z[1]; z += o.dash + o.gap) {
      const za = z;
      const zb = Math.min(z + o.dash, o.z[1]);
      out.push({
        depth: za,
        svg: poly3(c, [[o.x - o.width / 2, 0.01, za], [o.x - o.width / 2, 0.01, zb], [o.x + o.width / 2, 0.01, zb], [o.x + o.width / 2, 0.01, za]], fog(c, o.color, za)),
      });
    }
    return out;
  };

/** Zebra crossing: stripes across the road at a given depth. */
const zebra =
  (o: { x: [number, number]; z: number; length: number; stripe: number; color: string }): Layer =>
  (c) => {
    let s = '';
    for (let x = o.x[0]; x < o.x[1]; x += o.stripe * 2) {
      s += poly3(c, [[x, 0.01, o.z], [x, 0.01, o.z + o.length], [x + o.stripe, 0.01, o.z + o.length], [x + o.stripe, 0.01, o.z]], o.color);
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
      const col = fog(c, o.colors[i % o.colors.length] ?? '#999999', z);
      const zb = z + o.seg;
      out.push({
        depth: zb,
        svg:
          poly3(c, [[o.x, 0, z], [o.x, h, z], [o.x, h, zb], [o.x, 0, zb]], shade(col, -0.15)) +
          poly3(c, [[o.x, h, z], [x1, h, z], [x1, h, zb], [o.x, h, zb]], col),
      });
    }
    return out;
  };

/** Sparse grass tufts / pebbles / leaves scattered on the ground for texture. */
const scatter =
  (o: { n: number; x: [number, number]; z: [number, number]; colors: string[]; size: number; kind: 'tuft' | 'dot' | 'leaf' }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let i = 0; i < o.n; i++) {
      // bias towards the near field where texture is visible
      const z = o.z[0] + (o.z[1] - o.z[0]) * c.rng.float() ** 2;
      const x = c.rng.range(o.x[0], o.x[1]);
      const col = fog(c, c.rng.pick(o.colors), z);
      const sz = o.size * c.rng.range(0.6, 1.4);
      let body = '';
      if (o.kind === 'tuft') {
        for (let k = 0; k < 4; k++) {
          const dx = c.rng.range(-sz, sz);
          body += poly([[dx - sz * 0.12, 0], [dx + c.rng.range(-sz, sz) * 0.6, sz * c.rng.range(1.2, 2.4)], [dx + sz * 0.12, 0]], col);
        }
      } else if (o.kind === 'leaf') {
        body = `<ellipse cx="0" cy="0" rx="${r3(sz)}" ry="${r3(sz * groundSquash(c, z) * 0.9)}" fill="${col}" transform="rotate(${r1(c.rng.range(-30, 30))})"/>`;
      } else {
        body = `<ellipse cx="0" cy="0" rx="${r3(sz)}" ry="${r3(sz * groundSquash(c, z))}" fill="${col}"/>`;
      }
      out.push(atGround(c, x, 0, z, body));
    }
    return out;
  };

// ────────────────────────────────────── trees ──────────────────────────────────────

type TreeKind = 'round' | 'poplar' | 'pine' | 'fruit' | 'sapling' | 'shrub';

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
  const trunk = o.trunk ?? '#5a4636';
  const green = o.color;
  const shadowRx = h * (o.kind === 'poplar' ? 0.15 : 0.32);
  let s = `<ellipse cx="${r3(-c.light * shadowRx * 0.5)}" cy="0" rx="${r3(shadowRx * 1.3)}" ry="${r3(shadowRx * groundSquash(c, o.z))}" fill="#000000" opacity="0.22"/>`;
  const trunkPoly = (tw: number, th: number) =>
    poly([[-tw, 0], [-tw * 0.55, th], [tw * 0.55, th], [tw, 0]], trunk) +
    poly([[c.light > 0 ? 0 : -tw, 0], [c.light > 0 ? 0 : -tw * 0.55, th], [c.light > 0 ? tw * 0.55 : 0, th], [c.light > 0 ? tw : 0, 0]], '#000000', 'opacity="0.25"');
  switch (o.kind) {
    case 'round': {
      s += trunkPoly(h * 0.035, h * 0.6);
      // two or three sub-crowns make big plane trees look irregular
      const subs = c.rng.int(2, 3);
      for (let i = 0; i < subs; i++) {
        s += crown(c, c.rng.range(-0.14, 0.14) * h, h * c.rng.range(0.6, 0.72), h * c.rng.range(0.2, 0.27), h * c.rng.range(0.17, 0.23), shade(green, c.rng.range(-0.08, 0.06)), 18, 0.4);
      }
      break;
    }
    case 'poplar':
      s += trunkPoly(h * 0.02, h * 0.3);
      s += crown(c, 0, h * 0.58, h * 0.085, h * 0.4, green, 26, 0.55);
      break;
    case 'pine':
      s += trunkPoly(h * 0.03, h * 0.25);
      for (let i = 0; i < 4; i++) {
        const y0 = h * (0.15 + i * 0.19);
        const wv = h * (0.3 - i * 0.06);
        const col = shade(green, -0.1 + i * 0.05);
        s += poly([[-wv, y0], [0, y0 + h * 0.36], [wv, y0]], col) + poly([[c.light > 0 ? -wv : 0, y0], [0, y0 + h * 0.36], [c.light > 0 ? 0 : wv, y0]], '#000000', 'opacity="0.18"');
      }
      break;
    case 'fruit': {
      s += trunkPoly(h * 0.05, h * 0.42);
      if (o.whitewash) s += poly([[-h * 0.05, 0], [-h * 0.04, h * 0.18], [h * 0.04, h * 0.18], [h * 0.05, 0]], '#e9e6dc');
      s += crown(c, 0, h * 0.64, h * 0.36, h * 0.28, green, 26, 0.36);
      if (o.fruit) {
        for (let i = 0; i < 26; i++) {
          const a = c.rng.range(0, Math.PI * 2);
          const d = Math.sqrt(c.rng.float()) * 0.85;
          s += `<circle cx="${r3(Math.cos(a) * d * h * 0.34)}" cy="${r3(h * 0.62 + Math.sin(a) * d * h * 0.25)}" r="${r3(h * 0.028)}" fill="${shade(o.fruit, c.rng.range(-0.15, 0.15))}"/>`;
        }
      }
      break;
    }
    case 'shrub':
      s += crown(c, 0, h * 0.5, h * 0.75, h * 0.5, green, 16, 0.45);
      break;
    case 'sapling': {
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

const tree = (c: Ctx, o: TreeOpts): Drawable => atGround(c, o.x, 0, o.z, treeBody(c, { ...o, color: fog(c, o.color, o.z), trunk: fog(c, o.trunk ?? '#5a4636', o.z) }));

/** A line of trees along z (street trees, orchard rows, riverbank poplars). */
const treeRow =
  (o: { x: number | ((z: number) => number); z: [number, number]; step: number; h: [number, number]; kind: TreeKind; colors: string[]; jitter?: number; fruit?: string; whitewash?: boolean; skip?: number }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let z = o.z[0]; z <= o.z[1]; z += o.step) {
      if (o.skip && c.rng.chance(o.skip)) continue;
      const j = (o.jitter ?? 0) * o.step;
      const zz = z + c.rng.range(-j, j);
      const xBase = typeof o.x === 'function' ? o.x(zz) : o.x;
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
  (o: { n: number; x: [number, number]; z: [number, number]; h: [number, number]; kinds: TreeKind[]; colors: string[] }): Layer =>
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

type Pose = 'stand' | 'walk' | 'sit' | 'bend';
type Tool = 'none' | 'broom' | 'shovel' | 'bag' | 'can';

interface Look {
  kind: 'man' | 'woman' | 'chador' | 'child';
  top: string;
  bottom: string;
  skin: string;
  hair: string;
  scarf: string;
}

const SKIN = ['#d9a77e', '#c68e65', '#e3b896', '#b07a55'];
const HAIR = ['#2a211c', '#3b2c22', '#1d1a18', '#4a3a2c'];
const TOPS = ['#2f4a6d', '#6b2e3a', '#3e5e4a', '#c9c1b1', '#5b5f68', '#8a5a3b', '#2d2d34', '#9a3f2f', '#44607f', '#7a7055'];
const BOTTOMS = ['#22252b', '#3a3f4a', '#2c3440', '#4a4236', '#1f1f24'];
const SCARVES = ['#1e1e24', '#5a2838', '#2f3f5c', '#6e5a4a', '#3a4a3a', '#8a6e58', '#25252b'];

function randomLook(rng: Rng, kind?: Look['kind']): Look {
  const k = kind ?? rng.pick(['man', 'man', 'woman', 'woman', 'chador'] as const);
  return {
    kind: k,
    top: k === 'child' ? rng.pick(['#d0453a', '#3a7bd5', '#f0b830', '#3aa66b', '#e07a2f', '#7b4fb0']) : rng.pick(TOPS),
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

/** A simple person figure in metres (1.7 m tall before scaling), feet at the origin. */
function personBody(c: Ctx, o: PersonOpts, look: Look): string {
  const pose = o.pose ?? 'stand';
  const sit = pose === 'sit';
  const lift = sit ? -0.4 : 0; // seated: upper body lowered onto the chair
  const shadowSide = c.light > 0 ? -1 : 1;
  const f = (col: string) => fog(c, col, o.z);
  const top = f(look.top);
  const bottom = f(look.bottom);
  const skin = f(look.skin);
  const hair = f(look.hair);
  const scarf = f(look.scarf);
  const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0.04, extra = '') =>
    `<rect x="${r3(x)}" y="${r3(y)}" width="${r3(w)}" height="${r3(h)}" rx="${r3(rx)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;
  let s = `<ellipse cx="${r3(-c.light * 0.25)}" cy="0" rx="0.42" ry="${r3(0.42 * groundSquash(c, o.z))}" fill="#000000" opacity="0.25"/>`;

  // legs
  const legLen = sit ? 0.46 : 0.86;
  const swing = pose === 'walk' ? 14 : 0;
  s += `<g transform="rotate(${swing} 0 ${legLen})">${rect(-0.14, 0, 0.115, legLen + 0.02, bottom)}${rect(-0.17, 0, 0.15, 0.07, f('#1b1b1e'), 0.03)}</g>`;
  s += `<g transform="rotate(${-swing} 0 ${legLen})">${rect(0.025, 0, 0.115, legLen + 0.02, shade(bottom, -0.1))}${rect(0.02, 0, 0.15, 0.07, f('#1b1b1e'), 0.03)}</g>`;

  let upper = '';
  const tBase = 0.8 + lift;
  if (look.kind === 'chador') {
    // chador: one long dark drape from head to ankles
    upper += `<path d="M -0.13 ${r3(1.72 + lift)} Q -0.3 ${r3(1.3 + lift)} -0.3 ${r3(0.05 + (sit ? 0.35 : 0))} L 0.3 ${r3(0.05 + (sit ? 0.35 : 0))} Q 0.3 ${r3(1.3 + lift)} 0.13 ${r3(1.72 + lift)} Q 0 ${r3(1.8 + lift)} -0.13 ${r3(1.72 + lift)} Z" fill="${f('#18181c')}"/>`;
    if (!o.back) upper += `<ellipse cx="0" cy="${r3(1.57 + lift)}" rx="0.06" ry="0.08" fill="${skin}"/>`;
  } else {
    const coat = look.kind === 'woman' ? 0.42 : 0; // manteau reaches the knees
    upper += rect(-0.3, tBase + 0.03, 0.1, 0.6, shade(top, -0.12), 0.05); // arms
    upper += rect(0.2, tBase + 0.03, 0.1, 0.6, shade(top, -0.12), 0.05);
    upper += `<circle cx="-0.25" cy="${r3(tBase + 0.02)}" r="0.045" fill="${skin}"/><circle cx="0.25" cy="${r3(tBase + 0.02)}" r="0.045" fill="${skin}"/>`;
    upper += rect(-0.21, tBase - coat, 0.42, 0.66 + coat, top, 0.09);
    if (o.vest) {
      upper += rect(-0.2, tBase + 0.05, 0.4, 0.55, f(o.vest), 0.06);
      upper += rect(-0.2, tBase + 0.2, 0.4, 0.05, f('#e8e8e0'), 0);
      upper += rect(-0.2, tBase + 0.38, 0.4, 0.05, f('#e8e8e0'), 0);
    }
    upper += rect(shadowSide < 0 ? -0.21 : 0, tBase - coat, 0.21, 0.66 + coat, '#000000', 0.06, 'opacity="0.16"');
    upper += rect(-0.045, tBase + 0.62, 0.09, 0.1, skin, 0.02);
    const hy = tBase + 0.79;
    if (look.kind === 'woman') {
      upper += `<path d="M -0.15 ${r3(tBase + 0.6)} Q -0.16 ${r3(hy + 0.17)} 0 ${r3(hy + 0.15)} Q 0.16 ${r3(hy + 0.17)} 0.15 ${r3(tBase + 0.6)} Z" fill="${scarf}"/>`;
      if (!o.back) upper += `<ellipse cx="0" cy="${r3(hy - 0.01)}" rx="0.07" ry="0.09" fill="${skin}"/>`;
    } else {
      upper += `<ellipse cx="0" cy="${r3(hy)}" rx="0.095" ry="0.115" fill="${o.back ? hair : skin}"/>`;
      if (!o.back) upper += `<path d="M -0.098 ${r3(hy + 0.02)} Q 0 ${r3(hy + 0.19)} 0.098 ${r3(hy + 0.02)} Q 0 ${r3(hy + 0.07)} -0.098 ${r3(hy + 0.02)} Z" fill="${hair}"/>`;
    }
    if (o.helmet) upper += `<path d="M -0.12 ${r3(hy + 0.05)} Q 0 ${r3(hy + 0.24)} 0.12 ${r3(hy + 0.05)} Z" fill="${f(o.helmet)}"/>`;
  }
  if (pose === 'bend') upper = `<g transform="rotate(${r1(c.light > 0 ? 28 : -28)} 0 0.85)">${upper}</g>`;
  if (pose === 'walk') upper = `<g transform="rotate(3 0 0.85)">${upper}</g>`;
  s += upper;

  // tools are held on the side away from the body lean
  const tool = o.tool ?? 'none';
  const wood = f('#8a6a44');
  if (tool === 'broom') {
    s += `<line x1="0.3" y1="1.05" x2="0.62" y2="0.08" stroke="${wood}" stroke-width="0.035"/>`;
    s += poly([[0.5, 0.12], [0.78, 0.12], [0.84, 0], [0.44, 0]], f('#c7a35a'));
  } else if (tool === 'shovel') {
    s += `<line x1="0.28" y1="1.15" x2="0.5" y2="0.22" stroke="${wood}" stroke-width="0.035"/>`;
    s += poly([[0.42, 0.26], [0.6, 0.24], [0.58, 0.0], [0.47, -0.04], [0.4, 0.02]], f('#6c7279'));
  } else if (tool === 'bag') {
    s += `<ellipse cx="0.36" cy="${r3(0.55 + lift)}" rx="0.17" ry="0.23" fill="${f('#1c2230')}"/><ellipse cx="0.31" cy="${r3(0.62 + lift)}" rx="0.05" ry="0.1" fill="#ffffff" opacity="0.12"/>`;
  } else if (tool === 'can') {
    s += `<rect x="0.25" y="${r3(0.5 + lift)}" width="0.2" height="0.2" rx="0.03" fill="${f('#3c8fd0')}"/><line x1="0.45" y1="${r3(0.62 + lift)}" x2="0.6" y2="${r3(0.7 + lift)}" stroke="${f('#3c8fd0')}" stroke-width="0.03"/>`;
  }
  return s;
}

function person(c: Ctx, o: PersonOpts): Drawable {
  const look = o.look ?? randomLook(c.rng);
  const h = o.h ?? (look.kind === 'child' ? c.rng.range(1.05, 1.3) : c.rng.range(1.58, 1.85));
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
    kinds?: Array<Look['kind']>;
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
          pose: o.poses ? c.rng.pick(o.poses) : 'stand',
          look,
          tool: o.tools ? c.rng.pick(o.tools) : 'none',
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
function facadeDetail(c: Ctx, P: Plane, L: number, H: number, st: FacadeStyle, zRef: number, faceShade: number): { svg: string; glow: string } {
  const { rng } = c;
  const fh = st.floorH ?? 3;
  const f = (col: string) => fog(c, shade(col, faceShade), zRef);
  let s = '';
  let g = '';
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
      const glass = lit ? fog(c, st.litColor ?? '#ffcf7a', zRef * 0.5) : f(shade(st.glass, rng.range(-0.12, 0.1)));
      s += planeRect(c, P, u0, u1, v0, v1, glass);
      s += planeRect(c, P, (u0 + u1) / 2 - 0.03, (u0 + u1) / 2 + 0.03, v0, v1, f(st.frame));
      if (lit) {
        const [gx, gy] = proj(c, ...P.at((u0 + u1) / 2, (v0 + v1) / 2));
        g += glowSpot(c, gx, gy, pxPerM(c, zRef) * 1.6, st.litColor ?? '#ffcf7a', 0.35);
      }
      if (st.balconies && fl > 0 && rng.chance(st.balconies)) {
        // balcony: slab and a railing panel sticking out of the wall
        s += planeRect(c, P, u0 - 0.3, u1 + 0.3, v0 - 0.2, v0 - 0.05, f(shade(st.frame, -0.2)), '', 0.9);
        s += planeRect(c, P, u0 - 0.3, u1 + 0.3, v0 - 0.05, v0 + 0.8, f(shade(st.frame, -0.35)), 'opacity="0.85"', 0.9);
      }
    }
  }
  if (st.shops) {
    const awning = rng.pick(st.shops.awnings);
    s += planeRect(c, P, 0.25, L - 0.25, 0, 2.7, fog(c, '#2a2522', zRef));
    // goods on shelves inside the dark shop
    for (let k = 0; k < 14; k++) {
      const u = rng.range(0.5, L - 0.9);
      const v = rng.range(0.3, 2.1);
      s += planeRect(c, P, u, u + rng.range(0.2, 0.5), v, v + rng.range(0.15, 0.35), fog(c, rng.pick(['#c74b3a', '#e0a030', '#5b8f3a', '#d8d0b8', '#3a6aa0', '#a04a80']), zRef), 'opacity="0.8"');
    }
    s += planeRect(c, P, 0.2, L - 0.2, 2.8, 3.5, f(rng.pick(st.shops.signs)));
    const strips = Math.max(3, Math.round(L / 0.55));
    for (let k = 0; k < strips; k++) {
      const ua = 0.2 + ((L - 0.4) * k) / strips;
      const ub = 0.2 + ((L - 0.4) * (k + 1)) / strips;
      const col = f(awning[k % awning.length] ?? '#cc3333');
      s += poly3(c, [P.at(ua, 2.75), P.at(ub, 2.75), offset(P.at(ub, 2.25), P.n, 1.3), offset(P.at(ua, 2.25), P.n, 1.3)], col);
      s += poly3(c, [offset(P.at(ua, 2.25), P.n, 1.3), offset(P.at(ub, 2.25), P.n, 1.3), offset(P.at(ub, 2.0), P.n, 1.3), offset(P.at(ua, 2.0), P.n, 1.3)], shade(col, -0.15));
    }
  } else {
    const nd = Math.max(1, Math.floor(L / 7));
    for (let d = 0; d < nd; d++) {
      const u = ((d + 0.5) * L) / nd - 0.55;
      const door = rng.pick(st.doors ?? ['#6b4a2e', '#3e5b6b', '#5b3a2e']);
      s += planeRect(c, P, u - 0.12, u + 1.22, 0, 2.42, f(st.frame));
      s += planeRect(c, P, u, u + 1.1, 0, 2.3, f(door));
      s += planeRect(c, P, u + 0.08, u + 0.52, 1.3, 2.2, f(shade(door, -0.15)));
      s += planeRect(c, P, u + 0.58, u + 1.02, 1.3, 2.2, f(shade(door, -0.15)));
    }
  }
  // parapet and a faint ground-level grime band
  s += planeRect(c, P, 0, L, H - 0.35, H, f(shade(st.frame, -0.08)));
  s += planeRect(c, P, 0, L, 0, 0.5, '#000000', 'opacity="0.12"');
  return { svg: s, glow: g };
}

/**
 * A row of buildings along one side of a street (their facades face the street),
 * or — with `side: 0` — facing the camera at depth `z[0]` spread over x.
 */
const buildings =
  (o: { side: -1 | 1; x: number; z: [number, number]; height: [number, number]; length: [number, number]; style: FacadeStyle }): Layer =>
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
      const wallCol = fog(c, shade(lit ? base : mix(base, o.style.shadowTint ?? '#5a6a8a', 0.18), faceShade), zRef);
      let svg = planeRect(c, P, 0, L, 0, H, vgrad(c, shade(wallCol, 0.04), shade(wallCol, -0.12)));
      // roof edge seen from below: a thin top face so tall walls have thickness
      svg += poly3(c, [P.at(0, H), P.at(L, H), offset(P.at(L, H), P.n, -0.4), offset(P.at(0, H), P.n, -0.4)], shade(wallCol, -0.2));
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
  (o: { z: number; x: [number, number]; height: [number, number]; width: [number, number]; style: FacadeStyle; depthM?: number }): Layer =>
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
  (o: { base: number; height: [number, number]; width: [number, number]; color: string; clutter?: boolean; lit?: number; litColor?: string; dome?: number; depth?: number; edge?: string }): Layer =>
  (c) => {
    const { rng } = c;
    let s = '';
    let g = '';
    let x = -rng.range(0, o.width[1]) * c.w;
    const by = o.base * c.h;
    while (x < c.w) {
      const bw = rng.range(o.width[0], o.width[1]) * c.w;
      const bh = rng.range(o.height[0], o.height[1]) * c.h;
      const col = shade(o.color, rng.range(-0.06, 0.06));
      s += `<rect x="${r1(x)}" y="${r1(by - bh)}" width="${r1(bw + 1)}" height="${r1(c.h - by + bh)}" fill="${col}"/>`;
      if (o.edge) s += `<rect x="${r1(x)}" y="${r1(by - bh)}" width="${r1(bw)}" height="${r1(bw * 0.015)}" fill="${o.edge}"/>`;
      if (o.lit) {
        const cell = Math.max(6, bw / 7);
        for (let wy = by - bh + cell; wy < by - cell; wy += cell * 1.6) {
          for (let wx = x + cell * 0.7; wx < x + bw - cell; wx += cell * 1.4) {
            if (rng.chance(o.lit)) {
              s += `<rect x="${r1(wx)}" y="${r1(wy)}" width="${r1(cell * 0.6)}" height="${r1(cell * 0.8)}" fill="${shade(o.litColor ?? '#ffc870', rng.range(-0.2, 0.1))}"/>`;
              if (rng.chance(0.3)) g += glowSpot(c, wx + cell * 0.3, wy + cell * 0.4, cell * 2.2, o.litColor ?? '#ffc870', 0.25);
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
  windows?: { side: -1 | 1; z: [number, number]; count: number; sill: number; top: number; sky: string; frame: string; beam?: string };
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
    let s = poly3(c, [[-hw, 0, zn], [-hw, 0, D], [hw, 0, D], [hw, 0, zn]], floorFill);
    s += poly3(c, [[-hw, H, zn], [-hw, H, D], [hw, H, D], [hw, H, zn]], vgrad(c, shade(o.ceiling, -0.1), o.ceiling));
    const lit = (side: -1 | 1) => (o.windows?.side === side ? -0.02 : (side === -1) === c.light > 0 ? 0.04 : -0.1);
    s += poly3(c, [[-hw, 0, zn], [-hw, H, zn], [-hw, H, D], [-hw, 0, D]], vgrad(c, shade(o.wall, lit(-1)), shade(o.wall, lit(-1) - 0.08)));
    s += poly3(c, [[hw, 0, zn], [hw, H, zn], [hw, H, D], [hw, 0, D]], vgrad(c, shade(o.wall, lit(1)), shade(o.wall, lit(1) - 0.08)));
    s += poly3(c, [[-hw, 0, D], [-hw, H, D], [hw, H, D], [hw, 0, D]], o.back ?? shade(o.wall, 0.05));
    // skirting boards and room corners give the box its edges
    for (const side of [-1, 1] as const) {
      s += poly3(c, [[side * hw, 0, zn], [side * hw, 0.12, zn], [side * hw, 0.12, D], [side * hw, 0, D]], shade(o.wall, -0.35));
      s += line3(c, [side * hw, 0, D], [side * hw, H, D], shade(o.wall, -0.18), 0.03);
    }
    s += poly3(c, [[-hw, 0, D], [-hw, 0.12, D], [hw, 0.12, D], [hw, 0, D]], shade(o.wall, -0.35));
    if (o.floorLines) {
      const fl = o.floorLines;
      for (let x = -hw + fl.along; x < hw; x += fl.along) s += line3(c, [x, 0, 0.6], [x, 0, D], fl.color, 0.015, 'opacity="0.5"');
      if (fl.across) for (let z = 1; z < D; z += fl.across) s += line3(c, [-hw, 0, z], [hw, 0, z], fl.color, 0.015, 'opacity="0.5"');
    }
    out.push({ depth: Infinity, svg: s });

    let g = '';
    if (o.windows) {
      const wo = o.windows;
      const x = wo.side * hw;
      const P = sidePlane(x, 0, wo.side);
      const span = (wo.z[1] - wo.z[0]) / wo.count;
      let ws = '';
      for (let i = 0; i < wo.count; i++) {
        const u0 = wo.z[0] + i * span + span * 0.12;
        const u1 = u0 + span * 0.76;
        ws += planeRect(c, P, u0 - 0.08, u1 + 0.08, wo.sill - 0.08, wo.top + 0.08, wo.frame);
        ws += planeRect(c, P, u0, u1, wo.sill, wo.top, vgrad(c, shade(wo.sky, 0.1), shade(wo.sky, 0.35)));
        ws += planeRect(c, P, (u0 + u1) / 2 - 0.04, (u0 + u1) / 2 + 0.04, wo.sill, wo.top, wo.frame);
        ws += planeRect(c, P, u0, u1, wo.sill + (wo.top - wo.sill) * 0.62, wo.sill + (wo.top - wo.sill) * 0.62 + 0.06, wo.frame);
        // sunlight through the window lands on the floor as a skewed patch
        if (wo.beam) {
          const reach = 2.2;
          g += poly3(c, [[x, 0, u0 + 0.6], [x, 0, u1 + 0.6], [x - wo.side * reach, 0, u1 + 1.4], [x - wo.side * reach, 0, u0 + 1.4]], wo.beam, 'opacity="0.22"');
          const [gx, gy] = proj(c, ...P.at((u0 + u1) / 2, (wo.sill + wo.top) / 2));
          g += glowSpot(c, gx, gy, pxPerM(c, (u0 + u1) / 2) * 1.6, wo.beam, 0.35);
        }
      }
      out.push({ depth: 1e5, svg: ws });
    }
    if (o.lights) {
      const L = o.lights;
      let ls = '';
      for (let r = 0; r < L.rows; r++) {
        const z = L.z[0] + ((L.z[1] - L.z[0]) * r) / Math.max(1, L.rows - 1);
        for (const x of [-hw / 2, hw / 2]) {
          ls += poly3(c, [[x - 0.6, H - 0.01, z - 0.3], [x + 0.6, H - 0.01, z - 0.3], [x + 0.6, H - 0.01, z + 0.3], [x - 0.6, H - 0.01, z + 0.3]], L.color);
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
  const legs = [-0.2, 0.17].map((dx) => box3(c, x + dx, x + dx + 0.03, 0, 0.42, z - 0.22, z - 0.19, { front: shade(color, -0.3) })).join('');
  const bz = facingAway ? z - 0.22 : z + 0.2;
  const back = box3(c, x - 0.22, x + 0.22, 0.47, 0.92, bz, bz + 0.04, { front: shade(color, 0.05) });
  return facingAway ? [{ depth: z + 0.01, svg: legs + seat }, { depth: z - 0.3, svg: back }] : [{ depth: z + 0.3, svg: back }, { depth: z + 0.01, svg: legs + seat }];
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
  let s = '';
  for (const dx of [-o.w / 2 + 0.03, o.w / 2 - 0.07]) s += box3(c, x + dx, x + dx + 0.04, 0, o.h, z + o.d / 2 - 0.06, z + o.d / 2 - 0.02, { front: legs });
  s += box3(c, x - o.w / 2 + 0.04, x + o.w / 2 - 0.04, o.h - 0.35, o.h - 0.05, z - o.d / 2 + 0.05, z - o.d / 2 + 0.07, { front: shade(o.color, -0.15) });
  for (const dx of [-o.w / 2 + 0.03, o.w / 2 - 0.07]) s += box3(c, x + dx, x + dx + 0.04, 0, o.h, z - o.d / 2 + 0.02, z - o.d / 2 + 0.06, { front: legs });
  s += box3(c, x - o.w / 2, x + o.w / 2, o.h - 0.05, o.h, z - o.d / 2, z + o.d / 2, { front: shade(o.color, -0.1), top: o.color });
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
    kinds?: Array<Look['kind']>;
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
          out.push({ depth: z + dzOff + (o.facingAway ? 0 : -0.2), svg: desk(c, x + (span - o.dx) / 2, z + dzOff, { ...o.desk, w: span - 0.1 }) });
        }
        if (c.rng.chance(o.occupancy)) {
          const look = randomLook(c.rng, o.kinds ? c.rng.pick(o.kinds) : undefined);
          out.push(person(c, { x: x + c.rng.range(-0.04, 0.04), z, pose: 'sit', look, back: o.facingAway, h: look.kind === 'child' ? c.rng.range(1.3, 1.45) : undefined }));
        }
      }
    }
    return out;
  };

/** Free-form extra objects for a scene, computed with full access to the context. */
const custom =
  (fn: (c: Ctx) => Drawable[]): Layer =>
  (c) =>
    fn(c);

// ───────────────────────────── scene-specific props ─────────────────────────────
// Small props used by one or two scenes; still parameterised, not hard-coded pixels.

/** Street lamp: pole, arm over the road, lamp head and its light pool (glow pass). */
const lamps =
  (o: { side: -1 | 1; x: number; z: [number, number]; step: number; h: number; color: string; light: string; pole: string }): Layer =>
  (c) => {
    const out: Drawable[] = [];
    for (let z = o.z[0]; z <= o.z[1]; z += o.step) {
      const armX = o.x - o.side * 1.6;
      let s = box3(c, o.x - 0.07, o.x + 0.07, 0, o.h, z - 0.07, z + 0.07, { front: o.pole });
      s += line3(c, [o.x, o.h - 0.1, z], [armX, o.h + 0.15, z], o.pole, 0.07);
      s += box3(c, armX - 0.3, armX + 0.3, o.h + 0.05, o.h + 0.2, z - 0.12, z + 0.12, { front: o.pole });
      s += poly3(c, [[armX - 0.28, o.h + 0.05, z - 0.1], [armX + 0.28, o.h + 0.05, z - 0.1], [armX + 0.28, o.h + 0.05, z + 0.1], [armX - 0.28, o.h + 0.05, z + 0.1]], o.color);
      out.push({ depth: z, svg: s });
      const [hx, hy] = proj(c, armX, o.h, z);
      const [px, py] = proj(c, armX, 0, z);
      const k = pxPerM(c, z);
      out.push({
        depth: z,
        glow: true,
        svg: glowSpot(c, hx, hy, k * 2.2, o.light, 0.95) + glowSpot(c, hx, hy, k * 7, o.light, 0.25) + glowSpot(c, px, py, k * 6, o.light, 0.35, k * 6 * groundSquash(c, z) * 1.6),
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
    let wires = '';
    for (let z = o.z[0]; z <= o.z[1]; z += o.step) {
      const col = fog(c, o.color, z);
      let s = line3(c, [o.x, 0, z], [o.x, o.h, z], col, 0.22);
      s += line3(c, [o.x - 1, o.h - 0.4, z], [o.x + 1, o.h - 0.4, z], col, 0.14);
      out.push({ depth: z, svg: s });
      const top = proj(c, o.x, o.h - 0.4, z);
      if (prev) {
        const mx = (prev[0] + top[0]) / 2;
        const my = (prev[1] + top[1]) / 2 + Math.abs(prev[0] - top[0]) * 0.06;
        wires += `<path d="M ${r1(prev[0])} ${r1(prev[1])} Q ${r1(mx)} ${r1(my)} ${r1(top[0])} ${r1(top[1])}" stroke="${fog(c, '#2a2a2a', z)}" stroke-width="2" fill="none"/>`;
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
  (o: { x: number; z: number; y: number; w: number; h: number; color: string; frame: string; chalk?: string; glow?: string }): Layer =>
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
          .join(' ');
      const k = o.w / 5; // figures are laid out for a 5 m board and scaled to fit
      const y = o.y;
      s += `<polygon points="${pts([[0.4 * k, y + 0.35], [1.5 * k, y + 0.35], [0.9 * k, y + 1.0]])}" ${ch}/>`;
      s += `<polygon points="${pts(circlePts(2.4 * k, y + 0.7, 0.36, 32))}" ${ch}/>`;
      s += `<polyline points="${pts([[3.3 * k, y + 0.45], [3.6 * k, y + 0.85], [4.0 * k, y + 0.55], [4.5 * k, y + 1.0]])}" ${ch}/>`;
      s += `<polyline points="${pts([[3.2 * k, y + 1.05], [3.2 * k, y + 0.3], [4.6 * k, y + 0.3]])}" ${ch}/>`;
    }
    if (o.glow) {
      const [gx, gy] = proj(c, ...P.at(o.w / 2, o.y + o.h / 2));
      out.push({ depth: o.z, glow: true, svg: glowSpot(c, gx, gy, pxPerM(c, o.z) * o.w * 0.8, o.glow, 0.35, pxPerM(c, o.z) * o.h * 0.9) });
    }
    out.push({ depth: o.z, svg: s });
    return out;
  };

/** Mural motifs painted on a wall plane: sun, hills, waves, birds, flowers, a tile border. */
function muralArt(c: Ctx, P: Plane, L: number, H: number, palette: string[], zRef: number): string {
  const { rng } = c;
  const f = (col: string) => fog(c, col, zRef);
  const pick = () => f(rng.pick(palette));
  let s = planeRect(c, P, 0, L, 0, H, vgrad(c, f(palette[0] ?? '#88c0d0'), f(palette[1] ?? '#f0d9a0')), '', 0.01);
  // layered hills
  for (let k = 0; k < 3; k++) {
    const pts: Pt[] = [[0, 0]];
    const baseV = H * (0.45 - k * 0.12);
    for (let u = 0; u <= L; u += L / 24) pts.push([u, baseV + Math.sin(u * (0.6 + k * 0.3) + k * 2) * H * 0.08]);
    pts.push([L, 0]);
    s += planePoly(c, P, pts, pick(), '', 0.01);
  }
  // big sun with rays
  const su = L * rng.range(0.25, 0.7);
  const sv = H * 0.7;
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    s += planePoly(c, P, [[su + Math.cos(a - 0.1) * 0.8, sv + Math.sin(a - 0.1) * 0.8], [su + Math.cos(a) * 1.5, sv + Math.sin(a) * 1.5], [su + Math.cos(a + 0.1) * 0.8, sv + Math.sin(a + 0.1) * 0.8]], f('#f7b733'), '', 0.01);
  }
  s += planePoly(c, P, circlePts(su, sv, 0.75), f('#f4c542'), '', 0.01);
  // waves
  for (let k = 0; k < 2; k++) {
    const pts: Pt[] = [[0, 0]];
    for (let u = 0; u <= L; u += 0.25) pts.push([u, H * (0.14 - k * 0.05) + Math.sin(u * 2.2 + k) * 0.15]);
    pts.push([L, 0]);
    s += planePoly(c, P, pts, f(k ? '#2a6fa8' : '#4fa3c7'), '', 0.01);
  }
  // flowers along the bottom
  for (let u = 0.6; u < L - 0.4; u += rng.range(0.9, 1.6)) {
    const v = H * rng.range(0.25, 0.4);
    const col = pick();
    for (let p = 0; p < 6; p++) {
      const a = (p / 6) * Math.PI * 2;
      s += planePoly(c, P, circlePts(u + Math.cos(a) * 0.17, v + Math.sin(a) * 0.17, 0.12, 12), col, '', 0.01);
    }
    s += planePoly(c, P, circlePts(u, v, 0.1, 12), f('#fff1c1'), '', 0.01);
  }
  // birds as simple chevrons
  for (let i = 0; i < 6; i++) {
    const u = rng.range(0.5, L - 0.5);
    const v = H * rng.range(0.72, 0.92);
    s += planePoly(c, P, [[u - 0.25, v + 0.08], [u, v - 0.02], [u + 0.25, v + 0.08], [u, v + 0.03]], f('#2b2b3a'), '', 0.01);
  }
  // tile border (geometric, girih-like diamonds)
  s += planeRect(c, P, 0, L, H - 0.35, H, f('#1f4e79'), '', 0.01);
  for (let u = 0.15; u < L; u += 0.4) s += planePoly(c, P, [[u, H - 0.175], [u + 0.15, H - 0.06], [u + 0.3, H - 0.175], [u + 0.15, H - 0.29]], f('#e8c15a'), '', 0.01);
  return s;
}

/** Terraced village on a slope, drawn as stacked house rows (like Masuleh). */
const terracedVillage =
  (o: { rows: number; yBottom: number; yTop: number; xLeft: (t: number) => number; xRight: (t: number) => number; walls: string[]; roof: string; window: string; frame: string; green: string }): Layer =>
  (c) => {
    const { rng } = c;
    const out: Drawable[] = [];
    for (let r = o.rows - 1; r >= 0; r--) {
      const t = r / (o.rows - 1); // 0 = bottom (near) … 1 = top (far)
      const y = (o.yBottom + (o.yTop - o.yBottom) * t) * c.h;
      const scale = (1 - t * 0.55) * c.w * 0.05;
      const haze = t * 0.45;
      let s = '';
      let x = o.xLeft(t) * c.w + rng.range(-1, 0) * scale;
      const xEnd = o.xRight(t) * c.w;
      while (x < xEnd) {
        const bw = scale * rng.range(1.3, 2.4);
        const bh = scale * rng.range(1.0, 1.6);
        if (rng.chance(0.18)) {
          // gaps are filled with garden trees
          s += `<ellipse cx="${r1(x + bw / 2)}" cy="${r1(y - bh * 0.6)}" rx="${r1(bw * 0.5)}" ry="${r1(bh * 0.7)}" fill="${mix(shade(o.green, rng.range(-0.15, 0.1)), c.haze, haze)}"/>`;
          x += bw;
          continue;
        }
        const wall = mix(rng.pick(o.walls), c.haze, haze);
        const sideW = scale * 0.45;
        // side wall in shade, flat roof seen from slightly above, then the lit front
        s += poly([[x + bw, y], [x + bw, y - bh], [x + bw + sideW, y - bh - sideW * 0.35], [x + bw + sideW, y - sideW * 0.35]], shade(wall, -0.35));
        s += poly([[x, y - bh], [x + sideW, y - bh - sideW * 0.35], [x + bw + sideW, y - bh - sideW * 0.35], [x + bw, y - bh]], mix(o.roof, c.haze, haze));
        s += `<rect x="${r1(x)}" y="${r1(y - bh)}" width="${r1(bw)}" height="${r1(bh)}" fill="${wall}"/>`;
        // wooden lattice windows in a row under the roof
        const nw = Math.max(1, Math.floor(bw / (scale * 0.55)));
        for (let i = 0; i < nw; i++) {
          const wx = x + (bw / nw) * (i + 0.25);
          const ww = (bw / nw) * 0.5;
          s += `<rect x="${r1(wx - ww * 0.1)}" y="${r1(y - bh * 0.78)}" width="${r1(ww * 1.2)}" height="${r1(bh * 0.42)}" fill="${mix(o.frame, c.haze, haze)}"/>`;
          s += `<rect x="${r1(wx)}" y="${r1(y - bh * 0.74)}" width="${r1(ww)}" height="${r1(bh * 0.34)}" fill="${mix(o.window, c.haze, haze)}"/>`;
        }
        s += `<rect x="${r1(x)}" y="${r1(y - bh * 0.12)}" width="${r1(bw)}" height="${r1(bh * 0.12)}" fill="#000000" opacity="0.15"/>`;
        x += bw + sideW * rng.range(0.2, 1.2);
      }
      out.push({ depth: 40 + t * 200, svg: s });
    }
    return out;
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${defs.join('')}</defs>${bg ? `<rect width="${w}" height="${h}" fill="${bg}"/>` : ''}${body}</svg>`,
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
  const groups: Array<{ sigma: number; svg: string }> = [...tiers.map((t) => ({ sigma: t.sigma, svg: '' })), { sigma: 0, svg: '' }];
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
  if (!first) throw new Error('no layers');
  const base = await layerRaw(svgDoc(w, h, defs, first.svg, '#808080'), first.sigma);
  const overlays: sharp.OverlayOptions[] = [];
  for (const g of rest) {
    if (!g.svg) continue;
    const l = await layerRaw(svgDoc(w, h, defs, g.svg), g.sigma);
    overlays.push({ input: l.data, raw: l.info });
  }
  if (glow.length) {
    const l = await layerRaw(svgDoc(w, h, defs, glow.join(''), '#000000'), 2);
    overlays.push({ input: l.data, raw: l.info, blend: 'screen' });
  }
  const gr = scene.grade;
  overlays.push({
    input: svgDoc(
      w,
      h,
      [`<linearGradient id="g" x1="0" y1="0" x2="0" y2="1">${stops([[0, gr.top], [1, gr.bottom]])}</linearGradient>`],
      `<rect width="${w}" height="${h}" fill="url(#g)" opacity="${gr.amount}"/>`,
    ),
    blend: 'soft-light',
  });
  const edge = Math.round(255 * (1 - gr.vignette));
  overlays.push({
    input: svgDoc(
      w,
      h,
      [`<radialGradient id="v" cx="0.5" cy="0.5" r="0.72">${stops([[0.35, '#ffffff'], [1, toHex([edge, edge, edge])]])}</radialGradient>`],
      `<rect width="${w}" height="${h}" fill="url(#v)"/>`,
    ),
    blend: 'multiply',
  });
  if (gr.grain > 0) {
    overlays.push({ input: grainBuffer(hashString(`${scene.file}/grain`), w, h, gr.grain), raw: { width: w, height: h, channels: 1 }, blend: 'overlay' });
  }

  const composed = await sharp(base.data, { raw: base.info }).composite(overlays).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const contrast = gr.contrast ?? 1.05;
  return sharp(composed.data, { raw: composed.info })
    .linear(contrast, 128 * (1 - contrast))
    .modulate({ saturation: gr.saturation ?? 1, brightness: gr.brightness ?? 1 })
    .toColourspace('srgb')
    .jpeg({ quality: 78, progressive: true, chromaSubsampling: '4:2:0', mozjpeg: false })
    .withMetadata({ density: 72 })
    .toBuffer();
}

// ───────────────────────────────────── palettes ─────────────────────────────────────

const GREENS = ['#4f7a3a', '#5d8a41', '#446b34', '#6a9447', '#3f6631'];
const PLASTER = ['#d9c7a8', '#cdb48f', '#e2d3b8', '#c9a886', '#bfa58a', '#d6bfa0'];
const BRICK = ['#b5835a', '#a9744f', '#c08f66', '#9e6b49'];
const MODERN = ['#e4ddd0', '#cfc6b8', '#d8cfc0', '#bfb6a8', '#e8e2d6', '#c4b59c'];
const URBAN_STYLE: FacadeStyle = { colors: MODERN, glass: '#5c6f82', frame: '#efece6', balconies: 0.25 };
const OLD_STYLE: FacadeStyle = { colors: PLASTER, glass: '#4a5560', frame: '#a08a6c', doors: ['#6b4a2e', '#3e5b6b', '#4a6b4e', '#7a3b2e'] };

const grade = (g: Partial<Grade> & Pick<Grade, 'top' | 'bottom'>): Grade => ({ amount: 0.35, vignette: 0.35, grain: 4, ...g });

// ───────────────────────────────────── scenes ─────────────────────────────────────

const SCENES: Scene[] = [
  {
    file: 'street-dawn.jpg',
    aspect: 'landscape',
    cam: { horizon: 0.56, focal: 0.85 },
    haze: '#f3c48e',
    fogDist: 70,
    light: 0,
    dof: [
      { beyond: 40, sigma: 6 },
      { beyond: 18, sigma: 2.5 },
    ],
    grade: grade({ top: '#ffb060', bottom: '#3a5a8a', amount: 0.45, vignette: 0.45 }),
    layers: [
      sky([[0, '#6c86b0'], [0.3, '#e9a77c'], [0.56, '#ffd9a0']]),
      sun({ x: 0.5, y: 0.5, r: 0.03, color: '#fff3d6', glow: 0.35, glowColor: '#ffb060', strength: 0.9 }),
      ground({ far: '#c9a27a', near: '#6b6058' }),
      groundQuad({ x: [-0.5, 0.5], z: [1, 90], color: '#4a4a4e', farColor: '#c9a27a' }),
      buildings({ side: -1, x: -2.6, z: [1.5, 90], height: [5, 11], length: [5, 10], style: OLD_STYLE }),
      buildings({ side: 1, x: 2.6, z: [1.5, 90], height: [5, 11], length: [5, 10], style: OLD_STYLE }),
      crowd({ n: 3, x: [-1.5, 1.5], z: [14, 40], poses: ['walk', 'stand'] }),
    ],
  },
];

// ───────────────────────────────────── main ─────────────────────────────────────

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? 'content/images');
  await mkdir(outDir, { recursive: true });
  const only = process.env.ONLY?.split(',');
  let total = 0;
  for (const scene of SCENES) {
    if (only && !only.includes(scene.file)) continue;
    const jpg = await renderScene(scene);
    const meta = await sharp(jpg).metadata();
    const { w, h } = SIZES[scene.aspect];
    if (meta.width !== w || meta.height !== h) throw new Error(`${scene.file}: expected ${w}x${h}, got ${meta.width}x${meta.height}`);
    await writeFile(path.join(outDir, scene.file), jpg);
    total += jpg.length;
    console.log(`${scene.file.padEnd(24)} ${(jpg.length / 1024).toFixed(0).padStart(5)} KB  ${w}x${h}`);
  }
  console.log(`total ${(total / 1024 / 1024).toFixed(2)} MB`);
}

main().catch((err: unknown) => {
  console.error(`generate-images: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
