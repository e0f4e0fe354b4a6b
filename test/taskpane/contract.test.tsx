/* The pane's "Over the contract" section: years and present value from the model, a tornado with a table alternative, keyboard use. */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { projectContract } from "../../src/decisions/projection";
import { sensitivity } from "../../src/decisions/sensitivity";
import { solveFor, withSolved } from "../../src/decisions/solve";
import { DEFAULT_PROJECTION } from "../../src/model";
import { DEFAULT_TEMPLATE_INPUTS, PUBLISHED_TEMPLATE_INPUTS } from "../../src/templates";
import { defaultFormText } from "../../src/taskpane/form";
import { PUBLISHED_SCHEME } from "../../src/model";
import { formatPence, formatPercent, formatPounds } from "../../src/taskpane/format";
import { memorySettings, openSection, renderPane } from "./renderPane";

jest.setTimeout(30_000);

// Solve's tests work at the published model's prices, where every on-cost rate moves the cost.
const INPUTS_A = { ...PUBLISHED_TEMPLATE_INPUTS, projection: DEFAULT_PROJECTION };
const publishedPane = () => memorySettings({ pane: { text: defaultFormText(PUBLISHED_SCHEME) } });

async function renderWithContract(settings?: ReturnType<typeof memorySettings>) {
  const view = await renderPane({ settings });
  await openSection(userEvent.setup(), "Over the contract");
  await act(async () => {
    await import("../../src/taskpane/Contract");
  });
  const region = await screen.findByRole("region", { name: "Over the contract" });
  await within(region).findByTestId("contract-figures");
  return { ...view, region };
}

