/**
 * People as simple figures (no faces), standing, walking, sitting or bending, with clothes drawn from seeded
 * palettes; crowds keep them from standing inside each other.
 */
import { type Ctx, type Drawable, type Layer, type Pt, type Rng, shade } from "./core.ts";
import { atGround, fog, groundSquash, poly, r3, softShadow } from "./draw.ts";

type Pose = "stand" | "walk" | "sit" | "bend";

type Tool = "none" | "broom" | "shovel" | "bag" | "sack" | "can";

export interface Look {
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

export function randomLook(rng: Rng, kind?: Look["kind"]): Look {
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

export function person(c: Ctx, o: PersonOpts): Drawable {
  const look = o.look ?? randomLook(c.rng);
  const h = o.h ?? (look.kind === "child" ? c.rng.range(1.05, 1.3) : c.rng.range(1.58, 1.85));
  const k = h / 1.7;
  const body = `<g transform="scale(${r3(o.flip ? -k : k)} ${r3(k)})">${personBody(c, o, look)}</g>`;
  return atGround(c, o.x, o.y ?? 0, o.z, body, o.depth ?? o.z);
}

/** A group of people spread over an area, e.g. passers-by in a street; keeps them from standing inside each other. */
export const crowd =
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

// Thin data-driven layers so the scene table can list specific people, trees and
// props as plain values instead of inline drawing code.

/** A person placed by hand; the look is still drawn from the seeded palette. */
type Figure = Omit<PersonOpts, "look"> & { kind?: Look["kind"]; top?: string };

export const figures =
  (list: Figure[]): Layer =>
  (c) =>
    list.map(({ kind, top, ...o }) => {
      const look = randomLook(c.rng, kind);
      if (top) look.top = top;
      return person(c, { ...o, look });
    });
