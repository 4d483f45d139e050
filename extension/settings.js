// The extension's settings: what the options page writes and the checker reads.
//
// Kept in the extension's own IndexedDB (the options page, Chromium's service worker and
// Firefox's background page all reach it), not in chrome.storage, which would need the
// "storage" permission: the extension asks for activeTab and scripting only.

/** numcheck's checks, as the options page lists them (ids and what each catches). The e2e
 * suite holds this list to the engine's own registry, so a new check cannot be left out. */
export const CHECKS = [
  ["age-year", "ages, birth years and spans of years that disagree"],
  ["arithmetic", "a stated remainder or result that is not the sum or difference of related figures"],
  ["conversion", "a wrong unit conversion (10 miles (25 km))"],
  ["exchange-rate", "one article converting between the same two currencies at different rates"],
  ["known-total", "a vote tally larger than the body that cast it"],
  ["multiple", "doubled, tripled, halved that disagree with their endpoints"],
  ["part-whole", "a part larger than its whole"],
  ["parts-total", "parts that add up to more than their stated total"],
  ["percent-change", "a percentage change that disagrees with its endpoints"],
  ["percent-of", "a share whose percentage disagrees with its part and whole"],
  ["percent-total", "shares of one whole that add up to more than 100%"],
  ["percentage-points", "percent and percentage points confused"],
  ["repeat", "the same quantity stated again with a different value"],
];

/** Severities from the most shown to the least: the options page's choices. */
export const SEVERITIES = [
  ["ok", "Everything, with the verified relations folded"],
  ["note", "Errors, warnings and notes"],
  ["warning", "Errors and warnings"],
  ["error", "Errors only"],
];

export const DEFAULTS = Object.freeze({ minSeverity: "ok", referenceYear: null, disabledChecks: [] });

const DB = "numcheck";
const STORE = "settings";
const KEY = "settings";

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Settings as stored, each field checked and defaulted: a bad value never reaches check(). */
export function clean(stored) {
  const s = { ...DEFAULTS, ...(stored && typeof stored === "object" ? stored : {}) };
  const minSeverity = SEVERITIES.some(([id]) => id === s.minSeverity) ? s.minSeverity : DEFAULTS.minSeverity;
  const year = Number(s.referenceYear);
  const referenceYear = s.referenceYear !== null && s.referenceYear !== "" && Number.isInteger(year) && year > 0 && year < 10000 ? year : null;
  const known = new Set(CHECKS.map(([id]) => id));
  const disabledChecks = Array.isArray(s.disabledChecks) ? s.disabledChecks.filter((id) => known.has(id)) : [];
  return { minSeverity, referenceYear, disabledChecks };
}

export async function loadSettings() {
  return clean(await transact("readonly", (store) => store.get(KEY)));
}

export async function saveSettings(settings) {
  const value = clean(settings);
  await transact("readwrite", (store) => store.put(value, KEY));
  return value;
}

/**
 * check()'s options for these settings. With every check enabled `checks` is left out, so
 * that a check added to numcheck later runs too.
 */
export function optionsFor(settings) {
  const options = { minSeverity: settings.minSeverity };
  if (settings.referenceYear !== null) options.referenceYear = settings.referenceYear;
  if (settings.disabledChecks.length) {
    options.checks = CHECKS.map(([id]) => id).filter((id) => !settings.disabledChecks.includes(id));
  }
  return options;
}
