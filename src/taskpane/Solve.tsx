/**
 * Solve for a target: pick a headline result, a target value and one key input; the pane finds the
 * input's value that gives the target (src/decisions/solve.ts) and offers to use it.
 */
import { useState } from "react";
import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { Value } from "../calc";
import type { ProjectionChoice } from "../decisions/projection";
import { HEADLINES, type Headline } from "../decisions/sensitivity";
import { SOLVE_INPUTS, solveFor, solveInputsAt, type Solved } from "../decisions/solve";
import { isInputError } from "../model";
import type { TemplateInputs } from "../decisions/templateInputs";
import { parseNumber } from "./form";
import { formatHours, formatPence, formatPercent, formatPounds } from "./format";

const useStyles = makeStyles({
  // One field a line: a native select is as wide as its longest choice, which a narrow pane cuts off side by side.
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "8px" },
  // Inputs and native selects take their own width (the longest option) unless told otherwise: keep them in the pane.
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
  answer: { margin: "8px 0", display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "8px", rowGap: "4px" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const num = (v: Value) => (typeof v === "number" ? v : 0);
const pct = formatPercent;

/** The solved input as a finance officer reads it. */
export function describeSolved(inputId: string, s: Solved): string {
  const c = s.cells.map(num);
  switch (inputId) {
    case "tenants":
      return `${s.value} tenants`;
    case "bandMix":
      return `${pct(c[2])} with high needs (low ${pct(c[0])}, medium ${pct(c[1])})`;
    case "bandHours":
      return `${formatHours(c[0])}, ${formatHours(c[1])} and ${formatHours(c[2])} daytime hours a week (low, medium, high)`;
    case "supportRate":
    case "careRate":
    case "teamLeaderRate":
    case "nightRate":
      return `${formatPence(s.value)} an hour`;
    case "training":
    case "managerSalary":
      return `${formatPence(s.value)} a year`;
    case "nightHours":
      return `${formatHours(s.value)} hours a week`;
    default:
      return pct(s.value);
  }
}

const formatResult: Record<Headline, (x: number) => string> = {
  unitCost: formatPence,
  councilYear: formatPounds,
  councilNetYear: formatPounds,
  npv: formatPounds,
};

export function Solve({
  choice,
  inputs,
  onUse,
}: {
  choice: ProjectionChoice;
  inputs: TemplateInputs;
  /** Puts the solved value in its field; `description` says it in words ("£12.71 an hour"). */
  onUse: (inputId: string, cells: readonly Value[], description: string) => void;
}) {
  const styles = useStyles();
  const [headline, setHeadline] = useState<Headline>("councilYear");
  const [target, setTarget] = useState("");
  // The inputs that count at the chosen price base; a choice that no longer counts falls back to the first.
  const offered = solveInputsAt(inputs.priceBase);
  const [chosenId, setInputId] = useState(offered[0].id);
  const inputId = offered.some((i) => i.id === chosenId) ? chosenId : offered[0].id;
  const [answer, setAnswer] = useState<{ solved: Solved; inputId: string; headline: Headline } | { error: string } | null>(null);

  const solve = () => {
    const t = parseNumber(target);
    if (t === null) return setAnswer({ error: "Enter the target as a number, e.g. 500,000." });
    try {
      setAnswer({ solved: solveFor(choice, inputs, headline, t, inputId), inputId, headline });
    } catch (e) {
      if (!isInputError(e)) throw e;
      setAnswer({ error: e.argument === "target" ? e.message.replace(/^target: /, "") : e.message });
    }
  };
  const label = (id: string) => SOLVE_INPUTS.find((x) => x.id === id)!.label;

  return (
    <div data-testid="solve">
      <div className={styles.row}>
        <Field label="Result" className={styles.field}>
          <Select className={styles.select} value={headline} onChange={(_, d) => setHeadline(d.value as Headline)}>
            {HEADLINES.map((h) => (
              <option key={h.id} value={h.id}>
                {h.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Target value" className={styles.field} hint={HEADLINES.find((h) => h.id === headline)!.unit}>
          <Input
            className={styles.select}
            value={target}
            inputMode="decimal"
            onChange={(_, d) => setTarget(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") solve();
            }}
          />
        </Field>
        <Field label="Input to change" className={styles.field}>
          <Select className={styles.select} value={inputId} onChange={(_, d) => setInputId(d.value)}>
            {offered.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.answer}>
        <Button appearance="primary" onClick={solve}>
          Solve
        </Button>
      </div>
      <div aria-live="polite">
        {answer && "error" in answer && (
          <Text role="alert" className={styles.error} data-testid="solve-error">
            {answer.error}
          </Text>
        )}
        {answer && "solved" in answer && (
          <div className={styles.answer}>
            <Text data-testid="solve-answer">
              {label(answer.inputId)}: {describeSolved(answer.inputId, answer.solved)} gives a{" "}
              {HEADLINES.find((h) => h.id === answer.headline)!.label.toLowerCase()} of{" "}
              {formatResult[answer.headline](answer.solved.result)}
              {answer.solved.exact
                ? "."
                : answer.inputId === "tenants" || answer.inputId === "bandMix"
                  ? ": the nearest it gets, as tenants are counted whole in each band."
                  : ": the nearest it gets with the value rounded as its field takes it."}
            </Text>
            <Button
              onClick={() => {
                onUse(answer.inputId, answer.solved.cells, describeSolved(answer.inputId, answer.solved));
                setAnswer(null);
              }}
            >
              Use this value
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
