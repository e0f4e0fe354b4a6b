/**
 * Scenarios: save the pane's headline inputs (tenants, band mix, hourly rates) under a name, switch
 * back to one, rename, delete, and compare the saved scenarios' headline results with the current
 * inputs'. The figures come from the model's scenarioHeadlines; a workbook the pane writes holds
 * the saved scenarios on its Scenarios sheet.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { scenarioBetween, scenarioHeadlines, SCENARIO_COUNT, type Scenario } from "../decisions/scenarios";
import { HEADLINES, type Headlines } from "../decisions/sensitivity";
import { isInputError, type SchemeInputs } from "../model";
import { DEFAULT_TEMPLATE_INPUTS, type TemplateInputs } from "../decisions/templateInputs";
import { pumpPrimes, type OptionId, type OverlayId } from "../options/ids";
import { evaluateForm, type FormText } from "./form";
import { formatPence, formatPounds } from "./format";
import { TABLE_STYLES } from "./tableStyles";
import { NAME_MAX, SCENARIO_FIELDS, type PaneScenario, type ScenarioFields } from "./scenarioState";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", alignItems: "flex-end", flexWrap: "wrap" },
  table: TABLE_STYLES.table,
  cell: TABLE_STYLES.cell,
  head: TABLE_STYLES.rowHead,
  caption: TABLE_STYLES.caption,
  actions: { display: "flex", gap: "4px", flexWrap: "wrap", justifyContent: "flex-end", padding: "2px 0" },
  error: { color: tokens.colorPaletteRedForeground1 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: "12px 0 4px" },
  section: { display: "flex", flexDirection: "column", rowGap: "8px" },
});

const FORMAT: Record<string, (x: number) => string> = {
  unitCost: formatPence,
  councilYear: formatPounds,
  councilNetYear: formatPounds,
  npv: formatPounds,
};

/** The template inputs of the pane's scheme and contributions, or of a saved scenario over it (null while its fields are invalid). */
function withFields(text: FormText, fields?: ScenarioFields): TemplateInputs | null {
  const r = evaluateForm(fields ? { ...text, ...fields } : text);
  return r.inputs ? { ...DEFAULT_TEMPLATE_INPUTS, ...r.inputs, ...r.contributions } : null;
}

/** The saved scenarios as the workbook's Scenarios sheet holds them: each the inputs that differ from the current ones. */
export function workbookScenarios(
  option: OptionId,
  overlays: readonly OverlayId[],
  text: FormText,
  saved: readonly PaneScenario[],
): Scenario[] | undefined {
  const base = withFields(text);
  if (!base || saved.length === 0) return undefined;
  const choice = { option, pumpPriming: pumpPrimes(overlays) };
  return saved.flatMap((s) => {
    const other = withFields(text, s.fields);
    return other ? [{ name: s.name, values: scenarioBetween(choice, base, other) }] : [];
  });
}

type Row = { name: string } & ({ headlines: Headlines } | { problem: string });

interface Props {
  option: OptionId;
  overlays: readonly OverlayId[];
  text: FormText;
  inputs: SchemeInputs | null;
  saved: readonly PaneScenario[];
  onSaved(saved: PaneScenario[]): void;
  /** Puts a scenario's fields into the form. */
  onUse(fields: ScenarioFields, name: string): void;
}

