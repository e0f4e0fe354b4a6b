/**
 * @jest-environment node
 */
/* The first screen as taskpane.html carries it: rendered without a browser, as the build does. */
import { PRERENDERED, prerenderPane } from "../../src/taskpane/prerender";
import { optionContent, OPTIONS } from "../../src/taskpane/options";

jest.setTimeout(60_000);

describe("the prerendered first screen", () => {
  const html = prerenderPane();
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

  test("is marked for the pane's script, brings its styles as plain style elements (Griffel must not adopt them) and no script", () => {
    expect(html.startsWith(`<div ${PRERENDERED}=""><style`)).toBe(true);
    expect(html).toContain("--colorNeutralBackground1:");
    expect(html).not.toMatch(/data-make-styles/);
    expect(html).not.toMatch(/<script/i);
  });
});
