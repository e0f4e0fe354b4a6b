/**
 * The pane's first screen as HTML, rendered at build time by the same components as in the browser
 * (the option choice, E and F, the sections' headings, the footer; the figures "being worked out"),
 * with the styles they need. taskpane.html carries it, so a slow laptop shows the option choice as
 * soon as the page arrives, not after seconds of script; the pane's script then renders over it,
 * keeping a choice made in the meantime (see index.tsx). The styles go in the head, ahead of
 * office.js: parsed while office.js downloads, they no longer stand between the body's first bytes
 * and the option choice.
 */
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
import { OPTIONS, optionContent } from "./options";
import { PRERENDERED, PRERENDERED_STYLE, SHELL_OPTION, shellTitle } from "./shell";

export { PRERENDERED, PRERENDERED_STYLE };

/** The page's parts: style elements for the head, and the markup for the pane's root element. */
export interface PrerenderedPane {
  head: string;
  body: string;
}

const nothingSaved: SettingsStore = { get: () => undefined, set: () => undefined };
const never = () => {
  throw new Error("The prerendered pane does nothing: the pane's script replaces it.");
};

/** The first screen's style elements (for the head) and markup (for the pane's root element). */
export function prerenderPane(): PrerenderedPane {
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
  // Plain style elements (Griffel must not take them for its own, since the pane's script removes
  // them: no attribute of Griffel's but the media), with only the rules of classes on the screen: Griffel writes every
  // class a component might take, and their parse held the option choice back.
  const classes = new Set([...body.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(" ")));
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>).replace(
    /<style([^>]*)>([\s\S]*?)<\/style>/g,
    (_, attributes: string, css: string) => `<style${/ media="[^"]*"/.exec(attributes)?.[0] ?? ""}>${rulesFor(classes, css)}</style>`,
  );
  const themed = themeForShell(body, styles);
  // FluentProvider writes its theme's style element inside its markup; it goes to the head with the rest.
  const theme = [...themed.matchAll(/<style[^>]*>[^<]*<\/style>/g)].map((m) => m[0]).join("");
  const short = shortClassNames(classes);
  const head = short.css(theme + styles).replace(/<style/g, `<style ${PRERENDERED_STYLE}=""`);
  // The option shown and every option's title, for restore.ts to show a returning user's option.
  const attributes = [
    `${SHELL_OPTION}="${OPTIONS[0]}"`,
    ...OPTIONS.map((id) => `${shellTitle(id)}="${escapeAttribute(optionContent(id).title)}"`),
  ];
  const markup = short.markup(themed.replace(/<style[^>]*>[^<]*<\/style>/g, ""));
  return { head, body: `<div ${PRERENDERED}="" ${attributes.join(" ")}>${markup}</div>` };
}

/**
 * The screen's classes renamed s0, s1… in its markup and its styles alike: Griffel's names (often
 * 30 to a button) made half the markup before the option choice. Only this screen has them; the
 * pane's script renders with its own names and removes these styles.
 */
function shortClassNames(classes: Set<string>) {
  const names = new Map([...classes].filter((c) => c !== "").map((c, i) => [c, `s${i.toString(36)}`]));
  return {
    markup: (html: string) =>
      html.replace(
        /class="([^"]*)"/g,
        (_, list: string) =>
          `class="${list
            .split(" ")
            .map((c) => names.get(c) ?? c)
            .join(" ")}"`,
      ),
    // Selectors only: the text between a brace (or the style tag) and the next opening brace, that
    // brace left for the next selector (the first rule inside an @media block).
    css: (css: string) =>
      css.replace(
        /(^|[{}>])([^{}<]*)(?=\{)/g,
        (_, before: string, selector: string) =>
          `${before}${selector.replace(/\.(-?[_a-zA-Z][\w-]*)/g, (m, c: string) => (names.has(c) ? `.${names.get(c)}` : m))}`,
      ),
  };
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The rules whose selector starts with one of `classes`, and every other rule; inside @media and
 * @supports the same (a block left empty goes): Griffel writes such blocks for every class a
 * component might take, a quarter of the screen's styles, and the head's styles are read before
 * office.js runs.
 */
function rulesFor(classes: Set<string>, css: string): string {
  let kept = "";
  let start = 0;
  let depth = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}" && --depth === 0) {
      const rule = css.slice(start, i + 1);
      const open = rule.indexOf("{");
      const first = /^\.([\w-]+)/.exec(rule);
      if (/^@(media|supports)\b/.test(rule) && rule.indexOf("{", open + 1) !== -1) {
        const inner = rulesFor(classes, rule.slice(open + 1, -1));
        if (inner.trim() !== "") kept += `${rule.slice(0, open + 1)}${inner}}`;
      } else if (!first || classes.has(first[1])) kept += rule;
      start = i + 1;
    }
  }
  return kept + css.slice(start);
}

/**
 * The theme's style element, as FluentProvider renders it on the server, with only the custom
 * properties the screen uses (about 100 of 460: parsing the rest held the option choice back), and
 * without its id, by which the pane's own FluentProvider would adopt it and lose it with the screen.
 */
function themeForShell(body: string, styles: string): string {
  const used = new Set([...(body + styles).matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]));
  return body.replace(/<style id="fui-FluentProvider[^"]*">([^{<]*)\{([^}<]*)\}/, (_, selector: string, declarations: string) => {
    const kept = declarations.split(";").filter((d) => {
      const name = d.split(":")[0].trim();
      return name !== "" && (!name.startsWith("--") || used.has(name));
    });
    return `<style>${selector}{${kept.join(";")}}`;
  });
}
