/** The pane's full sensitivity: every key input moved down and up, the three headline results at each. */
import { projectContract } from "../src/decisions/projection";
import { sensitivity, sensitivityInputsAt } from "../src/decisions/sensitivity";
import { solveFor } from "../src/decisions/solve";
import { DEFAULT_PROJECTION } from "../src/model";
import { DEFAULT_TEMPLATE_INPUTS } from "../src/templates";
import { timeMs } from "./measure";

export function sensitivitySpeed(): { ms: number; inputs: number } {
  const inputs = { ...DEFAULT_TEMPLATE_INPUTS, projection: { ...DEFAULT_PROJECTION, payUplift: 0.03, nonPayUplift: 0.02 } };
  const ms = timeMs(() => sensitivity({ option: "C", pumpPriming: true }, inputs), 21, 3);
  return { ms, inputs: sensitivityInputsAt(inputs.priceBase).length };
}

/** One solve for a target in the pane (the present value by the care rate; option C with F), ms. */
export function solveSpeed(): number {
  const choice = { option: "C", pumpPriming: true } as const;
  // Targets a little above today's present value, each a new one: reachable with the care rate at or above the wage.
  let target = projectContract(choice, DEFAULT_TEMPLATE_INPUTS).npv * 1.1;
  return timeMs(() => solveFor(choice, DEFAULT_TEMPLATE_INPUTS, "npv", (target += 1000), "careRate"), 21, 3);
}