export default function Scenarios({ option, overlays, text, inputs, saved, onSaved, onUse }: Props) {
  const styles = useStyles();
  const [name, setName] = useState("");
  const [renaming, setRenaming] = useState<{ index: number; name: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const choice = useMemo(() => ({ option, pumpPriming: pumpPrimes(overlays) }), [option, overlays]);

  const rows = useMemo((): Row[] | null => {
    const base = inputs && withFields(text);
    if (!base) return null;
    const run = (n: string, other: TemplateInputs | null): Row => {
      if (!other) return { name: n, problem: "Its inputs need correcting." };
      try {
        return { name: n, headlines: scenarioHeadlines(choice, base, scenarioBetween(choice, base, other)) };
      } catch (e) {
        if (isInputError(e)) return { name: n, problem: e.message };
        throw e;
      }
    };
    return [run("Current inputs", base), ...saved.map((s) => run(s.name, withFields(text, s.fields)))];
  }, [choice, inputs, text, saved]);

  const [deleted, setDeleted] = useState<{ scenario: PaneScenario; index: number } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const renameInput = useRef<HTMLInputElement>(null);
  const full = saved.length >= SCENARIO_COUNT;

  // After a delete, focus goes to Undo (the row's buttons are gone); a rename starts in the name field.
  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);
  useEffect(() => {
    if (renaming) renameInput.current?.focus();
  }, [renaming?.index]); // eslint-disable-line react-hooks/exhaustive-deps

  /** The trimmed name, or why it is refused. */
  const checkName = (n: string, except?: number): { name: string } | { problem: string } => {
    const t = n.trim();
    if (!t) return { problem: "Enter a name for the scenario." };
    if (t.length > NAME_MAX) return { problem: `A scenario's name takes at most ${NAME_MAX} characters; this one has ${t.length}.` };
    if (saved.some((s, i) => s.name === t && i !== except)) return { problem: `A scenario is already called "${t}": choose another name.` };
    return { name: t };
  };
  const save = () => {
    if (full) return setMessage(`A workbook holds ${SCENARIO_COUNT} scenarios: delete one first.`);
    const c = checkName(name);
    if ("problem" in c) return setMessage(c.problem);
    const fields = Object.fromEntries(SCENARIO_FIELDS.map((f) => [f, text[f]])) as ScenarioFields;
    onSaved([...saved, { name: c.name, fields }]);
    setName("");
    setDeleted(null);
    setMessage(`Saved "${c.name}".`);
  };
  const rename = () => {
    if (!renaming) return;
    const c = checkName(renaming.name, renaming.index);
    if ("problem" in c) return setMessage(c.problem);
    onSaved(saved.map((s, i) => (i === renaming.index ? { ...s, name: c.name } : s)));
    setRenaming(null);
    setMessage(`Renamed to "${c.name}".`);
  };
  const remove = (index: number) => {
    onSaved(saved.filter((_, j) => j !== index));
    setRenaming(null);
    setMessage(null);
    setDeleted({ scenario: saved[index], index });
  };
  const undo = () => {
    if (!deleted) return;
    const back = [...saved];
    back.splice(Math.min(deleted.index, back.length), 0, deleted.scenario);
    onSaved(back.slice(0, SCENARIO_COUNT));
    setDeleted(null);
    setMessage(`Restored "${deleted.scenario.name}".`);
  };
  const nameProblem = name.trim().length > NAME_MAX ? `At most ${NAME_MAX} characters; this has ${name.trim().length}.` : undefined;

  return (
    <div className={styles.section}>
      <Text size={200}>
        A scenario keeps the tenants, band mix and hourly rates under a name; a workbook made from the pane holds them on its Scenarios
        sheet.
      </Text>
      <div className={styles.row}>
        <Field
          label={`Scenario name (at most ${NAME_MAX} characters)`}
          validationState={nameProblem ? "error" : "none"}
          validationMessage={nameProblem}
        >
          <Input value={name} onChange={(_, d) => setName(d.value)} onKeyDown={(e) => e.key === "Enter" && save()} />
        </Field>
        <Button onClick={save} disabled={!inputs || full}>
          Save current inputs
        </Button>
      </div>
      {full && (
        <Text size={200} data-testid="scenarios-full">
          {SCENARIO_COUNT} scenarios saved, the most a workbook holds: delete one to save another.
        </Text>
      )}
      <div role="status" className={styles.row}>
        {message && <Text size={200}>{message}</Text>}
        {deleted && (
          <>
            <Text size={200}>Deleted "{deleted.scenario.name}".</Text>
            <Button size="small" ref={undoButton} onClick={undo}>
              Undo
            </Button>
          </>
        )}
      </div>
      {renaming && (
        <div className={styles.row}>
          <Field label={`New name for "${saved[renaming.index]?.name ?? ""}"`}>
            <Input
              ref={renameInput}
              value={renaming.name}
              onChange={(_, d) => setRenaming({ ...renaming, name: d.value })}
              onKeyDown={(e) => e.key === "Enter" && rename()}
            />
          </Field>
          <Button appearance="primary" onClick={rename}>
            Rename
          </Button>
          <Button onClick={() => setRenaming(null)}>Cancel</Button>
        </div>
      )}
      {rows ? (
        <table className={styles.table} data-testid="scenario-table">
          <caption className={styles.caption}>Headline results of each scenario</caption>
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                Scenario
              </th>
              {HEADLINES.map((h) => (
                <th key={h.id} className={styles.cell} scope="col">
                  {h.label}
                </th>
              ))}
              <th className={styles.cell} scope="col">
                <span className={styles.hidden}>Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${i}-${r.name}`}>
                <th className={styles.head} scope="row">
                  {r.name}
                </th>
                {"headlines" in r ? (
                  HEADLINES.map((h) => (
                    <td key={h.id} className={styles.cell}>
                      {FORMAT[h.id](r.headlines[h.id])}
                    </td>
                  ))
                ) : (
                  <td className={`${styles.cell} ${styles.error}`} colSpan={HEADLINES.length}>
                    {r.problem}
                  </td>
                )}
                <td className={styles.cell}>
                  {i > 0 && (
                    <div className={styles.actions}>
                      <Button
                        size="small"
                        aria-label={`Use scenario ${r.name}`}
                        onClick={() => onUse(saved[i - 1].fields, saved[i - 1].name)}
                      >
                        Use
                      </Button>
                      <Button
                        size="small"
                        aria-label={`Rename scenario ${r.name}`}
                        onClick={() => setRenaming({ index: i - 1, name: saved[i - 1].name })}
                      >
                        Rename
                      </Button>
                      <Button size="small" aria-label={`Delete scenario ${r.name}`} onClick={() => remove(i - 1)}>
                        Delete
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Text size={200}>Correct the inputs above to compare scenarios.</Text>
      )}
    </div>
  );
}
