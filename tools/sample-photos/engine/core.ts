/**
 * What a scene is made of: the seeded randomness, colour arithmetic, the camera and the scene description that
 * every other module shares. Randomness is seeded from the file name so each picture comes out the same every run.
 */
import { mulberry32 } from "../random.ts";

/** FNV-1a: turns a file name into a 32-bit seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
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

type RGB = [number, number, number];

function parseHex(c: string): RGB {
  const m = /^#([0-9a-f]{6})$/i.exec(c);
  if (!m?.[1]) throw new Error(`bad colour ${c}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: RGB): string {
  const h = (v: number) =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, "0");
  return `#${h(r)}${h(g)}${h(b)}`;
}

/** Linear blend of two colours, t=0 → a, t=1 → b. */
export function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = parseHex(a);
  const [br, bg, bb] = parseHex(b);
  const k = Math.max(0, Math.min(1, t));
  return toHex([ar + (br - ar) * k, ag + (bg - ag) * k, ab + (bb - ab) * k]);
}

/** t > 0 lightens towards white, t < 0 darkens towards black. */
export function shade(c: string, t: number): string {
  return t >= 0 ? mix(c, "#ffffff", t) : mix(c, "#000000", -t);
}

export type Pt = [number, number];

export type V3 = [number, number, number];

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

export interface Ctx {
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
export interface Drawable {
  depth: number;
  svg: string;
  glow?: boolean;
}

export type Layer = (c: Ctx) => Drawable[];

type Aspect = "landscape" | "wide" | "portrait";

export const SIZES: Record<Aspect, { w: number; h: number }> = {
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

export interface Scene {
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

/** A scene's colour grade: the usual wash strength, vignette and grain unless the scene says otherwise. */
export const grade = (g: Partial<Grade> & Pick<Grade, "top" | "bottom">): Grade => ({
  amount: 0.35,
  vignette: 0.35,
  grain: 5,
  ...g,
});
