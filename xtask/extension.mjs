// Builds the browser extension from extension/ and the www/ modules it shares with the page
// and the widget, after `cargo xtask build` has built the wasm into www/pkg:
//
//   target/extension/chromium/                      the unpacked extension (Chromium, Chrome, Edge)
//   target/extension/firefox/                       the same files, Firefox's manifest
//   target/extension/numcheck-VERSION-chromium.zip  ready for the Chrome Web Store
//   target/extension/numcheck-VERSION-firefox.zip   ready for addons.mozilla.org
//
//   node xtask/extension.mjs
//
// esbuild bundles the content script (a classic script, as chrome.scripting injects it) with
// www/panel.js, www/surface.js, www/dom.js, www/report-view.js and Readability; the
// background and the options page are ES modules, bundled too, the wasm-bindgen glue and the
// .wasm copied beside them as built. Nothing is minified: the stores read what they ship.
// The zips are reproducible (sorted entries, fixed dates).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import * as zlib from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "extension");
const out = join(root, "target/extension");
const pkg = join(root, "www/pkg");

for (const file of ["numcheck.js", "numcheck_bg.wasm"]) {
  try {
    statSync(join(pkg, file));
  } catch {
    console.error(`extension: www/pkg/${file} is missing: run \`cargo xtask build\` (it builds the wasm first)`);
    process.exit(1);
  }
}

const manifest = JSON.parse(readFileSync(join(src, "manifest.json"), "utf8"));

/** Firefox runs the same files: its background is an event page (no service workers for
 * extensions), it needs an add-on id, and it says what data the extension collects: none. */
function firefoxManifest(m) {
  const { minimum_chrome_version: _, ...rest } = m;
  return {
    ...rest,
    background: { scripts: [m.background.service_worker], type: "module" },
    browser_specific_settings: {
      gecko: { id: "numcheck@numcheck.invalid", strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
    },
  };
}

const chromium = join(out, "chromium");
rmSync(out, { recursive: true, force: true });
mkdirSync(join(chromium, "pkg"), { recursive: true });
mkdirSync(join(chromium, "icons"), { recursive: true });

const common = { bundle: true, charset: "utf8", legalComments: "eof", logLevel: "warning", target: ["chrome105", "firefox140"] };
await build({ ...common, entryPoints: [join(src, "content.js")], outfile: join(chromium, "content.js"), format: "iife" });
await build({ ...common, entryPoints: [join(src, "background.js")], outfile: join(chromium, "background.js"), format: "esm", external: ["./pkg/*"] });
await build({ ...common, entryPoints: [join(src, "options.js")], outfile: join(chromium, "options.js"), format: "esm" });

for (const file of ["options.html", "options.css"]) copyFileSync(join(src, file), join(chromium, file));
for (const file of readdirSync(join(src, "icons")).filter((f) => f.endsWith(".png"))) copyFileSync(join(src, "icons", file), join(chromium, "icons", file));
for (const file of ["numcheck.js", "numcheck_bg.wasm"]) copyFileSync(join(pkg, file), join(chromium, "pkg", file));
writeFileSync(join(chromium, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);

// Firefox: the same files, its own manifest.
const firefox = join(out, "firefox");
const files = [...walk(chromium)].sort();
for (const file of files) {
  mkdirSync(dirname(join(firefox, file)), { recursive: true });
  copyFileSync(join(chromium, file), join(firefox, file));
}
writeFileSync(join(firefox, "manifest.json"), `${JSON.stringify(firefoxManifest(manifest), null, 2)}\n`);

for (const [name, dir] of [["chromium", chromium], ["firefox", firefox]]) {
  const zip = join(out, `numcheck-${manifest.version}-${name}.zip`);
  const entries = [...walk(dir)].sort();
  writeFileSync(zip, zipOf(entries.map((file) => [file, readFileSync(join(dir, file))])));
  const size = entries.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  console.log(`extension: ${relative(root, dir)}/ (${entries.length} files, ${size} bytes), ${relative(root, zip)} (${statSync(zip).size} bytes)`);
}

function* walk(dir, base = dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, base);
    else yield relative(base, path).split("\\").join("/");
  }
}

// ---------------------------------------------------------------------------------------
// A zip archive (deflate, or stored where deflate does not help), as the stores take it.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  if (typeof zlib.crc32 === "function") return zlib.crc32(bytes) >>> 0;
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function zipOf(entries) {
  const DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the format's first day: the same bytes every build
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(stored ? 0 : 8, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}
