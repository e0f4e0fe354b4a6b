/* The pane inside Excel, against the fake Excel context the writer tests use. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { createFakeExcel, installFakeOffice } from "../support/fakeExcel";
import { openSection, renderPane } from "./renderPane";

jest.setTimeout(30_000);

let restoreOffice: () => void;
beforeEach(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.12" });
});
afterEach(() => restoreOffice());

const outcome = () => screen.findByTestId("outcome", {}, { timeout: 10000 });

describe("Generate into this workbook", () => {
  test("adds the chosen template, selects its first sheet and says what it added", async () => {
    const user = userEvent.setup();
    const excel = createFakeExcel();
    excel.book.setCell("Sheet1", "A1", "mine");
    await renderPane({ excel });
    await openSection(user, "Workbook");
    await user.click(screen.getByRole("radio", { name: /^B\./ }));
    await user.click(screen.getByRole("button", { name: /^Add option / }));
    const message = await outcome();

    const added = excel.book.sheets.map((s) => s.name).filter((n) => n !== "Sheet1");
    expect(added.length).toBeGreaterThan(2);
    expect(excel.book.activeSheet).toBe(added[0]);
    expect(message).toHaveTextContent(/^✓ Added ECH Cost Model: option B/);
    expect(message).toHaveTextContent(`${added.length} sheets: ${added.slice(0, -1).join(", ")} and ${added[added.length - 1]}.`);
    expect(message).toHaveTextContent(`Now showing “${added[0]}”.`);
    expect(excel.book.cell("Sheet1", "A1")!.value).toBe("mine");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  test("a second generation never overwrites the first: the new sheets get new names", async () => {
    const user = userEvent.setup();
    const excel = createFakeExcel();
    await renderPane({ excel });
    await openSection(user, "Workbook");
    const generate = screen.getByRole("button", { name: /^Add option / });
    await user.click(generate);
    await outcome();
    type Snapshot = { sheets: { name: string }[] };
    const first = excel.book.snapshot() as Snapshot;
    const firstNames = first.sheets.map((s) => s.name);
    await user.click(generate);
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("(2)"));
    const after = excel.book.snapshot() as Snapshot;
    expect(after.sheets.length).toBe(2 * firstNames.length);
    expect(after.sheets.filter((s) => firstNames.includes(s.name))).toEqual(first.sheets);
  });

  test("an Office failure is explained in plain words, the spinner stops and nothing is left behind", async () => {
    const user = userEvent.setup();
    const excel = createFakeExcel();
    excel.book.setCell("Sheet1", "A1", 1);
    excel.fake.failOn({ sync: 2, afterOps: 5, code: "AccessDenied", message: "The workbook is protected." });
    await renderPane({ excel });
    await openSection(user, "Workbook");
    await user.click(screen.getByRole("button", { name: /^Add option / }));
    const message = await outcome();
    expect(message).toHaveTextContent("protected");
    expect(message).toHaveTextContent(/Unprotect it/);
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Add option / })).toBeEnabled();
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("an Excel without the API set needed says which Excel to use", async () => {
    restoreOffice();
    restoreOffice = installFakeOffice({ ExcelApi: "1.4" });
    const user = userEvent.setup();
    const excel = createFakeExcel();
    await renderPane({ excel });
    await openSection(user, "Workbook");
    await user.click(screen.getByRole("button", { name: /^Add option / }));
    expect(await outcome()).toHaveTextContent(/needs a newer version of Excel.*Excel for Microsoft 365/);
    expect(excel.book.sheets).toEqual([]);
  });
});

describe("Compare options", () => {
  test("finds the generated options and compares the ones the user picks on a new sheet", async () => {
    const user = userEvent.setup();
    const excel = createFakeExcel();
    await renderPane({ excel });
    await openSection(user, "Workbook");
    const generate = screen.getByRole("button", { name: /^Add option / });
    for (const option of ["B", "C", "D"]) {
      await user.click(screen.getByRole("radio", { name: new RegExp(`^${option}\\.`) }));
      await user.click(generate);
      await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent(`option ${option}`));
    }
    await user.click(screen.getByRole("button", { name: "Compare options" }));
    expect(await outcome()).toHaveTextContent("Found 3 options");
    const group = screen.getByRole("group", { name: "Options to compare" });
    const boxes = within(group).getAllByRole("checkbox");
    expect(boxes.map((b) => b.getAttribute("id")).map((id) => document.querySelector(`label[for="${id}"]`)!.textContent)).toEqual([
      "Option B",
      "Option C",
      "Option D",
    ]);
    boxes.forEach((b) => expect(b).toBeChecked());
    await user.click(within(group).getByRole("checkbox", { name: "Option C" }));

    await user.click(screen.getByRole("button", { name: "Build comparison sheet" }));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("It compares Option B and Option D side by side"));
    const sheet = excel.book.sheets[excel.book.sheets.length - 1].name;
    expect(screen.getByTestId("outcome")).toHaveTextContent(`Added “${sheet}”`);
    expect(excel.book.cell(sheet, "B6")!.formula).toBe("=ECH_CouncilAnnualCost");
    expect(excel.book.cell(sheet, "C6")!.formula).toBe("=ECH_CouncilAnnualCost_3");
  });

  test("with nothing generated yet it says what to do first", async () => {
    const user = userEvent.setup();
    await renderPane({ excel: createFakeExcel() });
    await openSection(user, "Workbook");
    await user.click(screen.getByRole("button", { name: "Compare options" }));
    expect(await outcome()).toHaveTextContent("No generated options in this workbook");
    expect(screen.queryByRole("button", { name: "Build comparison sheet" })).not.toBeInTheDocument();
  });
});

describe("Prepare for sharing", () => {
  const group = () => screen.getByRole("group", { name: "What to change before sharing" });

  test("lists what would break, and replaces it only when the user ticks it and confirms", async () => {
    const user = userEvent.setup();
    const excel = createFakeExcel();
    excel.book.setCell("Scheme", "B1", 40);
    excel.book.setCell("Scheme", "B2", "=ECH.ELIGIBILITYBLOCK(B1)", 267);
    excel.book.setCell("Scheme", "B3", "=SUM(B1:B2)", 307);
    await renderPane({ excel });
    await openSection(user, "Workbook");
    await user.click(screen.getByRole("button", { name: "Prepare for sharing" }));
    const found = await outcome();
    expect(found).toHaveTextContent("1 thing to check before sharing");
    expect(found).toHaveTextContent("Formulas that need the add-in or another workbook: 1.");
    expect(within(group()).getByText(/Scheme!B2: ECH function; becomes the Excel formula/)).toBeInTheDocument();
    const make = within(group()).getByRole("button", { name: "Make the ticked changes" });
    expect(make).toBeDisabled();
    expect(excel.book.cell("Scheme", "B2")!.formula).toBe("=ECH.ELIGIBILITYBLOCK(B1)");

    await user.click(within(group()).getByRole("checkbox", { name: /^Formulas that need the add-in or another workbook \(1\)/ }));
    await user.click(make);
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("Made 1 change"));
    expect(screen.getByTestId("outcome")).toHaveTextContent("Scheme!B2: ECH function; becomes the Excel formula");
    expect(excel.book.cell("Scheme", "B2")!.formula ?? "").not.toMatch(/ECH\./);
    expect(excel.book.cell("Scheme", "B3")!.formula).toBe("=SUM(B1:B2)");
    expect(screen.queryByRole("group", { name: "What to change before sharing" })).not.toBeInTheDocument();
  });

  test("lists each kind with a tick box, by keyboard, and changes only the ticked kinds", async () => {
    restoreOffice();
    restoreOffice = installFakeOffice({ ExcelApi: "1.18" });
    const user = userEvent.setup();
    const excel = createFakeExcel();
    const b = excel.book;
    b.setCell("Scheme", "B2", "=ECH.ELIGIBILITYBLOCK(40)", 267);
    b.addSheet("Workings").visibility = "Hidden";
    b.addSheet("Salaries").visibility = "VeryHidden";
    b.addComment("Scheme", "B2", "Is 40 right?", "Ann Smith");
    b.addNote("Scheme", "C2", "Old figure", "Bob Jones");
    Object.assign(b.properties, { author: "Ann Smith", company: "Riverside Council", lastAuthor: "Bob Jones" });
    b.settings.push({ key: "ech-choice", value: "B" });
    const { container } = await renderPane({ excel });
    await openSection(user, "Workbook");
    await user.click(screen.getByRole("button", { name: "Prepare for sharing" }));
    expect(await outcome()).toHaveTextContent("9 things to check before sharing");

    const boxes = within(group()).getAllByRole("checkbox");
    expect(boxes.map((x) => document.querySelector(`label[for="${x.id}"]`)!.textContent)).toEqual([
      "Formulas that need the add-in or another workbook (1): replace each by a native Excel formula or the values it shows",
      "Hidden sheets (2): show them, so nothing in the file is hidden from the provider (they are not deleted: delete any that should not go yourself)",
      "Comments (1): delete them with their replies",
      "Notes (1): delete them",
      "Document properties (File > Info) (3): clear them",
      "Settings this add-in stored in the file (1): delete them",
    ]);
    boxes.forEach((x) => expect(x).not.toBeChecked());
    const text = group().textContent!;
    expect(text).toContain("“Salaries” (hidden so that Excel's Unhide does not list it)");
    expect(text).toContain("Scheme!B2: comment by Ann Smith: “Is 40 right?”");
    expect(text).toContain("Last modified by: “Bob Jones”: kept. Excel fills in “Last modified by” itself");
    expect(text).toContain("custom XML parts");
    expect(text).not.toMatch(/VeryHidden|very hidden/i);
    expect(await axe(container)).toHaveNoViolations();

    // Keyboard only: every box and the button are native controls in the tab order; Space ticks, Enter confirms.
    // (jsdom with Fluent's focus manager does not move focus on Tab, so each control is focused directly.)
    const make = within(group()).getByRole("button", { name: "Make the ticked changes" });
    for (const control of [...boxes, make]) expect(control.tabIndex).toBe(0);
    boxes[1].focus();
    await user.keyboard(" ");
    boxes[4].focus();
    await user.keyboard(" ");
    await user.keyboard(" ");
    expect(boxes[4]).not.toBeChecked();
    await user.keyboard(" ");
    expect(boxes[1]).toBeChecked();
    expect(boxes[4]).toBeChecked();
    expect(make).toBeEnabled();
    make.focus();
    await user.keyboard("{Enter}");

    const done = await waitFor(() => {
      const o = screen.getByTestId("outcome");
      expect(o).toHaveTextContent("Made 4 changes");
      return o;
    });
    expect(done).toHaveTextContent("Shown “Workings” (hidden)");
    expect(done).toHaveTextContent("Shown “Salaries” (hidden so that Excel's Unhide does not list it)");
    expect(done).toHaveTextContent("Cleared Author: “Ann Smith”");
    expect(done).toHaveTextContent("Cleared Company: “Riverside Council”");
    expect(b.sheets.map((s) => s.visibility)).toEqual(["Visible", "Visible", "Visible"]);
    expect(b.properties).toMatchObject({ author: "", company: "", lastAuthor: "Bob Jones" });
    // Not ticked: left as they were.
    expect(b.cell("Scheme", "B2")!.formula).toBe("=ECH.ELIGIBILITYBLOCK(40)");
    expect(b.sheet("Scheme")!.comments).toHaveLength(1);
    expect(b.sheet("Scheme")!.notes).toHaveLength(1);
    expect(b.settings).toHaveLength(1);
  });

  test("a clean workbook is ready to share, and says what this Excel could not check", async () => {
    const user = userEvent.setup();
    const excel = createFakeExcel();
    excel.book.setCell("Sheet1", "A1", "=1+1", 2);
    await renderPane({ excel });
    await openSection(user, "Workbook");
    await user.click(screen.getByRole("button", { name: "Prepare for sharing" }));
    const message = await outcome();
    expect(message).toHaveTextContent("Ready to share");
    // The test's Excel has API 1.12: comments can be listed, notes cannot (1.18).
    expect(message).toHaveTextContent("cannot list notes for add-ins");
    expect(message).not.toHaveTextContent("cannot list comments");
  });
});

describe("Repair ECH formulas", () => {
  test("re-enters #NAME? ECH cells, on protected sheets too, and says how many", async () => {
    const user = userEvent.setup();
    const excel = createFakeExcel({ evaluate: (_b, _s, _a, f) => (/ECH\./i.test(f) ? 267 : 0) });
    excel.book.setCell("Scheme", "B1", 40);
    excel.book.setCell("Scheme", "B2", "=ECH.ELIGIBILITYBLOCK(B1)", "#NAME?");
    excel.book.setCell("Locked", "C5", "=ECH.ELIGIBILITYBLOCK(40)", "#NAME?");
    excel.book.sheet("Locked")!.protection = { protected: true, options: {} };
    await renderPane({ excel });
    await openSection(user, "Workbook");
    await user.click(screen.getByRole("button", { name: "Repair ECH formulas" }));
    const message = await outcome();
    expect(message).toHaveTextContent("Repaired 2 cells");
    expect(message).toHaveTextContent("Locked was unprotected for the repair and protected again.");
    expect(excel.book.cell("Scheme", "B2")!.value).toBe(267);
    expect(excel.book.sheet("Locked")!.protection.protected).toBe(true);
  });
});

test("the Excel pane has no accessibility violations (axe)", async () => {
  const user = userEvent.setup();
  const { container } = await renderPane({ excel: createFakeExcel() });
  await openSection(user, "Workbook");
  await screen.findByRole("button", { name: "Compare options" });
  expect(screen.getByText("In Excel")).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: /^Download/ })).not.toBeInTheDocument();
  expect(await axe(container)).toHaveNoViolations();
});
