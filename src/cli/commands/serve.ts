/**
 * `ketabche serve`: the live preview. It runs until stopped: Ctrl+C in the terminal, or SIGINT/SIGTERM from
 * whoever started it (npm, a test, a process manager), closes the watcher and the server and exits.
 */
import { serve } from "../../pipeline/serve.ts";
import { messages } from "../messages.ts";
import type { CommandOptions } from "../program.ts";
import { toBuildOptions } from "./options.ts";

export default async function serveCommand(options: CommandOptions): Promise<void> {
  const m = messages[options.lang].done;
  const server = await serve(toBuildOptions(options), { port: options.port, host: options.host });
  console.log(m.serving(server.url));
  console.log(m.printPreview(server.url));
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      // A second signal while closing ends the process at once.
      process.once(signal, () => process.exit(signal === "SIGINT" ? 130 : 143));
      void server.close().finally(() => {
        console.log(m.stopped);
        resolve();
        process.exit(0);
      });
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
