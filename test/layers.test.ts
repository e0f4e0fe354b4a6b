/**
 * The source's layers run one way: from the pane down to the calculation graph. No file imports
 * itself through others (no cycle), and no folder imports one on a higher layer.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "..");
const src = path.join(root, "src");

/** Bottom first: each folder may import its own layer and those below. */
const LAYERS: readonly (readonly string[])[] = [
  ["calc"],
  ["model"],
  ["layout"],
  ["options"],
  ["decisions"],
  ["templates"],
  ["functions", "writers"],
  ["workbook", "cli", "office"],
  ["taskpane"],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Every relative import, re-export, import() and require() of a file, resolved to a file of src. */
function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)["'](\.[^"']+)["']/g)].map((m) => m[1]);
  return specs.map((spec) => {
    const base = path.resolve(path.dirname(file), spec);
    const found = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((p) => statSync(p, { throwIfNoEntry: false }));
    if (!found) throw new Error(`${path.relative(root, file)} imports ${spec}, which is not a file of src`);
    return found;
  });
}

const folder = (file: string) => path.relative(src, file).split(path.sep)[0];
const layerOf = (f: string) => LAYERS.findIndex((l) => l.includes(f));

const graph = new Map(files(src).map((f) => [f, imports(f)]));

/** "model -> templates": each pair of folders where a file imports one on a higher layer. */
function upward(g: Map<string, string[]>): string[] {
  const found = new Set<string>();
  for (const [file, targets] of g) {
    for (const t of targets) {
      const [a, b] = [folder(file), folder(t)];
      if (layerOf(a) >= 0 && layerOf(b) > layerOf(a)) found.add(`${a} -> ${b}`);
    }
  }
  return [...found].sort();
}

/** Strongly connected components of more than one file, or a file that imports itself (Tarjan). */
function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) out.push(scc.map((f) => path.relative(root, f)).sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe("layers", () => {
  test("every folder of src is on a layer", () => {
    const folders = new Set([...graph.keys()].map(folder).filter((f) => !f.includes(".")));
    expect([...folders].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  test("no cycle of imports between files", () => {
    expect(cycles(graph)).toEqual([]);
  });

  test("no folder imports one on a higher layer", () => {
    expect(upward(graph)).toEqual([]);
  });

  test("an import that climbs a layer is found where there is one (the search itself works)", () => {
    const at = (...parts: string[]) => path.join(src, ...parts);
    const g = new Map([
      [at("options", "A.ts"), [at("layout", "layout.ts"), at("templates", "index.ts")]],
      [at("templates", "index.ts"), [at("options", "A.ts")]],
    ]);
    expect(upward(g)).toEqual(["options -> templates"]);
  });

  test("a cycle is found where there is one (the search itself works)", () => {
    const g = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cycles(g).map((c) => c.length)).toEqual([3]);
  });
});
