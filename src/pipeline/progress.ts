/**
 * What a build reports while it works, as data: the command line turns each event into a line (Persian or English,
 * a bar on a terminal, plain lines in CI); tests and the benchmark may just collect them.
 */
export type ProgressEvent =
  | { stage: "content"; neighbourhoods: number; pages: number }
  | { stage: "images"; done: number; total: number; seconds: number }
  | { stage: "site"; seconds: number }
  /** The site is built on the published one: only the pages of `changed` neighbourhoods (and their lists) written. */
  | { stage: "site-reused"; changed: number }
  | { stage: "build"; pass: number }
  | { stage: "render"; pass: number; sections: number; pages: number; seconds: number; measureOnly: boolean }
  /** A big booklet is printed in chunks: one of them is printed, and the booklet so far has `pages` pages. */
  | { stage: "chunk"; pass: number; chunk: number; chunks: number; pages: number; seconds: number }
  | { stage: "plan"; pass: number; blanks: number; settled: boolean }
  | { stage: "retry"; pass: number; reason: string }
  | { stage: "finish"; pages: number }
  /** Nothing the booklet is made from changed: the last one is taken from the cache (src/pipeline/booklet-reuse.ts). */
  | { stage: "reused"; pages: number };

export type ProgressListener = (event: ProgressEvent) => void;
