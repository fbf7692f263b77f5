import { useChartWidth, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { ChartMarker } from './ChartMarker';
import { CHART_FONT_SIZE, CHART_INK, CHART_MUTED, SERIES_STYLES } from './chart-style';
import { around, boxesAlong, placeLabels, textWidth } from './label-placement';
import type { Box, LabelRequest, Point } from './label-placement';
import type { TargetChartData, YearValue } from './target-chart-data';
import { latestLabel, targetLabel } from './target-chart-text';

/** Above the lines (400) and Recharts' own labels (2000), so markers and direct labels stay readable. */
const ANNOTATION_Z_INDEX = 2100;
const SMALL_FONT_SIZE = CHART_FONT_SIZE - 2;

/**
 * What the chart marks on top of its lines: the baseline, the end of the projection, the
 * target, the axis title, the current year, and the direct labels on the latest figure and
 * the target. Drawn from the chart's own scales, so each sits exactly on the figure it marks.
 */
export function ChartAnnotations({ data }: { data: TargetChartData }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const chartWidth = useChartWidth();
  if (xScale === undefined || yScale === undefined || plot === undefined || chartWidth === undefined) return null;
  const at = (point: YearValue): Point | null => {
    const x = xScale(point.year);
    const y = yScale(point.value);
    return x === undefined || y === undefined ? null : { x, y };
  };
  const line = (points: readonly YearValue[]) => points.map(at).filter((point) => point !== null);

  const observed = line(data.observed);
  const baselinePoint = data.baseline === null ? null : at(data.baseline);
  const projectionEnd = data.projection?.points.at(-1);
  const projectionPoint = projectionEnd === undefined ? null : at(projectionEnd);
  const targetPoint =
    data.target !== null && data.target.year !== null ? at({ year: data.target.year, value: data.target.value }) : null;
  const latestPoint = data.latest === null ? null : at(data.latest);
  // A target without a due year is a line across the chart; its label goes at the line's right end.
  const targetLineY = data.target !== null && data.target.year === null ? yScale(data.target.value) : undefined;
  const targetLine =
    targetLineY === undefined
      ? []
      : [
          { x: plot.x, y: targetLineY },
          { x: plot.x + plot.width, y: targetLineY },
        ];

  const axisTitle = { x: 4, y: plot.y - 14, text: data.y.label };
  // The current year is named at the top of its line, or at the foot when the target sits up there.
  const nowAtFoot = targetPoint !== null && targetPoint.y < plot.y + plot.height / 2;
  const nowLabel = data.now === null ? null : nowLabelAt(xScale(data.now), plot, chartWidth, data.now, nowAtFoot);
  const obstacles: Box[] = [
    textBox(axisTitle.x, axisTitle.y, axisTitle.text, CHART_FONT_SIZE, 'start'),
    ...(nowLabel === null ? [] : [textBox(nowLabel.x, nowLabel.y, nowLabel.text, SMALL_FONT_SIZE, nowLabel.anchor)]),
    ...boxesAlong(observed),
    ...boxesAlong(line(data.required?.points ?? [])),
    ...boxesAlong(line(data.projection?.points ?? [])),
    ...boxesAlong(targetLine),
    ...[...observed, baselinePoint, projectionPoint, targetPoint]
      .filter((point) => point !== null)
      .map((point) => around(point, 7)),
  ];

  // Up is better on every chart but a 'decrease' one (rank axes are reversed, so a climb goes up).
  const betterIsUp = data.direction !== 'decrease';
  const requests: LabelRequest[] = [];
  const targetAnchor = targetPoint ?? targetLine[1] ?? null;
  if (data.target !== null && targetAnchor !== null) {
    requests.push({
      key: 'target',
      text: targetLabel(data.direction, data.target),
      ...targetAnchor,
      prefer: betterIsUp ? 'above' : 'below',
    });
  }
  if (data.latest !== null && latestPoint !== null) {
    requests.push({
      key: 'latest',
      text: latestLabel(data.direction, data.latest),
      ...latestPoint,
      prefer: betterIsUp ? 'below' : 'above',
    });
  }
  const bounds = {
    x: plot.x,
    y: plot.y - CHART_FONT_SIZE - 4,
    width: chartWidth - plot.x - 2,
    height: plot.height + CHART_FONT_SIZE + 4,
  };
  const labels = placeLabels(requests, bounds, CHART_FONT_SIZE, obstacles);
  const { baseline, projection, target } = SERIES_STYLES;

  return (
    <ZIndexLayer zIndex={ANNOTATION_Z_INDEX}>
      <g className="target-chart-annotations">
        <text x={axisTitle.x} y={axisTitle.y} fontSize={CHART_FONT_SIZE} fill={CHART_MUTED} textAnchor="start">
          {axisTitle.text}
        </text>
        {nowLabel !== null && (
          <text x={nowLabel.x} y={nowLabel.y} fontSize={SMALL_FONT_SIZE} fill={CHART_MUTED} textAnchor={nowLabel.anchor}>
            {nowLabel.text}
          </text>
        )}
        {baselinePoint !== null && (
          // Around the first figure's own dot when the baseline is that figure, so the dot stays visible.
          <ChartMarker
            shape="square"
            {...baselinePoint}
            colour={baseline.colour}
            filled={false}
            hollow={data.baseline?.from === 'observations' ? 'transparent' : 'white'}
            size={data.baseline?.from === 'observations' ? 7.5 : 5}
          />
        )}
        {projectionPoint !== null && (
          <ChartMarker shape="triangle" {...projectionPoint} colour={projection.colour} filled={projection.filled} />
        )}
        {targetPoint !== null && (
          <ChartMarker shape="diamond" {...targetPoint} colour={target.colour} filled={target.filled} size={5} />
        )}
        {labels.map((label) => (
          <text
            key={label.key}
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
            fontSize={CHART_FONT_SIZE}
            fontWeight={600}
            fill={CHART_INK}
            // A white halo keeps the label legible where it crosses a line or the grid.
            stroke="#ffffff"
            strokeWidth={4}
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {label.text}
          </text>
        ))}
      </g>
    </ZIndexLayer>
  );
}

function nowLabelAt(
  x: number | undefined,
  plot: { x: number; y: number; width: number; height: number },
  chartWidth: number,
  year: number,
  atFoot: boolean,
): { x: number; y: number; text: string; anchor: 'start' | 'end' } | null {
  if (x === undefined) return null;
  const text = `now (${year})`;
  // Right of the line when it fits, else left of it.
  const fitsRight = x + 4 + textWidth(text, SMALL_FONT_SIZE) <= chartWidth - 2;
  const y = atFoot ? plot.y + plot.height - 5 : plot.y + SMALL_FONT_SIZE;
  return { x: fitsRight ? x + 4 : x - 4, y, text, anchor: fitsRight ? 'start' : 'end' };
}

function textBox(x: number, baseline: number, text: string, fontSize: number, anchor: 'start' | 'middle' | 'end'): Box {
  const width = textWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: baseline - fontSize * 0.8, width, height: fontSize * 1.05 };
}
