/**
 * The pane's first screen: the chosen option's council cost a year and its net cost (less the tenants'
 * contributions), what it buys, and how it stands against the other options on what differs between
 * them (first year, non-contact hours, who carries the risk of under-use, the price), with each
 * option's cost and net cost once running. Choosing is done in the same table. E and F show their effect.
 */
import { useId } from "react";
import { Checkbox, makeStyles, mergeClasses, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { isCosted, type OptionComparison, type OptionFigures, type RiskCarrier } from "../decisions/optionFigures";
import { OVERLAY_ROLES, POOLING, PUMP_PRIMING, pumpPrimes, type OptionId, type OverlayId } from "../options/ids";
import { formatHours, formatPence, formatPounds } from "./format";
import { OptionDetails } from "./OptionPicker";
import { optionContent, OPTIONS, OVERLAYS } from "./options";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "6px" },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  figures: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", rowGap: "2px", columnGap: "8px", margin: 0 },
  label: { margin: 0, fontSize: tokens.fontSizeBase200, alignSelf: "center" },
  value: { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  big: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, padding: "2px 0" },
  th: {
    textAlign: "right",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: "0 2px",
    verticalAlign: "bottom",
  },
  cell: { textAlign: "right", padding: "0 2px 4px", verticalAlign: "middle", whiteSpace: "nowrap" },
  rowHead: { textAlign: "left", padding: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, fontWeight: tokens.fontWeightRegular },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
  radio: {
    fontSize: tokens.fontSizeBase200,
    "& .fui-Radio__label": { paddingTop: "4px", paddingBottom: "2px" },
    "& .fui-Radio__indicator": { marginTop: "4px", marginBottom: "2px" },
  },
  differs: { fontWeight: tokens.fontWeightSemibold },
  costs: { textAlign: "left", padding: "0 2px 4px", color: tokens.colorNeutralForeground2 },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  overlays: { display: "flex", flexDirection: "column" },
  effect: { marginLeft: "32px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

const RISK_WORDS: Record<RiskCarrier, string> = {
  council: "Council",
  provider: "Provider",
  "council and provider": "Both",
  neither: "Neither",
};

/** £ a year of the risk of under-use, said with who carries it. */
function riskText(o: OptionFigures): string {
  if (o.riskCarrier === "neither") return "Neither";
  if (o.riskCarrier === "council and provider") return `Council ${formatPounds(o.councilRisk)}, provider ${formatPounds(o.providerRisk)}`;
  return `${RISK_WORDS[o.riskCarrier]} ${formatPounds(o.riskCarrier === "council" ? o.councilRisk : o.providerRisk)}`;
}

/** "£13.66 an hour", or block and spot prices when they differ. */
function priceText(o: OptionFigures): string {
  if (o.blockHours === 0) return `${formatPence(o.spotPrice)} an hour`;
  if (o.spotHours === 0 || o.blockPrice === o.spotPrice) return `${formatPence(o.blockPrice)} an hour`;
  return `${formatPence(o.blockPrice)} block, ${formatPence(o.spotPrice)} spot`;
}

/** The one sentence a screen reader hears when the answer changes. */
export function answerSentence(option: OptionId, c: OptionComparison | null, loading = false): string {
  const o = c?.options[option];
  if (!o && loading) return "";
  if (!o) return "Correct the highlighted inputs to see the results.";
  if (!isCosted(o)) return `Option ${option} cannot be costed: ${o.error}`;
  // The net cost is said only when tenants pay something: otherwise it repeats the cost.
  const net = o.councilNetYear < o.councilYear ? `, ${formatPounds(o.councilNetYear)} net of what tenants pay,` : "";
  return `Option ${option}: council cost ${formatPounds(o.councilYear)} a year${net} for ${formatHours(o.paidHours)} hours a week.`;
}

interface Props {
  option: OptionId;
  overlays: readonly OverlayId[];
  comparison: OptionComparison | null;
  /** The model is still loading (just after the first paint). */
  loading?: boolean;
  onOption: (id: OptionId) => void;
  onOverlays: (ids: OverlayId[]) => void;
}

function Chosen({ o }: { o: OptionFigures }) {
  const styles = useStyles();
  return (
    <dl className={styles.figures} data-testid="option-figures">
      <dt className={styles.label}>Council cost a year</dt>
      <dd className={mergeClasses(styles.value, styles.big)} data-testid="option-council-year">
        {formatPounds(o.councilYear)}
      </dd>
      <dt className={styles.label}>
        Net of what tenants pay
        {/* Until contributions are entered the net cost repeats the cost: say why. */}
        {o.contributionsYear === 0 && <span className={styles.note}> (none entered)</span>}
      </dt>
      <dd className={styles.value} data-testid="option-net-year">
        {formatPounds(o.councilNetYear)}
      </dd>
      <dt className={styles.label}>Buys, hours a week</dt>
      <dd className={styles.value} data-testid="option-hours">
        {formatHours(o.contactHours)} contact + {formatHours(o.nonContactHours)} non-contact
      </dd>
      {o.gap !== 0 && Math.abs(o.gap) >= 0.05 && (
        <>
          <dt className={styles.label}>Against the {formatHours(o.hoursNeeded)} hours needed</dt>
          <dd className={styles.value} data-testid="option-gap">
            {formatHours(Math.abs(o.gap))} {o.gap < 0 ? "unmet" : "paid for twice"}
          </dd>
        </>
      )}
      <dt className={styles.label}>Under-use risk</dt>
      <dd className={styles.value} data-testid="option-risk">
        {riskText(o)} a year
      </dd>
      <dt className={styles.label}>Price</dt>
      <dd className={styles.value} data-testid="option-price">
        {priceText(o)}
      </dd>
    </dl>
  );
}

/** A column's values differ between the costed options (else it is said once, not bolded). */
const differs = (all: OptionFigures[], pick: (o: OptionFigures) => string) => new Set(all.map(pick)).size > 1;

export function Answer({ option, overlays, comparison, loading = false, onOption, onOverlays }: Props) {
  const styles = useStyles();
  const captionId = useId();
  const chosen = comparison?.options[option];
  const costed = comparison ? OPTIONS.map((id) => comparison.options[id]).filter(isCosted) : [];
  // Net equals cost until tenants pay something: then each option shows both, once running.
  const anyContributions = costed.some((o) => o.councilNetYear < o.councilYear);
  const bold = {
    year: differs(costed, (o) => formatPounds(o.firstYear)),
    nonContact: differs(costed, (o) => formatHours(o.nonContactHours)),
    risk: differs(costed, riskText),
  };
  const pumped = pumpPrimes(overlays);
  return (
    <div className={styles.root} data-testid="answer">
      <h2 className={styles.h2}>
        Option {option}: {optionContent(option).title}
      </h2>
      {!comparison && (
        <Text className={loading ? undefined : styles.error} data-testid={loading ? "answer-loading" : undefined}>
          {loading ? "Working out the costs…" : "Correct the highlighted inputs (Scheme, below) to see the costs."}
        </Text>
      )}
      {chosen && !isCosted(chosen) && (
        <Text className={styles.error}>
          The model cannot cost option {option} with these inputs: {chosen.error}
        </Text>
      )}
      {chosen && isCosted(chosen) && <Chosen o={chosen} />}
      <RadioGroup aria-labelledby={captionId} value={option} onChange={(_, d) => onOption(d.value as OptionId)}>
        <table className={styles.table} data-testid="options-table">
          <caption id={captionId} className={styles.caption}>
            Choose an option: how they differ
          </caption>
          <colgroup>
            <col style={{ width: "6%" }} />
            <col style={{ width: "26%" }} />
            <col style={{ width: "28%" }} />
            <col style={{ width: "40%" }} />
          </colgroup>
          <thead>
            <tr>
              <td />
              <th scope="col" className={styles.th}>
                {pumped ? `Year 1 with ${PUMP_PRIMING}` : "Year 1"}
              </th>
              <th scope="col" className={styles.th}>
                Non-contact hours a week
              </th>
              <th scope="col" className={styles.th}>
                Under-use risk a year
              </th>
            </tr>
          </thead>
          {OPTIONS.map((id) => {
            const o = comparison?.options[id];
            const rowClass = id === option ? styles.chosen : undefined;
            return (
              <tbody key={id} data-option={id}>
                <tr className={rowClass}>
                  <th scope="colgroup" colSpan={4} className={styles.rowHead}>
                    <Radio className={styles.radio} value={id} label={`${id}. ${optionContent(id).title}`} />
                  </th>
                </tr>
                <tr className={rowClass}>
                  <td />
                  {o && isCosted(o) ? (
                    <>
                      <td className={mergeClasses(styles.cell, bold.year && styles.differs)} data-testid={`first-year-${id}`}>
                        {formatPounds(o.firstYear)}
                      </td>
                      <td className={mergeClasses(styles.cell, bold.nonContact && styles.differs)} data-testid={`non-contact-${id}`}>
                        {formatHours(o.nonContactHours)}
                      </td>
                      <td className={mergeClasses(styles.cell, bold.risk && styles.differs)} data-testid={`risk-${id}`}>
                        {riskText(o)}
                      </td>
                    </>
                  ) : (
                    <td className={styles.cell} colSpan={3}>
                      {o ? `Not costed: ${o.error}` : loading ? "…" : "–"}
                    </td>
                  )}
                </tr>
                {o && isCosted(o) && anyContributions && (
                  <tr className={rowClass}>
                    <td />
                    <td className={styles.costs} colSpan={3} data-testid={`net-${id}`}>
                      Once running {formatPounds(o.councilYear)} a year, net of what tenants pay {formatPounds(o.councilNetYear)}
                    </td>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>
      </RadioGroup>
      {costed.length > 1 && (
        <p className={styles.note} data-testid="options-same">
          {[
            !differs(costed, (o) => formatPounds(o.councilYear)) && `all cost ${formatPounds(costed[0].councilYear)} a year once running`,
            !differs(costed, priceText) && `all at ${priceText(costed[0])} (the unit cost; set prices in the workbook)`,
          ]
            .filter(Boolean)
            .join("; ")
            // A sentence, whichever part comes first.
            .replace(/^a/, "A")}
          {!differs(costed, (o) => formatPounds(o.councilYear)) || !differs(costed, priceText) ? "." : ""}
        </p>
      )}
      <OptionDetails id={option} triggerLabel={`About option ${option}: advantages and disadvantages`} />
      <div role="group" aria-label="Add to the option (optional)" className={styles.overlays}>
        {OVERLAYS.map((id) => (
          <div key={id}>
            <Checkbox
              value={id}
              checked={overlays.includes(id)}
              label={`Add ${id}: ${optionContent(id).title}`}
              onChange={(_, d) => onOverlays(OVERLAYS.filter((x) => (x === id ? d.checked === true : overlays.includes(x))))}
            />
            {overlays.includes(id) && <OverlayEffect id={id} comparison={comparison} />}
          </div>
        ))}
      </div>
    </div>
  );
}

function OverlayEffect({ id, comparison }: { id: OverlayId; comparison: OptionComparison | null }) {
  const styles = useStyles();
  const effect = comparison?.[OVERLAY_ROLES[id]];
  if (!effect) return null;
  if ("error" in effect)
    return (
      <div className={mergeClasses(styles.effect, styles.error)}>
        Option {id} cannot be costed: {effect.error}
      </div>
    );
  if ("members" in effect)
    return (
      <div className={styles.effect} data-testid={`effect-${POOLING}`}>
        {effect.members} tenants pool {formatPounds(effect.pooledYear)} a year of personal budgets: {formatHours(effect.hours)} hours a week
        ({formatHours(effect.hoursPerMember)} each). The council&apos;s cost does not change.
      </div>
    );
  return (
    <div className={styles.effect} data-testid={`effect-${PUMP_PRIMING}`}>
      A block of {formatHours(effect.blockHours)} hours a week for {effect.blockMonths} months, then spot-purchasing: year 1{" "}
      {formatPounds(effect.yearCosts[0])}, year 2 {formatPounds(effect.yearCosts[1])}.
    </div>
  );
}
