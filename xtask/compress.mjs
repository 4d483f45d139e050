// Writes a gzip (.gz, level 9) and a brotli (.br, quality 11) copy beside every file of the
// page that compresses (JavaScript, WebAssembly, CSS, HTML, text) under the given folders,
// so that `cargo xtask serve` (serve.mjs) sends them with Content-Encoding instead of the raw
// bytes: the wasm is a third of its size in brotli. Run by `cargo xtask build`:
//
//   node xtask/compress.mjs www
//
// The compressed copies of our scripts and style sheets are of the source with its comments
// and whitespace taken out (esbuild's minifyWhitespace and minifySyntax; names are kept, so
// stack traces still read): the page's scripts and style cross the wire in 22 KB of brotli
// instead of 31.5 KB (BENCHMARKS.md, "First findings on a slow connection"). The files
// themselves, and what is sent to a client that asks for no encoding, stay the source as
// written. wasm-bindgen's glue (pkg/) is compressed as generated: the end-to-end tests
// inject failures into it by its text (tests/e2e/harness.mjs, withTestGlue).
//
// Prints one line per file with its three sizes. Node's own zlib, and esbuild from
// package-lock.json.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { transformSync } from "esbuild";

export const COMPRESSIBLE = new Set([".js", ".mjs", ".wasm", ".css", ".html", ".txt", ".json", ".svg"]);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") yield* files(path);
    else if (entry.isFile() && COMPRESSIBLE.has(extname(entry.name))) yield path;
  }
}

const MINIFIED = { ".js": "js", ".mjs": "js", ".css": "css" };

/** A script or style sheet without comments and whitespace; other files as they are. */
export function minified(bytes, path = "") {
  const loader = MINIFIED[extname(path)];
  if (!loader || path.split(/[\\/]/).includes("pkg")) return bytes;
  const { code } = transformSync(bytes.toString("utf8"), {
    loader, minifyWhitespace: true, minifySyntax: true, legalComments: "none", sourcefile: path,
  });
  return Buffer.from(code);
}

/** Compresses one file's bytes (scripts and styles minified first): { gzip, brotli } buffers. */
export function compress(source, path = "") {
  const bytes = minified(source, path);
  const text = extname(path) !== ".wasm";
  return {
    gzip: gzipSync(bytes, { level: 9 }),
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const roots = process.argv.slice(2);
  let raw = 0, gz = 0, br = 0;
  for (const root of roots.length ? roots : ["www"]) {
    for (const path of files(root)) {
      const bytes = readFileSync(path);
      const { gzip, brotli } = compress(bytes, path);
      writeFileSync(`${path}.gz`, gzip);
      writeFileSync(`${path}.br`, brotli);
      raw += bytes.length; gz += gzip.length; br += brotli.length;
      if (path.endsWith(".wasm") || statSync(path).size > 50_000) {
        console.log(`compressed ${relative(".", path)}: ${bytes.length} bytes, ${gzip.length} gzip, ${brotli.length} brotli`);
      }
    }
  }
  console.log(`compressed the page: ${raw} bytes, ${gz} gzip, ${br} brotli`);
}
