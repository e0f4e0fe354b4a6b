/**
 * Small bar charts in plain SVG (a chart library would be most of the bundle). Loaded lazily: the
 * first screen does not wait for them. Each chart is an image with a text alternative that lists
 * its values; the same figures are in the results tables for screen-reader users.
 */
import { tokens } from "@fluentui/react-components";
import { costBuildUp } from "../decisions/costBuildUp";
import type { SchemeInputs, SchemeResult } from "../model";
import { formatHours, formatPounds } from "./format";

export interface Bar {
  label: string;
  value: number;
  /** Drawn in the chart's colour and bold; the others in a neutral colour (only when some bar is strong). */
  strong?: boolean;
}

interface BarChartProps {
  id: string;
  title: string;
  bars: readonly Bar[];
  format: (x: number) => string;
  colour: string;
  labelWidth?: number;
}

const ROW = 22;
const LABEL_WIDTH = 96;
const VALUE_WIDTH = 70;
const WIDTH = 300;

export function BarChart({ id, title, bars, format, colour, labelWidth = LABEL_WIDTH }: BarChartProps) {
  const max = Math.max(...bars.map((b) => b.value), 0);
  const barSpace = WIDTH - labelWidth - VALUE_WIDTH;
  const anyStrong = bars.some((b) => b.strong);
  const height = bars.length * ROW + 4;
  const description = bars.map((b) => `${b.label}: ${format(b.value)}`).join("; ");
  return (
    <figure style={{ margin: "8px 0" }}>
      <figcaption id={`${id}-title`} style={{ fontWeight: 600, fontSize: tokens.fontSizeBase300, marginBottom: 4 }}>
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        style={{ maxWidth: 480, display: "block" }}
      >
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((b, i) => {
          const w = max > 0 ? (b.value / max) * barSpace : 0;
          const y = i * ROW + 2;
          return (
            <g key={b.label} data-bar={b.label} data-value={b.value}>
              <text x={0} y={y + 14} fontSize={11} fontWeight={b.strong ? 600 : 400} fill={tokens.colorNeutralForeground1}>
                {b.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 3}
                width={Math.max(w, b.value > 0 ? 1 : 0)}
                height={ROW - 8}
                fill={anyStrong && !b.strong ? tokens.colorNeutralStrokeAccessible : colour}
                rx={2}
              />
              <text x={labelWidth + w + 4} y={y + 14} fontSize={11} fontWeight={b.strong ? 600 : 400} fill={tokens.colorNeutralForeground2}>
                {format(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The items of the cost a year (no totals, no deductions), as the build-up lists them. */
export function costBars(inputs: SchemeInputs, result: SchemeResult): Bar[] {
  return costBuildUp(inputs, result)
    .lines.filter((l) => !l.total && l.value > 0)
    .map((l) => ({ label: l.label.replace(/ \(.*\)$/, ""), value: l.value }));
}

export function hoursBars(result: SchemeResult): Bar[] {
  const [low, medium, high] = result.hours.bands;
  return [
    { label: "Low", value: low.total },
    { label: "Medium", value: medium.total },
    { label: "High", value: high.total },
    { label: "Night", value: result.hours.night.total },
  ];
}

export default function Charts({ inputs, result }: { inputs: SchemeInputs; result: SchemeResult }) {
  return (
    <div>
      <BarChart
        id="chart-cost"
        title="Cost a year, by item"
        bars={costBars(inputs, result)}
        format={formatPounds}
        colour={tokens.colorBrandBackground}
        labelWidth={150}
      />
      <BarChart
        id="chart-hours"
        title="Hours a week, by needs band"
        bars={hoursBars(result)}
        format={(x) => `${formatHours(x)} h`}
        colour={tokens.colorPaletteTealBackground2}
      />
    </div>
  );
}
