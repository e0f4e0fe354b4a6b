/**
 * The pane's first screen as HTML, rendered at build time by the same components as in the browser
 * (the option choice, E and F, the sections' headings, the footer; the figures "being worked out"),
 * with the styles they need. taskpane.html carries it, so a slow laptop shows the option choice as
 * soon as the page arrives, not after seconds of script; the pane's script then renders over it,
 * keeping a choice made in the meantime (see index.tsx).
 */
import type { ReactElement, StyleHTMLAttributes } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  renderToStyleElements,
  SSRProvider,
  webLightTheme,
} from "@fluentui/react-components";
import type { SettingsStore } from "../office";
import { App } from "./App";

/** Marks the prerendered markup, so the script knows what it replaces. */
export const PRERENDERED = "data-prerendered";

const nothingSaved: SettingsStore = { get: () => undefined, set: () => undefined };
const never = () => {
  throw new Error("The prerendered pane does nothing: the pane's script replaces it.");
};

/** The markup to put inside the pane's root element: the styles, then the first screen. */
export function prerenderPane(): string {
  const renderer = createDOMRenderer();
  const body = renderToStaticMarkup(
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <FluentProvider theme={webLightTheme}>
          <App host={null} services={{ runExcel: never, settings: nothingSaved, saveFile: never }} />
        </FluentProvider>
      </SSRProvider>
    </RendererProvider>,
  );
  // Plain style elements: Griffel must not take them for its own, since the pane's script removes them.
  const styles = renderToStaticMarkup(
    <>
      {(renderToStyleElements(renderer) as ReactElement<StyleHTMLAttributes<HTMLStyleElement>>[]).map(({ props }, i) => (
        <style key={i} media={props.media} dangerouslySetInnerHTML={props.dangerouslySetInnerHTML} />
      ))}
    </>,
  );
  return `<div ${PRERENDERED}="">${styles}${body}</div>`;
}
