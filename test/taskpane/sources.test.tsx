/* The pane says where each headline input's default comes from, with its date, as the workbook's register does. */
import { act, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { renderPane } from "./renderPane";

jest.setTimeout(30_000);

const MODEL = "Extra Care Housing revenue cost model, Joint Improvement Team";

describe("sources of the headline inputs", () => {
  test("tenants, band mix and price base name the published model, its table and May 2009; the 2026-27 pay rates are examples", async () => {
    await renderPane();
    expect(screen.getByRole("textbox", { name: "Tenants" })).toHaveAccessibleDescription(
      `Number of tenants in the scheme. Default from ${MODEL}, Care and support staffing (May 2009).`,
    );
    expect(screen.getByRole("group", { name: /^Band mix/ })).toHaveAccessibleDescription(
      `Total 100% Default from ${MODEL}, Care and support staffing (May 2009).`,
    );
    expect(screen.getByRole("combobox", { name: "Price base" })).toHaveAccessibleDescription(
      expect.stringContaining(`Default from ${MODEL}, Staff on-costs (May 2009).`),
    );
    expect(screen.getByRole("group", { name: /^Hourly pay at 2026-27 prices/ })).toHaveAccessibleDescription(
      "The default is an example: enter your own.",
    );
  });

  test("the contract's inputs say their defaults are examples, and the discount rate names the Green Book review and its date", async () => {
    const view = await renderPane();
    await act(async () => {
      await import("../../src/taskpane/Contract");
    });
    const region = await screen.findByRole("region", { name: "4. Over the contract" });
    await within(region).findByTestId("contract-figures");
    for (const name of ["Contract length (years)", "Pay uplift a year", "Non-pay uplift a year"]) {
      expect(within(region).getByRole("textbox", { name })).toHaveAccessibleDescription("The default is an example: enter your own.");
    }
    expect(within(region).getByTestId("discount-source")).toHaveTextContent(
      "Discount rate from Review of discounting in the Green Book: Terms of Reference, HM Treasury, 1. Discounting in the Green Book (16 December 2025).",
    );
    expect(await axe(view.container)).toHaveNoViolations();
  });

  // Tabbing itself is checked in Chromium (test/e2e): jsdom and Fluent's focus manager disagree about Tab.
  test("keyboard: the sources are descriptions of focusable fields, read out on focus, not hover-only tooltips", async () => {
    await renderPane();
    for (const name of ["Tenants", "Low", "Housing support", "Care"]) {
      const box = screen.getByRole("textbox", { name });
      expect(box.tabIndex).toBe(0);
      box.focus();
      expect(box).toHaveFocus();
    }
    expect(screen.getByRole("textbox", { name: "Tenants" })).toHaveAccessibleDescription(expect.stringContaining("(May 2009)"));
    expect(document.querySelectorAll("[title]")).toHaveLength(0);
  });
});
