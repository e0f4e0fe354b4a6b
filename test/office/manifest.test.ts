/** Offline checks of manifest.xml (Microsoft's validator needs the internet). */
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: () => false });
const doc = parser.parse(xml).OfficeApp;

/** Every value of an attribute anywhere in the document. */
function attributes(node: unknown, name: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => attributes(n, name, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === `@${name}` && typeof v === "string") out.push(v);
      else attributes(v, name, out);
    }
  }
  return out;
}

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const resources = doc.VersionOverrides.Resources;
const resourceIds = new Map<string, string>(
  [
    ...list(resources.Images.Image),
    ...list(resources.Urls.Url),
    ...list(resources.ShortStrings.String),
    ...list(resources.LongStrings.String),
  ].map((r: { "@id": string; "@DefaultValue": string }) => [r["@id"], r["@DefaultValue"]]),
);
const host = doc.VersionOverrides.Hosts.Host;

describe("manifest.xml", () => {
  test("is well-formed XML for an Excel task pane add-in", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc["@type"]).toBe("TaskPaneApp");
    expect(doc.Hosts.Host["@Name"]).toBe("Workbook");
    expect(host["@type"]).toBe("Workbook");
  });

  test("every resid resolves to a resource", () => {
    const resids = attributes(doc, "resid");
    expect(resids.length).toBeGreaterThan(10);
    expect(resids.filter((r) => !resourceIds.has(r))).toEqual([]);
  });

  test("uses https://localhost:3000 URLs only", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Url)="([a-z]+:\/\/[^"]+)"/gi)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
  });

  test("asks for the least permission custom functions work with", () => {
    expect(doc.Permissions).toBe("ReadWriteDocument");
  });

  test("declares the ECH namespace and one shared runtime used by functions, pane and ribbon", () => {
    const cf = list(host.AllFormFactors.ExtensionPoint).find((e: { "@type": string }) => e["@type"] === "CustomFunctions");
    expect(resourceIds.get(cf.Namespace["@resid"])).toBe("ECH");
    expect(host.Runtimes.Runtime["@lifetime"]).toBe("long");
    const runtime = host.Runtimes.Runtime["@resid"];
    expect(resourceIds.get(runtime)).toBe("https://localhost:3000/taskpane.html");
    expect(cf.Page.SourceLocation["@resid"]).toBe(runtime);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(runtime);
    const button = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control;
    expect(button.Action["@type"]).toBe("ShowTaskpane");
    expect(button.Action.SourceLocation["@resid"]).toBe(runtime);
    const sets = list(doc.Requirements.Sets.Set);
    expect(sets).toContainEqual(expect.objectContaining({ "@Name": "SharedRuntime", "@MinVersion": "1.1" }));
    expect(resourceIds.get(cf.Metadata.SourceLocation["@resid"])).toBe("https://localhost:3000/functions.json");
  });

  test("every icon it names exists in assets/ at the size it claims", () => {
    for (const [id, url] of resourceIds) {
      if (!id.startsWith("Icon.")) continue;
      const file = path.join(ROOT, new URL(url).pathname);
      const png = fs.readFileSync(file);
      const size = Number(/(\d+)x\d+$/.exec(id)![1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
