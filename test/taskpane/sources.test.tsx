/* The pane says where each headline input's default comes from, with its date, once: behind the Sources button. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultSources } from "../../src/taskpane/SourcesList";
import { openSection, renderPane } from "./renderPane";

jest.setTimeout(30_000);

const MODEL = "Extra Care Housing revenue cost model, Joint Improvement Team";

describe("sources of the headline inputs", () => {
  test("each default's source, with its date, once", () => {
    const lines = defaultSources();
    expect(lines).toContain(`Tenants: ${MODEL}, Care and support staffing (May 2009).`);
    expect(lines).toContain(`Band mix: ${MODEL}, Care and support staffing (May 2009).`);
    // Today's base is the default because its pay rules are the latest published.
    expect(lines).toContain(
      "Price base: National Minimum Wage and National Living Wage rates, GOV.UK, Current rates: those from 1 April 2026 are the latest published, so 2026-27 is the default (rates from 1 April 2026).",
    );
    expect(lines).toContain("Contract length: An example: enter your own.");
    expect(lines).toContain(
      "Discount rate: Review of discounting in the Green Book: Terms of Reference, HM Treasury, 1. Discounting in the Green Book (16 December 2025).",
    );
    expect(new Set(lines).size).toBe(lines.length);
  });

  test("the Sources button opens them in a dialog, and the fields do not repeat them", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "Scheme");
    expect(screen.getByRole("textbox", { name: "Tenants" })).not.toHaveAccessibleDescription(expect.stringContaining("May 2009"));
    await user.click(screen.getByRole("button", { name: "Sources" }));
    const dialog = await waitFor(() => {
      const d = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!d) throw new Error("The dialog did not open");
      return d;
    });
    const items = within(await within(dialog).findByTestId("default-sources")).getAllByRole("listitem", { hidden: true });
    expect(items.map((li) => li.textContent)).toEqual(defaultSources());
  });

  test("keyboard: fields are focusable text boxes, and a title never carries what the visible text does not say", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "Scheme");
    for (const name of ["Tenants", "Low", "Housing support", "Care"]) {
      const box = screen.getByRole("textbox", { name });
      expect(box.tabIndex).toBe(0);
      box.focus();
      expect(box).toHaveFocus();
    }
    for (const el of document.querySelectorAll("[title]")) expect(el.textContent!.trim()).not.toBe("");
  });
});
