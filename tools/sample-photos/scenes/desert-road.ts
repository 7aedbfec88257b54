/** desert-road.jpg: a road across the plain under a clear sky (wide). */
import { type Scene, grade } from "../engine/core.ts";
import { ground, mist, ridge, scatter, sky } from "../engine/landscape.ts";
import { groundQuad, markings, poles } from "../engine/streets.ts";

export const desertRoad: Scene = {
  file: "desert-road.jpg",
  aspect: "wide",
  cam: { horizon: 0.56, focal: 1.1, height: 1.5 },
  haze: "#e6e2d8",
  fogDist: 2500,
  light: 0.5,
  dof: [],
  grade: grade({ top: "#fff0d0", bottom: "#6a5030", amount: 0.28, vignette: 0.3 }),
  layers: [
    sky([
      [0, "#2a68b4"],
      [0.42, "#8cc0e6"],
      [0.56, "#eef2f2"],
    ]),
    ridge({ base: 0.562, amp: 0.07, color: "#98a4b8", top: "#b8c2d0", sharp: true, octaves: 6 }),
    ridge({ base: 0.565, amp: 0.025, color: "#b8a282", top: "#c4b294", octaves: 4, freq: 4 }),
    ground({ far: "#dcc8a0", near: "#b69868" }),
    mist({ y: 0.565, h: 0.02, color: "#f4f0e4", opacity: 0.7 }),
    scatter({
      n: 700,
      x: [-120, 120],
      z: [4, 400],
      colors: ["#7a7a4a", "#8a8454", "#6a6a40"],
      size: 0.3,
      kind: "bush",
      avoid: [-5, 5],
    }),
    groundQuad({ x: [-4.5, 4.5], z: [1, 4000], color: "#9c8e78" }),
    groundQuad({ x: [-3.6, 3.6], z: [1, 4000], color: "#47474a", farColor: "#8a8680", y: 0.01 }),
    markings({ x: -3.3, z: [1.5, 1500], dash: 1500, gap: 1, width: 0.15, color: "#f2f2ea" }),
    markings({ x: 3.3, z: [1.5, 1500], dash: 1500, gap: 1, width: 0.15, color: "#f2f2ea" }),
    markings({ x: 0, z: [2, 1500], dash: 4, gap: 8, width: 0.15, color: "#f2d04a" }),
    poles({ x: 8, z: [10, 1200], step: 45, h: 8, color: "#5a4a3a" }),
  ],
};
