import { useChartWidth, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { ChartMarker } from './ChartMarker';
import { CHART_FONT_SIZE, CHART_INK, CHART_MUTED, SERIES_STYLES } from './chart-style';
import { lowerIsBetter } from './target-chart-data';
import type { TargetChartData } from './target-chart-data';
import { latestLabel, targetLabel } from './target-chart-text';
import { placeLabels, textWidth } from './label-placement';
import type { LabelRequest } from './label-placement';

/** Above the lines (400) and Recharts' own labels (2000), so markers and direct labels stay readable. */
const ANNOTATION_Z_INDEX = 2100;

/**
 * What the chart marks on top of its lines: the baseline, the end of the projection, the
 * target, the axis title, and the direct labels on the latest figure and the target. Drawn
 * from the chart's own scales, so each sits exactly on the figure it marks.
 */
export function ChartAnnotations({ data }: { data: TargetChartData }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const chartWidth = useChartWidth();
  if (xScale === undefined || yScale === undefined || plot === undefined || chartWidth === undefined) return null;
  const at = (year: number, value: number) => {
    const x = xScale(year);
    const y = yScale(value);
    return x === undefined || y === undefined ? null : { x, y };
  };

  // Up is better on every chart (rank axes are reversed), except where lower is better on a plain axis.
  const betterIsUp = !(lowerIsBetter(data.direction) && data.direction !== 'rank');
  const requests: LabelRequest[] = [];
  const targetPoint = data.target?.year != null ? at(data.target.year, data.target.value) : null;
  if (data.target !== null && targetPoint !== null) {
    requests.push({
      key: 'target',
      text: targetLabel(data.direction, data.target),
      ...targetPoint,
      prefer: betterIsUp ? 'above' : 'below',
    });
  }
  const latestPoint = data.latest === null ? null : at(data.latest.year, data.latest.value);
  if (data.latest !== null && latestPoint !== null) {
    requests.push({
      key: 'latest',
      text: latestLabel(data.direction, data.latest),
      ...latestPoint,
      prefer: betterIsUp ? 'below' : 'above',
    });
  }
  const axisTitle = { x: 4, y: plot.y - 12, text: data.y.label };
  const titleBox = {
    x: axisTitle.x,
    y: axisTitle.y - CHART_FONT_SIZE,
    width: textWidth(axisTitle.text, CHART_FONT_SIZE),
    height: CHART_FONT_SIZE * 1.1,
  };
  const bounds = { x: plot.x, y: 0, width: chartWidth - plot.x - 2, height: plot.y + plot.height };
  const labels = placeLabels(requests, bounds, CHART_FONT_SIZE, [titleBox]);

  const baselinePoint = data.baseline === null ? null : at(data.baseline.year, data.baseline.value);
  const projectionEnd = data.projection?.points.at(-1);
  const projectionPoint = projectionEnd === undefined ? null : at(projectionEnd.year, projectionEnd.value);
  const { baseline, projection, target } = SERIES_STYLES;

  return (
    <ZIndexLayer zIndex={ANNOTATION_Z_INDEX}>
      <g className="target-chart-annotations">
        <text x={axisTitle.x} y={axisTitle.y} fontSize={CHART_FONT_SIZE} fill={CHART_MUTED} textAnchor="start">
          {axisTitle.text}
        </text>
        {baselinePoint !== null && (
          <ChartMarker shape="square" {...baselinePoint} colour={baseline.colour} filled={baseline.filled} size={5} />
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
