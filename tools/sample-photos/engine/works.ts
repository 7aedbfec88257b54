/** Public works in progress: trenches, water channels, pipes, earth heaps, barriers, cones, a roller, a footbridge. */
import { type Drawable, type Layer, shade } from "./core.ts";
import { atGround, box3, fog, glowSpot, line3, poly3, proj, pxPerM, r1, r3, vgrad } from "./draw.ts";

/** A cut into the ground: a trench being dug, or a stone-lined water channel (jub). */
export const cut =
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
export const pipes =
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
export const mounds =
  (o: { items: Array<[number, number, number, number]>; color: string }): Layer =>
  (c) =>
    o.items.map(([x, z, w, h]) => {
      const col = fog(c, o.color, z);
      const body = `<path d="M ${r3(-w / 2)} 0 Q ${r3(-w * 0.3)} ${r3(h * 1.3)} 0 ${r3(h)} Q ${r3(w * 0.3)} ${r3(h * 1.3)} ${r3(w / 2)} 0 Z" fill="${col}"/><path d="M 0 ${r3(h)} Q ${r3(w * 0.3)} ${r3(h * 1.3)} ${r3(w / 2)} 0 L 0 0 Z" fill="#000000" opacity="0.18"/>`;
      return atGround(c, x, 0, z, body);
    });

/** Red-and-white striped road barriers. */
export const barriers =
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
export const cones =
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
export const roller =
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

/** A footbridge: a slab with railings on both long edges, spanning along z (we look across it). */
export const footbridge =
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
