// The page's own attempt at WebAssembly, which its policy (no 'wasm-unsafe-eval') refuses:
// the end-to-end test reads document.documentElement.dataset.wasm to know the policy holds.
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
WebAssembly.compile(bytes).then(
  () => { document.documentElement.dataset.wasm = "allowed"; },
  (e) => { document.documentElement.dataset.wasm = `refused: ${e.message}`; },
);
