/* The pane in a plain browser (not in Excel: the download): the answer first, the sections that open, live results, accessibility. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import ExcelJS from "exceljs";
import { compareOptions, isCosted } from "../../src/decisions/optionComparison";
import { computeScheme, DEFAULT_SCHEME, type SchemeInputs } from "../../src/model";
import { OPTION_CONTENT } from "../../src/options/ids";
import { formatHours, formatPounds } from "../../src/taskpane/format";
import { memorySettings, openSection, renderPane } from "./renderPane";

jest.setTimeout(30_000);

/** The model's figures for option `id` at these inputs, as the first screen should show them. */
function expected(id: "A" | "B" | "C" | "D", inputs: SchemeInputs = DEFAULT_SCHEME) {
  const o = compareOptions(inputs, computeScheme(inputs), id).options[id];
  if (!isCosted(o)) throw new Error(o.error);
  return o;
}

describe("the first screen: the answer", () => {
  test("the chosen option's council cost a year, what it buys, its risk and price, at the model's default inputs", async () => {
    await renderPane();
    const a = expected("A");
    expect(screen.getByRole("heading", { name: `Option A: ${OPTION_CONTENT.A.title}` })).toBeInTheDocument();
    expect(screen.getByTestId("option-council-year")).toHaveTextContent(formatPounds(a.councilYear));
    expect(screen.getByTestId("option-hours")).toHaveTextContent(
      `${formatHours(a.contactHours)} contact + ${formatHours(a.nonContactHours)} non-contact`,
    );
    expect(screen.getByTestId("option-risk")).toHaveTextContent(`Provider ${formatPounds(a.providerRisk)} a year`);
  });

  test("A–D are radios in the comparison table; what differs between them is in it; E and F are optional", async () => {
    await renderPane();
    const group = screen.getByRole("radiogroup", { name: "Choose an option: how they differ" });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(["A", "B", "C", "D"]);
    expect(screen.getByRole("radio", { name: `A. ${OPTION_CONTENT.A.title}` })).toBeChecked();
    for (const id of ["A", "B", "C", "D"] as const) {
      const o = expected(id);
      expect(screen.getByTestId(`first-year-${id}`)).toHaveTextContent(formatPounds(o.firstYear));
      expect(screen.getByTestId(`non-contact-${id}`)).toHaveTextContent(formatHours(o.nonContactHours));
    }
    // The options differ in non-contact hours and in who carries the risk, whatever the default inputs.
    const nonContact = ["A", "B", "C", "D"].map((id) => screen.getByTestId(`non-contact-${id}`).textContent);
    expect(new Set(nonContact).size).toBeGreaterThan(1);
    expect(screen.getByTestId("risk-A")).toHaveTextContent(/^Provider/);
    expect(screen.getByTestId("risk-C")).toHaveTextContent(/^Council/);
    const overlays = within(screen.getByRole("group", { name: "Add to the option (optional)" })).getAllByRole("checkbox");
    expect(overlays).toHaveLength(2);
    overlays.forEach((c) => expect(c).not.toBeChecked());
  });

  test("ticking F shows its block and years and makes the first year option F's; ticking E shows the pooled budgets", async () => {
    const user = userEvent.setup();
    await renderPane();
    await user.click(screen.getByRole("checkbox", { name: /^Add F/ }));
    const withF = compareOptions(DEFAULT_SCHEME, computeScheme(DEFAULT_SCHEME), "A", ["F"]);
    const f = withF.pumpPriming as { yearCosts: readonly number[] };
    expect(screen.getByTestId("effect-F")).toHaveTextContent(
      `year 1 ${formatPounds(f.yearCosts[0])}, year 2 ${formatPounds(f.yearCosts[1])}`,
    );
    expect(screen.getByRole("columnheader", { name: "Year 1 with F" })).toBeInTheDocument();
    const b = withF.options.B;
    expect(isCosted(b) && screen.getByTestId("first-year-B").textContent).toBe(isCosted(b) ? formatPounds(b.firstYear) : "");
    await user.click(screen.getByRole("checkbox", { name: /^Add E/ }));
    expect(screen.getByTestId("effect-E")).toHaveTextContent("The council's cost does not change.");
  });

  test("keyboard: the arrow keys change the option, its figures follow, and one status sentence says so", async () => {
    const user = userEvent.setup();
    await renderPane();
    screen.getByRole("radio", { name: /^A\./ }).focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: /^B\./ })).toHaveFocus();
    expect(screen.getByRole("radio", { name: /^B\./ })).toBeChecked();
    const b = expected("B");
    expect(screen.getByTestId("option-hours")).toHaveTextContent(`${formatHours(b.nonContactHours)} non-contact`);
    // One polite announcement for the result, not a live region per figure.
    expect(screen.getAllByRole("status").filter((s) => s.getAttribute("data-testid") === "announcement")).toHaveLength(1);
    expect(screen.getByTestId("announcement")).toHaveTextContent(`Option B: council cost ${formatPounds(b.councilYear)} a year`);
    expect(document.querySelectorAll("[aria-live]")).toHaveLength(0);
  });

  test("the description dialog shows the chosen option's advantages and disadvantages with its source", async () => {
    const user = userEvent.setup();
    await renderPane();
    await user.click(screen.getByRole("radio", { name: /^D\./ }));
    await user.click(screen.getByRole("button", { name: /About option D/ }));
    const dialog = await waitFor(() => {
      const d = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!d) throw new Error("The dialog did not open");
      return d;
    });
    expect(within(dialog).getByRole("heading", { name: `Option D: ${OPTION_CONTENT.D.title}`, hidden: true })).toBeInTheDocument();
    for (const line of [...OPTION_CONTENT.D.advantages, ...OPTION_CONTENT.D.disadvantages]) {
      expect(within(dialog).getByText(line)).toBeInTheDocument();
    }
    expect(
      within(dialog).getByText("Source: Housing Learning and Improvement Network, Technical Brief (2010, edited 2015), section 4.5."),
    ).toBeInTheDocument();
  });

  test("the sources are said once, behind the information button", async () => {
    const user = userEvent.setup();
    await renderPane();
    expect(document.body.textContent).not.toContain("Default from");
    expect(document.body.textContent).not.toContain("The default is an example");
    await user.click(screen.getByRole("button", { name: "Sources" }));
    const dialog = await waitFor(() => {
      const d = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!d) throw new Error("The dialog did not open");
      return d;
    });
    await within(dialog).findByTestId("default-sources");
    expect(dialog.textContent).toContain("“Extra Care Housing” (Tony Homer, Joint Improvement Team, May 2009)");
    expect(dialog.textContent).toContain("Housing Learning and Improvement Network, Technical Brief (2010, edited 2015), section 4");
    expect(within(dialog).getAllByText(/^Band mix: /)).toHaveLength(1);
  });

  test("the choice and inputs are remembered for next time", async () => {
    const user = userEvent.setup();
    const settings = memorySettings();
    const first = await renderPane({ settings });
    await user.click(screen.getByRole("radio", { name: /^C\./ }));
    await user.click(screen.getByRole("checkbox", { name: /^Add E/ }));
    await openSection(user, "Scheme");
    await user.clear(screen.getByRole("textbox", { name: "Tenants" }));
    await user.type(screen.getByRole("textbox", { name: "Tenants" }), "42");
    first.unmount();
    await renderPane({ settings });
    expect(screen.getByRole("radio", { name: /^C\./ })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /^Add E/ })).toBeChecked();
    await openSection(user, "Scheme");
    expect(screen.getByRole("textbox", { name: "Tenants" })).toHaveValue("42");
  });
});

