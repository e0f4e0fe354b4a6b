import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { median } from "./measure";

const BIN = path.join(__dirname, "../bin/ech-templates.js");

/** Wall time of `ech-templates --all` writing all 16 combinations, Node start-up included. */
export function allCombinations(runs = 3): { medianMs: number; files: number } {
  const times: number[] = [];
  let files = 0;
  for (let i = 0; i <= runs; i++) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "ech-bench-"));
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, "--out", out, "--all"], { encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`ech-templates failed: ${r.stderr}`);
    files = fs.readdirSync(out).filter((f) => f.endsWith(".xlsx")).length;
    fs.rmSync(out, { recursive: true, force: true });
    if (i > 0) times.push(ms);
  }
  return { medianMs: median(times), files };
}

/** Wall time of `ech-templates --with E,F` writing all of A–D, Node start-up included. */
export function generatorSpeed(runs = 5): { medianMs: number; files: number } {
  const times: number[] = [];
  let files = 0;
  for (let i = 0; i <= runs; i++) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "ech-bench-"));
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, "--out", out, "--with", "E,F"], { encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`ech-templates failed: ${r.stderr}`);
    files = fs.readdirSync(out).filter((f) => f.endsWith(".xlsx")).length;
    fs.rmSync(out, { recursive: true, force: true });
    if (i > 0) times.push(ms); // the first run warms the disk cache
  }
  return { medianMs: median(times), files };
}
