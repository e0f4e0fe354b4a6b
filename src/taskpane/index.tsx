/*
 * Entry point of the task pane. The page already shows the first screen, prerendered (see
 * prerender.tsx); this renders the pane over it at once, keeping an option or E and F chosen there in
 * the meantime, while office.js still works out where the pane runs; then the host (inside Excel or
 * not) and its theme follow.
 */
import { useEffect, useLayoutEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { detectHost, openSettings, runInExcel, type HostInfo } from "../office";
import type { OptionId } from "../templates/types";
import { App, type PaneChoice } from "./App";
import { OPTIONS, OVERLAYS } from "./options";
import { PRERENDERED, PRERENDERED_STYLE, SHELL_OPTION, SHELL_RESTORED, SHELL_RESTORED_OVERLAYS } from "./shell";
import { downloadFile, type PaneServices } from "./services";

const services: PaneServices = { runExcel: runInExcel, settings: openSettings(), saveFile: downloadFile };

/** What the user did on the prerendered screen: a choice other than the one it showed (nothing added), and where the focus was. */
function shellState(root: HTMLElement): { choice?: PaneChoice; focus?: string } {
  const shell = root.querySelector<HTMLElement>(`[${PRERENDERED}]`);
  if (!shell) return {};
  const option = shell.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value as OptionId | undefined;
  const ticked = (id: string) =>
    shell.querySelector<HTMLInputElement>(`[data-testid="answer"] input[type="checkbox"][value="${id}"]`)?.checked;
  const overlays = OVERLAYS.filter((id) => ticked(id));
  const focused =
    document.activeElement instanceof HTMLInputElement && shell.contains(document.activeElement) ? document.activeElement : null;
  const focus = focused?.type === "radio" ? `input[type="radio"][value="${focused.value}"]` : undefined;
  // The option the screen showed by itself: its own, or the one saved last time (restore.ts).
  const shown = shell.getAttribute(SHELL_RESTORED) ?? shell.getAttribute(SHELL_OPTION) ?? OPTIONS[0];
  const shownOverlays = shell.getAttribute(SHELL_RESTORED_OVERLAYS) ?? "";
  const changed = (option !== undefined && option !== shown) || overlays.join(",") !== shownOverlays;
  return { choice: changed && option ? { option, overlays } : undefined, focus };
}

function Root({ shell }: { shell: ReturnType<typeof shellState> }) {
  const [host, setHost] = useState<HostInfo | null>(null);
  const [theme, setTheme] = useState<Theme>(webLightTheme);
  useLayoutEffect(() => {
    if (shell.focus) document.querySelector<HTMLElement>(`#root ${shell.focus}`)?.focus();
    // The first screen's styles, now that the pane has rendered over it with its own.
    for (const style of document.head.querySelectorAll(`style[${PRERENDERED_STYLE}]`)) style.remove();
  }, [shell]);
  useEffect(() => {
    void detectHost().then(async (h) => {
      // The dark theme only when Office is dark: most panes never load it.
      if (h.darkTheme) setTheme((await import(/* webpackChunkName: "dark-theme" */ "./darkTheme")).webDarkTheme);
      setHost(h);
    });
  }, []);
  return (
    <FluentProvider theme={theme}>
      <App host={host} services={services} startWith={shell.choice} />
    </FluentProvider>
  );
}

const root = document.getElementById("root")!;
// React replaces the prerendered screen when it first commits.
createRoot(root).render(<Root shell={shellState(root)} />);
