/** The worker thread of ech-templates: builds the workbooks it is given and sends their bytes back. */
import { parentPort, workerData } from "worker_threads";
import { buildOne, type Batch } from "./build";

async function work(): Promise<void> {
  const batch = workerData as Batch;
  try {
    const files = [];
    for (const job of batch.jobs) files.push(await buildOne(job, batch.scheme, batch.inputs));
    parentPort!.postMessage({ files });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
}

void work();
