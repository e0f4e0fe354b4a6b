/**
 * @jest-environment jsdom
 */
/* src/office: host detection over @microsoft/office-js-helpers, and settings storage. */
import { detectHost, openSettings } from "../../src/office";

type OfficeStub = { onReady: () => Promise<unknown>; context?: unknown };
const g = globalThis as { Office?: OfficeStub };

afterEach(() => {
  delete g.Office;
  localStorage.clear();
  jest.restoreAllMocks();
});

describe("detectHost", () => {
  test("a page without office.js is a plain browser", async () => {
    await expect(detectHost()).resolves.toEqual({ host: "browser", platform: null, darkTheme: false });
  });

  test("office.js outside Office (no host) is a plain browser, not an add-in", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: null, platform: null }), context: {} };
    await expect(detectHost()).resolves.toMatchObject({ host: "browser" });
  });

  test("inside Excel it reports Excel, its platform and Office's theme", async () => {
    g.Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: { host: "Excel", platform: "PC", officeTheme: { bodyBackgroundColor: "#262626" } },
    };
    await expect(detectHost()).resolves.toEqual({ host: "excel", platform: "PC", darkTheme: true });
    g.Office.context = { host: "Excel", platform: "OfficeOnline", officeTheme: { bodyBackgroundColor: "#FFFFFF" } };
    await expect(detectHost()).resolves.toEqual({ host: "excel", platform: "OFFICE_ONLINE", darkTheme: false });
  });

  test("an office.js that never becomes ready does not hold the pane up", async () => {
    g.Office = { onReady: () => new Promise(() => undefined), context: { host: "Excel" } };
    await expect(detectHost(20)).resolves.toMatchObject({ host: "browser" });
  });
});

describe("openSettings", () => {
  test("remembers values in localStorage under its own container", () => {
    openSettings("test-pane").set("pane", { option: "C" });
    expect(openSettings("test-pane").get("pane")).toEqual({ option: "C" });
    expect(openSettings("other").get("pane")).toBeUndefined();
  });

  test("finds what the helpers' Storage saved before, under the same key", () => {
    localStorage.setItem("@ech-cost-model/pane", JSON.stringify({ choice: { option: "B", overlays: ["F"] } }));
    expect(openSettings().get("pane")).toEqual({ choice: { option: "B", overlays: ["F"] } });
    openSettings().set("pane", { choice: { option: "D", overlays: [] } });
    expect(JSON.parse(localStorage.getItem("@ech-cost-model/pane")!)).toEqual({ choice: { option: "D", overlays: [] } });
  });

  test("falls back to memory when storage is blocked, and still works", () => {
    jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const settings = openSettings("blocked");
    settings.set("pane", { option: "D" });
    expect(settings.get("pane")).toEqual({ option: "D" });
  });
});
