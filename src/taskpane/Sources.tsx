/**
 * Where the pane's figures and defaults come from, said once, behind an information button: the
 * publications of the costs and the options, and the source of each headline input's default.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { InfoDialog } from "./InfoDialog";
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

/** "Band mix: …, 2009." — each default's source once. */
export function defaultSources(): string[] {
  return DEFAULTS.map(([label, row]) => {
    const s = row.source!;
    const date = sourceDate(s);
    return `${label}: ${sourceWords(s)}${date.startsWith("None") ? "" : ` (${date})`}.`;
  });
}

/** An "i" in a circle, drawn here: an icon package would weigh more than the pane's first screen can spare. */
function InfoIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.2" />
      <rect x="7.35" y="6.6" width="1.3" height="5" fill="currentColor" />
      <circle cx="8" cy="4.6" r="0.85" fill="currentColor" />
    </svg>
  );
}

export function Sources() {
  const styles = useStyles();
  return (
    <InfoDialog
      trigger={
        <Button size="small" appearance="subtle" icon={<InfoIcon />} title="Sources of the figures">
          Sources
        </Button>
      }
      title="Sources of the figures"
    >
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
    </InfoDialog>
  );
}
