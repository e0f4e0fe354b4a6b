/** The Hours needed sheet: the estimates of the hours tenants need, side by side, and the one the options use. */
import { calcRow, checkRowFor, constRow, firstProblem, fx, type Row } from "../../calc";
import { SEED_SCHEDULE } from "../../model";
import * as HoursNeeded from "../../model/hoursNeeded";
import { howMuchCare } from "../../model/citations";
import { SheetLayout } from "../../layout/layout";
import { inputCheck, titleRow } from "../../model/inputCheck";

export const HOURS_ID = "hours";
const inputs = [
  HoursNeeded.method,
  HoursNeeded.occupants,
  HoursNeeded.hoursEach,
  HoursNeeded.nightPerNight,
  HoursNeeded.sessionHours,
  HoursNeeded.staffOnDuty,
  HoursNeeded.handover,
  HoursNeeded.daysPerWeek,
  HoursNeeded.minimumEach,
];
const checks = new Map<Row, Row>(inputs.map((r) => [r, checkRowFor(r)]));
const check = calcRow(
  "hours.check",
  "Check",
  fx`IF(${inputCheck}<>"OK","Fix the Inputs sheet first: its check is not OK.",${firstProblem([...checks.values()])})`,
  {
    check: true,
    name: "ECH_HoursNeededCheck",
  },
);
const groups = constRow(
  "hours.groups",
  "Group",
  HoursNeeded.occupants.values!.map((_, k) => `Group ${k + 1}`),
);
const sessions = constRow(
  "hours.sessions",
  "Session",
  SEED_SCHEDULE.map((x) => x.label),
);
const title = titleRow(HOURS_ID, "Hours tenants need");

export function hoursLayout(): SheetLayout {
  const l = new SheetLayout(HOURS_ID, "Hours needed", { columns: [40, 12, 12, 14, 42], orientation: "portrait", freezeRows: 3 }, check);
  const one = (row: Row) =>
    l.line([
      { text: row.label, style: row.total ? "total" : "label" },
      { row },
      { text: row.unit ?? "", style: "note" },
      { text: row.note ?? "", style: "note" },
    ]);
  const input = (row: Row) =>
    l.line([{ text: row.label, style: "label" }, { row }, { text: row.unit ?? "", style: "note" }, { row: checks.get(row)! }]);
  const head = (...h: string[]) => l.line(h.map((x) => ({ text: x, style: "header" as const })));
  l.line([{ row: title, style: "title" }]);
  l.line([
    {
      text: `The Staffing sheet's total, or one of the ways of estimating the hours a scheme needs (${howMuchCare("3.1–3.2")}).`,
      style: "subtitle",
    },
  ]);
  l.line([{ text: "Check", style: "total" }, { row: check }]);
  l.gap();
  head("Which estimate", "Value", "Units", "Check");
  input(HoursNeeded.method);
  l.gap();
  head("The estimates side by side", "Value", "Units", "How it is worked out");
  [...HoursNeeded.ESTIMATE_ROWS, HoursNeeded.hoursNeeded].forEach(one);
  l.nameRows("ECH_HoursNeededChosen", [HoursNeeded.hoursNeeded], "hours a week: the estimate the options use");
  l.gap();
  head("Cover the estimates and the options share (one cell each)", "Value", "Units", "Check");
  input(HoursNeeded.nightPerNight);
  input(HoursNeeded.handover);
  input(HoursNeeded.daysPerWeek);
  one(HoursNeeded.estimateNight);
  one(HoursNeeded.estimateTeamLeader);
  input(HoursNeeded.minimumEach);
  l.gap();
  l.line([{ text: "Thirds principle: groups of tenants by need", style: "subtitle" }]);
  l.table(
    ["Group", "Tenants", "Care hours each (a week)", "Hours of the group"],
    [{ row: groups }, { row: HoursNeeded.occupants }, { row: HoursNeeded.hoursEach }, { row: HoursNeeded.groupHours }],
    HoursNeeded.occupants.size,
  );
  l.line([{ text: "Checks", style: "note" }, { row: checks.get(HoursNeeded.occupants)! }, { row: checks.get(HoursNeeded.hoursEach)! }]);
  one(HoursNeeded.thirdsDay);
  one(HoursNeeded.thirdsWithNight);
  l.gap();
  l.line([{ text: "Schedule of cover: staff on duty through the day", style: "subtitle" }]);
  l.table(
    ["Session", "Hours in the session", "Staff on duty", "Staff hours"],
    [{ row: sessions }, { row: HoursNeeded.sessionHours }, { row: HoursNeeded.staffOnDuty }, { row: HoursNeeded.sessionStaffHours }],
    HoursNeeded.sessionHours.size,
  );
  l.line([
    { text: "Checks", style: "note" },
    { row: checks.get(HoursNeeded.sessionHours)! },
    { row: checks.get(HoursNeeded.staffOnDuty)! },
  ]);
  one(HoursNeeded.scheduleDay);
  one(HoursNeeded.scheduleWeek);
  one(HoursNeeded.scheduleWithNight);
  return l;
}
