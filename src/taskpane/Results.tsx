/** The cost built up line by line to the chosen option's council cost, and the hours behind it. */
import { lazy, Suspense } from "react";
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { costBuildUp, councilCostLines } from "../decisions/costBuildUp";
import { isCosted, type OptionComparison } from "../decisions/optionComparison";
import { BANDS, type SchemeInputs, type SchemeResult } from "../model";
import type { OptionId } from "../templates/types";
import { formatHours, formatPence } from "./format";
import { TABLE_STYLES } from "./tableStyles";

// Charts are not needed for the first paint; they arrive in their own chunk when the section opens.
const Charts = lazy(() => import(/* webpackChunkName: "charts" */ "./Charts"));

const useStyles = makeStyles({
  ...TABLE_STYLES,
  cell: { ...TABLE_STYLES.cell, whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold, borderBottom: `2px solid ${tokens.colorNeutralStroke1}` },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: "4px 0" },
  note: { color: tokens.colorNeutralForeground2, margin: "4px 0" },
});

/** Pay, on-costs, overheads and surplus → total → ÷ hours → unit cost → × the option's hours → the council's cost. */
export function BuildUp({
  option,
  inputs,
  result,
  comparison,
}: {
  option: OptionId;
  inputs: SchemeInputs;
  result: SchemeResult;
  comparison: OptionComparison;
}) {
  const styles = useStyles();
  const b = costBuildUp(inputs, result);
  const o = comparison.options[option];
  const row = (label: string, value: string, total = false, key = label) => (
    <tr key={key}>
      <th scope="row" className={mergeClasses(styles.rowHead, total && styles.total)}>
        {label}
      </th>
      <td className={mergeClasses(styles.cell, total && styles.total)}>{value}</td>
    </tr>
  );
  return (
    <table className={styles.table} data-testid="build-up">
      <caption className={styles.caption}>From pay to the council&apos;s cost, option {option}</caption>
      <tbody>
        {b.lines.map((l) => row(l.label, formatPence(l.value), l.total))}
        {row(`÷ Hours a year (${formatHours(b.hoursPerWeek)} a week × 52)`, formatHours(b.hoursPerYear))}
        {row("= Unit cost an hour", formatPence(b.unitCost), true)}
        {isCosted(o) &&
          councilCostLines(o).map((l) =>
            row(
              `× ${l.label}: ${formatHours(l.hoursPerYear)} a year at ${formatPence(l.price)}`,
              formatPence(l.value),
              false,
              `c-${l.label}`,
            ),
          )}
        {isCosted(o) && row(`= Council's cost a year, option ${option}`, formatPence(o.councilYear), true)}
        {isCosted(o) && row("− Tenants' contributions to their care", formatPence(o.contributionsYear))}
        {isCosted(o) &&
          o.serviceChargeYear > 0 &&
          row("− Service charge paid by tenants for housing support", formatPence(o.serviceChargeYear))}
        {isCosted(o) && row(`= Council's net cost a year, option ${option}`, formatPence(o.councilNetYear), true)}
      </tbody>
    </table>
  );
}

export function Hours({ inputs, result }: { inputs: SchemeInputs; result: SchemeResult }) {
  const styles = useStyles();
  const { hours } = result;
  const rows = [
    ...hours.bands.map((b, i) => ({ label: BANDS[i], split: b })),
    { label: "Night", split: hours.night },
    { label: "Total", split: hours },
  ];
  return (
    <div>
      <table className={styles.table}>
        <caption className={styles.caption}>Hours a week by needs band</caption>
        <thead>
          <tr>
            {["Band", "Support", "Care", "Total"].map((h, i) => (
              <th key={h} scope="col" className={i === 0 ? styles.rowHead : styles.cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className={styles.rowHead}>
                {r.label}
              </th>
              <td className={styles.cell}>{formatHours(r.split.support)}</td>
              <td className={styles.cell}>{formatHours(r.split.care)}</td>
              <td className={styles.cell}>{formatHours(r.split.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Suspense fallback={<Text size={200}>Loading the charts…</Text>}>
        <Charts inputs={inputs} result={result} />
      </Suspense>
    </div>
  );
}
