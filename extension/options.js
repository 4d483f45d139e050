// The options page: which findings are shown, the reference year, which checks run, and the
// shortcut for "check this page". Every change is saved at once (settings.js) and the
// background is told, so the next check — a click, or the page's next change — uses it.

import { CHECKS, loadSettings, saveSettings, SEVERITIES } from "./settings.js";

const $ = (id) => document.getElementById(id);
const form = $("settings");

function build(settings) {
  const severity = $("severity");
  for (const [id, label] of SEVERITIES) {
    const input = Object.assign(document.createElement("input"), { type: "radio", name: "minSeverity", value: id, checked: settings.minSeverity === id });
    const row = document.createElement("label");
    row.append(input, label);
    severity.append(row);
  }
  const checks = $("checks");
  for (const [id, summary] of CHECKS) {
    const input = Object.assign(document.createElement("input"), { type: "checkbox", name: "check", value: id, checked: !settings.disabledChecks.includes(id) });
    const code = document.createElement("code");
    code.textContent = id;
    const what = document.createElement("span");
    what.textContent = summary;
    const row = document.createElement("label");
    row.append(input, code, what);
    checks.append(row);
  }
  $("year").value = settings.referenceYear ?? "";
}

function read() {
  const year = $("year").value.trim();
  return {
    minSeverity: form.querySelector("input[name=minSeverity]:checked")?.value,
    referenceYear: year === "" ? null : Number(year),
    disabledChecks: [...form.querySelectorAll("input[name=check]:not(:checked)")].map((i) => i.value),
  };
}

async function save() {
  const year = $("year");
  if (!year.checkValidity()) {
    $("saved").textContent = "The year must be a whole number such as 2019; not saved.";
    return;
  }
  const saved = await saveSettings(read());
  await chrome.runtime.sendMessage({ type: "numcheck-settings" }).catch(() => {});
  const off = saved.disabledChecks.length;
  $("saved").textContent = `Saved. ${off ? `${off} of ${CHECKS.length} checks off. ` : ""}The next check uses these settings.`;
  document.body.dataset.saved = String(Date.now());
}

async function shortcut() {
  const commands = await chrome.commands.getAll();
  const command = commands.find((c) => c.name === "check-page");
  $("shortcut").textContent = command?.shortcut || "not set";
  // Firefox lets an extension set its own shortcuts; Chromium keeps them in its own page.
  const firefox = typeof browser !== "undefined" && typeof browser.commands?.update === "function";
  if (firefox) {
    $("shortcut-edit").hidden = false;
    $("shortcut-help").textContent = "Modifiers and a key, such as Alt+Shift+K or Ctrl+Shift+Y. Firefox's own Manage Extension Shortcuts page sets it too.";
    $("shortcut-save").addEventListener("click", async () => {
      try {
        await browser.commands.update({ name: "check-page", shortcut: $("shortcut-input").value.trim() });
        $("shortcut-help").textContent = "Set.";
      } catch (e) {
        $("shortcut-help").textContent = `Not set: ${e?.message ?? e}`;
      }
      shortcut();
    });
  } else {
    $("shortcut-help").textContent = "Chromium sets extensions' shortcuts on its own page, chrome://extensions/shortcuts (Menu → Extensions → Keyboard shortcuts).";
    const open = $("shortcut-page");
    open.hidden = false;
    open.onclick = () => chrome.tabs.create({ url: "chrome://extensions/shortcuts" });
  }
}

let timer = 0;
form.addEventListener("change", () => save());
form.addEventListener("input", (e) => {
  if (e.target.id !== "year") return;
  clearTimeout(timer);
  timer = setTimeout(save, 400);
});
form.addEventListener("submit", (e) => e.preventDefault());

build(await loadSettings());
$("version").textContent = `numcheck ${chrome.runtime.getManifest().version}`;
await shortcut();
document.body.dataset.ready = "true";
