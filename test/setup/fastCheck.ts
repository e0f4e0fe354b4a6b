/* Property tests explore the same cases on every run, so a red CI is reproducible, never luck. */
import fc from "fast-check";
import { runs } from "../support/runs";

fc.configureGlobal({ seed: 20261124, numRuns: runs(100) });
