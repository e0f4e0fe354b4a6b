/**
 * Over the contract: the chosen option's council cost in each contract year and its present value,
 * and a tornado chart of what moves the results most (each key input down and up by 10%), with the
 * same figures as tables. Loaded in its own chunk: the first screen does not wait for it.
 */
import { useEffect, useMemo, useState } from "react";
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import type { Value } from "../calc";
import { projectContract, type Projection } from "../decisions/projection";
import { HEADLINES, sensitivity, swing, type Headline, type Sensitivity } from "../decisions/sensitivity";
import { DEFAULT_DISCOUNT_RATE, DEFAULT_PROJECTION, isInputError } from "../model";
import { DEFAULT_TEMPLATE_INPUTS, type TemplateInputs } from "../decisions/templateInputs";
import { pumpPrimes, type OptionId, type OverlayId } from "../options/ids";
import { formatPence, formatPounds } from "./format";
import { TABLE_STYLES } from "./tableStyles";
import { parseNumber, type FormText } from "./form";
import { SOLVE_INPUTS, withSolved } from "../decisions/solve";
import { Solve } from "./Solve";
import type { PaneInputs } from "./workbook";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))", columnGap: "8px", rowGap: "8px" },
  input: { width: "100%", minWidth: 0 },
  figures: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", rowGap: "4px", columnGap: "8px", margin: "8px 0" },
  value: { fontWeight: tokens.fontWeightSemibold, textAlign: "right", margin: 0 },
  label: { margin: 0 },
  ...TABLE_STYLES,
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: "12px 0 4px" },
  note: { color: tokens.colorNeutralForeground2, margin: "4px 0" },
  details: { margin: "4px 0 8px" },
  summary: { cursor: "pointer", fontSize: tokens.fontSizeBase200, padding: "2px 0" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Field3 = "years" | "pay" | "nonPay";
const DEFAULT_TEXT: Record<Field3, string> = { years: String(DEFAULT_PROJECTION.contractYears), pay: "0", nonPay: "0" };

/** The contract settings as typed, read into the projection's parameters (percentages as percent). */
export function readContractText(text: Record<Field3, string>): { years: number | null; pay: number | null; nonPay: number | null } {
  const pct = (s: string) => {
    const n = parseNumber(s);
    return n === null ? null : n / 100;
  };
  return { years: parseNumber(text.years), pay: pct(text.pay), nonPay: pct(text.nonPay) };
}

type Computed = { error: string } | { projection: Projection; sensitivity: Sensitivity; inputs: TemplateInputs };

/** Inputs not on the pane's forms that a solve has set: input id → the row's cells. */
type Applied = Readonly<Record<string, readonly Value[]>>;

function compute(
  option: OptionId,
  overlays: readonly OverlayId[],
  scheme: PaneInputs,
  text: Record<Field3, string>,
  applied: Applied = {},
): Computed {
  const t = readContractText(text);
  if (t.years === null || t.pay === null || t.nonPay === null)
    return { error: "Enter the contract length in years and the uplifts as percentages." };
  const inputs = Object.entries(applied).reduce<TemplateInputs>((i, [id, cells]) => withSolved(i, id, cells), {
    ...DEFAULT_TEMPLATE_INPUTS,
    ...scheme,
    projection: { ...DEFAULT_PROJECTION, contractYears: t.years, payUplift: t.pay, nonPayUplift: t.nonPay },
  });
  const choice = { option, pumpPriming: pumpPrimes(overlays) };
  try {
    return { projection: projectContract(choice, inputs), sensitivity: sensitivity(choice, inputs), inputs };
  } catch (e) {
    if (!isInputError(e)) throw e;
    const messages: Record<string, string> = {
      "projection.contractYears": "The contract length must be a whole number of years from 1 to 10.",
      "projection.payUplift": "The pay uplift must be from 0% to 100% a year.",
      "projection.nonPayUplift": "The non-pay uplift must be from 0% to 100% a year.",
    };
    return { error: messages[e.argument] ?? e.message };
  }
}

const format: Record<Headline, (x: number) => string> = {
  unitCost: formatPence,
  councilYear: formatPounds,
  councilNetYear: formatPounds,
  npv: formatPounds,
};

/** Bars from the base value to the result with the input down (left or right) and up. */
export function Tornado({ s, headline }: { s: Sensitivity; headline: Headline }) {
  const items = s.ranked[headline].map((id) => s.items.find((x) => x.id === id)!);
  const base = s.base[headline];
  const reach = Math.max(...items.map((it) => Math.max(Math.abs(it.low[headline] - base), Math.abs(it.high[headline] - base))), 0);
  // Each input's name on its own line above its bars: the whole name shows at the narrowest pane.
  const ROW = 30;
  const WIDTH = 330;
  const half = WIDTH / 2;
  const x = (v: number) => half + (reach > 0 ? ((v - base) / reach) * (half - 4) : 0);
  const h = HEADLINES.find((x) => x.id === headline)!;
  const f = format[headline];
  const description = items.map((it) => `${it.label}: down ${f(it.low[headline])}, up ${f(it.high[headline])}`).join("; ");
  return (
    <figure style={{ margin: "8px 0" }}>
      <figcaption id="tornado-title" style={{ fontWeight: 600, fontSize: tokens.fontSizeBase300, marginBottom: 4 }}>
        What moves the {h.label.toLowerCase()} most (base {f(base)})
      </figcaption>
      <svg
        role="img"
        aria-labelledby="tornado-title tornado-desc"
        viewBox={`0 0 ${WIDTH} ${items.length * ROW + 4}`}
        width="100%"
        style={{ maxWidth: 520, display: "block" }}
        data-testid="tornado"
      >
        <desc id="tornado-desc">{description}</desc>
        <line x1={half} x2={half} y1={0} y2={items.length * ROW + 4} stroke={tokens.colorNeutralStroke1} />
        {items.map((it, i) => {
          const y = i * ROW + 2;
          const [lo, hi] = [x(it.low[headline]), x(it.high[headline])];
          return (
            <g key={it.id} data-bar={it.id} data-swing={swing(it, headline)}>
              <text x={0} y={y + 10} fontSize={11} fill={tokens.colorNeutralForeground1}>
                {it.label}
              </text>
              <rect
                x={Math.min(lo, half)}
                y={y + 14}
                width={Math.abs(lo - half)}
                height={ROW - 18}
                fill={tokens.colorPaletteBlueBorderActive}
              />
              <rect
                x={Math.min(hi, half)}
                y={y + 14}
                width={Math.abs(hi - half)}
                height={ROW - 18}
                fill={tokens.colorPaletteDarkOrangeBorderActive}
              />
            </g>
          );
        })}
      </svg>
      <Text size={200}>Blue: the input moved down 10%; orange: moved up 10%. Inputs that do not move the result have no bar.</Text>
    </figure>
  );
}

const percentText = (x: number) => String(Number((x * 100).toPrecision(12)));
const plain = (x: number) => String(Number(x.toPrecision(12)));

/** The pane's scheme form text for a solved input it has a field for; null for the others. */
export function schemeTextFor(inputId: string, cells: readonly Value[]): Partial<FormText> | null {
  const n = cells.map((v) => (typeof v === "number" ? v : 0));
  switch (inputId) {
    case "tenants":
      return { tenants: plain(n[0]) };
    case "bandMix":
      return { shareLow: percentText(n[0]), shareMedium: percentText(n[1]), shareHigh: percentText(n[2]) };
    case "supportRate":
      return { rateSupport: plain(n[0]) };
    case "careRate":
      return { rateCare: plain(n[0]) };
    case "teamLeaderRate":
      return { rateTeamLeader: plain(n[0]) };
    case "nightRate":
      return { rateNight: plain(n[0]) };
  }
  return null;
}

export default function Contract({
  option,
  overlays,
  scheme,
  onSchemeText,
}: {
  option: OptionId;
  overlays: readonly OverlayId[];
  /** The scheme and the tenants' contributions. */
  scheme: PaneInputs | null;
  /** Sets fields of the scheme form (a solved input the form has), saying what changed. */
  onSchemeText?: (changes: Partial<FormText>, message: string) => void;
}) {
  const styles = useStyles();
  const [text, setText] = useState(DEFAULT_TEXT);
  const [headline, setHeadline] = useState<Headline>("npv");
  const [applied, setApplied] = useState<Applied>({});
  const result = useMemo(
    () => (scheme ? compute(option, overlays, scheme, text, applied) : null),
    [option, overlays, scheme, text, applied],
  );
  // What Solve changed here, with the field that now has focus.
  const [changed, setChanged] = useState<{ field: string; message: string } | null>(null);
  useEffect(() => {
    if (changed) document.querySelector<HTMLElement>(`[data-contract-field="${changed.field}"]`)?.focus();
  }, [changed]);
  const use = (inputId: string, cells: readonly Value[], description: string) => {
    const x = typeof cells[0] === "number" ? cells[0] : 0;
    const form = schemeTextFor(inputId, cells);
    const label = SOLVE_INPUTS.find((i) => i.id === inputId)!.label;
    const message = `Solve set "${label}" to ${description}.`;
    if (inputId === "payUplift" || inputId === "nonPayUplift") {
      const field = inputId === "payUplift" ? "pay" : "nonPay";
      setText((t) => ({ ...t, [field]: percentText(x) }));
      setChanged({ field, message });
    } else if (form && onSchemeText) onSchemeText(form, `${message} The Scheme fields below changed.`);
    else {
      setApplied((a) => ({ ...a, [inputId]: cells }));
      setChanged({ field: "applied", message });
    }
  };
  // The hint says where the default comes from, as the Sources and assumptions sheet does.
  const field = (id: Field3, label: string, suffix?: string) => (
    <Field label={label} validationState={result && "error" in result ? "error" : "none"}>
      <Input
        className={styles.input}
        name={id}
        data-contract-field={id}
        value={text[id]}
        inputMode="decimal"
        contentAfter={suffix}
        onChange={(_, d) => {
          setChanged(null);
          setText((t) => ({ ...t, [id]: d.value }));
        }}
      />
    </Field>
  );
  return (
    <div>
      <div className={styles.row}>
        {field("years", "Contract length (years)")}
        {field("pay", "Pay uplift a year", "%")}
        {field("nonPay", "Non-pay uplift a year", "%")}
      </div>
      {changed && changed.field !== "applied" && (
        <Text role="status" size={200} data-testid="contract-changed">
          {changed.message}
        </Text>
      )}
      {!result && <Text>Correct the scheme inputs to see the contract.</Text>}
      {result && "error" in result && (
        <Text role="alert" className={styles.error}>
          {result.error}
        </Text>
      )}
      {result && "projection" in result && <Figures p={result.projection} />}
      {result && "sensitivity" in result && (
        <div>
          <h3 className={styles.h3}>What moves the results most</h3>
          <RadioGroup aria-label="Result to rank the inputs by" value={headline} onChange={(_, d) => setHeadline(d.value as Headline)}>
            {HEADLINES.map((h) => (
              <Radio key={h.id} value={h.id} label={h.label} />
            ))}
          </RadioGroup>
          <Tornado s={result.sensitivity} headline={headline} />
          <details className={styles.details}>
            <summary className={styles.summary}>Show what moves the results as a table</summary>
            <SensitivityTable s={result.sensitivity} headline={headline} />
          </details>
          <h3 className={styles.h3}>Solve for a target</h3>
          <Text as="p" size={200} className={styles.note}>
            The value of one input that gives a result you choose, everything else as it is.
          </Text>
          <Solve choice={{ option, pumpPriming: pumpPrimes(overlays) }} inputs={result.inputs} onUse={use} />
        </div>
      )}
      {Object.keys(applied).length > 0 && (
        <div data-testid="applied" data-contract-field="applied" tabIndex={-1}>
          {changed?.field === "applied" && (
            <Text as="p" role="status" size={200}>
              {changed.message}
            </Text>
          )}
          <Text as="p" size={200} className={styles.note}>
            Changed here for the contract (the scheme form does not have these; the workbook&apos;s pink cells do):{" "}
            {Object.keys(applied)
              .map((id) => SOLVE_INPUTS.find((x) => x.id === id)!.label)
              .join(", ")}
            .
          </Text>
          <Button size="small" onClick={() => setApplied({})}>
            Put them back
          </Button>
        </div>
      )}
    </div>
  );
}

function Figures({ p }: { p: Projection }) {
  const styles = useStyles();
  const years = p.yearCosts.slice(0, p.contractYears);
  return (
    <div>
      <dl className={styles.figures} data-testid="contract-figures">
        <dt className={styles.label}>Council cost over {p.contractYears === 1 ? "1 year" : `${p.contractYears} years`}</dt>
        <dd className={styles.value} data-testid="contract-total">
          {formatPounds(p.total)}
        </dd>
        <dt className={styles.label}>Present value at {(DEFAULT_DISCOUNT_RATE * 100).toFixed(1)}% a year (Green Book)</dt>
        <dd className={styles.value} data-testid="contract-npv">
          {formatPounds(p.npv)}
        </dd>
        <dt className={styles.label}>Present value net of what tenants pay</dt>
        <dd className={styles.value} data-testid="contract-net-npv">
          {formatPounds(p.netNpv)}
        </dd>
      </dl>
      <Text as="p" size={200} className={styles.note} data-testid="contract-basis">
        {p.basis}
      </Text>
      <table className={styles.table} data-testid="contract-table">
        <caption className={styles.caption}>Council cost by contract year</caption>
        <thead>
          <tr>
            {["Year", "Cost", "Net of what tenants pay", "Present value"].map((h, i) => (
              <th key={h} scope="col" className={i === 0 ? styles.rowHead : styles.cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((c, t) => (
            <tr key={t}>
              <th scope="row" className={styles.rowHead}>
                {t + 1}
              </th>
              <td className={styles.cell}>{formatPounds(c)}</td>
              <td className={styles.cell}>{formatPounds(p.netYearCosts[t])}</td>
              <td className={styles.cell}>{formatPounds(c * p.discountFactors[t])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text as="p" size={200} className={styles.note}>
        Year 1 is the option&apos;s first year (phased in for options C and D; option F&apos;s block period); later years its cost a year
        with the uplifts. Tenants&apos; contributions are taken to pay the same share of the cost every year as once the contract runs. The
        Projection sheet of the workbook also takes the scheme filling up, and a voids indemnity.
      </Text>
    </div>
  );
}

function SensitivityTable({ s, headline }: { s: Sensitivity; headline: Headline }) {
  const styles = useStyles();
  const f = format[headline];
  return (
    <table className={styles.table} data-testid="sensitivity-table">
      <caption className={styles.caption}>{HEADLINES.find((h) => h.id === headline)!.label}: each input moved down and up by 10%</caption>
      <thead>
        <tr>
          {["Rank", "Input", "Down", "Up"].map((h, i) => (
            <th key={h} scope="col" className={i < 2 ? styles.rowHead : styles.cell}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {s.ranked[headline].map((id, i) => {
          const it = s.items.find((x) => x.id === id)!;
          return (
            <tr key={id}>
              <td className={styles.rowHead}>{i + 1}</td>
              <th scope="row" className={styles.rowHead}>
                {it.label}
              </th>
              <td className={styles.cell}>{f(it.low[headline])}</td>
              <td className={styles.cell}>{f(it.high[headline])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
