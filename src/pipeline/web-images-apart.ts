/**
 * The website's photographs and Open Graph cards, made in a Node process of their own while Chromium prints the
 * booklet. In the build's own process, sharp's encodes filled libuv's thread pool (four threads), and every file
 * read or write queued behind them: the print pages' Eleventy run, the copies of the print photographs and the
 * static server that feeds Chromium waited for the web encodes (a cold build's first print pages took 21 s instead
 * of 2). A process of its own has a pool of its own, and runs at a lower priority, so that the print, which the
 * build waits for, has the cores first; the site, built after the booklet, finds every image in the cache.
 */
import { fork } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Paper } from "../book/paper.ts";
import type { Booklet } from "../content/model.ts";

/** What the child process is sent: everything in memory, the booklet as loaded and validated here. */
export interface WebImagesRequest {
  booklet: Booklet;
  contentDir: string;
  cacheDir: string;
  paper: Paper;
  emblemFile: string;
}

/** What the child process answers: done, or the error that stopped it. */
export type WebImagesReply = { ok: true } | { ok: false; message: string; stack?: string };

/** Below the build's own priority (0), so that Chromium and the build's process are scheduled first. */
const CHILD_PRIORITY = 10;

/** The child's module next to this one: `.ts` when the sources run (tsx, vitest), `.js` when dist/ does. */
function childModule(): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  const extension = path.extname(here);
  const file = path.join(path.dirname(here), `web-images-child${extension}`);
  return { file, execArgv: extension === ".ts" ? ["--import", "tsx"] : [] };
}

/** The child at work: `done` settles when it has answered and exited; `stop` ends it early (the build failed). */
export interface WebImagesWork {
  done: Promise<void>;
  stop(): void;
}

export function prepareWebImagesApart(request: WebImagesRequest): WebImagesWork {
  const { file, execArgv } = childModule();
  const child = fork(file, [], { execArgv, serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] });
  try {
    if (child.pid) os.setPriority(child.pid, CHILD_PRIORITY);
  } catch {
    // A lower priority is a courtesy to the print; without the right to set it, the images are made all the same.
  }
  const done = new Promise<void>((resolve, reject) => {
    let reply: WebImagesReply | undefined;
    child.on("message", (message: WebImagesReply) => (reply = message));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (reply?.ok) return resolve();
      if (reply) {
        const error = new Error(reply.message);
        if (reply.stack) error.stack = reply.stack;
        return reject(error);
      }
      reject(new Error(`the process making the website's photographs stopped (${signal ?? `exit code ${code}`})`));
    });
    child.send(request);
  });
  return { done, stop: () => void child.kill() };
}
