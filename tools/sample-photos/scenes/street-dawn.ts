/** street-dawn.jpg: a narrow street of two-storey houses at sunrise. */
import { OLD_STYLE, buildings } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { ground, scatter, sky, strip, sun } from "../engine/landscape.ts";
import { crowd } from "../engine/people.ts";

export const streetDawn: Scene = {
  file: "street-dawn.jpg",
  aspect: "landscape",
  cam: { horizon: 0.56, focal: 0.85 },
  haze: "#f3c48e",
  fogDist: 70,
  light: 0,
  dof: [
    { beyond: 40, sigma: 6 },
    { beyond: 18, sigma: 2.5 },
  ],
  grade: grade({ top: "#ffb060", bottom: "#3a5a8a", amount: 0.45, vignette: 0.45 }),
  layers: [
    sky([
      [0, "#6c86b0"],
      [0.3, "#e9a77c"],
      [0.56, "#ffd9a0"],
    ]),
    sun({ x: 0.5, y: 0.5, r: 0.03, color: "#fff3d6", glow: 0.35, glowColor: "#ffb060", strength: 0.9 }),
    ground({ far: "#c9a27a", near: "#5e5650" }),
    scatter({
      n: 300,
      x: [-2.4, 2.4],
      z: [1.5, 30],
      colors: ["#58504a", "#665d54", "#544c45"],
      size: 0.04,
      kind: "dot",
    }),
    strip({ x: () => 0, width: 1.6, z: [1, 90], color: "#ffc880", segments: 6, glow: { opacity: 0.55, soft: 0.01 } }),
    buildings({ side: -1, x: -2.6, z: [1.5, 90], height: [5, 11], length: [5, 10], style: OLD_STYLE }),
    buildings({ side: 1, x: 2.6, z: [1.5, 90], height: [5, 11], length: [5, 10], style: OLD_STYLE }),
    crowd({ n: 3, x: [-1.5, 1.5], z: [14, 40], poses: ["walk", "stand"] }),
  ],
};
