/** alley-mural.jpg: a narrow alley with a freshly painted mural along one wall (portrait). */
import { OLD_STYLE, buildings, mural } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { ground, sky } from "../engine/landscape.ts";
import { crowd } from "../engine/people.ts";
import { cobbles } from "../engine/streets.ts";
import { trees } from "../engine/trees.ts";

export const alleyMural: Scene = {
  file: "alley-mural.jpg",
  aspect: "portrait",
  cam: { horizon: 0.56, focal: 0.72, cx: 0.55 },
  haze: "#e6d8c2",
  fogDist: 80,
  light: 0.4,
  dof: [{ beyond: 22, sigma: 4 }],
  grade: grade({ top: "#fff0d8", bottom: "#4a4a6a", amount: 0.3 }),
  layers: [
    sky([
      [0, "#7fb2dc"],
      [0.5, "#e6eef2"],
    ]),
    ground({ far: "#bca88a", near: "#7a6a58" }),
    cobbles({ x: [-1.9, 1.9], z: [1, 30], size: 0.35, color: "#9a8a72" }),
    mural({
      side: -1,
      x: -1.9,
      z: [1.2, 15],
      h: 4.2,
      plaster: "#e9dcc4",
      palette: ["#9fd3e6", "#f6e2b3", "#e76f51", "#2a9d8f", "#e9c46a", "#6a4c93", "#f28482", "#84a59d"],
    }),
    buildings({ side: -1, x: -1.9, z: [15, 60], height: [6, 9], length: [5, 8], style: OLD_STYLE }),
    buildings({ side: 1, x: 1.9, z: [1.2, 60], height: [6, 9], length: [4, 8], style: OLD_STYLE }),
    crowd({ n: 2, x: [-0.8, 0.8], z: [14, 22], poses: ["walk"], back: 1 }),
    trees([{ x: 1.5, z: 3.2, h: 0.9, kind: "shrub", color: "#4f8a3a" }]),
  ],
};
