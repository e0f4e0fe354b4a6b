/**
 * What the user can do with the chosen option: inside Excel, work on the open workbook; in a plain
 * browser, download the template as an .xlsx file. The template builder, the writers and the
 * workbook operations are loaded on first use (dynamic import) to keep the first screen small.
 *
 * The main actions sit in a one-line footer pinned to the bottom of the pane (position: sticky), with
 * a thin progress bar along its top edge and the outcome of the last action in a few words (the
 * whole of it a click away). An outcome is forgotten when the inputs or the option change, so it
 * never describes a workbook other than the one on screen. Inside Excel the workbook operations
 * (compare, share, repair) are in their own section, which loads when it opens.
 */
import { lazy, Suspense, useCallback, useEffect, useRef } from "react";
import { Button, makeStyles, mergeClasses, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { HostInfo } from "../office";
import { optionSpan } from "../options/ids";
import type { TemplateChoice } from "../templates/types";
import type { FormText } from "./form";
import type { PaneScenario } from "./scenarioState";
import { listOf, plural } from "./format";
import { InfoDialog } from "./InfoDialog";
import { Section } from "./Section";
import { XLSX_MIME, type PaneServices } from "./services";
import { useTask, type Outcome } from "./useTask";
import { describeError, loadOfficeWriter, loadTemplates, templateFileName, type PaneInputs } from "./workbook";

const ExcelActions = lazy(() => import(/* webpackChunkName: "excel-actions" */ "./ExcelActions"));

const useStyles = makeStyles({
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "nowrap",
    alignItems: "center",
    columnGap: "6px",
    // Full width of the pane: cancel the page's side padding and put it back inside.
    margin: "0 -12px",
    padding: "8px 12px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8,
  },
  button: { flexShrink: 0 },
  progress: { position: "absolute", top: 0, left: 0, right: 0 },
  status: { flex: "1 1 auto", minWidth: 0, overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" },
  // No padding of its own: beside the two buttons at 350 px, "✓ Downloaded" fits whole.
  statusButton: {
    maxWidth: "100%",
    minWidth: 0,
    paddingLeft: 0,
    paddingRight: 0,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    display: "block",
  },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  success: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  /** Null while office.js is still finding out where the pane runs: the actions wait for it. */
  host: HostInfo | null;
  services: PaneServices;
  choice: TemplateChoice;
  /** Null while an input is invalid: nothing can be generated from it. */
  inputs: PaneInputs | null;
  /** The model is still loading: nothing to do yet, and nothing to correct. */
  loading?: boolean;
  /** The saved scenarios, written to the template's Scenarios sheet. */
  scenarios?: { text: FormText; saved: readonly PaneScenario[] };
  /** The Workbook section (inside Excel): open or not. */
  workbookOpen: boolean;
  onWorkbookOpen: (open: boolean) => void;
}

/**
 * Keeps the browser from scrolling a focused field behind the pinned footer: the page's
 * scroll-padding-bottom follows the footer's height.
 */
function useScrollPaddingFor(ref: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingBottom = `${Math.ceil(el.getBoundingClientRect().height) + 8}px`;
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBottom = "";
    };
  }, [ref]);
}

