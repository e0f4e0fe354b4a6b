/** Live results of the model for the inputs on screen, before anything is generated. */
import { lazy, Suspense } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { BANDS, type SchemeResult } from "../model";
import { formatHours, formatPence } from "./format";

// Charts are not needed for the first paint; they arrive in their own chunk.
const Charts = lazy(() => import(/* webpackChunkName: "charts" */ "./Charts"));

const useStyles = makeStyles({
  figures: { display: "grid", gridTemplateColumns: "1fr auto", rowGap: "4px", columnGap: "8px", margin: "0 0 8px" },
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
});

export function Results({ result }: { result: SchemeResult | null }) {
  const styles = useStyles();
  if (!result) {
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
    </div>
  );
}
