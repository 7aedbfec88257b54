/** street-lights.jpg: a street at night under new street lights. */
import { buildings } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { ground, sky, stars } from "../engine/landscape.ts";
import { crowd } from "../engine/people.ts";
import { curb, groundQuad, lamps, markings } from "../engine/streets.ts";

export const streetLights: Scene = {
  file: "street-lights.jpg",
  aspect: "landscape",
  cam: { horizon: 0.5, focal: 0.85 },
  haze: "#1c2646",
  fogDist: 140,
  light: 0,
  dof: [{ beyond: 45, sigma: 3 }],
  grade: grade({ top: "#203060", bottom: "#ffb060", amount: 0.3, vignette: 0.5, grain: 6 }),
  layers: [
    sky([
      [0, "#070d22"],
      [0.5, "#2a3a68"],
    ]),
    stars(140, 0.3),
    ground({ far: "#2a3048", near: "#14161c" }),
    groundQuad({ x: [-4, 4], z: [1, 200], color: "#1b1d22", farColor: "#2a3048" }),
    markings({ x: 0, z: [2, 200], dash: 3, gap: 6, width: 0.15, color: "#8a8a86" }),
    curb({ x: -4, side: -1, z: [1, 120], colors: ["#4a4a4e"], seg: 2 }),
    curb({ x: 4, side: 1, z: [1, 120], colors: ["#4a4a4e"], seg: 2 }),
    buildings({
      side: -1,
      x: -7,
      z: [1.5, 150],
      height: [6, 15],
      length: [6, 12],
      style: {
        colors: ["#3a3a48", "#44404a", "#383c4a"],
        glass: "#1a1e2a",
        frame: "#4a4a56",
        lit: 0.3,
        litColor: "#ffc878",
      },
    }),
    buildings({
      side: 1,
      x: 7,
      z: [1.5, 150],
      height: [6, 15],
      length: [6, 12],
      style: {
        colors: ["#3a3a48", "#44404a", "#383c4a"],
        glass: "#1a1e2a",
        frame: "#4a4a56",
        lit: 0.3,
        litColor: "#ffc878",
      },
    }),
    lamps({ side: -1, x: -4.6, z: [6, 120], step: 14, h: 7, color: "#fffaf0", light: "#ffe6b8", pole: "#3a3e46" }),
    lamps({ side: 1, x: 4.6, z: [13, 120], step: 14, h: 7, color: "#fffaf0", light: "#ffe6b8", pole: "#3a3e46" }),
    crowd({ n: 3, x: [-5.5, 5.5], z: [12, 40], poses: ["walk"] }),
  ],
};
