/* Renders the pane as index.tsx does, with injectable surroundings: a fake Excel, an in-memory
   settings store and a captured download. */
import "@testing-library/jest-dom";
import { act, configure, render, waitFor, within } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";
import { deserialize, serialize } from "v8";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { SettingsStore } from "../../src/office";
import { App } from "../../src/taskpane/App";
import type { PaneServices } from "../../src/taskpane/services";
import type { FakeExcel } from "../support/fakeExcel";

expect.extend(toHaveNoViolations);

// Writing a workbook takes a while when the whole suite runs in parallel on two cores.
configure({ asyncUtilTimeout: 10_000 });

// jsdom hides Node's structuredClone, which the fake workbook's snapshot uses.
if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = <T,>(v: T): T => deserialize(serialize(v));
}

// jsdom lacks matchMedia, which Fluent's motion (dialogs) asks about reduced motion: answer
// "reduce" so dialogs appear at once, as for users who turn animations off.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: /prefers-reduced-motion:\s*reduce/.test(query),
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

export function memorySettings(initial: Record<string, unknown> = {}): SettingsStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: <T,>(k: string) => data[k] as T | undefined,
    set: <T,>(k: string, v: T) => void (data[k] = JSON.parse(JSON.stringify(v))),
  };
}

export interface Saved {
  fileName: string;
  bytes: Uint8Array;
  mimeType: string;
}

/** Renders and lets the lazily loaded charts arrive inside act(), as a user would wait for them. */
export async function renderPane(opts: { excel?: FakeExcel; settings?: SettingsStore } = {}) {
  const saved: Saved[] = [];
  const services: PaneServices = {
    runExcel: (batch) => {
      if (!opts.excel) throw new Error("no Excel in this test");
      return batch(opts.excel.context);
    },
    settings: opts.settings ?? memorySettings(),
    saveFile: (fileName, bytes, mimeType) => void saved.push({ fileName, bytes, mimeType }),
  };
  const host = opts.excel
    ? ({ host: "excel", platform: "PC", darkTheme: false } as const)
    : ({ host: "browser", platform: null, darkTheme: false } as const);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} services={services} />
    </FluentProvider>,
  );
  // The model loads just after the first paint; wait for it as a user waits for the figures.
  await act(async () => {
    await import("../../src/taskpane/engine");
  });
  await waitFor(() => expect(view.queryByTestId("answer-loading")).toBeNull());
  return { ...view, saved, services };
}

/** Opens a section of the pane by its heading, as a user clicks its title, and waits for its content to load. */
export async function openSection(user: { click: (el: Element) => Promise<void> }, name: string): Promise<void> {
  const { screen } = await import("@testing-library/react");
  const heading = screen.getByRole("heading", { name, level: 2 });
  const details = heading.closest("details")!;
  if (!details.hasAttribute("open")) await user.click(heading);
  await waitFor(() => expect(within(details).queryByText(/^Loading/)).toBeNull());
}
