/* The pane in a plain browser (not in Excel: the download): options, inputs, live results, accessibility. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import ExcelJS from "exceljs";
import { computeScheme, DEFAULT_SCHEME } from "../../src/model";
import { OPTION_CONTENT } from "../../src/templates/content";
import { formatHours, formatPence } from "../../src/taskpane/format";
import { memorySettings, renderPane } from "./renderPane";

jest.setTimeout(30_000);

/** The seed's figures: the published model's price base, chosen in the pane. */
async function choosePublished(user = userEvent.setup()) {
  await user.selectOptions(screen.getByRole("combobox", { name: "Price base" }), "2009 (published model)");
  return user;
}

describe("choosing an option", () => {
  test("A–D are radios with their summaries, E and F are optional checkboxes; A is chosen at first", async () => {
    await renderPane();
    const radios = within(screen.getByRole("radiogroup", { name: "Commissioning model" })).getAllByRole("radio");
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(["A", "B", "C", "D"]);
    expect(screen.getByRole("radio", { name: new RegExp(`^A\\. ${OPTION_CONTENT.A.title}`) })).toBeChecked();
    for (const id of ["A", "B", "C", "D"] as const) expect(screen.getByText(OPTION_CONTENT[id].summary)).toBeInTheDocument();
    const overlays = within(screen.getByRole("group", { name: "Add to it (optional)" })).getAllByRole("checkbox");
    expect(overlays).toHaveLength(2);
    overlays.forEach((c) => expect(c).not.toBeChecked());
  });

  test("the description dialog shows the chosen option's advantages and disadvantages", async () => {
    const user = userEvent.setup();
    await renderPane();
    await user.click(screen.getByRole("radio", { name: /^D\./ }));
    await user.click(screen.getByRole("button", { name: /About option D/ }));
    // jsdom only checks the content: Tabster's modal bookkeeping there sometimes leaves the dialog
    // aria-hidden. Its accessibility (axe), Escape and the return of focus are checked in real
    // Chromium by test/e2e/pane.e2e.test.ts.
    const dialog = await waitFor(() => {
      const d = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!d) throw new Error("The dialog did not open");
      return d;
    });
    expect(dialog).toBeVisible();
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(within(dialog).getByRole("heading", { name: `Option D: ${OPTION_CONTENT.D.title}`, hidden: true })).toBeInTheDocument();
    for (const line of [...OPTION_CONTENT.D.advantages, ...OPTION_CONTENT.D.disadvantages]) {
      expect(within(dialog).getByText(line)).toBeInTheDocument();
    }
    // The publication by title, date and section.
    expect(
      within(dialog).getByText("Source: Housing Learning and Improvement Network, Technical Brief (2010, edited 2015), section 4.5."),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Close", hidden: true }));
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
  });

  test("the choice and inputs are remembered for next time", async () => {
    const user = userEvent.setup();
    const settings = memorySettings();
    const first = await renderPane({ settings });
    await user.click(screen.getByRole("radio", { name: /^C\./ }));
    await user.click(screen.getByRole("checkbox", { name: /^E\./ }));
    await user.clear(screen.getByRole("textbox", { name: "Tenants" }));
    await user.type(screen.getByRole("textbox", { name: "Tenants" }), "42");
    first.unmount();
    await renderPane({ settings });
    expect(screen.getByRole("radio", { name: /^C\./ })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /^E\./ })).toBeChecked();
    expect(screen.getByRole("textbox", { name: "Tenants" })).toHaveValue("42");
  });
});

