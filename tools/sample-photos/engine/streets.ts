/** Street furniture and surfaces: road patches and markings, curbs, lamps, poles, paving, fences, benches, stalls. */
import { type Ctx, type Drawable, type Layer, type Pt, type V3, shade } from "./core.ts";
import {
  atGround,
  box3,
  fog,
  glowSpot,
  groundPoly,
  groundSquash,
  line3,
  poly3,
  proj,
  pxPerM,
  r1,
  stops,
} from "./draw.ts";

/** A flat patch on the ground (road, lawn, path, plaza), optional vertical extent for curbs. */
export const groundQuad =
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
export const markings =
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
export const zebra =
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
export const curb =
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

// Small props used by one or two scenes; still parameterised, not hard-coded pixels.

/** Street lamp: pole, arm over the road, lamp head and its light pool (glow pass). */
export const lamps =
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
export const poles =
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

/** Posts, rails and optional chain-link mesh between two ground points. */
export const fence =
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

/** Fruit crates in front of shops. */
export const crates =
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
export const festoons =
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

/** Park benches, along z (facing a path) or along x (facing the camera). */
export const benches =
  (list: Array<{ x: number; z: number; alongZ: boolean }>, wood = "#8a5a35", metal = "#2d2d30"): Layer =>
  (c) =>
    list.map((b) => ({ depth: b.z + (b.alongZ ? 1.8 : 0.3), svg: benchSvg(c, b.x, b.z, b.alongZ, wood, metal) }));

type PropKind = "basketball" | "football" | "barrel" | "sack";

/** Small loose objects standing on the ground. */
export const props =
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

/** Stone setts laid in rows, each with a slightly different tone. */
export const cobbles =
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
export const ledge =
  (o: { x: [number, number]; z: [number, number]; h: number; color: string }): Layer =>
  (c) => [
    {
      depth: o.z[1],
      svg: box3(c, o.x[0], o.x[1], 0, o.h, o.z[0], o.z[1], { front: shade(o.color, -0.1), top: o.color }),
    },
  ];

/** Joint lines of square paving slabs. */
export const paving =
  (o: { x: [number, number]; z: [number, number]; step: number; y: number; color: string }): Layer =>
  (c) => {
    let s = "";
    for (let z = o.z[0]; z < o.z[1]; z += o.step)
      s += line3(c, [o.x[0], o.y, z], [o.x[1], o.y, z], o.color, 0.02, 'opacity="0.5"');
    for (let x = Math.ceil(o.x[0] / o.step) * o.step; x < o.x[1]; x += o.step)
      s += line3(c, [x, o.y, o.z[0]], [x, o.y, o.z[1]], o.color, 0.02, 'opacity="0.5"');
    return [{ depth: 1e6 - 1, svg: s }];
  };
