/** What the pane needs from its surroundings, passed in so tests can supply a fake Excel. */
import type { ExcelRunner, SettingsStore } from "../office";

export interface PaneServices {
  runExcel: ExcelRunner;
  settings: SettingsStore;
  /** Offers bytes to the user as a downloaded file. */
  saveFile: (fileName: string, bytes: Uint8Array, mimeType: string) => void;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Browser download through a temporary object URL (no network, works under the pane's CSP). */
export function downloadFile(fileName: string, bytes: Uint8Array, mimeType: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
