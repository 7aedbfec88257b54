/** Buildings and walls: street facades, skylines, murals and painted walls, a clinic, windows. */
import { type Ctx, type Drawable, type Layer, type Pt, mix, shade } from "./core.ts";
import {
  type Plane,
  box3,
  circlePts,
  fog,
  frontPlane,
  glowSpot,
  line3,
  offset,
  planePoly,
  planeRect,
  poly3,
  proj,
  pxPerM,
  r1,
  sidePlane,
  vgrad,
} from "./draw.ts";

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
export const buildings =
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
export const facadeRow =
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
export const skyline =
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

/** A mural wall along one side of an alley. */
export const mural =
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
export const paintedWall =
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

/** A window in a wall facing the camera, optionally blooming with daylight. */
export const wallWindow =
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

/**
 * A small clinic: a two-storey block with a coloured band, a glazed entrance under
 * a canopy, a sign panel with a white cross (a symbol, not text) and an access ramp.
 */
export const clinic =
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

export const PLASTER = ["#d9c7a8", "#cdb48f", "#e2d3b8", "#c9a886", "#bfa58a", "#d6bfa0"];

export const BRICK = ["#b5835a", "#a9744f", "#c08f66", "#9e6b49"];

const MODERN = ["#e4ddd0", "#cfc6b8", "#d8cfc0", "#bfb6a8", "#e8e2d6", "#c4b59c"];

export const URBAN_STYLE: FacadeStyle = { colors: MODERN, glass: "#5c6f82", frame: "#efece6", balconies: 0.25 };

export const OLD_STYLE: FacadeStyle = {
  colors: PLASTER,
  glass: "#4a5560",
  frame: "#a08a6c",
  doors: ["#6b4a2e", "#3e5b6b", "#4a6b4e", "#7a3b2e"],
};
