/* Entry point of the task pane: find out where we run, then render with the matching theme. */
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { detectHost, openSettings, runInExcel } from "../office";
import { App } from "./App";
import { downloadFile } from "./services";

async function main(): Promise<void> {
  const host = await detectHost();
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <FluentProvider theme={host.darkTheme ? webDarkTheme : webLightTheme}>
      <App host={host} services={{ runExcel: runInExcel, settings: openSettings(), saveFile: downloadFile }} />
    </FluentProvider>,
  );
}

void main();
