/* The pane's scenarios: save the inputs under a name, compare, switch, rename, delete, from the keyboard; the workbook holds them. */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { axe } from "jest-axe";
import { scenarioHeadlines } from "../../src/decisions/scenarios";
import { buildTemplate, DEFAULT_TEMPLATE_INPUTS } from "../../src/templates";
import { formatPence, formatPounds } from "../../src/taskpane/format";
import { defaultFormText } from "../../src/taskpane/form";
import { memorySettings, openSection, renderPane } from "./renderPane";

jest.setTimeout(60_000);

async function renderWithScenarios(settings = memorySettings()) {
  const view = await renderPane({ settings });
  const user = userEvent.setup();
  await openSection(user, "Scheme");
  await openSection(user, "Scenarios");
  await act(async () => {
    await import("../../src/taskpane/Scenarios");
  });
  const region = await screen.findByRole("region", { name: "Scenarios" });
  await within(region).findByTestId("scenario-table");
  return { ...view, region, settings };
}

const rowOf = (region: HTMLElement, name: string) => within(region).getByRole("rowheader", { name }).closest("tr")!;

describe("scenarios in the pane", () => {
  test("save, compare with the model's figures, switch back, rename and delete, from the keyboard", async () => {
    const user = userEvent.setup();
    const { region, settings } = await renderWithScenarios();
    const tenants = screen.getByRole("textbox", { name: "Tenants" });
    await user.clear(tenants);
    await user.type(tenants, "45");
    const name = within(region).getByRole("textbox", { name: "Scenario name (at most 20 characters)" });
    await user.click(name);
    await user.keyboard("Larger scheme");
    within(region).getByRole("button", { name: "Save current inputs" }).focus();
    await user.keyboard("{Enter}");
    expect(within(region).getByRole("status")).toHaveTextContent('Saved "Larger scheme".');

    // Back to 35 tenants: the current row is the base; the saved one is the model's figures for 45 tenants.
    await user.clear(tenants);
    await user.type(tenants, "35");
    const base = { ...DEFAULT_TEMPLATE_INPUTS };
    const larger = scenarioHeadlines({ option: "A" }, base, { tenants: [45] });
    const current = scenarioHeadlines({ option: "A" }, base, {});
    await waitFor(() => expect(rowOf(region, "Current inputs")).toHaveTextContent(formatPounds(current.councilYear)));
    const cells = within(rowOf(region, "Larger scheme")).getAllByRole("cell");
    expect(cells[0]).toHaveTextContent(formatPence(larger.unitCost));
    expect(cells[1]).toHaveTextContent(formatPounds(larger.councilYear));
    // No contributions: the net cost is the cost.
    expect(larger.councilNetYear).toBe(larger.councilYear);
    expect(cells[2]).toHaveTextContent(formatPounds(larger.councilYear));
    expect(cells[3]).toHaveTextContent(formatPounds(larger.npv));
    expect(larger.councilYear).toBeGreaterThan(current.councilYear);

    // Use: the form takes the scenario's inputs, and focus goes to the first field, with a message.
    within(region).getByRole("button", { name: "Use scenario Larger scheme" }).focus();
    await user.keyboard("{Enter}");
    expect(tenants).toHaveValue("45");
    await waitFor(() => expect(tenants).toHaveFocus());
    expect(screen.getByTestId("changed-message")).toHaveTextContent("Now using the scenario “Larger scheme”");

    // Rename: focus goes to the new name.
    within(region).getByRole("button", { name: "Rename scenario Larger scheme" }).focus();
    await user.keyboard(" ");
    const newName = within(region).getByRole("textbox", { name: 'New name for "Larger scheme"' });
    await waitFor(() => expect(newName).toHaveFocus());
    await user.clear(newName);
    await user.type(newName, "Forty-five tenants");
    await user.click(within(region).getByRole("button", { name: "Rename" }));
    expect(within(region).getByRole("rowheader", { name: "Forty-five tenants" })).toBeInTheDocument();
    expect((settings.data.pane as { scenarios: { name: string }[] }).scenarios.map((s) => s.name)).toEqual(["Forty-five tenants"]);
    expect(await axe(region)).toHaveNoViolations();

    // Delete, with Undo focused; Undo brings it back.
    await user.click(within(region).getByRole("button", { name: "Delete scenario Forty-five tenants" }));
    expect(within(region).queryByRole("rowheader", { name: "Forty-five tenants" })).not.toBeInTheDocument();
    expect((settings.data.pane as { scenarios: unknown[] }).scenarios).toEqual([]);
    const undo = within(region).getByRole("button", { name: "Undo" });
    await waitFor(() => expect(undo).toHaveFocus());
    await user.keyboard("{Enter}");
    expect(within(region).getByRole("rowheader", { name: "Forty-five tenants" })).toBeInTheDocument();
    expect((settings.data.pane as { scenarios: { name: string }[] }).scenarios.map((s) => s.name)).toEqual(["Forty-five tenants"]);
  });

  test("with £10 a week from every band, each scenario's net cost is its cost less £10 × its tenants counted × 52", async () => {
    const text = { ...defaultFormText(), contributionLow: "10", contributionMedium: "10", contributionHigh: "10" };
    const fields = { tenants: "45", shareLow: text.shareLow, shareMedium: text.shareMedium, shareHigh: text.shareHigh };
    const { region } = await renderWithScenarios(
      memorySettings({
        pane: {
          text,
          scenarios: [{ name: "Larger scheme", fields: { ...fields, rateSupport: text.rateSupport, rateCare: text.rateCare } }],
        },
      }),
    );
    const inputs = { ...DEFAULT_TEMPLATE_INPUTS, selfFunderShares: [0, 0, 0], averageContributions: [10, 10, 10] };
    const current = scenarioHeadlines({ option: "A" }, inputs, {});
    const larger = scenarioHeadlines({ option: "A" }, inputs, { tenants: [45] });
    // 35 tenants are counted as 37 (10 + 17 + 10, each band rounded up); 45 as 13 + 21 + 13 = 47.
    expect(current.councilNetYear).toBeCloseTo(current.councilYear - 19240, 6);
    expect(larger.councilNetYear).toBeCloseTo(larger.councilYear - 47 * 10 * 52, 6);
    const cells = (name: string) => within(rowOf(region, name)).getAllByRole("cell");
    expect(cells("Current inputs")[1]).toHaveTextContent(formatPounds(current.councilYear));
    expect(cells("Current inputs")[2]).toHaveTextContent(formatPounds(current.councilYear - 19240));
    expect(cells("Larger scheme")[2]).toHaveTextContent(formatPounds(larger.councilYear - 47 * 10 * 52));
    expect(
      within(region)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toContain("Council's net cost a year");
  });

  test("a name is needed, at most 20 characters, names are unique, and the pane holds five (Save is disabled then)", async () => {
    const user = userEvent.setup();
    const { region } = await renderWithScenarios();
    const save = within(region).getByRole("button", { name: "Save current inputs" });
    await user.click(save);
    expect(within(region).getByRole("status")).toHaveTextContent("Enter a name for the scenario.");
    const name = within(region).getByRole("textbox", { name: "Scenario name (at most 20 characters)" });
    await user.type(name, "A name of twenty-one!");
    expect(name).toHaveValue("A name of twenty-one!");
    expect(name).toHaveAccessibleDescription("At most 20 characters; this has 21.");
    await user.click(save);
    expect(within(region).getByRole("status")).toHaveTextContent("A scenario's name takes at most 20 characters; this one has 21.");
    expect(within(region).getAllByRole("rowheader")).toHaveLength(1);
    await user.clear(name);
    for (const n of ["One", "One"]) {
      await user.type(name, n);
      await user.click(save);
    }
    expect(within(region).getByRole("status")).toHaveTextContent('A scenario is already called "One"');
    await user.clear(name);
    for (const n of ["Two", "Three", "Four", "Five"]) {
      await user.type(name, n);
      await user.click(save);
    }
    expect(within(region).getAllByRole("rowheader")).toHaveLength(6);
    expect(save).toBeDisabled();
    expect(within(region).getByTestId("scenarios-full")).toHaveTextContent("5 scenarios saved, the most a workbook holds");
  });

  test("the downloaded workbook holds the saved scenarios on its Scenarios sheet, only the inputs that differ", async () => {
    const user = userEvent.setup();
    const settings = memorySettings({
      pane: {
        scenarios: [
          {
            name: "Higher care rate",
            fields: {
              tenants: "35",
              shareLow: "27",
              shareMedium: "46",
              shareHigh: "27",
              rateSupport: defaultFormText().rateSupport,
              rateCare: "14",
            },
          },
        ],
      },
    });
    const { saved } = await renderWithScenarios(settings);
    await user.click(screen.getByRole("button", { name: "Download option A" }));
    await screen.findByText("Downloaded", { exact: false }, { timeout: 20000 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(saved[0].bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Scenarios")!;
    const values: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain("Higher care rate");
    const at = (id: string) => sheet.getCell(buildTemplate({ option: "A", overlays: [] }).rows![id].range.split(":")[0]).value;
    expect(at("scenario1.name")).toBe("Higher care rate");
    expect(at("scenario1.careRate")).toBe(14);
    expect(at("scenario1.tenants")).toBeNull();
    expect(at("scenario1.supportRate")).toBeNull();
    const [ref] = book.definedNames.getRanges("ECH_ActiveScenario").ranges;
    expect(sheet.getCell(ref.split("!")[1].replace(/\$/g, "")).value).toBe(1);
  });
});
