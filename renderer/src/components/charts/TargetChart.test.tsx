import { Children, isValidElement } from 'react';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { assessTarget } from '../../../../shared/assessment';
import type { AssessableObservation } from '../../../../shared/assessment';
import { TargetChart } from './TargetChart';
import type { ChartTarget } from './TargetChart';
import { TargetPlot } from './TargetPlot';
import { buildTargetChart } from './target-chart-data';

/*
 * Recharts draws its SVG only once it has measured the chart, in the browser, so server
 * rendering gives the figure around the drawing (summary, legend, table, empty states) and
 * the SVG's own attributes are read from the element TargetPlot returns. The demo harness
 * checks the drawn SVG in Chromium.
 */

const isto: ChartTarget = {
  id: 'tgt-isto',
  statement: 'Positions held by Chinese experts in ISTOs reach 4,000 by 2025',
  unit: 'positions',
  direction: 'increase',
  baselineValue: null,
  baselineYear: null,
  targetValue: 4000,
  dueYear: 2025,
};
const figures: AssessableObservation[] = [
  { id: 'o2019', year: 2019, value: 1984, qualifier: 'exact', unit: 'positions' },
  { id: 'o2021', year: 2021, value: 2446, qualifier: 'exact', unit: 'positions' },
];

function render(target: ChartTarget, observations: AssessableObservation[], extra: { width?: number } = {}) {
  const assessment = assessTarget(target, observations, {
    currentYear: 2024,
    analyst: { status: 'on-track', evidenceIds: ['o2021'] },
  });
  return renderToStaticMarkup(
    <TargetChart target={target} observations={observations} assessment={assessment} currentYear={2024} {...extra} />,
  );
}

describe('TargetChart', () => {
  it('says the status and the explanation in one sentence, the sentence that describes the chart', () => {
    const html = render(isto, figures);
    expect(html).toMatch(/<p id="([^"]+)-summary" class="target-chart-summary">Needs acceleration: needs \+12\.4% a year;/);
  });

  it('gives the plotted figures as a table behind "Show data"', () => {
    const html = render(isto, figures);
    expect(html).toContain('<summary>Show data</summary>');
    expect(html).toContain('<caption>Figures plotted in the chart (positions)</caption>');
    expect(html).toContain('<th scope="row">2021</th><td class="numeric">2,446</td>');
  });

  it('has a legend naming each series', () => {
    const html = render(isto, figures);
    for (const name of ['Observed', 'Required path (steady growth rate)', 'Projection at current pace', 'Target']) {
      expect(html).toContain(`${name}</li>`);
    }
  });

  it('says there is nothing to plot for a qualitative target, beside the analyst’s status', () => {
    const html = render({ ...isto, direction: 'qualitative', targetValue: null, dueYear: null }, figures);
    expect(html).toContain('Analyst&#x27;s status: on track, resting on 1 linked evidence item.');
    expect(html).toContain('A qualitative target has no figures to plot');
    expect(html).not.toContain('<table');
  });

  it('says there is nothing to plot yet when no figure has been observed, and names the target', () => {
    const html = render(isto, []);
    expect(html).toContain('No figures observed yet, so there is nothing to plot. Target 4,000 by 2025.');
    expect(html).not.toContain('recharts');
  });

  it('takes a fixed width for print', () => {
    expect(render(isto, figures, { width: 640 })).toContain('<figure class="target-chart" style="width:640px">');
  });
});

describe('TargetPlot', () => {
  const assessment = assessTarget(isto, figures, { currentYear: 2024 });
  const view = buildTargetChart({ target: isto, observations: figures, assessment, currentYear: 2024 });
  if (view.kind !== 'chart') throw new Error(view.kind);
  const chart = TargetPlot({
    data: view.data,
    name: 'Progress chart',
    describedBy: 'summary-id',
    width: undefined,
    height: 320,
  }) as ReactElement<Record<string, unknown> & { children: unknown }>;

  it('makes the SVG an image with an accessible name, described by the summary', () => {
    expect(chart.props).toMatchObject({
      role: 'img',
      'aria-label': 'Progress chart',
      'aria-describedby': 'summary-id',
      title: 'Progress chart',
    });
    // Recharts' keyboard layer would make it an "application" with a tab stop.
    expect(chart.props.accessibilityLayer).toBe(false);
  });

  it('fills its container by default and takes a fixed size when given one', () => {
    expect(chart.props).toMatchObject({ responsive: true, style: { width: '100%', height: 320 } });
    const fixed = TargetPlot({ data: view.data, name: 'n', describedBy: 'd', width: 640, height: 360 }) as ReactElement<
      Record<string, unknown>
    >;
    expect(fixed.props).toMatchObject({ width: 640, height: 360 });
    expect(fixed.props.responsive).toBeUndefined();
  });

  it('draws every line without animation', () => {
    const lines = Children.toArray(chart.props.children as never).filter(
      (child): child is ReactElement<{ isAnimationActive?: boolean; dataKey?: string }> =>
        isValidElement(child) && (child.props as { dataKey?: string }).dataKey === 'value',
    );
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.props.isAnimationActive).toBe(false);
  });
});
