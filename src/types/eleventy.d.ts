// Eleventy and eleventy-img ship JavaScript without declarations; these cover what ketabche calls.
declare module "@11ty/eleventy-img" {
  interface ImageEntry {
    format: string;
    width: number;
    height: number;
    url: string;
    filename: string;
    outputPath: string;
    srcset: string;
    sourceType?: string;
    size?: number;
  }
  type Metadata = Record<string, ImageEntry[]>;
  interface ImageFunction {
    (src: string, options: Record<string, unknown>): Promise<Metadata>;
    generateHTML(metadata: Metadata, attributes: Record<string, string>): string;
  }
  const Image: ImageFunction;
  export default Image;
}

declare module "subset-font" {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: "woff2" | "woff" | "truetype";
      variationAxes?: Record<string, number | { min: number; max: number }>;
    },
  ): Promise<Buffer>;
}
