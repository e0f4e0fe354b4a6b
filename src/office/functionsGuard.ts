/* functions.js registers each function with CustomFunctions.associate as it loads. Excel's shared
   runtime provides that global; in an ordinary browser (download mode) it does not exist, and the
   registration must not stop the page with a ReferenceError. If the global is missing now, a stand-in
   records the registrations and replays them should Office provide the real one once it is ready. */
type Associate = (id: string, fn: (...args: never[]) => unknown) => void;
interface CustomFunctionsGlobal {
  associate: Associate;
}

const g = globalThis as unknown as { CustomFunctions?: CustomFunctionsGlobal; Office?: typeof Office };

export function installFunctionsGuard(): void {
  if (typeof g.CustomFunctions !== "undefined") return;
  const pending: [string, (...args: never[]) => unknown][] = [];
  const standIn: CustomFunctionsGlobal = { associate: (id, fn) => void pending.push([id, fn]) };
  g.CustomFunctions = standIn;
  g.Office?.onReady?.(() => {
    const real = g.CustomFunctions;
    if (real && real !== standIn) pending.forEach(([id, fn]) => real.associate(id, fn));
  });
}

installFunctionsGuard();
