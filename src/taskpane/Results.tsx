/** Live results of the model for the inputs on screen, before anything is generated. */
import { lazy, Suspense, useMemo } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { BANDS, type SchemeInputs, type SchemeResult } from "../model";
import type { OptionId } from "../templates/types";
import { formatHours, formatPence } from "./format";
import { COSTS_PUBLICATION, optionContent, OPTIONS_PUBLICATION } from "./options";
import { COMPARED_OPTIONS, describeGap, isSummary, optionSummaries, type OptionOutcome } from "./optionSummary";

// Charts are not needed for the first paint; they arrive in their own chunk (one chunk for all three).
const loadCharts = () => import(/* webpackChunkName: "charts" */ "./Charts");
const Charts = lazy(loadCharts);
const OptionsChart = lazy(() => loadCharts().then((m) => ({ default: m.OptionsChart })));

/** Where the figures come from, by title, date and section. */
export const SOURCES = `Sources: ${COSTS_PUBLICATION}; options from the ${OPTIONS_PUBLICATION}, Section 2 Part A, 4.0, models for commissioning care and support.`;

const useStyles = makeStyles({
  figures: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", rowGap: "4px", columnGap: "8px", margin: "0 0 8px" },
  figureValue: { fontWeight: tokens.fontWeightSemibold, textAlign: "right", margin: 0 },
  figureLabel: { margin: 0 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "right", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  rowHead: {
    textAlign: "left",
    padding: "2px 4px",
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: "4px 0" },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: "12px 0 4px" },
  note: { color: tokens.colorNeutralForeground2, margin: "4px 0" },
  details: { margin: "4px 0 8px" },
  summary: { cursor: "pointer", fontSize: tokens.fontSizeBase200, padding: "2px 0" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The chosen option: the council's cost and the hours it block-contracts and spot-purchases. */
function ChosenOption({ option, outcomes }: { option: OptionId; outcomes: Record<OptionId, OptionOutcome> }) {
  const styles = useStyles();
  const o = outcomes[option];
  return (
    <div>
      <h3 className={styles.h3}>
        Option {option}: {optionContent(option).title}
      </h3>
      {isSummary(o) ? (
        <dl className={styles.figures} aria-live="polite" data-testid="option-figures">
          <dt className={styles.figureLabel}>Council cost a week</dt>
          <dd className={styles.figureValue} data-testid="option-council-week">
            {formatPence(o.councilWeek)}
          </dd>
          <dt className={styles.figureLabel}>Council cost a year</dt>
          <dd className={styles.figureValue} data-testid="option-council-year">
            {formatPence(o.councilYear)}
          </dd>
          <dt className={styles.figureLabel}>Block-contracted hours a week</dt>
          <dd className={styles.figureValue} data-testid="option-block-hours">
            {formatHours(o.blockHours)}
          </dd>
          <dt className={styles.figureLabel}>Spot-purchased hours a week</dt>
          <dd className={styles.figureValue} data-testid="option-spot-hours">
            {formatHours(o.spotHours)}
          </dd>
          {o.nonContactHours > 0 && (
            <>
              <dt className={styles.figureLabel}>Of those, non-contact hours a week (floating time and handover)</dt>
              <dd className={styles.figureValue} data-testid="option-non-contact-hours">
                {formatHours(o.nonContactHours)}
              </dd>
            </>
          )}
          <dt className={styles.figureLabel}>
            Gap, hours a week: contact hours delivered − the {formatHours(o.hoursNeeded)} hours residents need
          </dt>
          <dd className={styles.figureValue} data-testid="option-gap">
            {describeGap(o.gap)}
          </dd>
        </dl>
      ) : (
        <Text className={styles.error}>
          The model cannot cost option {option} with these inputs: {o.error}
        </Text>
      )}
      <Text as="p" size={200} className={styles.note}>
        With the option sheet&apos;s starting values: prices left blank (so the unit cost per hour) and the council paying all spot hours
        {option === "C" || option === "D" ? "; the block at its full target (the sheet also phases it in over the first months)" : ""}.
        Change them on the option&apos;s sheet.
      </Text>
    </div>
  );
}

/** Options A–D side by side: the chart (lazy) and the same figures as a table. */
function Comparison({ option, outcomes }: { option: OptionId; outcomes: Record<OptionId, OptionOutcome> }) {
  const styles = useStyles();
  return (
    <div>
      <Suspense fallback={<Text size={200}>Loading the comparison chart…</Text>}>
        <OptionsChart chosen={option} outcomes={COMPARED_OPTIONS.map((id) => outcomes[id])} />
      </Suspense>
      <details className={styles.details}>
        <summary className={styles.summary}>Show the comparison as a table</summary>
        <table className={styles.table} data-testid="options-table">
          <caption className={styles.caption}>Council cost by option</caption>
          <thead>
            <tr>
              {["Option", "A week", "A year", "Gap, hours a week"].map((h, i) => (
                <th key={h} scope="col" className={i === 0 ? styles.rowHead : styles.cell}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COMPARED_OPTIONS.map((id) => {
              const o = outcomes[id];
              return (
                <tr key={id}>
                  <th scope="row" className={styles.rowHead}>
                    {id}. {optionContent(id).title}
                    {id === option ? " (chosen)" : ""}
                  </th>
                  {isSummary(o) ? (
                    <>
                      <td className={styles.cell}>{formatPence(o.councilWeek)}</td>
                      <td className={styles.cell}>{formatPence(o.councilYear)}</td>
                      <td className={styles.cell}>{describeGap(o.gap)}</td>
                    </>
                  ) : (
                    <td className={styles.cell} colSpan={3}>
                      Not costed: {o.error}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </div>
  );
}

interface Props {
  option: OptionId;
  inputs: SchemeInputs | null;
  result: SchemeResult | null;
}

export function Results({ option, inputs, result }: Props) {
  const styles = useStyles();
  const outcomes = useMemo(() => (inputs && result ? optionSummaries(inputs, result) : null), [inputs, result]);
  if (!result || !outcomes) {
    return <Text>Correct the highlighted inputs to see the results.</Text>;
  }
  const { hours, staff } = result;
  const rows = [
    ...hours.bands.map((b, i) => ({ label: BANDS[i], split: b })),
    { label: "Night", split: hours.night },
    { label: "Total", split: hours },
  ];
  return (
    <div>
      <dl className={styles.figures} aria-live="polite" data-testid="key-figures">
        <dt className={styles.figureLabel}>Total staff cost a year</dt>
        <dd className={styles.figureValue} data-testid="total-staff-cost">
          {formatPence(staff.total)}
        </dd>
        <dt className={styles.figureLabel}>Unit cost per hour</dt>
        <dd className={styles.figureValue} data-testid="unit-cost">
          {formatPence(result.unitCostPerHour)}
        </dd>
        <dt className={styles.figureLabel}>Cost per person per week</dt>
        <dd className={styles.figureValue} data-testid="cost-per-person">
          {formatPence(result.perPerson.week)}
        </dd>
        <dt className={styles.figureLabel}>Total hours a week</dt>
        <dd className={styles.figureValue} data-testid="total-hours">
          {formatHours(hours.total)}
        </dd>
      </dl>
      <ChosenOption option={option} outcomes={outcomes} />
      <Comparison option={option} outcomes={outcomes} />
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
      <Suspense fallback={<Text size={200}>Loading charts…</Text>}>
        <Charts result={result} />
      </Suspense>
      <Text as="p" size={200} className={styles.note}>
        {SOURCES}
      </Text>
    </div>
  );
}
