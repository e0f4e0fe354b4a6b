/** The actions on the open workbook, available when the pane runs inside Excel (Generate is in Actions' pinned footer). */
import { useState } from "react";
import { Button, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { OptionTemplateInfo, SharingFinding } from "../workbook";
import { listOf, plural } from "./format";
import type { PaneServices } from "./services";
import type { Outcome, Progress } from "./useTask";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: "4px" },
  actions: { display: "flex", flexDirection: "column", rowGap: "12px" },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  findings: { margin: 0, paddingLeft: "16px", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
  hint: { color: tokens.colorNeutralForeground2 },
});

type Run = (label: string, task: (progress: Progress) => Promise<Outcome>) => Promise<void>;

interface Props {
  services: PaneServices;
  run: Run;
  disabled: boolean;
}

export const loadOfficeWriter = () => import(/* webpackChunkName: "office-writer" */ "../writers/officejs");
/* The workbook operations share the writer's chunk: they insert through it. */
const loadWorkbookOps = () => import(/* webpackChunkName: "office-writer" */ "../workbook");

/** How many findings the pane lists by name; the rest are counted. */
const LISTED = 8;

function describeReplacement(f: SharingFinding): string {
  const r = f.replacement;
  const what = f.reasons.map((x) => (x === "custom-function" ? "ECH function" : "external link")).join(" and ");
  const to =
    r.kind === "native"
      ? `native formula =${r.formula.replace(/^=/, "")}`
      : r.kind === "values"
        ? "its values"
        : `left as is (${r.reason})`;
  return `${f.sheet}!${f.range}: ${what}; ${r.kind === "skipped" ? to : `becomes ${to}`}`;
}

