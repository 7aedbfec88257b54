/** market-street.jpg: a shopping street with fruit crates under strings of bulbs. */
import { BRICK, OLD_STYLE, PLASTER, buildings } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { ground, sky } from "../engine/landscape.ts";
import { crowd } from "../engine/people.ts";
import { crates, festoons } from "../engine/streets.ts";

export const marketStreet: Scene = {
  file: "market-street.jpg",
  aspect: "landscape",
  cam: { horizon: 0.5, focal: 0.8 },
  haze: "#e8cfa8",
  fogDist: 80,
  light: -0.6,
  dof: [
    { beyond: 26, sigma: 4 },
    { beyond: 13, sigma: 1.5 },
  ],
  grade: grade({ top: "#ffc880", bottom: "#4a3a5a", amount: 0.35 }),
  layers: [
    sky([
      [0, "#6fa0cc"],
      [0.5, "#f2dcb8"],
    ]),
    ground({ far: "#c8b49a", near: "#8a7a68" }),
    buildings({
      side: -1,
      x: -4,
      z: [1.5, 80],
      height: [6, 12],
      length: [4, 7],
      style: {
        ...OLD_STYLE,
        colors: [...PLASTER, ...BRICK],
        shops: {
          awnings: [
            ["#c0392b", "#f3e9d2"],
            ["#1f6f8b", "#f3e9d2"],
            ["#e67e22", "#fdf2e0"],
            ["#2e8b57", "#f3e9d2"],
          ],
          signs: ["#1f4e79", "#7a1f2b", "#2d6a4f", "#b5651d", "#e9c46a"],
        },
      },
    }),
    buildings({
      side: 1,
      x: 4,
      z: [1.5, 80],
      height: [6, 12],
      length: [4, 7],
      style: {
        ...OLD_STYLE,
        colors: [...PLASTER, ...BRICK],
        shops: {
          awnings: [
            ["#8e44ad", "#f3e9d2"],
            ["#c0392b", "#f3e9d2"],
            ["#f39c12", "#fdf2e0"],
            ["#16a085", "#f3e9d2"],
          ],
          signs: ["#2c3e50", "#7a1f2b", "#2d6a4f", "#c0392b", "#e9c46a"],
        },
      },
    }),
    crates({ x: -3.3, z: [2, 40], step: 1.6, wood: "#a47a4a", fruit: ["#d8402a", "#f0a030", "#8cc63f", "#e8c040"] }),
    crates({ x: 3.3, z: [2.5, 40], step: 1.8, wood: "#a47a4a", fruit: ["#d8402a", "#f0a030", "#8cc63f", "#a02a4a"] }),
    festoons({ xl: -4, xr: 4, y: 5.2, z: [6, 60], step: 7, bulb: "#ffd070" }),
    crowd({ n: 18, x: [-2.6, 2.6], z: [8, 45], poses: ["walk", "walk", "stand"], tools: ["none", "none", "bag"] }),
    crowd({ n: 6, x: [-2.4, 2.4], z: [2.6, 8], poses: ["walk", "walk", "stand"], tools: ["none", "bag"] }),
  ],
};
