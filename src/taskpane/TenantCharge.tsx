/**
 * What one tenant pays towards their care: a calculator beside the tenants' contributions, so a
 * band's typical tenant gives that band's average contribution. The figures come from the model's
 * charging functions (src/decisions/tenantCharge.ts); this file only reads the fields and shows them.
 */
import { useState } from "react";
import { Button, Field, Input, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { chargingFigures, tenantCharge, type AttendanceRate, type TenantCharge as Charge } from "../decisions/tenantCharge";
import { isInputError } from "../model/errors";
import * as EnglishBudget from "../model/englishBudget";
import { priceBase as findPriceBase } from "../model/priceBase";
import { BANDS } from "../model/types";
import { messageOf, parseNumber } from "./form";
import { formatPence, formatPounds } from "./format";
import { TABLE_STYLES } from "./tableStyles";

const useStyles = makeStyles({
  group: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "8px" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: "4px" },
  input: { width: "100%", minWidth: 0 },
  // Like the workbook's pink cells: a figure the user enters.
  enter: { width: "100%", minWidth: 0, backgroundColor: tokens.colorPalettePinkBackground2 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  ...TABLE_STYLES,
  cell: { ...TABLE_STYLES.cell, whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold, borderBottom: `2px solid ${tokens.colorNeutralStroke1}` },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  buttons: { display: "flex", flexDirection: "column", alignItems: "stretch", rowGap: "4px" },
});

type TenantField =
  | "statePension"
  | "occupationalPension"
  | "severeDisability"
  | "attendanceRate"
  | "capital"
  | "careHours"
  | "costPerHour"
  | "disabilityExpenditure";
type FieldKey = TenantField | EnglishBudget.TenantKey;
type Text = Partial<Record<FieldKey, string>>;

const D = EnglishBudget.DEFAULT_ENGLISH_CELLS;
const INITIAL: Text = {
  statePension: "",
  occupationalPension: String(D.occupationalPension),
  severeDisability: String(D.severeDisability),
  attendanceRate: String(D.attendanceRate),
  capital: String(D.capital),
  careHours: String(D.careHours),
  costPerHour: "",
  disabilityExpenditure: String(D.disabilityExpenditure),
};

/** The model's argument names for the tenant's own fields. */
const ARGUMENT_FIELD: Record<string, TenantField> = {
  statePension: "statePension",
  occupationalPension: "occupationalPension",
  severeDisability: "severeDisability",
  attendanceRate: "attendanceRate",
  capital: "capital",
  careHours: "careHours",
  costPerHour: "costPerHour",
  careCostPerWeek: "costPerHour",
  disabilityExpenditure: "disabilityExpenditure",
};

interface Evaluated {
  errors: Partial<Record<FieldKey | "form", string>>;
  result: Charge | null;
}

/** Reads the fields and, when they all read, asks the model; its errors go next to the field they name. */
function evaluateTenantCharge(text: Text, priceBase: string, unitCostPerHour: number | null): Evaluated {
  const errors: Evaluated["errors"] = {};
  const base = findPriceBase(priceBase).id;
  const num = (key: FieldKey, message: string): number => {
    const n = parseNumber(text[key] ?? "");
    if (n === null) errors[key] = message;
    return n ?? 0;
  };
  const entered: Partial<Record<EnglishBudget.TenantKey, number>> = {};
  const severe = text.severeDisability === EnglishBudget.YES_NO[1];
  const toEnter = chargingFigures(priceBase, severe).filter((f) => f.value === null);
  for (const { figure } of toEnter) {
    entered[figure.key] = num(figure.key, `Enter ${figure.what} for ${base}: it has not been checked against a publication.`);
  }
  const statePension =
    (text.statePension ?? "").trim() === ""
      ? undefined
      : num("statePension", "Enter the State Pension in £ a week, for example 180, or leave it blank for the full rate.");
  const occupationalPension = num("occupationalPension", "Enter an amount in £ a week, for example 20 (0 if none).");
  const capital = num("capital", "Enter the tenant's capital in £, for example 20,000 (0 if none).");
  const careHours = num("careHours", "Enter the hours of care a week, for example 10.");
  const disabilityExpenditure = num("disabilityExpenditure", "Enter an amount in £ a week, for example 10 (0 if none).");
  let costPerHour = unitCostPerHour ?? 0;
  if ((text.costPerHour ?? "").trim() !== "")
    costPerHour = num("costPerHour", "Enter the cost of an hour of care in £, for example 25.50.");
  else if (unitCostPerHour === null)
    errors.costPerHour = "Enter the cost of an hour of care: the scheme's unit cost waits for the Scheme fields above.";
  if (Object.keys(errors).length > 0) return { errors, result: null };
  try {
    const result = tenantCharge({
      priceBase,
      statePension,
      occupationalPension,
      severeDisability: severe ? "Yes" : "No",
      attendanceRate: text.attendanceRate as AttendanceRate,
      capital,
      careHours,
      costPerHour,
      disabilityExpenditure,
      entered,
    });
    return { errors, result };
  } catch (e) {
    if (!isInputError(e)) throw e;
    const figure = toEnter.find((f) => f.figure.argument === e.argument || f.figure.key === e.argument);
    const field = figure?.figure.key ?? ARGUMENT_FIELD[e.argument] ?? "form";
    return { errors: { [field]: messageOf(e) }, result: null };
  }
}

interface Props {
  /** The scheme's price base, as its field shows it. */
  priceBase: string;
  /** The scheme's unit cost per hour, or null while the scheme's fields have an error. */
  unitCostPerHour: number | null;
  /** Puts `value` (£ a week) in band `band`'s average contribution field. */
  onUse: (band: number, value: string) => void;
}

export default function TenantCharge({ priceBase, unitCostPerHour, onUse }: Props) {
  const styles = useStyles();
  const [text, setText] = useState<Text>(INITIAL);
  const [used, setUsed] = useState("");
  const figures = chargingFigures(priceBase, text.severeDisability === EnglishBudget.YES_NO[1]);
  if (figures.length === 0) {
    return (
      <div className={styles.hint} data-testid="tenant-charge">
        The charging rules here are England&apos;s (Care Act 2014), at a current price base: choose 2024-25, 2025-26 or 2026-27 as the price
        base below to use this calculator.
      </div>
    );
  }
  const base = findPriceBase(priceBase).id;
  const { errors, result } = evaluateTenantCharge(text, priceBase, unitCostPerHour);
  const set = (key: FieldKey, value: string) => {
    setUsed("");
    setText((t) => ({ ...t, [key]: value }));
  };
  const field = (key: FieldKey, label: string, o: { hint?: string; prefix?: string; enter?: boolean; placeholder?: string } = {}) => (
    // An empty figure's message already says it is to be entered: its hint waits until then.
    <Field
      key={key}
      label={label}
      hint={o.enter && errors[key] ? undefined : o.hint}
      validationState={errors[key] ? "error" : "none"}
      validationMessage={errors[key]}
    >
      <Input
        className={o.enter ? styles.enter : styles.input}
        name={`tenant-${key}`}
        value={text[key] ?? ""}
        inputMode="decimal"
        contentBefore={o.prefix}
        placeholder={o.placeholder}
        onChange={(_, d) => set(key, d.value)}
      />
    </Field>
  );
  const money = (x: number, unit: string) => (unit === "£" ? formatPounds(x) : `${formatPence(x)} a week`);
  const row = (label: string, value: string, total = false) => (
    <tr key={label}>
      <th scope="row" className={mergeClasses(styles.rowHead, total && styles.total)}>
        {label}
      </th>
      <td className={mergeClasses(styles.cell, total && styles.total)}>{value}</td>
    </tr>
  );
  const use = (band: number) => {
    if (!result) return;
    onUse(band, result.contribution.toFixed(2));
    setUsed(`The ${BANDS[band]} band's average contribution is now ${formatPence(result.contribution)} a week.`);
  };
  const hours = parseNumber(text.careHours ?? "");
  return (
    <div className={styles.group} data-testid="tenant-charge">
      <div className={styles.hint}>
        A typical tenant of a band, under the Care Act 2014 charging rules at {base} prices (England). Housing Benefit and Council Tax
        Reduction are not counted as income.
      </div>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Charging figures of {base}</legend>
        {figures.map(({ figure, value }) =>
          value === null ? (
            field(figure.key, figure.label, {
              prefix: "£",
              enter: true,
              hint: "Not checked against a publication: enter it.",
            })
          ) : (
            <div key={figure.key} className={styles.hint}>
              {figure.label}: {money(value, figure.unit)}
            </div>
          ),
        )}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>The tenant</legend>
        {field("statePension", `${EnglishBudget.ENGLISH_INPUT.statePension.label} (£)`, {
          prefix: "£",
          hint: "Blank: the full new State Pension (an example); lower it for a basic State Pension or a part record.",
        })}
        {field("occupationalPension", `${EnglishBudget.ENGLISH_INPUT.occupationalPension.label} (£)`, { prefix: "£" })}
        <Field
          label={EnglishBudget.ENGLISH_INPUT.severeDisability.label}
          hint="In their Pension Credit: they get Attendance Allowance, live alone and no one gets Carer's Allowance for them."
        >
          <Select name="tenant-severeDisability" value={text.severeDisability} onChange={(_, d) => set("severeDisability", d.value)}>
            {EnglishBudget.YES_NO.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={EnglishBudget.ENGLISH_INPUT.attendanceRate.label}>
          {/* A native select: arrow keys and typing choose, as with any form control. */}
          <Select name="tenant-attendanceRate" value={text.attendanceRate} onChange={(_, d) => set("attendanceRate", d.value)}>
            {EnglishBudget.ATTENDANCE_RATES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </Select>
        </Field>
        {field("capital", EnglishBudget.ENGLISH_INPUT.capital.label, {
          prefix: "£",
          hint: "After the financial assessment's disregards; the flat they rent is not capital.",
        })}
        {field("careHours", "Hours of care a week")}
        {field("costPerHour", `${EnglishBudget.ENGLISH_INPUT.careRate.label} (£)`, {
          prefix: "£",
          placeholder: unitCostPerHour === null ? undefined : unitCostPerHour.toFixed(2),
          hint:
            unitCostPerHour === null
              ? "Blank: the scheme's unit cost per hour, once the Scheme fields are correct."
              : `Blank: the scheme's unit cost per hour, ${formatPence(unitCostPerHour)}.`,
        })}
        {field("disabilityExpenditure", `${EnglishBudget.ENGLISH_INPUT.disabilityExpenditure.label} (£ a week)`, { prefix: "£" })}
      </fieldset>
      {errors.form && (
        <div role="alert" className={styles.error}>
          {errors.form}
        </div>
      )}
      {result ? (
        <>
          <table className={styles.table}>
            <caption className={styles.caption}>Their contribution, £ a week</caption>
            <tbody>
              {row(EnglishBudget.statePension.label, formatPence(result.statePension))}
              {row(`+ ${EnglishBudget.occupationalPension.label}`, formatPence(result.occupationalPension))}
              {row(`+ ${EnglishBudget.pensionCredit.label}`, formatPence(result.pensionCredit))}
              {row(`+ ${EnglishBudget.attendanceAllowance.label}`, formatPence(result.attendanceAllowance))}
              {row(`= ${EnglishBudget.assessableIncome.label}`, formatPence(result.incomeCounted), true)}
              {row(EnglishBudget.tariffIncome.label, formatPence(result.tariffIncome))}
              {row(`${EnglishBudget.careCostWeek.label} (${hours ?? 0} hours a week)`, formatPence(result.careCost))}
            </tbody>
          </table>
          <div className={styles.total} data-testid="tenant-contribution">
            {EnglishBudget.careCharge.label}: {formatPence(result.contribution)} a week
            {result.paysAll ? " — pays all their care" : ""}
          </div>
          {result.paysAll && (
            <div className={styles.hint} data-testid="tenant-pays-all">
              {result.aboveUpperLimit ? "Their capital is above the upper capital limit, so they pay the full cost of their care. " : ""}
              Count tenants like this one in the band&apos;s share who pay for all their care rather than in its average contribution.
            </div>
          )}
          <div className={styles.buttons}>
            {BANDS.map((band, i) => (
              <Button key={band} onClick={() => use(i)}>
                Use as the {band} band&apos;s average contribution
              </Button>
            ))}
          </div>
        </>
      ) : (
        <div className={styles.hint}>Correct the highlighted figures to see the contribution.</div>
      )}
      {/* Read out politely after a button puts the figure in its field. */}
      <div role="status" className={styles.hint} data-testid="tenant-charge-used">
        {used}
      </div>
    </div>
  );
}
