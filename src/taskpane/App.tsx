/** The ECH Cost Model task pane: choose an option, set the headline inputs, see the costs, act. */
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { Badge, Divider, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { HostInfo, SettingsStore } from "../office";
import type { OptionId, OverlayId } from "../templates/types";
import { Actions } from "./Actions";
import { choosePriceBase, defaultFormText, evaluateForm, type FieldId, type FormText } from "./form";
import { InputsForm } from "./InputsForm";
import { OptionPicker } from "./OptionPicker";
import { OPTIONS, OVERLAYS } from "./options";
import { Results } from "./Results";
import { Section } from "./Section";
import { restoreScenarios, type PaneScenario } from "./scenarioState";
import type { PaneServices } from "./services";

// The contract projection and the sensitivity load in their own chunk: the first screen does not wait for them.
const Contract = lazy(() => import(/* webpackChunkName: "contract" */ "./Contract"));
const Scenarios = lazy(() => import(/* webpackChunkName: "scenarios" */ "./Scenarios"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: "12px",
    padding: "12px",
    maxWidth: "640px",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: "4px" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
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

export function App({ host, services }: { host: HostInfo; services: PaneServices }) {
  const styles = useStyles();
  const initial = useMemo(() => restore(services.settings), [services.settings]);
  const [choice, setChoice] = useState<PaneChoice>(initial.choice);
  const [text, setText] = useState<FormText>(initial.text);
  const [scenarios, setScenarios] = useState<PaneScenario[]>(initial.scenarios);
  const form = useMemo(() => evaluateForm(text), [text]);

  useEffect(() => {
    services.settings.set<Saved>(SAVED_KEY, { choice, text, scenarios });
  }, [choice, text, scenarios, services.settings]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>ECH Cost Model</h1>
        <Badge appearance="tint" color={host.host === "excel" ? "success" : "informative"}>
          {host.host === "excel" ? "In Excel" : "Not in Excel"}
        </Badge>
      </header>
      <Text size={200}>
        Extra care housing revenue costs: pick a commissioning option, set the headline inputs and get its template workbook. The other
        inputs stay as pink cells in the sheets.
      </Text>

      <Section id="option" title="1. Option">
        <OptionPicker
          option={choice.option}
          overlays={choice.overlays}
          onOption={(option) => setChoice((c) => ({ ...c, option }))}
          onOverlays={(overlays) => setChoice((c) => ({ ...c, overlays }))}
        />
      </Section>
      <Divider />
      <Section id="inputs" title="2. Scheme">
        <InputsForm
          text={text}
          errors={form.errors}
          warnings={form.warnings}
          onChange={(field, value) => setText((t) => (field === "priceBase" ? choosePriceBase(t, value) : { ...t, [field]: value }))}
        />
        {form.errors.form && (
          <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
            {form.errors.form}
          </Text>
        )}
      </Section>
      <Divider />
      <Section id="results" title="3. Results">
        <Results option={choice.option} inputs={form.inputs} result={form.result} />
        <Suspense fallback={<Text size={200}>Loading the scenarios…</Text>}>
          <Scenarios
            option={choice.option}
            overlays={choice.overlays}
            text={text}
            inputs={form.inputs}
            saved={scenarios}
            onSaved={setScenarios}
            onUse={(fields) => setText((t) => ({ ...t, ...fields }))}
          />
        </Suspense>
      </Section>
      <Divider />
      <Section id="contract" title="4. Over the contract">
        <Suspense fallback={<Text size={200}>Loading the contract…</Text>}>
          <Contract
            option={choice.option}
            overlays={choice.overlays}
            scheme={form.inputs}
            onSchemeText={(changes) => setText((t) => ({ ...t, ...changes }))}
          />
        </Suspense>
      </Section>
      <Divider />
      {/* Section 5 and, pinned to the bottom of the pane, the main action (Generate / Download). */}
      <Actions
        host={host}
        services={services}
        choice={{ ...choice, scheme: text.scheme.trim() || undefined }}
        inputs={form.inputs}
        scenarios={{ text, saved: scenarios }}
      />
    </main>
  );
}
