import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * Promise 5: the manifest, checked offline (Microsoft's validator needs the internet).
 */
const xml = fs.readFileSync(path.join(__dirname, "../manifest.xml"), "utf8");
const attrs = (tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );

describe("manifest.xml", () => {
  test("is well-formed XML for an Excel task-pane add-in", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.OfficeApp["@_xsi:type"]).toBe("TaskPaneApp");
    expect(xml).toMatch(/<Host Name="Workbook"\s*\/>/);
  });

  const resourceIds = new Set(
    ["bt:Image", "bt:Url", "bt:String"].flatMap((t) => attrs(t).map((a) => a.id)).filter(Boolean),
  );

  test("every resid resolves to a resource", () => {
    const resids = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(resids.length).toBeGreaterThan(5);
    for (const id of resids) expect(resourceIds).toContain(id);
  });

  test("every URL is https", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]*)"/gi)].map((m) => m[1]);
    const domains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(3);
    for (const u of [...urls, ...domains]) expect(u).toMatch(/^https:\/\//);
  });

  test("asks for the least permission that works: reading and writing the document", () => {
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  const urlOf = (id: string) => attrs("bt:Url").find((a) => a.id === id)?.DefaultValue;
  const stringOf = (id: string) => attrs("bt:String").find((a) => a.id === id)?.DefaultValue;

  test("custom functions in the ECH namespace, from functions.js and functions.json", () => {
    const block = xml.match(/<ExtensionPoint xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/)![1];
    const resid = (tag: string) => block.match(new RegExp(`<${tag}>\\s*<SourceLocation resid="([^"]+)"`))![1];
    expect(stringOf(block.match(/<Namespace resid="([^"]+)"/)![1])).toBe("ECH");
    expect(urlOf(resid("Script"))).toMatch(/\/functions\.js$/);
    expect(urlOf(resid("Metadata"))).toMatch(/\/functions\.json$/);
  });

  test("declares the shared runtime consistently", () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\s*\/>/);
    const runtimes = attrs("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].lifetime).toBe("long");
    const shared = runtimes[0].resid;
    const page = xml.match(/<Page>\s*<SourceLocation resid="([^"]+)"/)![1];
    expect(page).toBe(shared);
    for (const m of xml.matchAll(/<FunctionFile resid="([^"]+)"/g)) expect(m[1]).toBe(shared);
    const taskpane = xml.match(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/)![1];
    expect(taskpane).toBe(shared);
    expect(urlOf(shared)).toMatch(/^https:\/\/[^"]+\/taskpane\.html$/);
  });
});
