/** The Staffing sheet: the published model's care and support staffing and staff on-costs, bands across. */
import { calcRow, fx, type Row } from "../../calc";
import { BANDS } from "../../model";
import * as Scheme from "../../model/scheme";
import { SheetLayout, type Slot } from "../../layout/layout";
import { inputCheck, payWarning, titleRow } from "../../model/inputCheck";
import { BENCHMARK_NOTE, benchmark, benchmarkSource } from "../../model/priceRows";

export const STAFFING_ID = "staffing";

const subtitle = calcRow(
  "staffing.subtitle",
  "",
  fx`"Hours a week and cost a year for a scheme of "&${Scheme.tenants}&" tenants (Joint Improvement Team, Extra Care Housing, 2009: revenue cost model)"`,
  { check: true },
);
const title = titleRow(STAFFING_ID, "Care and support staffing");
/** The Inputs sheet's checks, repeated here: the results wait for the first, the second warns beside them. */
const checkHere = calcRow("staffing.inputCheck", "Input check (Inputs sheet)", fx`${inputCheck}`, { check: true });
const payHere = calcRow("staffing.payWarning", payWarning.label, fx`${payWarning}`, { check: true });

export function staffingLayout(): SheetLayout {
  const l = new SheetLayout(
    STAFFING_ID,
    "Staffing",
    { columns: [46, 10, 10, 10, 14, 16, 66], orientation: "landscape", freezeRows: 4, freezeColumns: 1 },
    inputCheck,
  );
  const head = (first: string, bands: boolean) =>
    l.line(
      [first, ...(bands ? BANDS : ["", "", ""]), "Scheme", "Units", "How it is worked out"].map((h) => ({
        text: h,
        style: "header" as const,
      })),
    );
  const line = (label: string, band: Row | null, scheme: Row | null, unitOf: Row) => {
    const slots: Slot[] = [{ text: label, style: unitOf.total ? "total" : "label" }];
    slots.push(band ? { row: band } : null, ...(band ? [] : [null, null]));
    slots.push(scheme ? { row: scheme } : null, { text: unitOf.unit ?? "", style: "note" }, { text: unitOf.note ?? "", style: "note" });
    l.line(slots);
  };
  const one = (row: Row) => line(row.label, null, row, row);
  l.line([{ row: title, style: "title" }]);
  l.line([{ row: subtitle, style: "subtitle" }]);
  l.line([{ text: checkHere.label, style: "label" }, { row: checkHere }]);
  l.line([{ text: payHere.label, style: "label" }, { row: payHere }]);
  l.gap();
  head("Care and support hours", true);
  line(Scheme.tenantsPerBand.label, Scheme.tenantsPerBand, Scheme.tenantsCounted, Scheme.tenantsPerBand);
  line(Scheme.supportHoursEach.label, Scheme.supportHoursEach, null, Scheme.supportHoursEach);
  line(Scheme.careHoursEach.label, Scheme.careHoursEach, null, Scheme.careHoursEach);
  line(Scheme.bandSupportHours.label, Scheme.bandSupportHours, Scheme.daySupportHours, Scheme.bandSupportHours);
  line(Scheme.bandCareHours.label, Scheme.bandCareHours, Scheme.dayCareHours, Scheme.bandCareHours);
  line(Scheme.bandTotalHours.label, Scheme.bandTotalHours, Scheme.dayTotalHours, Scheme.bandTotalHours);
  [
    Scheme.nightSupportHours,
    Scheme.nightCareHours,
    Scheme.nightTotalHours,
    Scheme.supportHours,
    Scheme.careHoursTotal,
    Scheme.totalHours,
  ].forEach(one);
  l.nameRows(
    "ECH_HoursPerWeek",
    [Scheme.supportHours, Scheme.careHoursTotal, Scheme.totalHours],
    "hours a week: housing support, care, total",
  );
  l.gap();
  head("Cost of the hours", false);
  [Scheme.supportCostWeek, Scheme.careCostWeek, Scheme.costWeek, Scheme.supportCostYear, Scheme.careCostYear, Scheme.costYear].forEach(one);
  l.gap();
  head("Staff on-costs: the published model's flat rates (2009 price base)", false);
  [
    Scheme.manager,
    Scheme.payBase,
    Scheme.nationalInsurance,
    Scheme.cover,
    Scheme.superannuation,
    Scheme.trainingCost,
    Scheme.flatStaffCost,
  ].forEach(one);
  l.gap();
  head("Pay at a current price base (blank at the published model's 2009 prices)", false);
  [
    Scheme.holidayUplift,
    Scheme.paidPerHour,
    Scheme.dayPaidHours,
    Scheme.nightPaidHours,
    Scheme.careWorkers,
    Scheme.trainingHoursWeek,
    Scheme.teamLeaders,
    Scheme.paidHours,
    Scheme.workers,
  ].forEach(one);
  [
    Scheme.daySupportPay,
    Scheme.dayCarePay,
    Scheme.nightPay,
    Scheme.nightSupportPay,
    Scheme.nightCarePay,
    Scheme.trainingPay,
    Scheme.careWorkerPay,
    Scheme.teamLeaderPay,
    Scheme.payNow,
  ].forEach(one);
  for (const g of [Scheme.careWorkerCosts, Scheme.teamLeaderCosts, Scheme.managerCosts]) [g.average, g.ni, g.pension].forEach(one);
  [
    Scheme.employerNI,
    Scheme.employmentAllowanceClaimed,
    Scheme.employerNIAfterAllowance,
    Scheme.employerPension,
    Scheme.staffCostNow,
  ].forEach(one);
  l.gap();
  head("Results", false);
  [
    Scheme.totalStaffCost,
    Scheme.overheads,
    Scheme.surplus,
    Scheme.totalCost,
    Scheme.costPerPersonWeek,
    Scheme.costPerPersonYear,
    Scheme.unitCost,
    Scheme.unitCostPaid,
  ].forEach(one);
  l.line([
    { text: benchmark.label, style: "label" },
    null,
    null,
    null,
    { row: benchmark },
    { text: benchmark.unit ?? "", style: "note" },
    { row: benchmarkSource, style: "note" },
  ]);
  l.line([{ text: BENCHMARK_NOTE, style: "note" }]);
  return l;
}
