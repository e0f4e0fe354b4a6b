/*
 * Entry point of the task pane. It renders at once, so the option choice is on screen while
 * office.js still works out where the pane runs; then the host (inside Excel or not) and its theme
 * follow.
 */
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { detectHost, openSettings, runInExcel, type HostInfo } from "../office";
import { App } from "./App";
import { downloadFile, type PaneServices } from "./services";

const services: PaneServices = { runExcel: runInExcel, settings: openSettings(), saveFile: downloadFile };

function Root() {
  const [host, setHost] = useState<HostInfo | null>(null);
  const [theme, setTheme] = useState<Theme>(webLightTheme);
  useEffect(() => {
    void detectHost().then(async (h) => {
      // The dark theme only when Office is dark: most panes never load it.
      if (h.darkTheme) setTheme((await import(/* webpackChunkName: "dark-theme" */ "./darkTheme")).webDarkTheme);
      setHost(h);
    });
  }, []);
  return (
    <FluentProvider theme={theme}>
      <App host={host} services={services} />
    </FluentProvider>
  );
}

createRoot(document.getElementById("root")!).render(<Root />);
