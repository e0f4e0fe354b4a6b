/** Scheme name and headline inputs; each field shows its own message as the user types. */
import { lazy, Suspense, useState } from "react";
import { Button, Field, Input, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { FieldErrors, FieldId, FormText } from "./form";
import {
  bandTotal,
  CONTRIBUTION_FIELDS,
  isCurrentPriceBase,
  PRICE_BASE_CHOICES,
  SCHEME_NAME_MAX,
  SELF_FUNDER_FIELDS,
  parseNumber,
  thresholdToEnter,
} from "./form";
import { employmentAllowance } from "../model/scheme";
import { supportFunding } from "../model/contributions";
import { DEFAULT_SUPPORT_FUNDING, EMPLOYMENT_ALLOWANCE, SUPPORT_FUNDING } from "../model/defaults";
import { BANDS } from "../model/types";

// The calculator of one tenant's contribution: its code loads when it first opens.
const TenantCharge = lazy(() => import(/* webpackChunkName: "tenant-charge" */ "./TenantCharge"));

const useStyles = makeStyles({
  group: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "8px" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: "4px" },
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(84px, 1fr))", columnGap: "8px", rowGap: "8px" },
  input: { width: "100%", minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  total: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  totalOff: { color: tokens.colorPaletteRedForeground1 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  disclosure: { paddingLeft: 0, minWidth: 0, fontWeight: tokens.fontWeightSemibold, justifyContent: "flex-start" },
});

interface Props {
  text: FormText;
  errors: FieldErrors;
  /** Pay rates below the National Living Wage: shown in red like an error, but the results stand. */
  warnings?: FieldErrors;
  onChange: (field: FieldId, value: string) => void;
  /** The scheme's unit cost per hour, the tenant calculator's default cost of care; null while the fields have an error. */
  unitCostPerHour?: number | null;
}

export function InputsForm({ text, errors, warnings = {}, onChange, unitCostPerHour = null }: Props) {
  const styles = useStyles();
  const total = bandTotal(text);
  // The model's band-mix message, unless it only says what the running total already says.
  const bandMixMessage = errors.bandMix && total.ok ? errors.bandMix : undefined;
  // The band shares are also in error when only their sum is wrong (the message is the group's).
  const inError = (id: FieldId) => Boolean(errors[id] || warnings[id] || (errors.bandMix && id.startsWith("share")));
  const contributionsEntered =
    [...SELF_FUNDER_FIELDS, ...CONTRIBUTION_FIELDS].some((f) => (parseNumber(text[f]) ?? 1) !== 0) ||
    text.supportFunding !== DEFAULT_SUPPORT_FUNDING;
  // Open from the start when the tenants pay something, or a figure needs correcting.
  const [contributionsOpen, setContributionsOpen] = useState(
    () => contributionsEntered || [...SELF_FUNDER_FIELDS, ...CONTRIBUTION_FIELDS, "supportFunding" as const].some((f) => errors[f]),
  );
  const [calculatorOpen, setCalculatorOpen] = useState(false);
  /** `name`: the field's name for screen readers when its visible label is shared with another field's. */
  const field = (
    id: FieldId,
    label: string,
    opts: { hint?: string; suffix?: string; prefix?: string; numeric?: boolean; name?: string } = {},
  ) => (
    <Field
      key={id}
      label={label}
      hint={opts.hint}
      validationState={inError(id) ? "error" : "none"}
      validationMessage={errors[id] ?? warnings[id]}
    >
      <Input
        className={styles.input}
        name={id}
        aria-label={opts.name}
        value={text[id]}
        inputMode={opts.numeric === false ? "text" : "decimal"}
        contentBefore={opts.prefix}
        contentAfter={opts.suffix}
        onChange={(_, d) => onChange(id, d.value)}
      />
    </Field>
  );
  return (
    <div className={styles.group}>
      <Field
        label="Scheme name"
        hint="Used in the sheet titles (optional)."
        validationState={errors.scheme ? "error" : "none"}
        validationMessage={errors.scheme}
      >
        <Input
          className={styles.input}
          name="scheme"
          value={text.scheme}
          maxLength={SCHEME_NAME_MAX + 20}
          onChange={(_, d) => onChange("scheme", d.value)}
        />
      </Field>
      {field("tenants", "Tenants")}
      <fieldset className={styles.group} aria-describedby={bandMixMessage ? "band-total band-mix-error" : "band-total"}>
        <legend className={styles.legend}>Band mix: % of tenants with low, medium and high needs</legend>
        <div className={styles.row}>
          {field("shareLow", "Low", { suffix: "%" })}
          {field("shareMedium", "Medium", { suffix: "%" })}
          {field("shareHigh", "High", { suffix: "%" })}
        </div>
        {/* Updated as the user types and read out politely: "Total 90%: 10 points short". */}
        <div id="band-total" role="status" data-testid="band-total" className={mergeClasses(styles.total, !total.ok && styles.totalOff)}>
          {total.message}
        </div>
        {bandMixMessage && (
          <div id="band-mix-error" role="alert" className={styles.error}>
            {bandMixMessage}
          </div>
        )}
      </fieldset>
      {/* Folded until wanted: most schemes start with no figures for what tenants pay. */}
      <div>
        <Button
          appearance="subtle"
          className={styles.disclosure}
          aria-expanded={contributionsOpen}
          aria-controls="contributions-fields"
          onClick={() => setContributionsOpen(!contributionsOpen)}
        >
          <span aria-hidden="true">{contributionsOpen ? "▾" : "▸"}</span>&nbsp;Tenants&apos; contributions to their care
          {contributionsEntered ? "" : " (none entered)"}
        </Button>
        {contributionsOpen && (
          <div className={styles.group} id="contributions-fields">
            <div className={styles.hint}>By needs band; 0 where you have no figure, and the council pays the whole cost.</div>
            <fieldset className={styles.group}>
              <legend className={styles.legend}>Tenants who pay for all their care (% of the band)</legend>
              <div className={styles.row}>
                {SELF_FUNDER_FIELDS.map((id, i) =>
                  field(id, BANDS[i], { suffix: "%", name: `${BANDS[i]} needs: tenants who pay for all their care, %` }),
                )}
              </div>
            </fieldset>
            <fieldset className={styles.group}>
              <legend className={styles.legend}>The others&apos; average contribution (£ a week)</legend>
              <div className={styles.row}>
                {CONTRIBUTION_FIELDS.map((id, i) =>
                  field(id, BANDS[i], { prefix: "£", name: `${BANDS[i]} needs: the others' average contribution, £ a week` }),
                )}
              </div>
            </fieldset>
            <div>
              <Button
                appearance="subtle"
                className={styles.disclosure}
                aria-expanded={calculatorOpen}
                aria-controls="tenant-charge"
                onClick={() => setCalculatorOpen(!calculatorOpen)}
              >
                <span aria-hidden="true">{calculatorOpen ? "▾" : "▸"}</span>&nbsp;What one tenant pays towards their care
              </Button>
              {calculatorOpen && (
                <div id="tenant-charge">
                  <Suspense fallback={<div className={styles.hint}>Loading…</div>}>
                    <TenantCharge
                      priceBase={text.priceBase}
                      unitCostPerHour={unitCostPerHour}
                      onUse={(band, value) => onChange(CONTRIBUTION_FIELDS[band], value)}
                    />
                  </Suspense>
                </div>
              )}
            </div>
            <Field
              label={supportFunding.label}
              hint="Charged to tenants only when funded as care; through the service charge, tenants pay it instead of the council."
              validationState={errors.supportFunding ? "error" : "none"}
              validationMessage={errors.supportFunding}
            >
              <Select name="supportFunding" value={text.supportFunding} onChange={(_, d) => onChange("supportFunding", d.value)}>
                {SUPPORT_FUNDING.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        )}
      </div>
      <Field
        label="Price base"
        hint={`Which year's prices and pay rules. A current year applies that year's pay rules and checks each rate against its National Living Wage. The 2009 published model keeps its flat on-costs and figures; its authors say it "is not intended to be used for calculating detailed operational costs for financial planning purposes".`}
        validationState={errors.priceBase ? "error" : "none"}
        validationMessage={errors.priceBase}
      >
        {/* A native select: arrow keys and typing choose, as with any form control. */}
        <Select name="priceBase" value={text.priceBase} onChange={(_, d) => onChange("priceBase", d.value)}>
          {PRICE_BASE_CHOICES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
      {thresholdToEnter(text.priceBase) &&
        field("secondaryThreshold", `National Insurance secondary threshold, ${thresholdToEnter(text.priceBase)} (£ a year)`, {
          hint: "Not yet checked against a publication, so it is left for you to enter.",
          prefix: "£",
        })}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          Hourly {text.priceBase.startsWith("2009") ? "rates" : `pay at ${text.priceBase} prices`} (£ per hour)
        </legend>
        <div className={styles.row}>
          {field("rateSupport", "Housing support", { prefix: "£" })}
          {field("rateCare", "Care", { prefix: "£" })}
        </div>
        {isCurrentPriceBase(text.priceBase) && (
          <div className={styles.row}>
            {field("rateTeamLeader", "Team leader", { prefix: "£" })}
            {field("rateNight", "Waking nights", { prefix: "£" })}
          </div>
        )}
      </fieldset>
      {isCurrentPriceBase(text.priceBase) && (
        <Field
          label={employmentAllowance.label}
          hint="Yes only for an employer that can claim it (an independent provider; not a council)."
          validationState={errors.employmentAllowance ? "error" : "none"}
          validationMessage={errors.employmentAllowance}
        >
          <Select name="employmentAllowance" value={text.employmentAllowance} onChange={(_, d) => onChange("employmentAllowance", d.value)}>
            {EMPLOYMENT_ALLOWANCE.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
