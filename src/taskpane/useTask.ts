/**
 * One long-running action at a time (generate, compare, share, repair, download), with progress
 * and an outcome. The busy state is cleared in `finally`, so a failure never leaves a spinner.
 */
import { useCallback, useRef, useState } from "react";

export interface Outcome {
  intent: "success" | "warning" | "error";
  title: string;
  /** Plain-language lines: what happened, and for errors what to do. */
  lines: readonly string[];
}

export interface Busy {
  label: string;
  /** 0–1 when known; undefined shows an indeterminate bar. */
  value?: number;
}

export type Progress = (value: number | undefined, label?: string) => void;

export function useTask(describeError: (e: unknown) => Promise<Outcome> | Outcome) {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async (label: string, task: (progress: Progress) => Promise<Outcome>) => {
      if (running.current) return;
      running.current = true;
      setOutcome(null);
      setBusy({ label });
      try {
        const result = await task((value, next) => setBusy({ label: next ?? label, value }));
        setOutcome(result);
      } catch (e) {
        setOutcome(await describeSafely(describeError, e));
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [describeError],
  );

  /** Forgets the last outcome (it no longer describes what is on screen). */
  const clear = useCallback(() => setOutcome(null), []);

  return { busy, outcome, run, clear };
}

async function describeSafely(describe: (e: unknown) => Promise<Outcome> | Outcome, e: unknown): Promise<Outcome> {
  try {
    return await describe(e);
  } catch {
    const message = e instanceof Error ? e.message : String(e);
    return { intent: "error", title: "That did not work", lines: [message, "Try again; if it keeps failing, reload the pane."] };
  }
}
