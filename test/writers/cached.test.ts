import ExcelJS from "exceljs";
import { PUBLISHED_TEMPLATE_INPUTS } from "../../src/templates";
import { writeXlsx } from "../../src/writers/xlsx";
import { CHOICES } from "../support/choices";
import { placedTemplate } from "../support/templates";

/** A generated file read as a viewer that does not calculate reads it: the stored results only. */
async function stored(option: (typeof CHOICES)[number]) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await writeXlsx(placedTemplate(option, PUBLISHED_TEMPLATE_INPUTS))) as unknown as ArrayBuffer);
  return (name: string): unknown[] =>
    book.definedNames.getRanges(name).ranges.flatMap((ref) => {
      const [sheet, range] = ref.split("!");
      const ws = book.getWorksheet(sheet.replace(/^'|'$/g, ""))!;
      const [a, b = a] = range.replace(/\$/g, "").split(":");
      const out: unknown[] = [];
      const [ca, cb] = [ws.getCell(a), ws.getCell(b)];
      for (let r = Number(ca.row); r <= Number(cb.row); r++) {
        for (let c = Number(ca.col); c <= Number(cb.col); c++) {
          const v = ws.getCell(r, c).value as { formula?: string; result?: unknown } | number | string | null;
          out.push(v !== null && typeof v === "object" && "formula" in v ? v.result : v);
        }
      }
      return out;
    });
}

const pence = (xs: unknown[]) => xs.map((x) => Math.round((x as number) * 100) / 100);

describe.each(CHOICES)("the stored results of template $option with $overlays hold the published figures", (choice) => {
  test("without recalculating", async () => {
    const read = await stored(choice);
    expect(pence(read("ECH_HoursPerWeek"))).toEqual([414.6, 367.4, 782]);
    expect(pence(read("ECH_TotalStaffCost"))).toEqual([555415.8]);
    expect(pence(read("ECH_CostPerPersonWeek"))).toEqual([305.17]);
    expect(pence(read("ECH_CostPerPersonYear"))).toEqual([15869.02]);
    expect(pence(read("ECH_UnitCostPerHour"))).toEqual([13.66]);
    expect(pence(read("ECH_TenantMonthlyTotal"))).toEqual([1965.38]);
    expect(read("ECH_InputCheck")).toEqual(["OK"]);
    expect(read("ECH_OptionCheck")).toEqual(["OK"]);
    // B pays for its 47 non-contact hours on top of the 782 contact hours, C and D for their 44.
    expect(pence(read("ECH_CouncilAnnualCost"))).toEqual([{ A: 555415.8, B: 588797.56, C: 586666.81, D: 586666.81 }[choice.option]]);
  }, 30_000);
});
