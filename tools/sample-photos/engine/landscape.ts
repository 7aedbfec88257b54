/** Layers for the open air: sky, sun, stars, clouds, mountain ridges, ground, paths and rivers, fields, mist, birds. */
import { type Drawable, type Layer, type Pt, type V3, mix, shade } from "./core.ts";
import {
  atGround,
  blurFilter,
  fog,
  glowSpot,
  groundSquash,
  noise1D,
  poly,
  poly3,
  r1,
  r3,
  stops,
  vgrad,
} from "./draw.ts";

/** Vertical sky gradient; stop offsets are fractions of the full image height. */
export const sky =
  (list: Array<[number, string]>): Layer =>
  (c) => {
    const id = c.uid("sky");
    c.defs.push(
      `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="${c.h}" gradientUnits="userSpaceOnUse">${stops(list)}</linearGradient>`,
    );
    return [{ depth: Infinity, svg: `<rect width="${c.w}" height="${c.h}" fill="url(#${id})"/>` }];
  };

/** Sun (or moon) disc plus a wide bloom in the light pass. */
export const sun =
  (o: { x: number; y: number; r: number; color: string; glow: number; glowColor?: string; strength?: number }): Layer =>
  (c) => {
    const [x, y] = [o.x * c.w, o.y * c.h];
    return [
      { depth: Infinity, svg: `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(o.r * c.w)}" fill="${o.color}"/>` },
      { depth: Infinity, glow: true, svg: glowSpot(c, x, y, o.glow * c.w, o.glowColor ?? o.color, o.strength ?? 0.8) },
    ];
  };

export const stars =
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
export const clouds =
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
export const ridge =
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
export const ground =
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

/** Sparse grass tufts / pebbles / leaves scattered on the ground for texture. */
export const scatter =
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

/** Terraced village on a slope, drawn as stacked house rows (like Masuleh). */
export const terracedVillage =
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
export const mist =
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
export const birds =
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
export const strip =
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
export const fields =
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