describe("over the contract", () => {
  test("the years and the present value are the model's, for option A over 5 years at today's prices", async () => {
    const { region } = await renderWithContract();
    const p = projectContract({ option: "A" }, DEFAULT_TEMPLATE_INPUTS);
    expect(within(region).getByTestId("contract-total")).toHaveTextContent(formatPounds(p.total));
    expect(within(region).getByTestId("contract-npv")).toHaveTextContent(formatPounds(p.npv));
    expect(within(region).getByTestId("contract-basis")).toHaveTextContent(/^Real: /);
    const rows = within(within(region).getByTestId("contract-table")).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(5);
    rows.forEach((r, t) => expect(within(r).getAllByRole("cell")[0]).toHaveTextContent(formatPounds(p.yearCosts[t])));
    // No contributions: the net cost is the cost.
    rows.forEach((r, t) => expect(within(r).getAllByRole("cell")[1]).toHaveTextContent(formatPounds(p.yearCosts[t])));
    expect(within(region).getByTestId("contract-net-npv")).toHaveTextContent(formatPounds(p.npv));
  });

  test("£10 a week from every band: each year's net cost beside its cost is the cost × the steady state's net ÷ cost, and the tornado ranks by it", async () => {
    const text = { ...defaultFormText(), contributionLow: "10", contributionMedium: "10", contributionHigh: "10" };
    const { region } = await renderWithContract(memorySettings({ pane: { text } }));
    const inputs = { ...DEFAULT_TEMPLATE_INPUTS, selfFunderShares: [0, 0, 0], averageContributions: [10, 10, 10] };
    const p = projectContract({ option: "A" }, inputs);
    // 37 tenants counted × £10 × 52.
    expect(p.councilNetYear).toBeCloseTo(p.councilAnnualCost - 19240, 6);
    const share = (p.councilAnnualCost - 19240) / p.councilAnnualCost;
    const rows = within(within(region).getByTestId("contract-table")).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(5);
    rows.forEach((r, t) => {
      expect(within(r).getAllByRole("cell")[0]).toHaveTextContent(formatPounds(p.yearCosts[t]));
      expect(within(r).getAllByRole("cell")[1]).toHaveTextContent(formatPounds(p.yearCosts[t] * share));
    });
    expect(within(region).getByTestId("contract-npv")).toHaveTextContent(formatPounds(p.npv));
    expect(within(region).getByTestId("contract-net-npv")).toHaveTextContent(formatPounds(p.npv * share));
    const user = userEvent.setup();
    await user.click(within(region).getByRole("radio", { name: "Council's net cost a year" }));
    const s = sensitivity({ option: "A" }, inputs);
    const bars = [...within(region).getByTestId("tornado").querySelectorAll("[data-bar]")].map((g) => g.getAttribute("data-bar"));
    expect(bars).toEqual(s.ranked.councilNetYear);
    expect(within(region).getByRole("figure")).toHaveTextContent(
      `What moves the council's net cost a year most (base ${formatPounds(p.councilAnnualCost - 19240)})`,
    );
  });

  test("typing a contract length and uplifts updates the figures; a bad length says what to enter", async () => {
    const user = userEvent.setup();
    const { region } = await renderWithContract();
    await user.click(screen.getByRole("radio", { name: /^C\./ }));
    const years = within(region).getByRole("textbox", { name: "Contract length (years)" });
    await user.clear(years);
    await user.type(years, "7");
    const pay = within(region).getByRole("textbox", { name: "Pay uplift a year" });
    await user.clear(pay);
    await user.type(pay, "3");
    const nonPay = within(region).getByRole("textbox", { name: "Non-pay uplift a year" });
    await user.clear(nonPay);
    await user.type(nonPay, "3");
    const p = projectContract(
      { option: "C" },
      { ...DEFAULT_TEMPLATE_INPUTS, projection: { ...DEFAULT_PROJECTION, contractYears: 7, payUplift: 0.03, nonPayUplift: 0.03 } },
    );
    await waitFor(() => expect(within(region).getByTestId("contract-npv")).toHaveTextContent(formatPounds(p.npv)));
    expect(within(within(region).getByTestId("contract-table")).getAllByRole("row")).toHaveLength(8);
    expect(within(region).getByTestId("contract-basis")).toHaveTextContent(/^Nominal: /);
    await user.clear(years);
    await user.type(years, "12");
    expect(await within(region).findByRole("alert")).toHaveTextContent("The contract length must be a whole number of years from 1 to 10.");
  });

  test("the tornado ranks the inputs as the model does, and the table alternative lists the same figures; the result is chosen by keyboard", async () => {
    const user = userEvent.setup();
    const { region } = await renderWithContract();
    const s = sensitivity({ option: "A" }, DEFAULT_TEMPLATE_INPUTS);
    const bars = () => [...within(region).getByTestId("tornado").querySelectorAll("[data-bar]")].map((g) => g.getAttribute("data-bar"));
    expect(bars()).toEqual(s.ranked.npv);
    // Keyboard: focus the chosen radio and move to the next result with the arrow keys.
    const npv = within(region).getByRole("radio", { name: "Present value of the contract" });
    expect(npv).toBeChecked();
    within(region).getByRole("radio", { name: "Unit cost per hour" }).focus();
    await user.keyboard(" ");
    await waitFor(() => expect(within(region).getByRole("radio", { name: "Unit cost per hour" })).toBeChecked());
    expect(bars()).toEqual(s.ranked.unitCost);
    const summary = within(region).getByText("Show what moves the results as a table");
    summary.focus();
    await user.keyboard("{Enter}");
    const table = within(region).getByTestId("sensitivity-table");
    const rows = within(table).getAllByRole("row").slice(1);
    rows.forEach((r, i) => {
      const it = s.items.find((x) => x.id === s.ranked.unitCost[i])!;
      expect(within(r).getByRole("rowheader")).toHaveTextContent(it.label);
      expect(within(r).getAllByRole("cell")[1]).toHaveTextContent(formatPence(it.low.unitCost));
      expect(within(r).getAllByRole("cell")[2]).toHaveTextContent(formatPence(it.high.unitCost));
    });
  });

  test("solve for a target by keyboard: the answer is the model's to the penny, and using it moves the scheme form, the focus and the figures", async () => {
    const user = userEvent.setup();
    const { region } = await renderWithContract(publishedPane());
    const solve = within(region).getByTestId("solve");
    // The council's cost a year of £600,000 by changing the hourly cost of care.
    const result = within(solve).getByRole("combobox", { name: "Result" });
    expect(result).toHaveValue("councilYear");
    const input = within(solve).getByRole("combobox", { name: "Input to change" });
    await user.selectOptions(input, "careRate");
    const target = within(solve).getByRole("textbox", { name: "Target value" });
    await user.click(target);
    await user.type(target, "600,000{Enter}");
    const solved = solveFor({ option: "A" }, INPUTS_A, "councilYear", 600000, "careRate");
    // A rate the field takes: whole pence.
    expect(Math.round(solved.value * 100) / 100).toBe(solved.value);
    expect(await within(solve).findByTestId("solve-answer")).toHaveTextContent(
      `Hourly pay of care: ${formatPence(solved.value)} an hour gives a council's cost a year of ${formatPounds(solved.result)}`,
    );
    within(solve).getByRole("button", { name: "Use this value" }).focus();
    await user.keyboard("{Enter}");
    // The scheme form's care rate is the solved value, focused, with a message; the contract's first year costs the result.
    const care = await screen.findByRole("textbox", { name: "Care" });
    await waitFor(() => expect(care).toHaveValue(String(solved.value)));
    await waitFor(() => expect(care).toHaveFocus());
    expect(screen.getByTestId("changed-message")).toHaveTextContent(
      `Solve set "Hourly pay of care" to ${formatPence(solved.value)} an hour.`,
    );
    const p = projectContract({ option: "A" }, withSolved(INPUTS_A, "careRate", solved.cells));
    await waitFor(() =>
      expect(within(within(region).getByTestId("contract-table")).getAllByRole("cell")[0]).toHaveTextContent(formatPounds(p.yearCosts[0])),
    );
  });

  test("solve: an input the scheme form does not have is changed for the contract, and can be put back; an unreachable target says so", async () => {
    const user = userEvent.setup();
    const { region } = await renderWithContract(publishedPane());
    const solve = within(region).getByTestId("solve");
    await user.selectOptions(within(solve).getByRole("combobox", { name: "Result" }), "unitCost");
    await user.selectOptions(within(solve).getByRole("combobox", { name: "Input to change" }), "niRate");
    const target = within(solve).getByRole("textbox", { name: "Target value" });
    await user.type(target, "99");
    await user.click(within(solve).getByRole("button", { name: "Solve" }));
    expect(await within(solve).findByRole("alert")).toHaveTextContent(
      /^No value of "Employer's National Insurance rate" from 0% to 100% gives that unit cost per hour: it runs from £[\d,]+\.\d\d to £[\d,]+\.\d\d/,
    );
    await user.clear(target);
    await user.type(target, "15");
    await user.click(within(solve).getByRole("button", { name: "Solve" }));
    const solved = solveFor({ option: "A" }, INPUTS_A, "unitCost", 15, "niRate");
    expect(await within(solve).findByTestId("solve-answer")).toHaveTextContent(
      `${formatPercent(solved.value)} gives a unit cost per hour of ${formatPence(solved.result)}`,
    );
    await user.click(within(solve).getByRole("button", { name: "Use this value" }));
    const applied = await within(region).findByTestId("applied");
    expect(applied).toHaveTextContent("Employer's National Insurance rate");
    await waitFor(() => expect(applied).toHaveFocus());
    expect(applied).toHaveTextContent(`Solve set "Employer's National Insurance rate" to ${formatPercent(solved.value)}.`);
    const p = projectContract({ option: "A" }, withSolved(INPUTS_A, "niRate", solved.cells));
    await waitFor(() => expect(within(region).getByTestId("contract-npv")).toHaveTextContent(formatPounds(p.npv)));
    await user.click(within(applied).getByRole("button", { name: "Put them back" }));
    const base = projectContract({ option: "A" }, INPUTS_A);
    await waitFor(() => expect(within(region).getByTestId("contract-npv")).toHaveTextContent(formatPounds(base.npv)));
  });

  test("has no accessibility violations", async () => {
    const { region } = await renderWithContract();
    expect(await axe(region)).toHaveNoViolations();
  });
});
