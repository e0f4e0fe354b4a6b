/** The ECH Cost Model task pane: the answer first (the chosen option against the others), then the inputs and the rest in sections that open. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { HostInfo, SettingsStore } from "../office";
import { compareOptions } from "../decisions/optionComparison";
import type { OptionId, OverlayId } from "../templates/types";
import { Actions } from "./Actions";
import { Answer, answerSentence } from "./Answer";
import { defaultFormText, evaluateForm, type FieldId, type FormText } from "./form";
import { InputsForm } from "./InputsForm";
import { OPTIONS, OVERLAYS } from "./options";
import { BuildUp, Hours } from "./Results";
import { Section } from "./Section";
import { Sources } from "./Sources";
import { restoreScenarios, type PaneScenario } from "./scenarioState";
import type { PaneServices } from "./services";

// Scenarios and the contract (projection, sensitivity, solve) load in their own chunks when their section opens.
const Contract = lazy(() => import(/* webpackChunkName: "contract" */ "./Contract"));
const Scenarios = lazy(() => import(/* webpackChunkName: "scenarios" */ "./Scenarios"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: "8px",
    padding: "8px 12px 0",
    maxWidth: "640px",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "4px" },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, flex: "1 1 auto", whiteSpace: "nowrap" },
  badge: { flexShrink: 0 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  sections: { display: "flex", flexDirection: "column", flex: "1 0 auto" },
  message: { color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface PaneChoice {
  option: OptionId;
  overlays: OverlayId[];
}

interface Saved {
  choice?: PaneChoice;
  text?: FormText;
  scenarios?: PaneScenario[];
}

const SAVED_KEY = "pane";

function restore(settings: SettingsStore): { choice: PaneChoice; text: FormText; scenarios: PaneScenario[] } {
  const saved = settings.get<Saved>(SAVED_KEY) ?? {};
  const defaults = defaultFormText();
  const option = OPTIONS.includes(saved.choice?.option as OptionId) ? (saved.choice!.option as OptionId) : "A";
  const overlays = OVERLAYS.filter((o) => saved.choice?.overlays?.includes(o));
  const text = { ...defaults };
  for (const k of Object.keys(defaults) as FieldId[]) {
    const v = saved.text?.[k];
    if (typeof v === "string") text[k] = v;
  }
  return { choice: { option, overlays }, text, scenarios: restoreScenarios(saved.scenarios) };
}

type SectionId = "inputs" | "buildUp" | "hours" | "scenarios" | "contract" | "workbook";

export function App({ host, services }: { host: HostInfo; services: PaneServices }) {
  const styles = useStyles();
  const initial = useMemo(() => restore(services.settings), [services.settings]);
  const [choice, setChoice] = useState<PaneChoice>(initial.choice);
  const [text, setText] = useState<FormText>(initial.text);
  const [scenarios, setScenarios] = useState<PaneScenario[]>(initial.scenarios);
  const [open, setOpen] = useState<Partial<Record<SectionId, boolean>>>({});
  // A field another section changed (solve, a scenario): focus goes there once it is on screen, with a message.
  const [changed, setChanged] = useState<{ fields: FieldId[]; message: string } | null>(null);
  const form = useMemo(() => evaluateForm(text), [text]);
  const comparison = useMemo(
    () => (form.inputs && form.result ? compareOptions(form.inputs, form.result, choice.option, choice.overlays) : null),
    [form, choice],
  );

  useEffect(() => {
    services.settings.set<Saved>(SAVED_KEY, { choice, text, scenarios });
  }, [choice, text, scenarios, services.settings]);

  const section = (id: SectionId) => ({ open: !!open[id], onOpen: (o: boolean) => setOpen((s) => (s[id] === o ? s : { ...s, [id]: o })) });

  /** Sets scheme fields from elsewhere in the pane, opens the Scheme section and moves focus to the first field changed. */
  const changeFields = useCallback((fields: Partial<FormText>, message: string) => {
    setText((t) => ({ ...t, ...fields }));
    setOpen((s) => ({ ...s, inputs: true }));
    setChanged({ fields: Object.keys(fields) as FieldId[], message });
  }, []);
  useEffect(() => {
    if (!changed) return;
    const el = document.querySelector<HTMLInputElement>(`[name="${changed.fields[0]}"]`);
    el?.focus();
    el?.scrollIntoView?.({ block: "center" });
  }, [changed]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>ECH Cost Model</h1>
        <Sources />
        <Badge className={styles.badge} appearance="tint" color={host.host === "excel" ? "success" : "informative"}>
          {host.host === "excel" ? "In Excel" : "Not in Excel"}
        </Badge>
      </header>
      {/* One polite announcement for a change of result, not one per figure. */}
      <div role="status" className={styles.hidden} data-testid="announcement">
        {answerSentence(choice.option, comparison)}
      </div>
      <Answer
        option={choice.option}
        overlays={choice.overlays}
        comparison={comparison}
        onOption={(option) => setChoice((c) => ({ ...c, option }))}
        onOverlays={(overlays) => setChoice((c) => ({ ...c, overlays }))}
      />
      <div className={styles.sections}>
        <Section id="inputs" title="Scheme" help="Tenants, their needs, hourly pay and the price base." {...section("inputs")}>
          {changed && (
            <Text role="status" className={styles.message} data-testid="changed-message">
              {changed.message}
            </Text>
          )}
          <InputsForm
            text={text}
            errors={form.errors}
            onChange={(field, value) => {
              setChanged(null);
              setText((t) => ({ ...t, [field]: value }));
            }}
          />
          {form.errors.form && (
            <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
              {form.errors.form}
            </Text>
          )}
        </Section>
        <Section
          id="buildUp"
          title="How the cost is worked out"
          help="From pay to the council's cost, line by line."
          {...section("buildUp")}
        >
          {form.inputs && form.result && comparison ? (
            <BuildUp option={choice.option} inputs={form.inputs} result={form.result} comparison={comparison} />
          ) : (
            <Text>Correct the highlighted inputs to see the costs.</Text>
          )}
        </Section>
        <Section id="hours" title="Hours and charts" help="Hours a week by needs band, and the cost by item." {...section("hours")}>
          {form.inputs && form.result ? <Hours inputs={form.inputs} result={form.result} /> : <Text>Correct the highlighted inputs.</Text>}
        </Section>
        <Section
          id="contract"
          title="Over the contract"
          help="Cost each year, present value, what moves it most, and solving for a target."
          {...section("contract")}
        >
          <Suspense fallback={<Text size={200}>Loading the contract…</Text>}>
            <Contract
              option={choice.option}
              overlays={choice.overlays}
              scheme={form.inputs}
              onSchemeText={(changes, message) => changeFields(changes, message)}
            />
          </Suspense>
        </Section>
        <Section
          id="scenarios"
          title="Scenarios"
          help="Keep inputs under a name; compare and switch between them."
          {...section("scenarios")}
        >
          <Suspense fallback={<Text size={200}>Loading the scenarios…</Text>}>
            <Scenarios
              option={choice.option}
              overlays={choice.overlays}
              text={text}
              inputs={form.inputs}
              saved={scenarios}
              onSaved={setScenarios}
              onUse={(fields, name) => changeFields(fields, `Now using the scenario “${name}”: the Scheme fields below changed.`)}
            />
          </Suspense>
        </Section>
      </div>
      <Actions
        host={host}
        services={services}
        choice={{ ...choice, scheme: text.scheme.trim() || undefined }}
        inputs={form.inputs}
        scenarios={{ text, saved: scenarios }}
        workbookOpen={!!open.workbook}
        onWorkbookOpen={section("workbook").onOpen}
      />
    </main>
  );
}
