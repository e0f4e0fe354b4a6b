/** The actions on the open workbook, available when the pane runs inside Excel (Generate is in Actions' pinned footer). */
import { useState } from "react";
import { Button, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import {
  describeItem,
  SHARING_KINDS,
  SHARING_LIMITS,
  type OptionTemplateInfo,
  type SharingFinding,
  type SharingItem,
  type SharingKind,
  type SharingReport,
} from "../workbook";
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
  kind: { display: "flex", flexDirection: "column", rowGap: "2px", marginTop: "4px" },
  kept: { color: tokens.colorNeutralForeground2 },
});

/** Each kind in plain words: what it is, and what ticking it does. */
const KIND_WORDS: Record<SharingKind, { what: string; change: string; done: string }> = {
  formulas: {
    what: "Formulas that need the add-in or another workbook",
    change: "replace each by a native Excel formula or the values it shows",
    done: "Replaced",
  },
  "hidden-sheets": {
    what: "Hidden sheets",
    change: "show them, so nothing in the file is hidden from the provider (they are not deleted: delete any that should not go yourself)",
    done: "Shown",
  },
  comments: { what: "Comments", change: "delete them with their replies", done: "Deleted comment" },
  notes: { what: "Notes", change: "delete them", done: "Deleted note" },
  properties: { what: "Document properties (File > Info)", change: "clear them", done: "Cleared" },
  settings: { what: "Settings this add-in stored in the file", change: "delete them", done: "Deleted setting" },
};

interface KindList {
  kind: SharingKind;
  /** One line per finding, the kept ones saying why. */
  lines: string[];
  /** How many would change if ticked. */
  changeable: number;
}

function byKind(report: SharingReport): KindList[] {
  return SHARING_KINDS.map((kind) => {
    if (kind === "formulas") {
      return {
        kind,
        lines: report.findings.map(describeReplacement),
        changeable: report.findings.filter((f) => f.replacement.kind !== "skipped").length,
      };
    }
    const items = report.items.filter((i) => i.kind === kind);
    return {
      kind,
      lines: items.map((i) => (i.kept ? `${describeItem(i)}: kept. ${i.kept}` : describeItem(i))),
      changeable: items.filter((i) => !i.kept).length,
    };
  }).filter((k) => k.lines.length > 0);
}

function describeDone(item: SharingItem): string {
  return `${KIND_WORDS[item.kind].done} ${describeItem(item)}`;
}

type Run = (label: string, task: (progress: Progress) => Promise<Outcome>) => Promise<void>;

interface Props {
  services: PaneServices;
  run: Run;
  disabled: boolean;
}

/* The workbook operations share the writer's chunk: they insert through it. */
const loadWorkbookOps = () => import(/* webpackChunkName: "office-writer" */ "../workbook");

/** How many findings the pane lists by name; the rest are counted. */
const LISTED = 8;

function describeReplacement(f: SharingFinding): string {
  const r = f.replacement;
  const what = f.reasons.map((x) => (x === "custom-function" ? "ECH function" : "external link")).join(" and ");
  const to =
    r.kind === "native"
      ? `the Excel formula =${r.formula.replace(/^=/, "")}`
      : r.kind === "values"
        ? "its values"
        : `left as is (${r.reason})`;
  return `${f.sheet}!${f.range}: ${what}; ${r.kind === "skipped" ? to : `becomes ${to}`}`;
}