describe("inputs and live results", () => {
  test("the first screen shows the default scheme's results at 2026-27 prices, with the examples and no warning", async () => {
    await renderPane();
    expect(screen.getByRole("combobox", { name: "Price base" })).toHaveValue("2026-27");
    expect(screen.getByRole("textbox", { name: "Care" })).toHaveValue("12.71");
    expect(screen.getByTestId("total-staff-cost")).toHaveTextContent("£764,306.59");
    expect(screen.getByTestId("unit-cost")).toHaveTextContent("£23.23");
    expect(screen.getByTestId("option-council-year")).toHaveTextContent("£944,682.94");
    expect(screen.queryByText(/below the National Living Wage/)).not.toBeInTheDocument();
  });

  test("a £10.00 rate at 2026-27 is warned of in red under its field, naming the wage; the results stay", async () => {
    const user = userEvent.setup();
    await renderPane();
    const care = screen.getByRole("textbox", { name: "Care" });
    await user.clear(care);
    await user.type(care, "10");
    expect(care).toHaveAccessibleDescription(
      expect.stringContaining("£10.00 an hour is below the National Living Wage of £12.71 an hour (2026-27, workers aged 21 and over)."),
    );
    const at10 = computeScheme({ ...DEFAULT_SCHEME, hourlyRates: { support: 12.71, care: 10 } });
    expect(screen.getByTestId("option-council-year")).toHaveTextContent(formatPence(at10.totalCost));
  });

  test("choosing the published model shows its results (35 tenants, 27/46/27%, £10/£10)", async () => {
    await renderPane();
    await choosePublished();
    expect(screen.getByTestId("total-staff-cost")).toHaveTextContent("£555,415.80");
    expect(screen.getByTestId("unit-cost")).toHaveTextContent("£13.66");
    expect(screen.getByTestId("cost-per-person")).toHaveTextContent("£305.17");
    const table = screen.getByRole("table", { name: "Hours a week by needs band" });
    expect(within(table).getByRole("row", { name: /^Total/ })).toHaveTextContent("782");
  });

  test("results follow the inputs as the user types", async () => {
    const user = userEvent.setup();
    await renderPane();
    const rate = screen.getByRole("textbox", { name: "Care" });
    await user.clear(rate);
    await user.type(rate, "13");
    const expected = computeScheme({ ...DEFAULT_SCHEME, hourlyRates: { support: 12.71, care: 13 } });
    expect(screen.getByTestId("unit-cost")).toHaveTextContent(formatPence(expected.unitCostPerHour));
    expect(screen.getByTestId("total-staff-cost")).toHaveTextContent(formatPence(expected.staff.total));
  });

  test("an invalid value gets the model's message next to its field, and nothing can be generated", async () => {
    const user = userEvent.setup();
    await renderPane();
    const tenants = screen.getByRole("textbox", { name: "Tenants" });
    await user.clear(tenants);
    await user.type(tenants, "2.5");
    expect(tenants).toHaveAttribute("aria-invalid", "true");
    expect(tenants).toHaveAccessibleDescription(expect.stringContaining("Must be a whole number (got 2.5)."));
    expect(screen.queryByTestId("unit-cost")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download the workbook" })).toBeDisabled();
    expect(await axe(document.body)).toHaveNoViolations();
  });

  test("band shares that do not add up to 100% mark all three and say so once, politely", async () => {
    const user = userEvent.setup();
    await renderPane();
    const low = screen.getByRole("textbox", { name: "Low" });
    await user.clear(low);
    await user.type(low, "20");
    const total = screen.getByTestId("band-total");
    expect(total).toHaveTextContent(/^Total 93%: 7 points short$/);
    // A status (polite live region), not an alert that interrupts at every keystroke.
    expect(total).toHaveAttribute("role", "status");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    // The running total first, then where the defaults come from.
    expect(screen.getByRole("group", { name: /Band mix/ })).toHaveAccessibleDescription(
      "Total 93%: 7 points short Default from Extra Care Housing revenue cost model, Joint Improvement Team, Care and support staffing (May 2009).",
    );
    for (const name of ["Low", "Medium", "High"]) {
      expect(screen.getByRole("textbox", { name })).toHaveAttribute("aria-invalid", "true");
    }
  });

  test("the band-mix total follows each keystroke: short, over, exactly 100%", async () => {
    const user = userEvent.setup();
    await renderPane();
    const total = screen.getByTestId("band-total");
    expect(total).toHaveTextContent(/^Total 100%$/);
    const low = screen.getByRole("textbox", { name: "Low" });
    await user.clear(low);
    expect(total).toHaveTextContent(/^Total 73%: 27 points short$/);
    await user.type(low, "1");
    expect(total).toHaveTextContent(/^Total 74%: 26 points short$/);
    await user.type(low, "7");
    expect(total).toHaveTextContent(/^Total 90%: 10 points short$/);
    await user.clear(low);
    await user.type(low, "32");
    expect(total).toHaveTextContent(/^Total 105%: 5 points over$/);
    await user.clear(low);
    await user.type(low, "28");
    expect(total).toHaveTextContent(/^Total 101%: 1 point over$/);
    await user.clear(low);
    await user.type(low, "26.5");
    expect(total).toHaveTextContent(/^Total 99.5%: 0.5 points short$/);
    await user.clear(low);
    await user.type(low, "27");
    expect(total).toHaveTextContent(/^Total 100%$/);
    expect(screen.getByTestId("option-council-year")).toHaveTextContent("£944,682.94");
  });
});

describe("the chosen option and the A–D comparison", () => {
  test("under the published model, A, C and D cost the council £555,415.80 a year for the 782 hours residents need; B its 47 non-contact hours more", async () => {
    const user = userEvent.setup();
    await renderPane();
    await choosePublished(user);
    const figures = () => ({
      week: screen.getByTestId("option-council-week").textContent,
      year: screen.getByTestId("option-council-year").textContent,
      block: screen.getByTestId("option-block-hours").textContent,
      spot: screen.getByTestId("option-spot-hours").textContent,
      gap: screen.getByTestId("option-gap").textContent,
    });
    const none = "0";
    expect(screen.getByRole("heading", { name: "Option A: Spot-purchasing" })).toBeInTheDocument();
    // Prices blank (the unit cost per hour, £13.66), the council paying 100%: all 782 hours spot.
    expect(figures()).toEqual({ week: "£10,681.07", year: "£555,415.80", block: "0", spot: "782", gap: none });

    await user.click(screen.getByRole("radio", { name: /^B\./ }));
    expect(screen.getByRole("heading", { name: "Option B: Core and add-on" })).toBeInTheDocument();
    // The core is 56 night + 112 day + 7 handover = 175 hours, 128 of them contact hours; 782 − 128 = 654 are the add-on.
    expect(figures()).toEqual({ week: "£11,323.03", year: "£588,797.56", block: "175", spot: "654", gap: none });
    expect(screen.getByTestId("option-non-contact-hours")).toHaveTextContent("47");

    await user.click(screen.getByRole("radio", { name: /^C\./ }));
    // The whole service blocked: the target is the hours residents need.
    expect(figures()).toEqual({ week: "£10,681.07", year: "£555,415.80", block: "782", spot: "0", gap: none });
    expect(screen.getByTestId("option-gap").previousElementSibling).toHaveTextContent(
      "Gap, hours a week: contact hours delivered − the 782 hours residents need",
    );
  });

  test("the figures follow the inputs: more tenants, more hours, more cost", async () => {
    const user = userEvent.setup();
    await renderPane();
    const tenants = screen.getByRole("textbox", { name: "Tenants" });
    await user.clear(tenants);
    await user.type(tenants, "40");
    const scheme = computeScheme({ ...DEFAULT_SCHEME, tenants: 40 });
    // Option A: all the hours spot-purchased at the unit cost, so the council pays the total cost.
    expect(screen.getByTestId("option-council-year")).toHaveTextContent(formatPence(scheme.totalCost));
    expect(screen.getByTestId("option-spot-hours")).toHaveTextContent(formatHours(scheme.hours.total));
  });

  test("the comparison chart has a text alternative and the same figures as a table", async () => {
    const user = userEvent.setup();
    await renderPane();
    await choosePublished(user);
    await user.click(screen.getByRole("radio", { name: /^D\./ }));
    const chart = await screen.findByRole("img", { name: /^Council cost a year, options A–D/ });
    expect(chart).toHaveAccessibleName(
      "Council cost a year, options A–D Option A: £555,416; Option B: £588,798; Option C: £555,416; Option D (chosen): £555,416",
    );
    const bars = [...chart.querySelectorAll("[data-bar]")].map((g) => [
      g.getAttribute("data-bar"),
      Number(g.getAttribute("data-value")).toFixed(2),
    ]);
    expect(bars).toEqual([
      ["Option A", "555415.80"],
      ["Option B", "588797.56"],
      ["Option C", "555415.80"],
      ["Option D (chosen)", "555415.80"],
    ]);

    const table = screen.getByRole("table", { name: "Council cost by option", hidden: true });
    const rows = within(table)
      .getAllByRole("row", { hidden: true })
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Option", "A week", "A year", "Gap, hours a week"],
      ["A. Spot-purchasing", "£10,681.07", "£555,415.80", "0"],
      ["B. Core and add-on", "£11,323.03", "£588,797.56", "0"],
      ["C. Block contract with freedom of choice", "£10,681.07", "£555,415.80", "0"],
      ["D. Block contract, choice made at entry (chosen)", "£10,681.07", "£555,415.80", "0"],
    ]);
    // The table sits in a disclosure: Show the comparison as a table.
    expect(table.closest("details")!.querySelector("summary")).toHaveTextContent("Show the comparison as a table");
  });

  test("keyboard: the arrow keys change the option and its figures follow", async () => {
    const user = userEvent.setup();
    await renderPane();
    screen.getByRole("radio", { name: /^A\./ }).focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: /^B\./ })).toHaveFocus();
    expect(screen.getByRole("radio", { name: /^B\./ })).toBeChecked();
    expect(screen.getByTestId("option-block-hours")).toHaveTextContent("175");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(screen.getByRole("radio", { name: /^D\./ })).toBeChecked();
    expect(screen.getByTestId("option-block-hours")).toHaveTextContent("782");
  });

  test("while an input is wrong, no option is costed", async () => {
    const user = userEvent.setup();
    await renderPane();
    await user.clear(screen.getByRole("textbox", { name: "Care" }));
    expect(screen.queryByTestId("option-figures")).not.toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Council cost by option", hidden: true })).not.toBeInTheDocument();
  });
});

