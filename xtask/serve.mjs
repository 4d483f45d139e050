// A static file server for www/: the right MIME type for .wasm, a strict
// Content-Security-Policy on every document and worker script, nothing served from outside
// the root.
// Used by `cargo xtask serve` and imported by the end-to-end tests.
//
// Compression: a request that accepts brotli or gzip gets the .br or .gz copy that
// `cargo xtask build` wrote beside the file (xtask/compress.mjs), with Content-Encoding and
// Vary: Accept-Encoding; where no copy as new as the file exists (a source edited since the
// build), the file is gzipped on the fly.
//
// Embedding from another origin: every response carries the headers a host page on another
// site needs to load the widget, its modules, the worker and the wasm
// (Access-Control-Allow-Origin: *, Cross-Origin-Resource-Policy: cross-origin).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { COMPRESSIBLE } from "./compress.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
};

// The same policy the page states in its <meta> tag, plus what only a header can say.
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** What a host page on another origin needs from this server to embed the widget. */
export const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Cross-Origin-Resource-Policy": "cross-origin",
  "Timing-Allow-Origin": "*",
};

export function startServer({ root, host = "127.0.0.1", port = 0 }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end("forbidden");
        return;
      }
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file);
      }
      const headers = {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-cache",
        ...CORS,
      };
      // A policy governs the document or the worker whose response carries it, and nothing
      // else: on a module script or the wasm it would be 250 bytes of headers each, a tenth
      // of a second on a slow line over the page's dozen files.
      if (extname(file) === ".html" || basename(file) === "worker.js") headers["Content-Security-Policy"] = CSP;
      let body;
      if (COMPRESSIBLE.has(extname(file))) {
        headers.Vary = "Accept-Encoding";
        const accepts = String(req.headers["accept-encoding"] ?? "");
        for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
          if (!new RegExp(`\\b${encoding}\\b`).test(accepts)) continue;
          const copy = await stat(file + suffix).catch(() => null);
          if (copy && copy.mtimeMs >= info.mtimeMs) {
            body = await readFile(file + suffix);
            headers["Content-Encoding"] = encoding;
            break;
          }
        }
        if (!body && /\bgzip\b/.test(accepts)) {
          body = gzipSync(await readFile(file), { level: 6 });
          headers["Content-Encoding"] = "gzip";
        }
      }
      body ??= await readFile(file);
      headers["Content-Length"] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

// `node xtask/serve.mjs --root www --host 127.0.0.1 --port 8080`
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({ root: arg("root", "www"), host: arg("host", "127.0.0.1"), port: Number(arg("port", 8080)) });
  console.log(`numcheck demo page: ${url}  (Ctrl-C to stop)`);
}
