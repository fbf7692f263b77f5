import { useId, useMemo, useState } from 'react';
import type { AssessableObservation, AssessableTarget, Assessment } from '../../../../shared/assessment';
import { ChartDataTable } from './ChartDataTable';
import { ChartLegend } from './ChartLegend';
import { TargetPlot } from './TargetPlot';
import { buildTargetChart, showFigure } from './target-chart-data';
import { chartName, chartSummary, legendEntries, notesBesideSummary, tableCaption, targetLabel } from './target-chart-text';
import './target-chart.css';

export type ChartTarget = AssessableTarget & { id: string; statement: string; unit: string | null };

export interface TargetChartProps {
  target: ChartTarget;
  /** The target's observations, as given to the assessment. */
  observations: readonly AssessableObservation[];
  /** The assessment of this target from these observations (shared/assessment). */
  assessment: Assessment;
  currentYear: number;
  /**
   * A fixed width in px, for print and export. Without it the chart fills its container's
   * width and follows it as it resizes.
   */
  width?: number;
  /** Height in px. */
  height?: number;
  /**
   * Whether the status sentence and notes show above the chart. A page that already shows
   * them hides them here; they stay in the document as the chart's description.
   */
  captionVisible?: boolean;
}

export const DEFAULT_CHART_HEIGHT = 320;

/**
 * A target's progress chart: the observed figures, the path the plan requires from its
 * baseline, the projection at the pace achieved, and the target; with the status in one
 * sentence and the figures as a table, so nothing is said by the drawing alone.
 */
export function TargetChart({
  target,
  observations,
  assessment,
  currentYear,
  width,
  height = DEFAULT_CHART_HEIGHT,
  captionVisible = true,
}: TargetChartProps) {
  const view = useMemo(
    () => buildTargetChart({ target, observations, assessment, currentYear }),
    [target, observations, assessment, currentYear],
  );
  const id = useId();
  const summaryId = `${id}-summary`;
  const notes = notesBesideSummary(assessment);
  const [showData, setShowData] = useState(false);

  return (
    <figure className="target-chart" style={width === undefined ? undefined : { width }}>
      <figcaption className={captionVisible ? undefined : 'visually-hidden'}>
        <p id={summaryId} className="target-chart-summary">
          {chartSummary(assessment)}
        </p>
        {notes.length > 0 && (
          <ul className="target-chart-notes">
            {notes.map((note, index) => (
              <li key={`${index}-${note.code}`}>{capitalise(note.text)}.</li>
            ))}
          </ul>
        )}
      </figcaption>
      {view.kind === 'qualitative' && (
        <p className="target-chart-empty">
          A qualitative target has no figures to plot: its status is the analyst&rsquo;s, resting on the evidence linked to it.
        </p>
      )}
      {view.kind === 'no-figures' && <p className="target-chart-empty">{noFiguresMessage(target)}</p>}
      {view.kind === 'chart' && (
        <>
          <TargetPlot data={view.data} name={chartName(target.statement)} describedBy={summaryId} width={width} height={height} />
          <ChartLegend entries={legendEntries(view.data)} />
          <details className="target-chart-data" open={showData} onToggle={(event) => setShowData(event.currentTarget.open)}>
            <summary>{showData ? 'Hide data' : 'Show data'}</summary>
            <ChartDataTable
              rows={view.data.rows}
              caption={tableCaption(view.data, target.unit)}
              columns={{
                required: view.data.required !== null,
                projection: view.data.projection !== null,
                target: view.data.target?.year != null,
              }}
            />
          </details>
        </>
      )}
    </figure>
  );
}

function noFiguresMessage(target: ChartTarget): string {
  const direction = target.direction === 'qualitative' ? 'increase' : target.direction;
  const aim =
    target.targetValue === null ? '' : ` ${targetLabel(direction, { value: target.targetValue, year: target.dueYear })}.`;
  const baseline =
    target.baselineValue === null || target.baselineYear === null
      ? ''
      : ` Baseline ${showFigure(direction, target.baselineValue)} (${target.baselineYear}).`;
  return `No figures observed yet, so there is nothing to plot.${baseline}${aim}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