/** The outcome in a few words; the button opens all of it. */
function OutcomeButton({ outcome }: { outcome: Outcome }) {
  const styles = useStyles();
  return (
    <InfoDialog
      trigger={
        <Button
          appearance="transparent"
          size="small"
          className={mergeClasses(styles.statusButton, styles[outcome.intent])}
          title={`${outcome.title}: ${outcome.lines.join(" ")}`}
        >
          {outcome.intent === "success" ? "✓ " : "! "}
          {outcome.title}
        </Button>
      }
      title={outcome.title}
    >
      <div data-testid="outcome-details">
        {outcome.lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
      </div>
    </InfoDialog>
  );
}

export function Actions({ host, services, choice, inputs, loading = false, scenarios, workbookOpen, onWorkbookOpen }: Props) {
  const styles = useStyles();
  const task = useTask(describeError);
  const disabled = task.busy !== null || host === null;
  const inExcel = host?.host === "excel";
  const footer = useRef<HTMLDivElement>(null);
  useScrollPaddingFor(footer);

  // A change of what is on screen makes the last outcome stale ("Downloaded" of other inputs).
  const { clear } = task;
  useEffect(() => clear(), [choice.option, choice.overlays, choice.scheme, inputs, clear]);

  /** The chosen option's template, or the appraisal of every way of contracting over the same scheme. */
  const definition = useCallback(
    (t: Awaited<ReturnType<typeof loadTemplates>>, appraisal: boolean, i: PaneInputs) =>
      appraisal
        ? t.buildAppraisal(t.templateInputs(i), choice.scheme)
        : t.buildTemplate(choice, {
            ...t.templateInputs(i),
            scenarios: scenarios && t.workbookScenarios(choice.option, choice.overlays, scenarios.text, scenarios.saved),
          }),
    [choice, scenarios],
  );

  const download = useCallback(
    (appraisal = false) => {
      if (!inputs) return;
      void task.run("Writing the workbook…", async (progress) => {
        const [t, { writeXlsx }] = await Promise.all([loadTemplates(), import(/* webpackChunkName: "xlsx-writer" */ "../writers/xlsx")]);
        progress(0.3);
        const def = definition(t, appraisal, inputs);
        const { placeTemplate } = t;
        const bytes = await writeXlsx(placeTemplate(def, [], []));
        progress(1);
        const fileName = templateFileName(def.id, choice.scheme);
        services.saveFile(fileName, bytes, XLSX_MIME);
        return {
          intent: "success",
          title: "Downloaded",
          lines: [`${fileName}: ${def.title}, ${def.sheets.length} sheets. Open it in Excel; the pink cells are the inputs.`],
        } satisfies Outcome;
      });
    },
    [choice, definition, inputs, services, task],
  );

  const generate = useCallback(
    (appraisal = false) => {
      if (!inputs) return;
      void task.run("Adding the template to this workbook…", async (progress) => {
        const [t, { insertTemplate }] = await Promise.all([loadTemplates(), loadOfficeWriter()]);
        const def = definition(t, appraisal, inputs);
        const report = await services.runExcel((context) =>
          insertTemplate(context, def, { onProgress: (done, total) => progress(done / total) }),
        );
        return {
          intent: "success",
          title: `Added ${def.title}`,
          lines: [
            `${plural(report.sheets.length, "sheet")}: ${listOf(report.sheets)}.`,
            `${plural(report.names.length, "defined name")}${report.names.length ? `: ${listOf(report.names)}` : ""}.`,
            `Now showing “${report.firstSheet}”. Nothing that was already in the workbook was changed.`,
          ],
        } satisfies Outcome;
      });
    },
    [definition, inputs, services, task],
  );

  const id = [choice.option, ...choice.overlays].join("+");
  return (
    <>
      {inExcel && (
        <Section
          id="workbook"
          title="Workbook"
          help="Compare the options in it, prepare it for sharing, repair its formulas."
          open={workbookOpen}
          onOpen={onWorkbookOpen}
        >
          <Suspense fallback={<Text size={200}>Loading…</Text>}>
            <ExcelActions services={services} run={task.run} disabled={disabled} />
          </Suspense>
        </Section>
      )}
      <div ref={footer} className={styles.footer} role="region" aria-label="Main action">
        {task.busy && <ProgressBar className={styles.progress} value={task.busy.value} aria-label={task.busy.label} />}
        <Button
          className={styles.button}
          size="small"
          appearance="primary"
          onClick={() => (inExcel ? generate() : download())}
          disabled={disabled || !inputs}
        >
          {inExcel ? `Add option ${id}` : `Download option ${id}`}
        </Button>
        <Button
          className={styles.button}
          size="small"
          aria-label={`${inExcel ? "Add" : "Download"} the appraisal of ${optionSpan()}`}
          title={`${inExcel ? "Add" : "Download"} the appraisal workbook of options ${optionSpan()}`}
          onClick={() => (inExcel ? generate(true) : download(true))}
          disabled={disabled || !inputs}
        >
          Appraisal of {optionSpan()}
        </Button>
        <div className={styles.status} role="status" data-testid={task.outcome && !task.busy ? "outcome" : undefined}>
          {task.busy ? (
            <Text size={200}>{task.busy.label}</Text>
          ) : task.outcome ? (
            <>
              <OutcomeButton outcome={task.outcome} />
              {/* The whole outcome, read out once; the button shows its title and opens it. */}
              <span className={styles.hidden}>{task.outcome.lines.join(" ")}</span>
            </>
          ) : !inputs && !loading ? (
            <Text size={200}>Correct the inputs first.</Text>
          ) : null}
        </div>
      </div>
    </>
  );
}
