/* The pane's calculator of what one tenant pays towards their care, under the tenants' contributions in the Scheme section. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { compareOptions, isCosted } from "../../src/decisions/optionComparison";
import { computeScheme, DEFAULT_SCHEME, PUBLISHED_PRICE_BASE } from "../../src/model";
import { formatPence, formatPounds } from "../../src/taskpane/format";
import { openSection, renderPane } from "./renderPane";

jest.setTimeout(30_000);

type User = ReturnType<typeof userEvent.setup>;

/** Opens Scheme, the tenants' contributions and the calculator, as a user clicks them, and waits for it to load. */
async function openCalculator(user: User) {
  await openSection(user, "Scheme");
  await user.click(screen.getByRole("button", { name: "Tenants' contributions to their care (none entered)" }));
  const toggle = screen.getByRole("button", { name: "What one tenant pays towards their care" });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  // Keyboard first: the fold opens with Enter.
  toggle.focus();
  await user.keyboard("{Enter}");
  expect(toggle).toHaveAttribute("aria-expanded", "true");
  return within(await screen.findByTestId("tenant-charge"));
}

async function type(user: User, box: HTMLElement, value: string) {
  // Pasted rather than typed key by key: the figure is the same, and each keystroke would re-render the pane.
  await user.clear(box);
  await user.paste(value);
}

/** docs/price-base.md, "Worked example: a 2026-27 tenant": the figures not checked against a publication typed in, then the tenant. */
async function enterWorkedExample(user: User, calc: ReturnType<typeof within>) {
  expect(calc.queryByRole("textbox", { name: "New State Pension, full rate" })).toBeNull();
  await type(user, calc.getByRole("textbox", { name: "Minimum Income Guarantee, pension age" }), "250");
  await type(user, calc.getByRole("textbox", { name: "Lower capital limit" }), "14,250");
  await type(user, calc.getByRole("textbox", { name: "Upper capital limit" }), "23,250");
  await type(user, calc.getByRole("textbox", { name: "Tariff income per £250 over lower limit" }), "1");
  await type(user, calc.getByRole("textbox", { name: "Capital (savings, investments)" }), "20000");
  await type(user, calc.getByRole("textbox", { name: "Hours of care a week" }), "10");
  await type(user, calc.getByRole("textbox", { name: "Cost of care per hour (£)" }), "30");
}

