// A classic script, so that it runs where module scripts cannot: index.html opened from disk
// (file://), where the browser refuses modules and the WebAssembly fetch. It says so, and how
// to serve the page, instead of "Loading numcheck…" forever.
if (location.protocol === "file:") {
  const note = document.getElementById("no-script");
  if (note) {
    note.textContent = "This page needs a web server: browsers do not run numcheck's modules and WebAssembly from a file opened from disk. " +
      "In the repository, run `cargo xtask serve` and open the address it prints (http://127.0.0.1:8080/).";
    note.setAttribute("role", "alert");
  }
  document.body.dataset.status = "needs-server";
}
