/**
 * A minimal static file server for a built site, honouring the path prefix the site was built for. Used by the
 * print pipeline, the tests and the screenshot tool — never in production, where a CDN serves the files.
 */
import http from "node:http";
import fs from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".jpeg": "image/jpeg",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".ico": "image/x-icon",
};

export interface StaticServer {
  /** Origin plus path prefix, e.g. http://127.0.0.1:41234/ketabche/ */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, pathPrefix = "/"): Promise<StaticServer> {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const send = async (file: string, status = 200) => {
      const body = await fs.readFile(file);
      response.writeHead(status, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      response.end(body);
    };
    try {
      if (!pathname.startsWith(pathPrefix)) throw new Error("outside prefix");
      let file = path.join(root, pathname.slice(pathPrefix.length));
      // By path segments: a sibling folder that merely shares the root's name as a prefix is outside too.
      const relative = path.relative(root, file);
      if (relative.startsWith("..") || path.isAbsolute(relative)) throw new Error("outside root");
      if ((await fs.stat(file).catch(() => undefined))?.isDirectory()) file = path.join(file, "index.html");
      await send(file);
    } catch {
      await send(path.join(root, "404.html"), 404).catch(() => {
        response.writeHead(404).end();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${pathPrefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
