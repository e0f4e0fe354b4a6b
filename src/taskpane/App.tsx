/** The ECH Cost Model task pane: the answer first (the chosen option against the others), then the inputs and the rest in sections that open. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { HostInfo, SettingsStore } from "../office";
import type { OptionId, OverlayId } from "../templates/types";
import { Actions } from "./Actions";
import { Answer, answerSentence } from "./Answer";
import type { FieldId, FormText } from "./form";
import { OPTIONS, OVERLAYS } from "./options";
import { Section } from "./Section";
import { SAVED_KEY } from "./shell";
import { Sources } from "./Sources";
import { restoreScenarios, type PaneScenario } from "./scenarioState";
import type { PaneServices } from "./services";

// The model: loaded just after the first paint, in its own chunk.
type Engine = typeof import("./engine");
const loadEngine = (): Promise<Engine> => import(/* webpackChunkName: "engine" */ "./engine");
// Each section's code loads in its own chunk when the section first opens.
const Contract = lazy(() => import(/* webpackChunkName: "contract" */ "./Contract"));
const Scenarios = lazy(() => import(/* webpackChunkName: "scenarios" */ "./Scenarios"));
const InputsForm = lazy(() => import(/* webpackChunkName: "inputs" */ "./InputsForm").then((m) => ({ default: m.InputsForm })));
const loadResults = () => import(/* webpackChunkName: "results" */ "./Results");
const BuildUp = lazy(() => loadResults().then((m) => ({ default: m.BuildUp })));
const Hours = lazy(() => loadResults().then((m) => ({ default: m.Hours })));

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
  badge: {
    flexShrink: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    padding: "0 6px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    color: tokens.colorBrandForeground2,
    backgroundColor: tokens.colorBrandBackground2,
  },
  inExcel: {
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
    color: tokens.colorPaletteGreenForeground1,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
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

/** What was saved last time: the choice, the scenarios, and the fields as typed (laid over the defaults once the model has loaded). */
function restore(settings: SettingsStore): { choice: PaneChoice; text: Partial<FormText>; scenarios: PaneScenario[] } {
  const saved = settings.get<Saved>(SAVED_KEY) ?? {};
  const option = OPTIONS.includes(saved.choice?.option as OptionId) ? (saved.choice!.option as OptionId) : "A";
  const overlays = OVERLAYS.filter((o) => saved.choice?.overlays?.includes(o));
  const text: Partial<FormText> = {};
  for (const [k, v] of Object.entries(saved.text ?? {})) if (typeof v === "string") text[k as FieldId] = v;
  return { choice: { option, overlays }, text, scenarios: restoreScenarios(saved.scenarios) };
}

/** The model, loaded just after the first paint. */
function useEngine(): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let live = true;
    void loadEngine().then((e) => live && setEngine(e));
    return () => {
      live = false;
    };
  }, []);
  return engine;
}

type SectionId = "inputs" | "buildUp" | "hours" | "scenarios" | "contract" | "workbook";

/**
 * `host` is null while office.js is still finding out where the pane runs; `startWith`, a choice the
 * user made on the prerendered first screen, overrides the one saved last time.
 */
