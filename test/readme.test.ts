import * as fs from "fs";
import * as path from "path";

const readme = fs.readFileSync(path.join(__dirname, "../README.md"), "utf8");

describe("README", () => {
  test("documents every ECH function with an example", () => {
    const ids = Object.keys(require("../src/functions/functions")).map((k) => k.toUpperCase());
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(readme).toMatch(new RegExp("\\| `ECH\\." + id + "\\(.*→"));
  });

  test("documents every option and every defined name the templates create", () => {
    const { buildTemplate, OPTION_IDS } = require("../src/templates");
    for (const id of ["A", "B", "C", "D", "E", "F"]) expect(readme).toMatch(new RegExp(`#### Options? (.*\\b)?${id}\\b`));
    const names = new Set<string>();
    for (const option of OPTION_IDS) for (const n of buildTemplate({ option, overlays: ["E", "F"] }).names) names.add(n.name);
    expect(names.size).toBeGreaterThan(30);
    for (const name of names) expect(readme).toContain(`\`${name}\``);
  });

  test("names the two commands first", () => {
    const commands = readme.indexOf("## The two commands");
    expect(commands).toBeGreaterThan(0);
    expect(readme.slice(commands)).toMatch(
      /scripts\/node-lts npm ci && scripts\/node-lts npm start[\s\S]*scripts\/node-lts npm ci && scripts\/node-lts npm test/,
    );
  });

  test("CI runs the second command", () => {
    const ci = fs.readFileSync(path.join(__dirname, "../.ci/run"), "utf8");
    expect(ci).toMatch(/^scripts\/node-lts npm ci\nscripts\/node-lts npm test\n/m);
  });
});
