/* functions.js must load in a plain browser, and still register in Excel if CustomFunctions comes late. */
type Fn = (...args: never[]) => unknown;
type CF = { associate: (id: string, fn: Fn) => void };
const g = globalThis as unknown as { CustomFunctions?: CF; Office?: { onReady: (cb: () => void) => void } };

let saved: CF | undefined;
beforeEach(() => {
  saved = g.CustomFunctions;
  delete g.CustomFunctions;
});
afterEach(() => {
  g.CustomFunctions = saved;
  delete g.Office;
});

const loadGuard = () => jest.isolateModules(() => require("../../src/office/functionsGuard"));

test("without Excel, registering a function is harmless", () => {
  loadGuard();
  expect(() => g.CustomFunctions!.associate("CAREHOURS", () => 1)).not.toThrow();
});

test("registrations made before Office provides CustomFunctions are replayed to it", () => {
  let ready: () => void = () => undefined;
  g.Office = { onReady: (cb) => void (ready = cb) };
  loadGuard();
  const fn = () => 1;
  g.CustomFunctions!.associate("CAREHOURS", fn);
  const real = { associate: jest.fn() };
  g.CustomFunctions = real;
  ready();
  expect(real.associate).toHaveBeenCalledWith("CAREHOURS", fn);
});

test("when Excel already provides CustomFunctions the guard leaves it alone", () => {
  const real = { associate: jest.fn() };
  g.CustomFunctions = real;
  loadGuard();
  expect(g.CustomFunctions).toBe(real);
});
