/** Indoor scenes: the room box, chairs and desks with seated people, boards, bookshelves, the sewing workshop. */
import { type Ctx, type Drawable, type Layer, type Pt, mix, shade } from "./core.ts";
import {
  atGround,
  box3,
  circlePts,
  fog,
  frontPlane,
  glowSpot,
  line3,
  planePoly,
  planeRect,
  poly3,
  proj,
  pxPerM,
  r1,
  sidePlane,
  vgrad,
} from "./draw.ts";
import { type Look, person, randomLook } from "./people.ts";

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
export const room =
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
export const seating =
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

/**
 * A flat panel on a wall facing the camera: a chalkboard with chalk figures (no
 * text, so it reads as a lesson in any language) or a glowing projection screen.
 */
export const board =
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

/** Bookcases lining one side of a library aisle, one bay per metre so depth-of-field falls off smoothly. */
export const bookshelves =
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
export function sewingMachine(c: Ctx, x: number, y: number, z: number, accent: string): string {
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
export const fabricWall =
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

/** Coloured posters and a clock on a classroom wall (shapes only, no lettering). */
export const posters =
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

/** A wall clock on a wall facing the camera. */
export const clock =
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
