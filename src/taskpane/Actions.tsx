/**
 * What the user can do with the chosen option: inside Excel, work on the open workbook; in a plain
 * browser, download the template as an .xlsx file. The template builder, the writers and the
 * workbook operations are loaded on first use (dynamic import) to keep the first screen small.
 *
 * Renders section 4 and, after it, a footer pinned to the bottom of the pane (position: sticky)
 * with the main action (Generate into this workbook / Download the workbook), the progress bar
 * and the outcome of the last action, so they stay in view while the user scrolls the inputs.
 * The footer comes last in the page, so it is also last in reading and Tab order.
 */
import { useCallback, useEffect, useRef } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { HostInfo } from "../office";
import type { SchemeInputs } from "../model";
import type { TemplateChoice } from "../templates/types";
import type { FormText } from "./form";
import type { PaneScenario } from "./scenarioState";
import { ExcelActions, loadOfficeWriter } from "./ExcelActions";
import { listOf, plural } from "./format";
import { Section } from "./Section";
import { XLSX_MIME, type PaneServices } from "./services";
import { useTask, type Outcome } from "./useTask";
import { describeError, loadTemplates, templateFileName } from "./workbook";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
  progress: { display: "flex", flexDirection: "column", rowGap: "4px" },
  hint: { color: tokens.colorNeutralForeground2 },
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: "8px",
    // Full width of the pane: cancel the page's side padding and put it back inside.
    margin: "0 -12px",
    padding: "8px 12px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8,
  },
  outcome: { maxHeight: "40vh", overflowY: "auto" },
});

interface Props {
  host: HostInfo;
  services: PaneServices;
  choice: TemplateChoice;
  /** Null while an input is invalid: nothing can be generated from it. */
  inputs: SchemeInputs | null;
  /** The saved scenarios, written to the template's Scenarios sheet. */
  scenarios?: { text: FormText; saved: readonly PaneScenario[] };
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

export function Actions({ host, services, choice, inputs, scenarios }: Props) {
  const styles = useStyles();
  const task = useTask(describeError);
  const disabled = task.busy !== null;
  const inExcel = host.host === "excel";
  const footer = useRef<HTMLDivElement>(null);
  useScrollPaddingFor(footer);

  /** The chosen option's template, or the appraisal of A–D over the same scheme. */
  const definition = useCallback(
    (t: Awaited<ReturnType<typeof loadTemplates>>, appraisal: boolean, i: SchemeInputs) =>
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

  return (
    <>
      <Section id="actions" title={inExcel ? "5. Workbook" : "5. Not in Excel? Download the workbook"}>
        {inExcel ? (
          <ExcelActions services={services} run={task.run} disabled={disabled} />
        ) : (
          <Text size={200} className={styles.hint}>
            Outside Excel the pane writes the template as a workbook file (.xlsx) for any Excel. Inside Excel it can also add it to the open
            workbook.
          </Text>
        )}
      </Section>
      <div ref={footer} className={styles.footer} role="region" aria-label="Main action">
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={() => (inExcel ? generate() : download())} disabled={disabled || !inputs}>
            {inExcel ? "Generate into this workbook" : "Download the workbook"}
          </Button>
          <Button onClick={() => (inExcel ? generate(true) : download(true))} disabled={disabled || !inputs}>
            {inExcel ? "Add the appraisal of options A–D" : "Download the appraisal of options A–D"}
          </Button>
        </div>
        {!inputs && <Text size={200}>Correct the inputs above first.</Text>}
        {task.busy && (
          <div className={styles.progress}>
            <ProgressBar value={task.busy.value} thickness="large" aria-label={task.busy.label} />
            <Text size={200} role="status">
              {task.busy.label}
            </Text>
          </div>
        )}
        {task.outcome && (
          // Long outcomes (a list of formulas to replace) scroll inside the footer; focusable to scroll by keyboard.
          <div className={styles.outcome} tabIndex={0} role="region" aria-label="Outcome of the last action">
            <MessageBar intent={task.outcome.intent} layout="multiline" data-testid="outcome">
              <MessageBarBody>
                <MessageBarTitle>{task.outcome.title}</MessageBarTitle>
                {task.outcome.lines.map((l) => (
                  <div key={l}>{l}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          </div>
        )}
      </div>
    </>
  );
}
