// A tiny static file server for a built folder (dist-preview/ from
// `npm run build:preview`): `serve(dir, port)` resolves to { url, close } once
// listening, for end-to-end tests; run directly it serves until Ctrl+C:
//
//   node scripts/serve-static.mjs [dir=dist-preview] [port=3001]
//
// Port 0 picks a free port. Only files inside `dir` are served; "/" is
// preview.html (or index.html). No caching headers: this is for trying out
// and testing, not for production.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  // Module workers (pdf.js) must be served as JavaScript.
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".bcmap": "application/octet-stream",
  ".pfb": "application/octet-stream",
  ".ttf": "font/ttf",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const INDEX_FILES = ["preview.html", "index.html", "taskpane.html"];

async function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const candidate = resolve(root, `.${decoded}`);
  // Never outside the folder (../ tricks).
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    for (const name of INDEX_FILES) {
      const index = join(candidate, name);
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  }
  return null;
}

/**
 * Serves `dir` on 127.0.0.1:`port`. Resolves once listening, with the base URL
 * (ending in "/") and a close() that stops the server and its open connections.
 */
export async function serve(dir, port = 3001) {
  const root = resolve(dir);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`serve-static: ${root} is not a folder`);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const file = request.method === "GET" || request.method === "HEAD" ? await fileFor(root, pathname) : null;
    if (file === null) {
      response.writeHead(request.method === "GET" || request.method === "HEAD" ? 404 : 405, { "Content-Type": "text/plain" });
      response.end("Not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise((resolveListening, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolveListening);
  });
  const address = server.address();
  const url = `http://localhost:${typeof address === "object" && address ? address.port : port}/`;
  return {
    url,
    close: () =>
      new Promise((resolveClosed) => {
        server.close(() => resolveClosed());
        server.closeAllConnections();
      }),
  };
}

// Run directly: serve until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const require = createRequire(import.meta.url);
  const { tBoth } = require("./catalog.cjs").loadCatalog();
  const dir = process.argv[2] ?? "dist-preview";
  const port = Number(process.argv[3] ?? process.env.PREVIEW_PORT ?? 3001);
  if (!(await stat(resolve(dir)).catch(() => null))?.isDirectory()) {
    console.error(tBoth("serveStaticMissing", { dir }));
    process.exit(1);
  }
  const { url } = await serve(dir, port);
  console.log(tBoth("serveStaticReady", { dir, url }));
}
