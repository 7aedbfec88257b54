/**
 * QR codes as vector SVG (the `qrcode` library makes the symbol; this draws it): sharp at any print size, no
 * image to encode, and the same markup in the booklet, the posters and the handouts. Error correction M or higher
 * (M: a fifteenth of the symbol may be soiled or torn and it still reads), and the four-module quiet zone the
 * standard asks for, in white, so the code reads on any background.
 */
import QRCode from "qrcode";

export type Correction = "M" | "Q" | "H";

export interface QrOptions {
  /** What a screen reader says for the code (the address it points to is in the page anyway). */
  label?: string;
  correction?: Correction;
  className?: string;
}

const QUIET_ZONE = 4;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The dark modules as one path: each row's runs of dark modules become one rectangle each. */
function modulesPath(size: number, dark: (x: number, y: number) => boolean): string {
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!dark(x, y)) continue;
      let run = 1;
      while (x + run < size && dark(x + run, y)) run++;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
      x += run - 1;
    }
  }
  return parts.join("");
}

/** Modules on a side, quiet zone included: the code's size in print is this many modules. */
export function qrModules(text: string, correction: Correction = "M"): number {
  return QRCode.create(text, { errorCorrectionLevel: correction }).modules.size + 2 * QUIET_ZONE;
}

export function qrSvg(text: string, { label, correction = "M", className = "qr" }: QrOptions = {}): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: correction });
  const { size, data } = modules;
  const total = size + 2 * QUIET_ZONE;
  const path = modulesPath(size, (x, y) => data[y * size + x] === 1);
  const name = label ? ` role="img" aria-label="${escape(label)}"` : ` aria-hidden="true"`;
  return (
    `<svg class="${className}" viewBox="0 0 ${total} ${total}" xmlns="http://www.w3.org/2000/svg"${name}>` +
    `<rect width="${total}" height="${total}" fill="#fff"/>` +
    `<path d="${path}" fill="#000" shape-rendering="crispEdges"/></svg>`
  );
}
