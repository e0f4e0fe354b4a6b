/**
 * What the user can do with the chosen option: inside Excel, work on the open workbook; in a plain
 * browser, download the template as an .xlsx file. The template builder, the writers and the
 * workbook operations are loaded on first use (dynamic import) to keep the first screen small.
 */
import { useCallback } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { HostInfo } from "../office";
import type { SchemeInputs } from "../model";
import type { TemplateChoice } from "../templates/types";
import { ExcelActions } from "./ExcelActions";
import { XLSX_MIME, type PaneServices } from "./services";
import { useTask, type Outcome } from "./useTask";
import { describeError, loadTemplates, templateFileName } from "./workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "8px" },
  progress: { display: "flex", flexDirection: "column", rowGap: "4px" },
  lines: { margin: 0, paddingLeft: "16px" },
  hint: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  host: HostInfo;
  services: PaneServices;
  choice: TemplateChoice;
  /** Null while an input is invalid: nothing can be generated from it. */
  inputs: SchemeInputs | null;
}

export function Actions({ host, services, choice, inputs }: Props) {
  const styles = useStyles();
  const task = useTask(describeError);
  const disabled = task.busy !== null;

  const download = useCallback(() => {
    if (!inputs) return;
    void task.run("Writing the workbook…", async (progress) => {
      const [{ buildTemplate, placeTemplate, templateInputs }, { writeXlsx }] = await Promise.all([
        loadTemplates(),
        import(/* webpackChunkName: "xlsx-writer" */ "../writers/xlsx"),
      ]);
      progress(0.3);
      const def = buildTemplate(choice, templateInputs(inputs));
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
  }, [choice, inputs, services, task]);

  return (
    <div className={styles.root}>
      {host.host === "excel" ? (
        <ExcelActions services={services} choice={choice} inputs={inputs} run={task.run} disabled={disabled} />
      ) : (
        <>
          <Text size={200} className={styles.hint}>
            Outside Excel the pane writes the template as a file. Inside Excel it can also add it to the open workbook.
          </Text>
          <Button appearance="primary" onClick={download} disabled={disabled || !inputs}>
            Download .xlsx
          </Button>
        </>
      )}
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
        <MessageBar intent={task.outcome.intent} layout="multiline" data-testid="outcome">
          <MessageBarBody>
            <MessageBarTitle>{task.outcome.title}</MessageBarTitle>
            {task.outcome.lines.map((l) => (
              <div key={l}>{l}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