export default function ExcelActions({ services, run, disabled }: Props) {
  const styles = useStyles();
  // The last sharing check, waiting for the user to tick what to change and confirm.
  const [sharing, setSharing] = useState<SharingReport | null>(null);
  const [ticked, setTicked] = useState<SharingKind[]>([]);
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
    setSharing(null);
    setTicked([]);
    void run("Checking the workbook…", async () => {
      const { prepareForSharing } = await loadWorkbookOps();
      const report = await services.runExcel((context) => prepareForSharing(context));
      const kinds = byKind(report);
      const unchecked = report.unchecked.map((u) => u.reason);
      setSharing(kinds.length > 0 ? report : null);
      if (kinds.length === 0) {
        return {
          intent: unchecked.length > 0 ? "warning" : "success",
          title: "Ready to share",
          lines: [
            "No ECH functions or external links, hidden sheets, comments, notes, document properties or stored settings: the workbook works without the add-in.",
            ...unchecked,
          ],
        };
      }
      const total = kinds.reduce((n, k) => n + k.lines.length, 0);
      const changeable = kinds.some((k) => k.changeable > 0);
      return {
        intent: "warning",
        title: `${plural(total, "thing")} to check before sharing`,
        lines: [
          kinds.map((k) => `${KIND_WORDS[k.kind].what}: ${k.lines.length}`).join("; ") + ".",
          changeable
            ? "They are listed under Prepare for sharing. Tick what to change, then choose Make the ticked changes; nothing changes until you do."
            : "None of them can be changed here; they are listed under Prepare for sharing with the reason.",
          ...unchecked,
        ],
      };
    });
  };

  const applySharing = () => {
    const kinds = ticked;
    void run("Preparing the workbook for sharing…", async () => {
      const { prepareForSharing } = await loadWorkbookOps();
      const report = await services.runExcel((context) => prepareForSharing(context, { change: kinds }));
      setSharing(null);
      setTicked([]);
      const lines = [...report.changes.map(describeReplacement), ...report.done.map(describeDone)];
      return {
        intent: "success",
        title: `Made ${plural(lines.length, "change")}`,
        lines: [
          ...lines.slice(0, LISTED * 2),
          ...(lines.length > LISTED * 2 ? [`…and ${lines.length - LISTED * 2} more.`] : []),
          "Nothing else was changed. Save a copy for the provider (File > Save a Copy); keep this one with the live ECH formulas.",
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

  const kinds = sharing ? byKind(sharing) : [];

  return (
    <div className={styles.actions}>
      <Text size={200} className={styles.hint}>
        Generate into this workbook (at the bottom of the pane) adds the option&apos;s sheets next to yours; a name already in use gets a
        new one.
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
          Lists what to check before the file leaves: ECH functions and external links that would break without the add-in, hidden sheets,
          comments, notes, document properties such as the author and company, and settings this add-in stored in the file. You choose what
          to change.
        </Text>
        <div className={styles.row}>
          <Button onClick={checkSharing} disabled={disabled}>
            Prepare for sharing
          </Button>
        </div>
        {sharing && (
          <div role="group" aria-label="What to change before sharing">
            {kinds.map((k) => {
              const words = KIND_WORDS[k.kind];
              const id = `sharing-${k.kind}`;
              return (
                <div key={k.kind} className={styles.kind}>
                  {k.changeable > 0 ? (
                    <Checkbox
                      label={`${words.what} (${k.lines.length}): ${words.change}`}
                      aria-describedby={id}
                      checked={ticked.includes(k.kind)}
                      onChange={(_, d) => setTicked((t) => (d.checked === true ? [...t, k.kind] : t.filter((x) => x !== k.kind)))}
                    />
                  ) : (
                    <Text size={200} weight="semibold">
                      {words.what} ({k.lines.length}): none can be changed here
                    </Text>
                  )}
                  <ul id={id} className={styles.findings}>
                    {k.lines.slice(0, LISTED).map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                    {k.lines.length > LISTED && <li>…and {k.lines.length - LISTED} more.</li>}
                  </ul>
                </div>
              );
            })}
            <Text size={200} className={styles.hint}>
              {SHARING_LIMITS.notChecked}
            </Text>
            <div className={styles.row}>
              <Button appearance="primary" onClick={applySharing} disabled={disabled || ticked.length === 0}>
                Make the ticked changes
              </Button>
            </div>
          </div>
        )}
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
