/** What the projection reads from the chosen option, and from option F when it overlays it. */
import type { ProjectionSource } from "../model/projection";
import type { OptionId } from "../options/ids";
import type { BaseRows } from "../options/sheet";
import * as A from "../options/A";
import * as B from "../options/B";
import * as C from "../options/C";
import * as D from "../options/D";
import * as F from "../options/F";

/** The option's own rows (the same objects its sheet places). */
export function optionRows(option: OptionId): BaseRows {
  return { A: A.ROWS, B: B.ROWS, C: C.ROWS, D: D.ROWS }[option];
}

/** `base`: the option's rows as the template placed them (with its check); the model's otherwise. */
export function projectionSource(option: OptionId, pumpPriming: boolean, base: BaseRows = optionRows(option)): ProjectionSource {
  const src: ProjectionSource = {
    key: pumpPriming ? `${option}+F` : option,
    blockHours: base.blockHours,
    spotHours: base.spotHours,
    councilShare: base.councilShare,
    councilAnnualCost: base.councilAnnualCost,
    councilNetCost: base.councilNetCost,
  };
  if (option === "C" || option === "D") src.phasing = (option === "C" ? C : D).phasing;
  if (pumpPriming) {
    const f = F.over(base);
    src.pump = {
      period: F.P.blockPeriodMonths,
      blockHours: f.bh,
      total: f.total,
      contact: f.contact,
      spotPrice: f.sp,
      share: f.sh,
      monthCost: f.cost,
      year1: f.year1,
      year2: f.year2,
    };
  }
  return src;
}
