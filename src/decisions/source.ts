/** What the projection reads from the chosen option, and from the pump-priming overlay when it overlays it. */
import type { ProjectionSource } from "../model/projection";
import { BASE_OPTIONS, PUMP_PRIMING, pumpSource, type BaseRows, type OptionId } from "../options/registry";

/** `base`: the option's rows as the template placed them (with its check); the model's own rows otherwise. */
export function projectionSource(option: OptionId, pumpPriming: boolean, base: BaseRows = BASE_OPTIONS[option].rows): ProjectionSource {
  const src: ProjectionSource = {
    key: pumpPriming ? `${option}+${PUMP_PRIMING}` : option,
    blockHours: base.blockHours,
    spotHours: base.spotHours,
    councilShare: base.councilShare,
    councilAnnualCost: base.councilAnnualCost,
    councilNetCost: base.councilNetCost,
  };
  const { phasing } = BASE_OPTIONS[option];
  if (phasing) src.phasing = phasing;
  if (pumpPriming) src.pump = pumpSource(base);
  return src;
}
