import { ChartMarker } from './ChartMarker';
import type { SeriesStyle } from './chart-style';

export interface LegendEntry {
  key: string;
  label: string;
  style: SeriesStyle;
}

const SWATCH_WIDTH = 40;
const SWATCH_HEIGHT = 16;

/**
 * The legend, in HTML beside the chart: it wraps on a narrow page and its text can be selected
 * and read aloud. Each swatch repeats the series' line style and marker.
 */
export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="target-chart-legend" aria-label="Legend">
      {entries.map(({ key, label, style }) => (
        <li key={key}>
          <svg width={SWATCH_WIDTH} height={SWATCH_HEIGHT} aria-hidden="true" focusable="false">
            {style.lineWidth > 0 && (
              <line
                x1={2}
                x2={SWATCH_WIDTH - 2}
                y1={SWATCH_HEIGHT / 2}
                y2={SWATCH_HEIGHT / 2}
                stroke={style.colour}
                strokeWidth={style.lineWidth}
                strokeDasharray={style.dash}
                strokeLinecap={style.dash === undefined ? 'butt' : 'round'}
              />
            )}
            {style.marker !== null && (
              <ChartMarker
                shape={style.marker}
                x={SWATCH_WIDTH / 2}
                y={SWATCH_HEIGHT / 2}
                colour={style.colour}
                filled={style.filled}
              />
            )}
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
