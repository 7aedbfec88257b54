/** Playgrounds, sports grounds and gardens: swings, slides, hoops, goals, floodlights, court paint, turf, beds. */
import { type Drawable, type Layer, type Pt, shade } from "./core.ts";
import {
  atGround,
  box3,
  fog,
  frontPlane,
  glowSpot,
  groundPoly,
  groundRing,
  line3,
  planeRect,
  poly3,
  proj,
  pxPerM,
  r1,
  r3,
  vgrad,
} from "./draw.ts";

type Plant = "lettuce" | "tomato" | "herb" | "sunflower";

/** Raised wooden vegetable beds with rows of plants on the soil. */
export const raisedBeds =
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

/** Playground swing set: A-frames, a top bar, chains and seats. */
export const swingSet =
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
export const slide =
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
export const hoop =
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
export const goal =
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
export const floodlight =
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

export type GroundMark =
  | { kind: "ring"; x: number; z: number; r: number; width: number; color: string }
  | { kind: "line"; from: Pt; to: Pt; width: number; color: string }
  | { kind: "tiles"; x: number; z: number; size: number; colors: string[] };

/** Paint on the ground: court lines, circles, a hopscotch grid. */
export const groundMarks =
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
export const turf =
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
