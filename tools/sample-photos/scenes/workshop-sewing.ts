/** workshop-sewing.jpg: a sewing workshop with work tables and cut fabric. */
import { type Scene, grade, shade } from "../engine/core.ts";
import { poly3 } from "../engine/draw.ts";
import { fabricWall, room, seating, sewingMachine } from "../engine/interiors.ts";

export const workshopSewing: Scene = {
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
};