export function ExcelActions({ services, run, disabled }: Props) {
  const styles = useStyles();
  // Findings of the last check, waiting for the user to confirm the replacement.
  const [findings, setFindings] = useState<SharingFinding[] | null>(null);
  // Option templates found in the workbook, and the ones picked for the comparison.
  const [found, setFound] = useState<OptionTemplateInfo[] | null>(null);
  const [picked, setPicked] = useState<string[]>([]);

  const findOptions = () => {
    setFound(null);
    void run("Looking for generated options…", async () => {
      const { listOptionTemplates } = await loadWorkbookOps();
      const templates = await services.runExcel((context) => listOptionTemplates(context));
      setFound(templates);
      setPicked(templates.map((t) => t.key));
      if (templates.length === 0) {
        return {
          intent: "warning",
          title: "No generated options in this workbook",
          lines: ["Generate two or more options first (Generate into this workbook), then compare them."],
        };
      }
      return {
        intent: "success",
        title: `Found ${plural(templates.length, "option")}`,
        lines: ["Tick the ones to compare, then choose Build comparison sheet."],
      };
    });
  };

  const compare = () => {
    void run("Building the comparison sheet…", async (progress) => {
      const { compareOptions } = await loadWorkbookOps();
      const report = await services.runExcel((context) =>
        compareOptions(context, picked, { onProgress: (done, total) => progress(done / total) }),
      );
      return {
        intent: "success",
        title: `Added “${report.sheet}”`,
        lines: [
          `It compares ${listOf(report.compared.map((t) => t.label))} side by side: the council's annual cost, hours block-contracted and spot-purchased, and cost per person per week.`,
          "Its figures are live formulas on the option sheets, so they follow any change to their inputs.",
        ],
      };
    });
  };

  const checkSharing = () => {
    setFindings(null);
    void run("Checking the workbook…", async () => {
      const { prepareForSharing } = await loadWorkbookOps();
      const report = await services.runExcel((context) => prepareForSharing(context));
      const fixable = report.findings.filter((f) => f.replacement.kind !== "skipped");
      setFindings(fixable.length > 0 ? report.findings : null);
      if (report.findings.length === 0) {
        return {
          intent: "success",
          title: "Ready to share",
          lines: ["No ECH functions or external links: the workbook works without the add-in."],
        };
      }
      return {
        intent: "warning",
        title: `${plural(report.findings.length, "formula")} would not work without the add-in or linked workbooks`,
        lines: [
          ...report.findings.slice(0, LISTED).map(describeReplacement),
          ...(report.findings.length > LISTED ? [`…and ${report.findings.length - LISTED} more.`] : []),
          fixable.length > 0
            ? `Choose “Replace ${fixable.length}” to make the changes above; nothing else is touched.`
            : "None of them can be replaced safely; they are left as they are.",
        ],
      };
    });
  };

  const replaceForSharing = () => {
    void run("Replacing formulas…", async () => {
      const { prepareForSharing } = await loadWorkbookOps();
      const report = await services.runExcel((context) => prepareForSharing(context, { change: ["formulas"] }));
      setFindings(null);
      return {
        intent: "success",
        title: `Replaced ${plural(report.changes.length, "formula")}`,
        lines: [
          ...report.changes.slice(0, LISTED).map(describeReplacement),
          ...(report.changes.length > LISTED ? [`…and ${report.changes.length - LISTED} more.`] : []),
          "Save a copy for the provider (File > Save a Copy); keep this one with the live ECH formulas.",
        ],
      };
    });
  };

  const repair = () => {
    void run("Repairing ECH formulas…", async () => {
      const { repairEchFormulas } = await loadWorkbookOps();
      const report = await services.runExcel((context) => repairEchFormulas(context));
      if (report.repaired === 0) {
        return { intent: "success", title: "Nothing to repair", lines: ["No ECH cell shows #NAME?."] };
      }
      const sheets = [...new Set(report.cells.map((c) => c.sheet))];
      return {
        intent: "success",
        title: `Repaired ${plural(report.repaired, "cell")}`,
        lines: [
          `On ${listOf(sheets)}: the ECH formulas were entered again and now calculate.`,
          ...(report.reprotected.length
            ? [
                `${listOf(report.reprotected)} ${report.reprotected.length === 1 ? "was" : "were"} unprotected for the repair and protected again.`,
              ]
            : []),
        ],
      };
    });
  };

  const fixable = findings?.filter((f) => f.replacement.kind !== "skipped").length ?? 0;

  return (
    <div className={styles.actions}>
      <Text size={200} className={styles.hint}>
        Generate into this workbook (at the bottom of the pane) adds the option&apos;s sheets next to yours; a name
        already in use gets a new one.
      </Text>
      <div className={styles.block}>
        <h3 className={styles.h3}>Compare options</h3>
        <Text size={200} className={styles.hint}>
          Puts the options generated into this workbook side by side on a new sheet.
        </Text>
        <Button onClick={findOptions} disabled={disabled}>
          Compare options
        </Button>
        {found && found.length > 0 && (
          <div role="group" aria-label="Options to compare">
            {found.map((t) => (
              <Checkbox
                key={t.key}
                label={t.label}
                checked={picked.includes(t.key)}
                onChange={(_, d) => setPicked((p) => (d.checked === true ? [...p, t.key] : p.filter((k) => k !== t.key)))}
              />
            ))}
            <Button appearance="primary" onClick={compare} disabled={disabled || picked.length === 0}>
              Build comparison sheet
            </Button>
          </div>
        )}
      </div>
      <div className={styles.block}>
        <h3 className={styles.h3}>Share with a provider</h3>
        <Text size={200} className={styles.hint}>
          Finds ECH functions and external links that would break without the add-in, and offers to replace them by native formulas or their
          values.
        </Text>
        <div className={styles.row}>
          <Button onClick={checkSharing} disabled={disabled}>
            Prepare for sharing
          </Button>
          {fixable > 0 && (
            <Button appearance="primary" onClick={replaceForSharing} disabled={disabled}>
              Replace {fixable}
            </Button>
          )}
        </div>
      </div>
      <div className={styles.block}>
        <h3 className={styles.h3}>Repair</h3>
        <Text size={200} className={styles.hint}>
          For ECH cells that still show #NAME? in a workbook opened before the add-in was installed.
        </Text>
        <Button onClick={repair} disabled={disabled}>
          Repair ECH formulas
        </Button>
      </div>
    </div>
  );
}