describe("what one tenant pays towards their care", () => {
  test("folded under the contributions until asked for; at 2026-27 the unchecked figures are fields to enter, the published ones shown", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "Scheme");
    expect(screen.queryByRole("button", { name: "What one tenant pays towards their care" })).not.toBeInTheDocument();
    const calc = await openCalculator(user);
    expect(calc.getByText("Pension Credit guarantee, single person: £238.00 a week")).toBeInTheDocument();
    expect(calc.getByText("Attendance Allowance, higher rate: £114.60 a week")).toBeInTheDocument();
    // Nothing entered yet: each empty figure says what to enter, and there is no contribution to use.
    expect(calc.getByRole("textbox", { name: "Minimum Income Guarantee, pension age" })).toHaveAccessibleDescription(
      "Enter the Minimum Income Guarantee for 2026-27: it has not been checked against a publication.",
    );
    expect(calc.queryByTestId("tenant-contribution")).not.toBeInTheDocument();
    expect(calc.queryByRole("button", { name: /^Use as the/ })).not.toBeInTheDocument();
    expect(await axe(document.body)).toHaveNoViolations();
  });

  test("the documented 2026-27 tenant pays £128.90 a week; the Medium band's button puts it in that band's average contribution, and says so", async () => {
    const user = userEvent.setup();
    await renderPane();
    const calc = await openCalculator(user);
    await enterWorkedExample(user, calc);
    const rows = calc.getAllByRole("row").map((r) => [r.children[0].textContent, r.children[1].textContent]);
    expect(rows).toEqual([
      ["State Pension", "£241.30"],
      ["+ Occupational or private pension", "£0.00"],
      ["+ Pension Credit (guarantee credit)", "£0.00"],
      ["+ Attendance Allowance", "£114.60"],
      ["= Income assessed for charging", "£355.90"],
      ["Tariff income from capital", "£23.00"],
      ["Cost of the care (10 hours a week)", "£300.00"],
    ]);
    expect(calc.getByTestId("tenant-contribution")).toHaveTextContent(/^Contribution to the cost of care: £128\.90 a week$/);
    expect(calc.queryByTestId("tenant-pays-all")).not.toBeInTheDocument();

    await user.click(calc.getByRole("button", { name: "Use as the Medium band's average contribution" }));
    expect(screen.getByRole("textbox", { name: "Medium needs: the others' average contribution, £ a week" })).toHaveValue("128.90");
    expect(screen.getByRole("textbox", { name: "Low needs: the others' average contribution, £ a week" })).toHaveValue("0");
    expect(calc.getByTestId("tenant-charge-used")).toHaveAttribute("role", "status");
    expect(calc.getByTestId("tenant-charge-used")).toHaveTextContent("The Medium band's average contribution is now £128.90 a week.");
    // The first screen's net cost follows: the Medium band's 17 tenants at £128.90 a week, at most their care.
    const a = compareOptions(DEFAULT_SCHEME, computeScheme(DEFAULT_SCHEME), "A", [], undefined, {
      selfFunderShares: [0, 0, 0],
      averageContributions: [0, 128.9, 0],
    }).options.A;
    if (!isCosted(a)) throw new Error(a.error);
    expect(a.contributionsYear).toBeGreaterThan(0);
    expect(screen.getByTestId("option-net-year")).toHaveTextContent(formatPounds(a.councilYear - a.contributionsYear));
  });

  test("State Pension £180 and occupational pension £20: Pension Credit £38.00, £125.60 a week; the addition asks for 2026-27's rate", async () => {
    const user = userEvent.setup();
    await renderPane();
    const calc = await openCalculator(user);
    await enterWorkedExample(user, calc);
    await type(user, calc.getByRole("textbox", { name: "State Pension a week (£)" }), "180");
    await type(user, calc.getByRole("textbox", { name: "Occupational or private pension a week (£)" }), "20");
    const rows = calc.getAllByRole("row").map((r) => [r.children[0].textContent, r.children[1].textContent]);
    expect(rows.slice(0, 4)).toEqual([
      ["State Pension", "£180.00"],
      ["+ Occupational or private pension", "£20.00"],
      ["+ Pension Credit (guarantee credit)", "£38.00"],
      ["+ Attendance Allowance", "£114.60"],
    ]);
    expect(calc.getByTestId("tenant-contribution")).toHaveTextContent(/: £125\.60 a week$/);
    expect(calc.queryByRole("textbox", { name: "Pension Credit severe disability addition, single person" })).toBeNull();
    await user.selectOptions(calc.getByRole("combobox", { name: "Severe disability addition" }), "Yes");
    await type(user, calc.getByRole("textbox", { name: "Pension Credit severe disability addition, single person" }), "86");
    // 238 + 86 − 200 = 124; counted 180 + 20 + 124 + 114.60 + 23 − 250.
    expect(calc.getByTestId("tenant-contribution")).toHaveTextContent(/: £211\.60 a week$/);
  });

  test("capital above the upper limit: the full cost of the care, at the scheme's unit cost per hour when the cost is left blank", async () => {
    const user = userEvent.setup();
    await renderPane();
    const calc = await openCalculator(user);
    await enterWorkedExample(user, calc);
    await type(user, calc.getByRole("textbox", { name: "Capital (savings, investments)" }), "30000");
    expect(calc.getByTestId("tenant-contribution")).toHaveTextContent("£300.00 a week — pays all their care");
    expect(calc.getByTestId("tenant-pays-all")).toHaveTextContent(/^Their capital is above the upper capital limit/);
    await user.clear(calc.getByRole("textbox", { name: "Cost of care per hour (£)" }));
    const unitCost = computeScheme(DEFAULT_SCHEME).unitCostPerHour;
    expect(calc.getByRole("textbox", { name: "Cost of care per hour (£)" })).toHaveAccessibleDescription(
      `Blank: the scheme's unit cost per hour, ${formatPence(unitCost)}.`,
    );
    expect(calc.getByTestId("tenant-contribution")).toHaveTextContent(`${formatPence(10 * unitCost)} a week — pays all their care`);
    await user.click(calc.getByRole("button", { name: "Use as the High band's average contribution" }));
    expect(screen.getByRole("textbox", { name: "High needs: the others' average contribution, £ a week" })).toHaveValue(
      (10 * unitCost).toFixed(2),
    );
  });

  test("follows the scheme's price base: at 2024-25 only the guarantee is entered; at the published model's it says to choose a current one", async () => {
    const user = userEvent.setup();
    await renderPane();
    const calc = await openCalculator(user);
    const priceBase = screen.getByRole("combobox", { name: "Price base" });
    await user.selectOptions(priceBase, "2024-25");
    expect(calc.getAllByRole("textbox", { name: /./ }).map((b) => b.getAttribute("name"))).toEqual([
      "tenant-minimumIncomeGuaranteePensionAge",
      "tenant-statePension",
      "tenant-occupationalPension",
      "tenant-capital",
      "tenant-careHours",
      "tenant-costPerHour",
      "tenant-disabilityExpenditure",
    ]);
    expect(calc.getByText("Upper capital limit: £23,250")).toBeInTheDocument();
    await type(user, calc.getByRole("textbox", { name: "Minimum Income Guarantee, pension age" }), "200");
    await type(user, calc.getByRole("textbox", { name: "Capital (savings, investments)" }), "20000");
    await type(user, calc.getByRole("textbox", { name: "Cost of care per hour (£)" }), "30");
    // 221.20 State Pension + 108.55 higher-rate Attendance Allowance + 23 tariff − 200.
    expect(calc.getByTestId("tenant-contribution")).toHaveTextContent(/: £152\.75 a week$/);
    await user.selectOptions(priceBase, PUBLISHED_PRICE_BASE);
    expect(screen.getByTestId("tenant-charge")).toHaveTextContent(/choose 2024-25, 2025-26 or 2026-27 as the price base/);
    expect(screen.queryByRole("button", { name: /^Use as the/ })).not.toBeInTheDocument();
  });

  test("a lower capital limit above the upper one is refused next to its field, not turned into a contribution", async () => {
    const user = userEvent.setup();
    await renderPane();
    const calc = await openCalculator(user);
    await enterWorkedExample(user, calc);
    const lower = calc.getByRole("textbox", { name: "Lower capital limit" });
    await type(user, lower, "30000");
    expect(lower).toHaveAttribute("aria-invalid", "true");
    expect(lower).toHaveAccessibleDescription(expect.stringContaining("is above the upper capital limit"));
    await waitFor(() => expect(calc.queryByTestId("tenant-contribution")).not.toBeInTheDocument());
  });
});
