import { CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { DotItemDotProps } from 'recharts';
import { ChartAnnotations } from './ChartAnnotations';
import { ChartMarker } from './ChartMarker';
import { CHART_FONT_SIZE, CHART_GRID, CHART_INK, CHART_MUTED, SERIES_STYLES, TARGET_LINE_DASH } from './chart-style';
import { showFigure } from './target-chart-data';
import type { TargetChartData } from './target-chart-data';

export interface TargetPlotProps {
  data: TargetChartData;
  /** The SVG's accessible name. */
  name: string;
  /** The id of the element that describes the chart in words. */
  describedBy: string;
  /** A fixed width in px (print); undefined fills the container's width. */
  width: number | undefined;
  height: number;
}

const TICK = { fontSize: CHART_FONT_SIZE - 1, fill: CHART_INK };
/** Room above the plot for the axis title and a label over a point at the top. */
const MARGIN = { top: 36, right: 28, bottom: 4, left: 4 };

/**
 * The drawing itself, with Recharts. Animation is off everywhere: a chart in print, in a
 * screenshot or in a test must be the finished chart, not a frame of its entrance.
 */
export function TargetPlot({ data, name, describedBy, width, height }: TargetPlotProps) {
  const { observed, required, projection, target, now, x, y, direction } = data;
  const { observed: observedStyle, required: requiredStyle, projection: projectionStyle } = SERIES_STYLES;
  const size = width === undefined ? { responsive: true, style: { width: '100%', height } } : { width, height };
  return (
    <ComposedChart
      {...size}
      role="img"
      aria-label={name}
      aria-describedby={describedBy}
      title={name}
      // Keyboard tooltip navigation makes the SVG an "application"; this one is a picture with a table beside it.
      accessibilityLayer={false}
      margin={MARGIN}
      className="target-chart-plot"
    >
      <CartesianGrid stroke={CHART_GRID} vertical={false} />
      <XAxis
        type="number"
        dataKey="year"
        domain={[x.domain[0], x.domain[1]]}
        ticks={[...x.ticks]}
        allowDecimals={false}
        tickFormatter={(year: number) => String(year)}
        tick={TICK}
        stroke={CHART_MUTED}
        padding={{ left: 18, right: 18 }}
      />
      <YAxis
        type="number"
        domain={[y.domain[0], y.domain[1]]}
        ticks={[...y.ticks]}
        reversed={y.reversed}
        allowDecimals={!y.wholeNumbers}
        tickFormatter={(value: number) => showFigure(direction, value)}
        tick={TICK}
        stroke={CHART_MUTED}
        width="auto"
        padding={{ top: 12, bottom: 12 }}
      />
      {now !== null && <ReferenceLine x={now} stroke="#9ca3af" strokeWidth={1} />}
      {target !== null && target.year === null && (
        <ReferenceLine
          y={target.value}
          stroke={SERIES_STYLES.target.colour}
          strokeWidth={1.5}
          strokeDasharray={TARGET_LINE_DASH}
        />
      )}
      {required !== null && (
        <Line
          data={[...required.points]}
          dataKey="value"
          name="Required path"
          // Smooth between the yearly samples; monotone, so it never overshoots them.
          type="monotone"
          stroke={requiredStyle.colour}
          strokeWidth={requiredStyle.lineWidth}
          strokeDasharray={requiredStyle.dash}
          strokeLinecap="round"
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
      )}
      {projection !== null && (
        <Line
          data={[...projection.points]}
          dataKey="value"
          name="Projection"
          type="monotone"
          stroke={projectionStyle.colour}
          strokeWidth={projectionStyle.lineWidth}
          strokeDasharray={projectionStyle.dash}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
      )}
      <Line
        data={[...observed]}
        dataKey="value"
        name="Observed"
        type="linear"
        stroke={observedStyle.colour}
        strokeWidth={observedStyle.lineWidth}
        dot={ObservedDot}
        activeDot={false}
        isAnimationActive={false}
      />
      <ChartAnnotations data={data} />
    </ComposedChart>
  );
}

function ObservedDot({ cx, cy, index }: DotItemDotProps) {
  if (typeof cx !== 'number' || typeof cy !== 'number') return null;
  const style = SERIES_STYLES.observed;
  return <ChartMarker key={index} shape="circle" x={cx} y={cy} colour={style.colour} filled={style.filled} />;
}