describe("sections open on demand", () => {
  test("every section is closed at first, with one line saying what it holds; opening one shows it", async () => {
    const user = userEvent.setup();
    await renderPane();
    for (const name of ["Scheme", "How the cost is worked out", "Hours and charts", "Over the contract", "Scenarios"]) {
      const heading = screen.getByRole("heading", { name, level: 2 });
      expect(heading.closest("details")).not.toHaveAttribute("open");
    }
    expect(screen.queryByRole("textbox", { name: "Tenants" })).not.toBeInTheDocument();
    await openSection(user, "Scheme");
    expect(screen.getByRole("textbox", { name: "Tenants" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Scheme", level: 2 }).closest("details")).toHaveAttribute("open");
  });

  test("the build-up: every line a figure, each block adding up, to the chosen option's council cost and its net cost", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "How the cost is worked out");
    const table = screen.getByTestId("build-up");
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => [r.children[0].textContent, r.children[1].textContent]);
    const a = expected("A");
    const pounds = (x: number) => `£${x.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    // No contributions entered: the net cost is the cost.
    expect(rows.slice(-3)).toEqual([
      ["= Council's cost a year, option A", pounds(a.councilYear)],
      ["− Tenants' contributions to their care", pounds(0)],
      ["= Council's net cost a year, option A", pounds(a.councilYear)],
    ]);
    expect(rows.some(([label]) => label!.startsWith("= Unit cost an hour"))).toBe(true);
  });
});

/** Opens the tenants' contributions under Scheme (already open) and types one band's average contribution. */
async function enterContribution(user: ReturnType<typeof userEvent.setup>, band: string, amount: string) {
  const toggle = screen.getByRole("button", { name: /^Tenants' contributions to their care/ });
  if (toggle.getAttribute("aria-expanded") !== "true") await user.click(toggle);
  const box = screen.getByRole("textbox", { name: `${band} needs: the others' average contribution, £ a week` });
  await user.clear(box);
  await user.type(box, amount);
}

describe("tenants' contributions: the council's net cost", () => {
  const NONE = { selfFunderShares: [0, 0, 0], averageContributions: [0, 0, 0] } as const;
  const TEN = { selfFunderShares: [0, 0, 0], averageContributions: [10, 10, 10] } as const;

  /** The model's figures with these contributions. */
  function withContributions(
    id: "A" | "B" | "C" | "D",
    c: { selfFunderShares: readonly number[]; averageContributions: readonly number[] },
  ) {
    const o = compareOptions(DEFAULT_SCHEME, computeScheme(DEFAULT_SCHEME), id, [], undefined, c as never).options[id];
    if (!isCosted(o)) throw new Error(o.error);
    return o;
  }

  /** Opens the Scheme section and the contributions under it. */
  async function openContributions(user: ReturnType<typeof userEvent.setup>) {
    await openSection(user, "Scheme");
    await user.click(screen.getByRole("button", { name: "Tenants' contributions to their care (none entered)" }));
  }

  test("the note on what the options share is a sentence: at the defaults they differ in cost, not in the unit cost", async () => {
    await renderPane();
    expect(screen.getByTestId("options-same")).toHaveTextContent(
      /^All at £23\.23 an hour \(the unit cost; set prices in the workbook\)\.$/,
    );
  });

  test("with none, the first screen's net cost is the cost; the comparison, where net and cost are the same, keeps to one line an option", async () => {
    await renderPane();
    const a = withContributions("A", NONE);
    expect(screen.getByTestId("option-net-year")).toHaveTextContent(formatPounds(a.councilYear));
    // The label says why the two figures are the same.
    expect(screen.getByTestId("option-net-year").previousElementSibling).toHaveTextContent(/^Net of what tenants pay \(none entered\)$/);
    for (const id of ["A", "B", "C", "D"] as const) {
      expect(withContributions(id, NONE).councilNetYear).toBe(withContributions(id, NONE).councilYear);
      expect(screen.queryByTestId(`net-${id}`)).toBeNull();
    }
  });

  test("£10 a week from every band takes £10 × 37 tenants × 52 = £19,240 off every option's cost, on the first screen and in the build-up", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openContributions(user);
    for (const band of ["Low", "Medium", "High"]) await enterContribution(user, band, "10");
    expect(screen.getByRole("button", { name: "Tenants' contributions to their care" })).toHaveAttribute("aria-expanded", "true");
    for (const id of ["A", "B", "C", "D"] as const) {
      const o = withContributions(id, TEN);
      // 27%, 46% and 27% of 35 tenants, each rounded up: 10 + 17 + 10.
      expect(o.contributionsYear).toBeCloseTo(19240, 6);
      expect(o.councilNetYear).toBeCloseTo(o.councilYear - 19240, 6);
      expect(screen.getByTestId(`net-${id}`)).toHaveTextContent(
        `Once running ${formatPounds(o.councilYear)} a year, net of what tenants pay ${formatPounds(o.councilYear - 19240)}`,
      );
    }
    const a = withContributions("A", TEN);
    expect(screen.getByTestId("option-council-year")).toHaveTextContent(formatPounds(a.councilYear));
    expect(screen.getByTestId("option-net-year")).toHaveTextContent(formatPounds(a.councilYear - 19240));
    expect(screen.getByTestId("option-net-year").previousElementSibling).toHaveTextContent(/^Net of what tenants pay$/);
    expect(screen.getByTestId("announcement")).toHaveTextContent(
      `Option A: council cost ${formatPounds(a.councilYear)} a year, ${formatPounds(a.councilYear - 19240)} net of what tenants pay, for`,
    );
    await openSection(user, "How the cost is worked out");
    const rows = within(screen.getByTestId("build-up"))
      .getAllByRole("row")
      .map((r) => [r.children[0].textContent, r.children[1].textContent]);
    expect(rows.slice(-2)).toEqual([
      ["− Tenants' contributions to their care", "£19,240.00"],
      [
        "= Council's net cost a year, option A",
        `£${(a.councilYear - 19240).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
      ],
    ]);
  });

  test("half the high-needs tenants paying for all their care: their care at the option's price comes off", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openContributions(user);
    const box = screen.getByRole("textbox", { name: "High needs: tenants who pay for all their care, %" });
    await user.clear(box);
    await user.type(box, "50");
    const a = withContributions("A", { selfFunderShares: [0, 0, 0.5], averageContributions: [0, 0, 0] });
    // 10 high-needs tenants, half of them paying their share of option A's cost of care: 28 hours × 60% care a week
    // and a 37th of the night's 63 hours of care, of the 782 hours a week the cost buys.
    expect(a.contributionsYear).toBeCloseTo((5 * (28 * 0.6 + 63 / 37) * a.councilYear) / 782, 6);
    expect(screen.getByTestId("option-net-year")).toHaveTextContent(formatPounds(a.councilYear - a.contributionsYear));
  });

  test("a share over 100% is refused next to its field, keyboard first, and the costs wait for a correction", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "Scheme");
    const toggle = screen.getByRole("button", { name: /^Tenants' contributions to their care \(none entered\)$/ });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    toggle.focus();
    await user.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const box = screen.getByRole("textbox", { name: "Medium needs: tenants who pay for all their care, %" });
    await user.clear(box);
    await user.type(box, "120");
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAccessibleDescription("Must be between 0% and 100% (got 120%).");
    expect(screen.queryByTestId("option-figures")).not.toBeInTheDocument();
    expect(await axe(document.body)).toHaveNoViolations();
  });
});

describe("inputs and live results", () => {
  test("results follow the inputs as the user types: more tenants, more cost", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "Scheme");
    const tenants = screen.getByRole("textbox", { name: "Tenants" });
    await user.clear(tenants);
    await user.type(tenants, "40");
    const inputs = { ...DEFAULT_SCHEME, tenants: 40 };
    expect(screen.getByTestId("option-council-year")).toHaveTextContent(formatPounds(expected("A", inputs).councilYear));
  });

  test("the pane opens at 2026-27 with the National Living Wage as the example rate, and no warning", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "Scheme");
    expect(screen.getByRole("combobox", { name: "Price base" })).toHaveValue("2026-27");
    expect(screen.getByRole("textbox", { name: "Care" })).toHaveValue("12.71");
    expect(screen.queryByText(/below the National Living Wage/)).not.toBeInTheDocument();
  });

  test("a £10.00 rate at 2026-27 is warned of under its field, naming the wage; the cost stays on screen", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "Scheme");
    const care = screen.getByRole("textbox", { name: "Care" });
    await user.clear(care);
    await user.type(care, "10");
    expect(care).toHaveAccessibleDescription(
      expect.stringContaining("£10.00 an hour is below the National Living Wage of £12.71 an hour (2026-27, workers aged 21 and over)."),
    );
    const inputs = { ...DEFAULT_SCHEME, hourlyRates: { ...DEFAULT_SCHEME.hourlyRates, care: 10 } };
    expect(screen.getByTestId("option-council-year")).toHaveTextContent(formatPounds(expected("A", inputs).councilYear));
  });

  test("an invalid value gets the model's message next to its field, and nothing can be downloaded", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "Scheme");
    const tenants = screen.getByRole("textbox", { name: "Tenants" });
    await user.clear(tenants);
    await user.type(tenants, "2.5");
    expect(tenants).toHaveAttribute("aria-invalid", "true");
    expect(tenants).toHaveAccessibleDescription(expect.stringContaining("Must be a whole number (got 2.5)."));
    expect(screen.queryByTestId("option-figures")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download option A" })).toBeDisabled();
    expect(await axe(document.body)).toHaveNoViolations();
  });

  test("band shares that do not add up to 100% mark all three and say so once, politely", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "Scheme");
    const total = screen.getByTestId("band-total");
    expect(total).toHaveTextContent(/^Total 100%$/);
    const low = screen.getByRole("textbox", { name: "Low" });
    await user.clear(low);
    await user.type(low, "20");
    expect(total).toHaveTextContent(/^Total 93%: 7 points short$/);
    expect(total).toHaveAttribute("role", "status");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("group", { name: /Band mix/ })).toHaveAccessibleDescription("Total 93%: 7 points short");
    for (const name of ["Low", "Medium", "High"]) expect(screen.getByRole("textbox", { name })).toHaveAttribute("aria-invalid", "true");
    await user.clear(low);
    await user.type(low, "26.5");
    expect(total).toHaveTextContent(/^Total 99.5%: 0.5 points short$/);
    await user.clear(low);
    await user.type(low, "27");
    expect(total).toHaveTextContent(/^Total 100%$/);
  });
});

describe("words", () => {
  test("the pane speaks the sheets' language: no jargon, no abbreviations", async () => {
    const user = userEvent.setup();
    await renderPane();
    for (const name of ["Scheme", "How the cost is worked out", "Hours and charts"]) await openSection(user, name);
    expect(await screen.findByRole("img", { name: /Cost a year, by item/ })).toBeInTheDocument();
    const text = document.body.textContent!;
    for (const word of [/download mode/i, /\bseed\b/i, /\bpw\b/, /\bpa\b/, /\bHS\b/, /%age/, /\bNI\b/, /e\.g\./]) {
      expect(text).not.toMatch(word);
    }
  });
});

describe("not in Excel: download the workbook", () => {
  test("the main action stays in a one-line pinned footer, last in reading order, and works from the keyboard", async () => {
    const user = userEvent.setup();
    const { saved } = await renderPane();
    const footer = screen.getByRole("region", { name: "Main action" });
    const button = within(footer).getByRole("button", { name: "Download option A" });
    const lastSection = screen.getByRole("region", { name: "Scenarios" });
    expect(lastSection.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    button.focus();
    await user.keyboard("{Enter}");
    await within(footer).findByText("Downloaded", { exact: false }, { timeout: 15000 });
    expect(saved.map((f) => f.fileName)).toEqual(["ECH option A.xlsx"]);
  }, 30000);

  test("a download's message goes when the inputs change: it no longer describes what is on screen", async () => {
    const user = userEvent.setup();
    await renderPane();
    await user.click(screen.getByRole("button", { name: "Download option A" }));
    const footer = screen.getByRole("region", { name: "Main action" });
    await within(footer).findByText("Downloaded", { exact: false }, { timeout: 15000 });
    await user.click(screen.getByRole("radio", { name: /^B\./ }));
    expect(within(footer).queryByText("Downloaded", { exact: false })).not.toBeInTheDocument();
  }, 30000);

  test("Download writes the chosen template, with the inputs on screen, as a file", async () => {
    const user = userEvent.setup();
    const { saved } = await renderPane();
    await user.click(screen.getByRole("radio", { name: /^B\./ }));
    await user.click(screen.getByRole("checkbox", { name: /^Add F/ }));
    await openSection(user, "Scheme");
    await user.type(screen.getByRole("textbox", { name: "Scheme name" }), "Riverside Court");
    const tenants = screen.getByRole("textbox", { name: "Tenants" });
    await user.clear(tenants);
    await user.type(tenants, "40");
    await enterContribution(user, "Low", "12.50");
    await user.click(screen.getByRole("button", { name: "Download option B+F" }));
    await screen.findByText("Downloaded", { exact: false }, { timeout: 15000 });
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(saved).toHaveLength(1);
    expect(saved[0].fileName).toBe("ECH option B+F - Riverside Court.xlsx");
    expect(saved[0].mimeType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(saved[0].bytes) as unknown as ArrayBuffer);
    const [ref] = book.definedNames.getRanges("ECH_Tenants").ranges;
    const [sheet, address] = ref.split("!");
    expect(book.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(address.replace(/\$/g, "")).value).toBe(40);
    // The tenants' contributions typed in the pane fill the workbook's pink cells.
    const [contributions] = book.definedNames.getRanges("ECH_AverageContributions").ranges;
    const [cSheet, cRange] = contributions.split("!");
    const first = cRange.replace(/\$/g, "").split(":")[0];
    expect(book.getWorksheet(cSheet.replace(/^'|'$/g, ""))!.getCell(first).value).toBe(12.5);
  }, 30000);

  test("the appraisal of options A–D is written for the scheme on screen", async () => {
    const user = userEvent.setup();
    const { saved } = await renderPane();
    await openSection(user, "Scheme");
    const tenants = screen.getByRole("textbox", { name: "Tenants" });
    await user.clear(tenants);
    await user.type(tenants, "40");
    await enterContribution(user, "Low", "12.50");
    await user.click(screen.getByRole("button", { name: "Download the appraisal of A–D" }));
    await screen.findByText("Downloaded", { exact: false }, { timeout: 15000 });
    expect(saved.map((f) => f.fileName)).toEqual(["ECH appraisal of options A-D.xlsx"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(saved[0].bytes) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toContain("Appraisal");
    const [ref] = book.definedNames.getRanges("ECH_Tenants").ranges;
    const [sheet, address] = ref.split("!");
    expect(book.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(address.replace(/\$/g, "")).value).toBe(40);
    // The tenants' contributions typed in the pane fill the workbook's pink cells.
    const [contributions] = book.definedNames.getRanges("ECH_AverageContributions").ranges;
    const [cSheet, cRange] = contributions.split("!");
    const first = cRange.replace(/\$/g, "").split(":")[0];
    expect(book.getWorksheet(cSheet.replace(/^'|'$/g, ""))!.getCell(first).value).toBe(12.5);
  }, 30000);

  test("has no accessibility violations (axe), closed and with every section open", async () => {
    const user = userEvent.setup();
    const { container } = await renderPane();
    expect(await axe(container)).toHaveNoViolations();
    for (const name of ["Scheme", "How the cost is worked out", "Hours and charts"]) await openSection(user, name);
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("pay at a current price base", () => {
  test("the team leader's and the waking night pay show at 2026-27, and say when below the National Living Wage", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "Scheme");
    await user.selectOptions(screen.getByRole("combobox", { name: "Price base" }), "2026-27");
    const leader = screen.getByRole("textbox", { name: "Team leader" });
    const night = screen.getByRole("textbox", { name: "Waking nights" });
    expect([leader.tabIndex, night.tabIndex]).toEqual([0, 0]);
    await user.clear(leader);
    await user.type(leader, "12");
    expect(leader).toHaveAccessibleDescription(
      expect.stringContaining("£12.00 an hour is below the National Living Wage of £12.71 an hour (2026-27, workers aged 21 and over)."),
    );
    expect(await axe(document.body)).toHaveNoViolations();
  });

  test("the Employment Allowance choice shows at a current price base and is chosen from the keyboard", async () => {
    const user = userEvent.setup();
    await renderPane();
    await openSection(user, "Scheme");
    const name = "Employer claims the Employment Allowance";
    await user.selectOptions(screen.getByRole("combobox", { name: "Price base" }), "2026-27");
    const choice = screen.getByRole("combobox", { name });
    expect(choice).toHaveAccessibleDescription(expect.stringContaining("not a council"));
    await user.selectOptions(choice, "Yes");
    expect(choice).toHaveValue("Yes");
  });
});
