// The extension's background: Chromium's service worker, Firefox's background page.
//
// The toolbar button and the keyboard shortcut run checkTab() on the current tab. Both are
// user gestures, which is what grants the extension that one tab (activeTab) until it
// navigates: checkTab puts the highlight styles and the content script (content.js) into the
// tab's top document and opens the panel. The content script reads the article's text and
// sends it here through a port; numcheck's wasm runs here (checker.js), never in the page,
// and the report goes back in slices. No host permission, no remote code, no network: the
// extension's CSP allows it to connect to nothing but its own files.

import { HIGHLIGHT_CSS } from "../www/surface.js";
import { check, retire, sparesLeft, version } from "./checker.js";
import { DEFAULTS, loadSettings, optionsFor } from "./settings.js";

/** Mentions (or findings) per message, as www/worker.js sends them. */
const SLICE = 1_000;

let settings = null; // cached; the options page says when they change

async function currentSettings() {
  settings ??= loadSettings().catch(() => {
    settings = null;
    return DEFAULTS;
  });
  return settings;
}

/** www/surface.js's highlight styles with their dark variant always (`dark`) or never used. */
export function highlightCss(dark) {
  return HIGHLIGHT_CSS.replace("@media (prefers-color-scheme: dark)", dark ? "@media all" : "@media not all");
}

/**
 * chrome.scripting.executeScript, tried again a moment later when refused for want of
 * access: the click's grant reaches the page's renderer by a message of its own, and an
 * injection that overtakes it is refused (seen in the tests, about once in ten clicks
 * with the service worker awake).
 */
async function run(details) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await chrome.scripting.executeScript(details);
    } catch (e) {
      if (attempt >= 4 || !/Cannot access contents of the page/.test(e?.message)) throw e;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/**
 * Checks the page in `tab`: the same code path for the toolbar button, the keyboard shortcut
 * and the tests (which call it through the service worker, after Extensions.triggerAction
 * has granted activeTab as a click does). Only the top document is read.
 */
export async function checkTab(tab) {
  const target = { tabId: tab.id };
  try {
    const [{ result: present }] = await run({
      target, func: () => typeof globalThis.numcheckExtension?.open === "function" && globalThis.numcheckExtension.alive(),
    });
    if (!present) {
      await chrome.scripting.executeScript({ target, files: ["content.js"] });
      // The highlights' colours, as a stylesheet of the browser's: the page's CSP does not
      // apply to it and its scripts cannot remove it. Their light or dark variant follows
      // the page's own background, which on someone else's site need not follow the
      // reader's colour scheme.
      const [{ result: dark }] = await chrome.scripting.executeScript({ target, func: () => globalThis.numcheckExtension.pageIsDark() });
      await chrome.scripting.insertCSS({ target, css: highlightCss(dark) });
    }
    await chrome.scripting.executeScript({ target, func: () => globalThis.numcheckExtension.open() });
    await chrome.action.setBadgeText({ tabId: tab.id, text: "" });
    await chrome.action.setTitle({ tabId: tab.id, title: chrome.runtime.getManifest().action.default_title });
    return "checking";
  } catch (e) {
    // Pages no extension may read: the browser's own, its extension store, its PDF viewer.
    const why = `numcheck cannot read this page: ${e?.message ?? e}`;
    await chrome.action.setBadgeText({ tabId: tab.id, text: "!" }).catch(() => {});
    await chrome.action.setTitle({ tabId: tab.id, title: why }).catch(() => {});
    return why;
  }
}

/** The keyboard shortcut's handler ("check-page" in the manifest's commands). */
export function onCommand(command, tab) {
  if (command === "check-page" && tab?.id !== undefined) return checkTab(tab);
  return Promise.resolve("ignored");
}

chrome.action.onClicked.addListener((tab) => { checkTab(tab); });
chrome.commands.onCommand.addListener((command, tab) => { onCommand(command, tab); });

chrome.runtime.onMessage.addListener((message, sender) => {
  if (sender.id !== chrome.runtime.id) return;
  const ours = sender.url?.startsWith(chrome.runtime.getURL("")); // an extension page, not a content script
  // From the options page: the settings changed.
  if (message?.type === "numcheck-settings" && ours) settings = null;
  // From the panel on a page: its "Options" link (content scripts cannot open the page).
  if (message?.type === "numcheck-open-options") chrome.runtime.openOptionsPage();
});

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== "numcheck-check" || port.sender?.id !== chrome.runtime.id) return;
  port.onMessage.addListener(async (message) => {
    if (message?.type !== "check" || typeof message.text !== "string") return;
    const { id, text } = message;
    const used = await currentSettings();
    const options = optionsFor(used);
    let report;
    try {
      report = await check(text, options);
    } catch (e) {
      try { port.postMessage({ type: "error", id, name: e?.name ?? "Error", message: String(e?.message ?? e) }); } catch { /* gone */ }
      return;
    }
    const { mentions, findings, ...rest } = report;
    try {
      for (let i = 0; i < Math.max(mentions.length, findings.length); i += SLICE) {
        port.postMessage({ type: "part", id, mentions: mentions.slice(i, i + SLICE), findings: findings.slice(i, i + SLICE) });
      }
      port.postMessage({ type: "done", id, rest, settings: used });
    } catch {
      // The tab closed or navigated while the text was checked.
    }
  });
});

// For the tests and for debugging from the service worker's console: the functions the
// listeners call. A module has no globals of its own.
globalThis.numcheck = { checkTab, onCommand, check, retire, sparesLeft, version, currentSettings, highlightCss };
