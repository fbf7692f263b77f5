import type { MarkerShape } from './chart-style';

export interface ChartMarkerProps {
  shape: MarkerShape;
  x: number;
  y: number;
  colour: string;
  filled: boolean;
  /** Half the marker's width, in px. */
  size?: number;
  /** The inside of an unfilled marker: white, or clear to frame what lies beneath it. */
  hollow?: 'white' | 'transparent';
}

/** One marker, drawn the same in the chart and in the legend, so the legend matches what it names. */
export function ChartMarker({ shape, x, y, colour, filled, size = 4.5, hollow = 'white' }: ChartMarkerProps) {
  const paint = { fill: filled ? colour : hollow === 'white' ? '#ffffff' : 'none', stroke: colour, strokeWidth: 2 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={size} {...paint} />;
    case 'square':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} {...paint} />;
    case 'triangle': {
      const s = size * 1.25;
      return <path d={`M${x},${y - s}L${x + s},${y + s * 0.8}L${x - s},${y + s * 0.8}Z`} {...paint} />;
    }
    case 'diamond': {
      const s = size * 1.45;
      return <path d={`M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}Z`} {...paint} />;
    }
  }
}
