/**
 * How each series looks. Every series differs in line style and marker shape, not only in
 * colour, so the chart reads in greyscale print and for readers who do not see colour; the
 * colours differ in lightness too (navy, mid grey, orange, near black), and each has at least
 * 3:1 contrast with white, as WCAG asks of graphics.
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  label: string;
  colour: string;
  /** SVG stroke-dasharray; undefined draws a solid line. */
  dash: string | undefined;
  lineWidth: number;
  /** null: the series is a line only. */
  marker: MarkerShape | null;
  /** Filled markers for figures; hollow ones for what is derived from them. */
  filled: boolean;
}

export type SeriesKey = 'observed' | 'baseline' | 'required' | 'projection' | 'target';

export const SERIES_STYLES: Record<SeriesKey, SeriesStyle> = {
  observed: { label: 'Observed', colour: '#1e3a8a', dash: undefined, lineWidth: 2.5, marker: 'circle', filled: true },
  baseline: { label: 'Baseline', colour: '#1e3a8a', dash: undefined, lineWidth: 0, marker: 'square', filled: false },
  // Round caps turn the short dashes into dots.
  required: { label: 'Required path', colour: '#7c8594', dash: '1 6', lineWidth: 2.5, marker: null, filled: false },
  projection: {
    label: 'Projection at current pace',
    colour: '#c2410c',
    dash: '9 5',
    lineWidth: 2,
    marker: 'triangle',
    filled: false,
  },
  target: { label: 'Target', colour: '#111827', dash: undefined, lineWidth: 0, marker: 'diamond', filled: true },
};

/** A target without a due year is a horizontal line: long dash and dot, unlike every other line. */
export const TARGET_LINE_DASH = '10 4 2 4';

/** Text on the chart: large enough to read in print at the chart's usual width. */
export const CHART_FONT_SIZE = 13;
export const CHART_INK = '#1c2430';
export const CHART_MUTED = '#4b5563';
export const CHART_GRID = '#e5e7eb';
