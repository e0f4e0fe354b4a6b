/** The sources behind the Sources button (its own chunk: it reads the model's rows). */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Row } from "../calc";
import { bandShares, careRate, supportRate, tenants } from "../model/scheme";
import { priceBaseInput } from "../model/priceRows";
import { contractYears, discountRate, nonPayUplift, payUplift } from "../model/projection";
import { sourceDate, sourceWords } from "../model/sources";
import { COSTS_PUBLICATION, OPTIONS_PUBLICATION } from "./options";

const useStyles = makeStyles({
  list: { margin: "4px 0 8px", paddingLeft: "20px", fontSize: tokens.fontSizeBase200 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: "8px 0 0" },
});

const DEFAULTS: readonly [string, Row][] = [
  ["Tenants", tenants],
  ["Band mix", bandShares],
  ["Housing support rate", supportRate],
  ["Care rate", careRate],
  ["Price base", priceBaseInput],
  ["Contract length", contractYears],
  ["Pay uplift", payUplift],
  ["Non-pay uplift", nonPayUplift],
  ["Discount rate", discountRate],
];

/** "Band mix: …, Care and support staffing (May 2009)." — each default's source once. */
export function defaultSources(): string[] {
  return DEFAULTS.map(([label, row]) => {
    const s = row.source!;
    const date = sourceDate(s);
    return `${label}: ${sourceWords(s)}${date.startsWith("None") ? "" : ` (${date})`}.`;
  });
}

export default function SourcesList() {
  const styles = useStyles();
  return (
    <>
      <h3 className={styles.h3}>The costs and the options</h3>
      <ul className={styles.list}>
        <li>Costs: {COSTS_PUBLICATION}.</li>
        <li>Options A–F: {OPTIONS_PUBLICATION}, section 4, models for commissioning care and support.</li>
      </ul>
      <h3 className={styles.h3}>The defaults of the inputs</h3>
      <ul className={styles.list} data-testid="default-sources">
        {defaultSources().map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </>
  );
}
