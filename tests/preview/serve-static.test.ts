// scripts/serve-static.mjs, the server end-to-end tests start on a built
// preview folder: files with the right types (module workers need
// JavaScript), "/" as the preview page, nothing outside the folder, and a
// close() that really stops it. It is an ES module, so it runs in a child
// Node process (jest here runs CommonJS).

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

const SCRIPT = path.resolve(__dirname, "..", "..", "scripts", "serve-static.mjs");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "chitieu-serve-"));
  mkdirSync(path.join(dir, "pdfjs"));
  writeFileSync(path.join(dir, "preview.html"), "<!doctype html><title>xem thử</title>");
  writeFileSync(path.join(dir, "pdfjs", "pdf.worker.min.1234abcd.mjs"), "export {};");
  writeFileSync(path.join(dir, "app.js"), "console.log(1);");
  writeFileSync(path.join(dir, "..", `${path.basename(dir)}-secret.txt`), "secret");
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(path.join(dir, "..", `${path.basename(dir)}-secret.txt`), { force: true });
});

interface Answer {
  path: string;
  status: number;
  type: string | null;
  body: string;
}

/** Starts the server on a free port, asks for each path (raw, not normalised), closes it, and reports. */
function ask(paths: string[]): { url: string; answers: Answer[]; closed: boolean } {
  const script = `
    import { request } from "node:http";
    const { serve } = await import(${JSON.stringify(new URL(`file://${SCRIPT}`).href)});
    const server = await serve(${JSON.stringify(dir)}, 0);
    const get = (url, path) => new Promise((resolve, reject) => {
      const req = request(url, { path }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ path, status: res.statusCode, type: res.headers["content-type"] ?? null, body }));
      });
      req.on("error", reject);
      req.end();
    });
    const answers = [];
    for (const path of ${JSON.stringify(paths)}) answers.push(await get(server.url, path));
    await server.close();
    const closed = await get(server.url, "/").then(() => false, () => true);
    process.stdout.write(JSON.stringify({ url: server.url, answers, closed }));
  `;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 30_000 });
  return JSON.parse(out) as { url: string; answers: Answer[]; closed: boolean };
}

test("serves the folder on a free port, with types, an index page, no escapes, and stops on close()", () => {
  const secret = `/../${path.basename(dir)}-secret.txt`;
  const { url, answers, closed } = ask(["/", "/preview.html", "/pdfjs/pdf.worker.min.1234abcd.mjs", "/app.js", "/missing.js", secret, "/%2e%2e/x"]);
  expect(url).toMatch(/^http:\/\/localhost:\d+\/$/);
  const byPath = new Map(answers.map((answer) => [answer.path, answer]));
  expect(byPath.get("/")).toMatchObject({ status: 200, type: "text/html; charset=utf-8", body: expect.stringContaining("xem thử") });
  expect(byPath.get("/preview.html")?.status).toBe(200);
  expect(byPath.get("/pdfjs/pdf.worker.min.1234abcd.mjs")).toMatchObject({ status: 200, type: "text/javascript; charset=utf-8" });
  expect(byPath.get("/app.js")).toMatchObject({ status: 200, type: "text/javascript; charset=utf-8" });
  expect(byPath.get("/missing.js")?.status).toBe(404);
  expect(byPath.get(secret)?.status).toBe(404);
  expect(byPath.get(secret)?.body).not.toContain("secret");
  expect(byPath.get("/%2e%2e/x")?.status).toBe(404);
  expect(closed).toBe(true);
});