export function App({ host, services, startWith }: { host: HostInfo | null; services: PaneServices; startWith?: PaneChoice }) {
  const styles = useStyles();
  const initial = useMemo(() => {
    const saved = restore(services.settings);
    return startWith ? { ...saved, choice: startWith } : saved;
  }, [services.settings, startWith]);
  const [choice, setChoice] = useState<PaneChoice>(initial.choice);
  const engine = useEngine();
  // The fields the user changed; the rest are the model's defaults.
  const [typed, setTyped] = useState<Partial<FormText>>(initial.text);
  const [scenarios, setScenarios] = useState<PaneScenario[]>(initial.scenarios);
  const [open, setOpen] = useState<Partial<Record<SectionId, boolean>>>({});
  // A field another section changed (solve, a scenario): focus goes there once it is on screen, with a message.
  const [changed, setChanged] = useState<{ fields: FieldId[]; message: string } | null>(null);
  const text = useMemo((): FormText | null => {
    if (!engine) return null;
    const defaults = engine.defaultFormText();
    const t = { ...defaults };
    for (const k of Object.keys(defaults) as FieldId[]) if (typeof typed[k] === "string") t[k] = typed[k];
    return t;
  }, [engine, typed]);
  const form = useMemo(() => (engine && text ? engine.evaluateForm(text) : null), [engine, text]);
  const comparison = useMemo(
    () =>
      engine && form?.inputs && form.result
        ? engine.compareOptions(form.inputs, form.result, choice.option, choice.overlays, undefined, form.contributions ?? undefined)
        : null,
    [engine, form, choice],
  );
  // One object a result, so a new render does not look like new inputs to the workbook actions.
  const paneInputs = useMemo(() => (form?.inputs ? { ...form.inputs, ...form.contributions } : null), [form]);
  const setText = useCallback((f: (t: Partial<FormText>) => Partial<FormText>) => setTyped(f), []);

  useEffect(() => {
    if (text) services.settings.set<Saved>(SAVED_KEY, { choice, text, scenarios });
  }, [choice, text, scenarios, services.settings]);

  const section = (id: SectionId) => ({ open: !!open[id], onOpen: (o: boolean) => setOpen((s) => (s[id] === o ? s : { ...s, [id]: o })) });

  /** Sets scheme fields from elsewhere in the pane, opens the Scheme section and moves focus to the first field changed. */
  const changeFields = useCallback(
    (fields: Partial<FormText>, message: string) => {
      setText((t) => ({ ...t, ...fields }));
      setOpen((s) => ({ ...s, inputs: true }));
      setChanged({ fields: Object.keys(fields) as FieldId[], message });
    },
    [setText],
  );
  useEffect(() => {
    if (!changed) return;
    // The Scheme section's fields may still be loading (its first opening): try until they are there.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const attempt = () => {
      const el = document.querySelector<HTMLInputElement>(`[name="${changed.fields[0]}"]`);
      if (el) {
        el.focus();
        el.scrollIntoView?.({ block: "center" });
      } else if (tries++ < 250) timer = setTimeout(attempt, 20);
    };
    attempt();
    return () => clearTimeout(timer);
  }, [changed]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>ECH Cost Model</h1>
        <Sources />
        {host && (
          <span className={mergeClasses(styles.badge, host.host === "excel" && styles.inExcel)}>
            {host.host === "excel" ? "In Excel" : "Not in Excel"}
          </span>
        )}
      </header>
      {/* One polite announcement for a change of result, not one per figure. */}
      <div role="status" className={styles.hidden} data-testid="announcement">
        {answerSentence(choice.option, comparison, !form)}
      </div>
      <Answer
        option={choice.option}
        overlays={choice.overlays}
        comparison={comparison}
        loading={!form}
        onOption={(option) => setChoice((c) => ({ ...c, option }))}
        onOverlays={(overlays) => setChoice((c) => ({ ...c, overlays }))}
      />
      <div className={styles.sections}>
        <Section
          id="inputs"
          title="Scheme"
          help="Tenants, their needs, what they pay towards their care, hourly pay and the price base."
          {...section("inputs")}
        >
          {changed && (
            <Text role="status" className={styles.message} data-testid="changed-message">
              {changed.message}
            </Text>
          )}
          {text && form ? (
            <Suspense fallback={<Text size={200}>Loading…</Text>}>
              <InputsForm
                text={text}
                errors={form.errors}
                warnings={form.warnings}
                unitCostPerHour={form.result?.unitCostPerHour ?? null}
                onChange={(field, value) => {
                  setChanged(null);
                  // A new price base brings its own example rates, unless the user typed their own.
                  if (field === "priceBase" && engine) setText(() => engine.choosePriceBase(text, value));
                  else setText((t) => ({ ...t, [field]: value }));
                }}
              />
              {form.errors.form && (
                <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
                  {form.errors.form}
                </Text>
              )}
            </Suspense>
          ) : (
            <Text size={200}>Loading…</Text>
          )}
        </Section>
        <Section
          id="buildUp"
          title="How the cost is worked out"
          help="From pay to the council's cost, line by line."
          {...section("buildUp")}
        >
          {form?.inputs && form.result && comparison ? (
            <Suspense fallback={<Text size={200}>Loading…</Text>}>
              <BuildUp option={choice.option} inputs={form.inputs} result={form.result} comparison={comparison} />
            </Suspense>
          ) : (
            <Text>{form ? "Correct the highlighted inputs to see the costs." : "Loading…"}</Text>
          )}
        </Section>
        <Section id="hours" title="Hours and charts" help="Hours a week by needs band, and the cost by item." {...section("hours")}>
          {form?.inputs && form.result ? (
            <Suspense fallback={<Text size={200}>Loading…</Text>}>
              <Hours inputs={form.inputs} result={form.result} />
            </Suspense>
          ) : (
            <Text>{form ? "Correct the highlighted inputs." : "Loading…"}</Text>
          )}
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
              scheme={paneInputs}
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
            {text && (
              <Scenarios
                option={choice.option}
                overlays={choice.overlays}
                text={text}
                inputs={form?.inputs ?? null}
                saved={scenarios}
                onSaved={setScenarios}
                onUse={(fields, name) => changeFields(fields, `Now using the scenario “${name}”: the Scheme fields below changed.`)}
              />
            )}
          </Suspense>
        </Section>
      </div>
      <Actions
        host={host}
        services={services}
        choice={{ ...choice, scheme: text?.scheme.trim() || undefined }}
        inputs={paneInputs}
        loading={!form}
        scenarios={text ? { text, saved: scenarios } : undefined}
        workbookOpen={!!open.workbook}
        onWorkbookOpen={section("workbook").onOpen}
      />
    </main>
  );
}
