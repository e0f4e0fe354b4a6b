/**
 * How many cases a property test tries. `npm test` runs each at the size that finds its bugs in
 * seconds; `npm run test:deep` (ECH_DEEP=10) multiplies every count for a release.
 */
const DEEP = Math.max(1, Math.floor(Number(process.env.ECH_DEEP ?? "1")) || 1);

export function runs(everyRun: number): number {
  return everyRun * DEEP;
}

/** True in `npm run test:deep`: tests that choose a sample of templates then try them all. */
export const deep = DEEP > 1;
