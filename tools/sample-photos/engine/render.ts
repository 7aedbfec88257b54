/**
 * Turns a scene into a JPEG. The layers are plain SVG rendered by sharp (librsvg); the finishing (depth-of-field
 * blur, light bloom, colour grade, vignette and film grain) is sharp compositing, so the results read as stylised
 * photographs rather than flat vector art. Nothing volatile is written, so the same scene gives the same bytes.
 */
import { mulberry32 } from "../random.ts";
import sharp from "sharp";
import { type Ctx, type Drawable, Rng, SIZES, type Scene, hashString, toHex } from "./core.ts";
import { stops } from "./draw.ts";

function makeCtx(scene: Scene, w: number, h: number, layerIndex: number, defs: string[], counter: { n: number }): Ctx {
  return {
    w,
    h,
    cam: { horizon: 0.5, cx: 0.5, focal: 1, height: 1.6, x: 0, ...scene.cam },
    haze: scene.haze,
    fogDist: scene.fogDist,
    light: scene.light,
    // one stream per layer, so tuning one layer does not reshuffle the others
    rng: new Rng(hashString(`${scene.file}#${layerIndex}`)),
    defs,
    uid: (p) => `${p}${counter.n++}`,
  };
}

const svgDoc = (w: number, h: number, defs: string[], body: string, bg?: string): Buffer =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${defs.join("")}</defs>${bg ? `<rect width="${w}" height="${h}" fill="${bg}"/>` : ""}${body}</svg>`,
  );

/** Film grain from a seeded buffer; mid-grey ± amplitude so an overlay blend only adds texture. */
function grainBuffer(seed: number, w: number, h: number, amp: number): Buffer {
  const rnd = mulberry32(seed);
  const buf = Buffer.alloc(w * h);
  for (let i = 0; i < buf.length; i++) {
    // sum of two uniforms ≈ triangular distribution: softer than uniform noise
    buf[i] = 128 + Math.round((rnd() + rnd() - 1) * amp);
  }
  return buf;
}

export async function renderScene(scene: Scene): Promise<Buffer> {
  const { w, h } = SIZES[scene.aspect];
  const defs: string[] = [];
  const counter = { n: 0 };
  const pieces: Drawable[] = scene.layers.flatMap((layer, i) => layer(makeCtx(scene, w, h, i, defs, counter)));
  // painter's algorithm: far to near; Array.prototype.sort is stable so backdrops keep their listed order
  pieces.sort((a, b) => b.depth - a.depth);

  // depth-of-field tiers, far (most blurred) first; the last tier is the sharp foreground
  const tiers = [...scene.dof].sort((a, b) => b.beyond - a.beyond);
  const groups: Array<{ sigma: number; svg: string }> = [
    ...tiers.map((t) => ({ sigma: t.sigma, svg: "" })),
    { sigma: 0, svg: "" },
  ];
  const glow: string[] = [];
  for (const p of pieces) {
    if (p.glow) {
      glow.push(p.svg);
      continue;
    }
    let gi = tiers.findIndex((t) => p.depth > t.beyond);
    if (gi < 0) gi = tiers.length;
    const group = groups[gi];
    if (group) group.svg += p.svg;
  }

  const layerRaw = async (svg: Buffer, sigma: number) => {
    let img = sharp(svg);
    if (sigma >= 0.3) img = img.blur(sigma);
    const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
    // sharp reports `premultiplied` for blurred output but hands back straight alpha;
    // passing the flag on would brighten every soft edge into a halo
    return { data, info: { width: info.width, height: info.height, channels: info.channels } };
  };

  const [first, ...rest] = groups;
  if (!first) throw new Error("no layers");
  const base = await layerRaw(svgDoc(w, h, defs, first.svg, "#808080"), first.sigma);
  const overlays: sharp.OverlayOptions[] = [];
  for (const g of rest) {
    if (!g.svg) continue;
    const l = await layerRaw(svgDoc(w, h, defs, g.svg), g.sigma);
    overlays.push({ input: l.data, raw: l.info });
  }
  if (glow.length) {
    const l = await layerRaw(svgDoc(w, h, defs, glow.join(""), "#000000"), 2);
    overlays.push({ input: l.data, raw: l.info, blend: "screen" });
  }
  const gr = scene.grade;
  overlays.push({
    input: svgDoc(
      w,
      h,
      [
        `<linearGradient id="g" x1="0" y1="0" x2="0" y2="1">${stops([
          [0, gr.top],
          [1, gr.bottom],
        ])}</linearGradient>`,
      ],
      `<rect width="${w}" height="${h}" fill="url(#g)" opacity="${gr.amount}"/>`,
    ),
    blend: "soft-light",
  });
  const edge = Math.round(255 * (1 - gr.vignette));
  overlays.push({
    input: svgDoc(
      w,
      h,
      [
        `<radialGradient id="v" cx="0.5" cy="0.5" r="0.72">${stops([
          [0.35, "#ffffff"],
          [1, toHex([edge, edge, edge])],
        ])}</radialGradient>`,
      ],
      `<rect width="${w}" height="${h}" fill="url(#v)"/>`,
    ),
    blend: "multiply",
  });
  if (gr.grain > 0) {
    overlays.push({
      input: grainBuffer(hashString(`${scene.file}/grain`), w, h, gr.grain),
      raw: { width: w, height: h, channels: 1 },
      blend: "overlay",
    });
  }

  const composed = await sharp(base.data, { raw: base.info })
    .composite(overlays)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const contrast = gr.contrast ?? 1.05;
  return sharp(composed.data, { raw: composed.info })
    .linear(contrast, 128 * (1 - contrast))
    .modulate({ saturation: gr.saturation ?? 1, brightness: gr.brightness ?? 1 })
    .toColourspace("srgb")
    .jpeg({ quality: 78, progressive: true, chromaSubsampling: "4:2:0", mozjpeg: false })
    .withMetadata({ density: 72 })
    .toBuffer();
}
