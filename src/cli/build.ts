/**
 * Building and writing the workbooks the command asks for. Each workbook is built from its own
 * definition, so several are built side by side: half go to a worker thread on the second core.
 */
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { buildAppraisal, buildTemplate, placeTemplate, type OptionId, type OverlayId, type TemplateInputs } from "../templates";
import { writeXlsx } from "../writers/xlsx";

/** One workbook to write: an option with its overlays, or the appraisal of A–D. */
export type Job = { option: OptionId; overlays: OverlayId[] } | { appraisal: true };

export interface Batch {
  jobs: Job[];
  scheme?: string;
  inputs?: TemplateInputs;
}

/** The workbook's .xlsx bytes and its template id (the appraisal's is undefined). */
export async function buildOne(
  job: Job,
  scheme: string | undefined,
  inputs: TemplateInputs | undefined,
): Promise<{ id?: string; bytes: Uint8Array }> {
  if ("appraisal" in job) return { bytes: await writeXlsx(placeTemplate(buildAppraisal(inputs, scheme))) };
  const def = buildTemplate({ option: job.option, overlays: job.overlays, scheme }, inputs);
  return { id: def.id, bytes: await writeXlsx(placeTemplate(def)) };
}

async function buildHere(batch: Batch): Promise<{ id?: string; bytes: Uint8Array }[]> {
  const out = [];
  for (const job of batch.jobs) out.push(await buildOne(job, batch.scheme, batch.inputs));
  return out;
}

/** The worker's script: this module compiled, next to the command (lib/cli/worker.js). */
const WORKER = path.join(__dirname, "worker.js");

function buildInWorker(batch: Batch): Promise<{ id?: string; bytes: Uint8Array }[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { workerData: batch });
    w.once("message", (m: { files?: { id?: string; bytes: Uint8Array }[]; error?: string }) =>
      m.files ? resolve(m.files) : reject(new Error(m.error)),
    );
    w.once("error", reject);
    w.once("exit", (code) => code !== 0 && reject(new Error(`the worker building workbooks stopped (exit code ${code})`)));
  });
}

/**
 * Every job's workbook, in the jobs' order. With more than one job, a second core and the command
 * compiled (a worker runs JavaScript), every other job is built in a worker thread meanwhile.
 */
export async function buildAll(batch: Batch): Promise<{ id?: string; bytes: Uint8Array }[]> {
  const parallel = batch.jobs.length > 1 && os.availableParallelism() > 1 && __filename.endsWith(".js");
  if (!parallel) return buildHere(batch);
  const mine = batch.jobs.filter((_, i) => i % 2 === 0);
  const theirs = batch.jobs.filter((_, i) => i % 2 === 1);
  const [a, b] = await Promise.all([buildHere({ ...batch, jobs: mine }), buildInWorker({ ...batch, jobs: theirs })]);
  return batch.jobs.map((_, i) => (i % 2 === 0 ? a[i / 2] : b[(i - 1) / 2]));
}
