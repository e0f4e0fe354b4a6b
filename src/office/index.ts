/**
 * The one module that talks to @microsoft/office-js-helpers (deprecated and archived upstream).
 * It is used only for host detection, loaded once office.js is ready (in its own chunk, off the
 * pane's first download); see docs/office-helpers.md. Everything else in the pane asks this module,
 * never the helpers.
 */

import { SETTINGS_CONTAINER, settingsKey } from "./settingsKey";

export type Host = "excel" | "browser";

export interface HostInfo {
  host: Host;
  /** "PC", "MAC", "OFFICE_ONLINE", … inside Office; null in a browser. */
  platform: string | null;
  /** Office's theme is dark (e.g. Excel's Black theme); false outside Office. */
  darkTheme: boolean;
}

const BROWSER: HostInfo = { host: "browser", platform: null, darkTheme: false };

/** How long to wait for office.js before treating the page as an ordinary web page. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

function officeGlobal(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

/**
 * Inside Excel or in a plain browser? office.js resolves onReady in both; the helpers then read the
 * host from it. Only Excel counts: the helpers report odd values when Office has no host.
 */
export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") return BROWSER;
  const ready = await Promise.race([
    office.onReady().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
  ]);
  if (!ready) return BROWSER;
  const { HostType, Utilities } = await import(/* webpackChunkName: "office-helpers" */ "@microsoft/office-js-helpers");
  if (Utilities.host !== HostType.EXCEL) return BROWSER;
  return { host: "excel", platform: Utilities.platform ?? null, darkTheme: isDark(office) };
}

function isDark(office: typeof Office): boolean {
  const colour = office.context?.officeTheme?.bodyBackgroundColor;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  // Relative luminance below the midpoint means a dark Office theme.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** Runs a batch of workbook operations; the pane passes this to the actions as a dependency. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const runInExcel: ExcelRunner = (batch) => Excel.run(batch);

export interface SettingsStore {
  get<T>(key: string): T | undefined;
  set<T>(key: string, value: T): void;
}

/**
 * Remembers the pane's inputs between sessions: localStorage where the host allows it, else in
 * memory for this session only (some Office webviews block storage). Keys and values are as the
 * helpers' Storage wrote them (`@ech-cost-model/pane`, JSON), so what was saved before is found.
 */
export function openSettings(container = SETTINGS_CONTAINER): SettingsStore {
  const scoped = (key: string) => settingsKey(key, container);
  let store: Pick<Storage, "getItem" | "setItem">;
  try {
    localStorage.setItem(scoped("__probe"), "1");
    localStorage.removeItem(scoped("__probe"));
    store = localStorage;
  } catch {
    const memory = new Map<string, string>();
    store = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
  }
  return {
    get<T>(key: string): T | undefined {
      try {
        const value = store.getItem(scoped(key));
        return value === null ? undefined : ((JSON.parse(value) as T | null) ?? undefined);
      } catch {
        return undefined;
      }
    },
    set<T>(key: string, value: T): void {
      try {
        store.setItem(scoped(key), JSON.stringify(value));
      } catch {
        // A full or blocked store only loses the remembered inputs, never the user's work.
      }
    },
  };
}