describe("words", () => {
  test("the pane speaks the sheets' language: no jargon, no abbreviations, publications cited in full", async () => {
    await renderPane();
    expect(screen.getByText("Not in Excel")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "5. Not in Excel? Download the workbook" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download the workbook" })).toBeInTheDocument();
    expect(await screen.findByRole("img", { name: /Superannuation: £/ })).toBeInTheDocument();
    const text = document.body.textContent!;
    for (const word of [/download mode/i, /\bseed\b/i, /pension/i, /\bpw\b/, /\bpa\b/, /\bHS\b/, /%age/, /\bNI\b/, /e\.g\./]) {
      expect(text).not.toMatch(word);
    }
    expect(text).toContain("“Extra Care Housing” (Tony Homer, Joint Improvement Team, May 2009)");
    expect(text).toContain("Housing Learning and Improvement Network, Technical Brief (2010, edited 2015), Section 2 Part A, 4.0");
  });
});

describe("not in Excel: download the workbook", () => {
  test("the main action stays in a pinned footer, last in reading order, and works from the keyboard", async () => {
    const user = userEvent.setup();
    const { saved } = await renderPane();
    const footer = screen.getByRole("region", { name: "Main action" });
    const button = within(footer).getByRole("button", { name: "Download the workbook" });
    // The footer is the last thing in the pane, after section 4.
    const actions = screen.getByRole("region", { name: "5. Not in Excel? Download the workbook" });
    expect(actions.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    button.focus();
    await user.keyboard("{Enter}");
    await within(footer).findByText("Downloaded", {}, { timeout: 15000 });
    expect(saved.map((f) => f.fileName)).toEqual(["ECH option A.xlsx"]);
  }, 30000);

  test("Download the workbook writes the chosen template, with the inputs on screen, as a file", async () => {
    const user = userEvent.setup();
    const { saved } = await renderPane();
    await user.click(screen.getByRole("radio", { name: /^B\./ }));
    await user.click(screen.getByRole("checkbox", { name: /^F\./ }));
    await user.type(screen.getByRole("textbox", { name: "Scheme name" }), "Riverside Court");
    const tenants = screen.getByRole("textbox", { name: "Tenants" });
    await user.clear(tenants);
    await user.type(tenants, "40");
    await user.click(screen.getByRole("button", { name: "Download the workbook" }));
    await screen.findByText("Downloaded", {}, { timeout: 15000 });
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();

    expect(saved).toHaveLength(1);
    expect(saved[0].fileName).toBe("ECH option B+F - Riverside Court.xlsx");
    expect(saved[0].mimeType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(saved[0].bytes) as unknown as ArrayBuffer);
    const [ref] = book.definedNames.getRanges("ECH_Tenants").ranges;
    const [sheet, address] = ref.split("!");
    expect(book.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(address.replace(/\$/g, "")).value).toBe(40);
  }, 30000);

  test("Download the appraisal of options A–D writes the four options side by side for the scheme on screen", async () => {
    const user = userEvent.setup();
    const { saved } = await renderPane();
    const tenants = screen.getByRole("textbox", { name: "Tenants" });
    await user.clear(tenants);
    await user.type(tenants, "40");
    await user.click(screen.getByRole("button", { name: "Download the appraisal of options A–D" }));
    await screen.findByText("Downloaded", {}, { timeout: 15000 });
    expect(saved.map((f) => f.fileName)).toEqual(["ECH appraisal of options A-D.xlsx"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(saved[0].bytes) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toContain("Appraisal");
    const [ref] = book.definedNames.getRanges("ECH_Tenants").ranges;
    const [sheet, address] = ref.split("!");
    expect(book.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(address.replace(/\$/g, "")).value).toBe(40);
    // The stored results follow the inputs: A, C and D cost the 40-tenant scheme's total cost; B its 47 non-contact hours more.
    const scheme = computeScheme({ ...DEFAULT_SCHEME, tenants: 40 });
    const total = scheme.totalCost;
    const need = scheme.hours.total;
    const [costs] = book.definedNames.getRanges("ECH_AppraisalCouncilCost").ranges;
    const [costSheet, range] = costs.split("!");
    const [first, last] = range.replace(/\$/g, "").split(":");
    const ws = book.getWorksheet(costSheet.replace(/^'|'$/g, ""))!;
    const col = first.replace(/\d+/g, "");
    const values: number[] = [];
    for (let r = Number(first.replace(/\D+/g, "")); r <= Number(last.replace(/\D+/g, "")); r++)
      values.push((ws.getCell(`${col}${r}`).value as { result: number }).result);
    const pence = (x: number) => Math.round(x * 100) / 100;
    expect(values.map(pence)).toEqual([total, (total * (need + 47)) / need, total, total].map(pence));
  }, 30000);

  test("has no accessibility violations (axe)", async () => {
    const { container } = await renderPane();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("pay at a current price base", () => {
  test("the team leader's and the waking night pay show at 2026-27 with the examples, and say when below the National Living Wage", async () => {
    const user = userEvent.setup();
    await renderPane();
    // The published model has no team leader or night rate of its own.
    await choosePublished(user);
    expect(screen.queryByRole("textbox", { name: "Team leader" })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Price base" }), "2026-27");
    const leader = screen.getByRole("textbox", { name: "Team leader" });
    const night = screen.getByRole("textbox", { name: "Waking nights" });
    expect(leader).toHaveValue("14");
    expect(night).toHaveValue("13");
    expect(leader).toHaveAccessibleDescription("Example £14.00; enter your own.");
    // Plain text boxes in the tab order, typed into from the keyboard.
    expect([leader.tabIndex, night.tabIndex]).toEqual([0, 0]);
    await user.clear(leader);
    await user.type(leader, "12");
    expect(screen.getByTestId("option-council-year")).toBeInTheDocument();
    expect(leader).toHaveAccessibleDescription(
      expect.stringContaining("£12.00 an hour is below the National Living Wage of £12.71 an hour (2026-27, workers aged 21 and over)."),
    );
    await user.clear(night);
    await user.type(night, "12.5");
    expect(night).toHaveAccessibleDescription(expect.stringContaining("£12.50 an hour is below the National Living Wage of £12.71"));
    expect(await axe(document.body)).toHaveNoViolations();
  });

  test("the Employment Allowance choice shows at a current price base, No by default, and is chosen from the keyboard", async () => {
    const user = userEvent.setup();
    await renderPane();
    const name = "Employer claims the Employment Allowance";
    await choosePublished(user);
    expect(screen.queryByRole("combobox", { name })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Price base" }), "2026-27");
    const choice = screen.getByRole("combobox", { name });
    expect(choice).toHaveValue("No");
    expect(choice).toHaveAccessibleDescription(expect.stringContaining("councils and other public bodies cannot"));
    choice.focus();
    await user.selectOptions(choice, "Yes");
    expect(choice).toHaveValue("Yes");
  });
});
