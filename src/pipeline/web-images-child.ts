/**
 * The process src/pipeline/web-images-apart.ts starts: it makes every web photograph and Open Graph card of the
 * booklet it is sent into the cache, answers once, and exits. It stops if the build that started it goes away.
 */
import fs from "node:fs/promises";
import { socialCards } from "../site/social-cards.ts";
import { encodeImages } from "./images.ts";
import type { WebImagesReply, WebImagesRequest } from "./web-images-apart.ts";

async function makeWebImages(request: WebImagesRequest): Promise<void> {
  const { booklet, contentDir, cacheDir, paper, emblemFile } = request;
  const emblem = await fs.readFile(emblemFile);
  await Promise.all([
    encodeImages(booklet, { contentDir, cacheDir }, paper, () => {}, { web: true, print: false }),
    socialCards(booklet, { contentDir, cacheDir, emblem }),
  ]);
}

function answer(reply: WebImagesReply): void {
  process.send!(reply, () => process.disconnect());
}

process.on("disconnect", () => process.exit(0));
process.once("message", (request: WebImagesRequest) => {
  makeWebImages(request).then(
    () => answer({ ok: true }),
    (error: unknown) =>
      answer({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      }),
  );
});
