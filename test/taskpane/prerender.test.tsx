/**
 * @jest-environment node
 */
/* The first screen as taskpane.html carries it: rendered without a browser, as the build does. */
import { PRERENDERED, PRERENDERED_STYLE, prerenderPane } from "../../src/taskpane/prerender";
import { SHELL_OPTION, shellTitle } from "../../src/taskpane/shell";
import { optionContent, OPTIONS } from "../../src/taskpane/options";

jest.setTimeout(60_000);

describe("the prerendered first screen", () => {
  const { head, body } = prerenderPane();
  const html = head + body;
  const radios = [...html.matchAll(/<input type="radio"[^>]*>/g)].map((m) => m[0]);

  test("offers the option choice, A chosen, with each option's title, and says the figures are being worked out", () => {
    expect(radios.map((r) => /value="([A-Z])"/.exec(r)?.[1])).toEqual([...OPTIONS]);
    expect(radios.filter((r) => r.includes('checked=""'))).toEqual([expect.stringContaining('value="A"')]);
    for (const id of OPTIONS) expect(html).toContain(`>${id}. ${optionContent(id).title}</label>`);
    expect(html).toContain("Option A: Spot-purchasing</h2>");
    expect(html).toContain("Working out the costs…");
    // No figure yet: the model runs in the browser.
    expect(html).not.toMatch(/£\d/);
  });

  test("is marked for the pane's script, brings its styles for the head as plain style elements (Griffel must not adopt them) and no script", () => {
    expect(body.startsWith(`<div ${PRERENDERED}="" ${SHELL_OPTION}="A" `)).toBe(true);
    // Each option's title, for the head's script to show a returning user's option.
    for (const id of OPTIONS) expect(body).toContain(`${shellTitle(id)}="${optionContent(id).title}"`);
    // Every style in the head, marked for removal: none between the body's start and the option choice.
    expect(body).not.toMatch(/<style/);
    expect(head.replace(new RegExp(`<style ${PRERENDERED_STYLE}=""( media="[^"]*")?>[^<]*</style>`, "g"), "")).toBe("");
    expect(head).toContain("--colorNeutralBackground1:");
    expect(html).not.toMatch(/data-make-styles/);
    expect(html).not.toMatch(/<script/i);
  });

  test("keeps only the rules of classes on the screen, and the theme's properties they use", () => {
    const markup = html.replace(/<style[^>]*>[^<]*<\/style>/g, "");
    const classes = new Set([...markup.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(" ")));
    const css = [...html.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map((m) => m[1]).join("");
    // Every rule's first class, at the top level and inside @media and @supports blocks alike.
    const ruleClasses = [...css.matchAll(/(?:^|[{}])\.([\w-]+)/g)].map((m) => m[1]);
    expect(ruleClasses.length).toBeGreaterThan(100);
    expect(ruleClasses.filter((c) => !classes.has(c))).toEqual([]);
    // The screen's own states in those blocks stay (reduced motion, high contrast).
    expect(css).toMatch(/@media \(forced-colors: active\)\{\.s[0-9a-z]+/);
    expect(css).not.toMatch(/\{\s*\}/);
    const declared = [...css.matchAll(/(--[\w-]+):/g)].map((m) => m[1]).filter((v) => !/__/.test(v));
    expect(declared.length).toBeLessThan(200);
    const used = new Set([...html.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]));
    expect(declared.filter((v) => !used.has(v))).toEqual([]);
  });
});
