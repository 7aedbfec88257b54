/** mountain-village.jpg: a terraced village on a mountainside with drifting mist. */
import { type Scene, grade } from "../engine/core.ts";
import { clamp } from "../engine/draw.ts";
import { mist, ridge, sky, terracedVillage } from "../engine/landscape.ts";

export const mountainVillage: Scene = {
  file: "mountain-village.jpg",
  aspect: "landscape",
  cam: { horizon: 0.45 },
  haze: "#c9d6dc",
  fogDist: 200,
  light: -0.5,
  dof: [],
  grade: grade({ top: "#f8f0e0", bottom: "#3a5a4a", amount: 0.3, vignette: 0.3 }),
  layers: [
    sky([
      [0, "#8db3d6"],
      [0.45, "#e4ecf0"],
    ]),
    ridge({
      base: 0.46,
      amp: 0.24,
      color: "#8e9fb2",
      top: "#b4c0cc",
      sharp: true,
      octaves: 7,
      persistence: 0.55,
      snow: 0.28,
    }),
    mist({ y: 0.45, h: 0.16, color: "#eef2f4", opacity: 0.55 }),
    ridge({
      base: 0.62,
      amp: 0.3,
      color: "#3f5f42",
      top: "#6f8a78",
      octaves: 4,
      envelope: (t) => 1.1 - t * 0.7,
      texture: { n: 300, size: 0.006, colors: ["#4a6a4a", "#557555", "#3f5f42"] },
    }),
    mist({ y: 0.6, h: 0.12, color: "#eef2f4", opacity: 0.35 }),
    ridge({
      base: 1.0,
      amp: 0.62,
      color: "#3e6a35",
      top: "#4f7a40",
      octaves: 3,
      persistence: 0.4,
      envelope: (t) => clamp(1.15 - t * 0.9, 0.15, 1),
      texture: { n: 500, size: 0.008, colors: ["#36602e", "#467a3a", "#3e6a35", "#2f5628"] },
    }),
    terracedVillage({
      rows: 15,
      yBottom: 1.03,
      yTop: 0.52,
      xLeft: (t) => -0.02 + t * 0.06,
      xRight: (t) => 0.92 - t * 0.52,
      walls: ["#c9a46a", "#b88c55", "#d8b98a", "#a8804e", "#cfae7e", "#e2d6c0", "#bf9a66"],
      roof: "#8a7258",
      window: "#3a3028",
      frame: "#6a4a2a",
      green: "#4a7a3a",
    }),
  ],
};
