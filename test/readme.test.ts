import * as fs from "fs";
import * as path from "path";

const readme = fs.readFileSync(path.join(__dirname, "../README.md"), "utf8");

describe("README", () => {
  test("documents every ECH function with an example", () => {
    const ids = Object.keys(require("../src/functions/functions")).map((k) => k.toUpperCase());
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(readme).toMatch(new RegExp("\\| `ECH\\." + id + "\\(.*→"));
  });

  test("names the two commands first", () => {
    const commands = readme.indexOf("## The two commands");
    expect(commands).toBeGreaterThan(0);
    expect(readme.slice(commands)).toMatch(/npm ci && npm start[\s\S]*npm ci && npm test/);
  });
});
