/**
 * What a build reports while it works, as data: the command line turns each event into a line (Persian or English,
 * a bar on a terminal, plain lines in CI); tests and the benchmark may just collect them.
 */
export type ProgressEvent =
  | { stage: "content"; neighbourhoods: number; pages: number }
  | { stage: "images"; done: number; total: number; seconds: number }
  | { stage: "site"; seconds: number }
  | { stage: "build"; pass: number }
  | { stage: "render"; pass: number; sections: number; pages: number; seconds: number; measureOnly: boolean }
  | { stage: "plan"; pass: number; blanks: number; settled: boolean }
  | { stage: "retry"; pass: number; reason: string }
  | { stage: "finish"; pages: number };

export type ProgressListener = (event: ProgressEvent) => void;
