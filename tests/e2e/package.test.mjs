// The npm package as a user gets it: `npm pack` of www/, installed into a scratch project,
// its types compiled against the README's usage, and its module run in node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { here } from "./harness.mjs";

test("the packed npm package installs, type-checks and runs", async () => {
  const scratch = mkdtempSync(join(tmpdir(), "numcheck-pkg-"));
  try {
    const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", scratch], { cwd: here("../../www"), encoding: "utf8" }));
    const files = packed[0].files.map((f) => f.path).sort();
    for (const needed of ["pkg/numcheck.js", "pkg/numcheck_bg.wasm", "dom.js", "engine.js", "worker.js", "panel.js", "surface.js", "report-view.js", "widget/num-check.js", "types/index.d.ts", "types/report.d.ts"]) {
      assert.ok(files.includes(needed), `${needed} is in the package: ${files.join(", ")}`);
    }
    assert.ok(!files.some((f) => f.endsWith(".html") || f.endsWith(".gz") || f.endsWith(".br")), "the demo pages and the compressed copies stay out of the package");
    // Every module the package's modules import is in the package.
    for (const file of files.filter((f) => f.endsWith(".js"))) {
      const source = readFileSync(join(here("../../www"), file), "utf8");
      for (const [, spec] of source.matchAll(/^import [^"]*"(\.{1,2}\/[^"]+)"/gm)) {
        const target = join(file, "..", spec);
        assert.ok(files.includes(target), `${file} imports ${target}, which is not in the package`);
      }
    }

    writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", join(scratch, packed[0].filename)], { cwd: scratch, stdio: "pipe" });

    cpSync(here("../types/usage.ts"), join(scratch, "usage.ts"));
    cpSync(here("../types/tsconfig.json"), join(scratch, "tsconfig.json"));
    execFileSync(process.execPath, [here("../../node_modules/typescript/bin/tsc"), "-p", join(scratch, "tsconfig.json")], { stdio: "pipe" });

    const installed = join(scratch, "node_modules/numcheck");
    const { initSync, check, version } = await import(pathToFileURL(join(installed, "pkg/numcheck.js")));
    initSync({ module: readFileSync(join(installed, "pkg/numcheck_bg.wasm")) });
    const report = check("The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff.");
    assert.equal(report.findings[0].severity, "error");
    assert.equal(version(), JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).version);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
