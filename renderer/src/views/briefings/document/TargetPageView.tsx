import type { TargetPage } from '../../../../../shared/briefing/document-types';
import {
  explanationText,
  figureText,
  notesBesideExplanation,
  targetValueText,
  whenText,
} from '../../../../../shared/briefing/figures';
import { appLink } from '../../../../../shared/briefing/links';
import { TargetChart } from '../../../components/charts/TargetChart';
import { StatusMark } from './StatusMark';
import { Refs, SourceNotes } from './Refs';

/**
 * The chart's size on paper, in CSS px: it fits the text width of both A4 and Letter with
 * the page margins (about 673 and 695 px), so the PDF draws it at exactly this size.
 */
export const PRINT_CHART = { width: 640, height: 260 } as const;

/** One target on its own page: the facts, the status and why, the chart, the latest figures, their sources. */
export function TargetPageView({ page, currentYear }: { page: TargetPage; currentYear: number }) {
  const { target } = page;
  const { assessment } = target;
  const notes = notesBesideExplanation(assessment);
  const titleId = `${page.anchor}-title`;
  const baseline =
    target.baselineValue !== null && target.baselineYear !== null
      ? `${targetValueText({ ...target, targetValue: target.baselineValue })} (${target.baselineYear})`
      : null;
  return (
    <section className="briefing-target-page" id={page.anchor} aria-labelledby={titleId}>
      <h3 id={titleId}>
        <a href={appLink('target', target.id)}>{target.statement}</a>
        <Refs notes={[page.targetRef]} />
      </h3>
      {target.statementZh && (
        <p className="briefing-zh" lang="zh-Hans">
          {target.statementZh}
        </p>
      )}
      <dl className="briefing-facts">
        {page.parentTitle && (
          <>
            <dt>From</dt>
            <dd>{page.parentTitle}</dd>
          </>
        )}
        <dt>Metric</dt>
        <dd>
          {target.metric}
          {target.unit ? ` (${target.unit})` : ''}
        </dd>
        {baseline && (
          <>
            <dt>Baseline</dt>
            <dd>{baseline}</dd>
          </>
        )}
        {target.targetValue !== null && (
          <>
            <dt>Target</dt>
            <dd>{targetValueText(target)}</dd>
          </>
        )}
        <dt>Due</dt>
        <dd>{target.dueYear ?? 'No due year'}</dd>
      </dl>
      <p className="briefing-status-line">
        <StatusMark status={assessment.status} /> {explanationText(assessment)}
      </p>
      {notes.length > 0 && (
        <ul className="briefing-notes">
          {notes.map((note) => (
            <li key={note.code}>{note.text}</li>
          ))}
        </ul>
      )}
      {target.direction === 'qualitative' ? (
        target.judgement?.note && <p>{target.judgement.note}</p>
      ) : (
        <div className="briefing-figure">
          <TargetChart
            target={target}
            observations={page.observations}
            assessment={assessment}
            currentYear={currentYear}
            width={PRINT_CHART.width}
            height={PRINT_CHART.height}
            captionVisible={false}
          />
          {page.observations.length > 0 && (
            <p className="briefing-figure-caption">
              Chart: {target.metric}, {page.observations.length} observed figure{page.observations.length === 1 ? '' : 's'};
              target from the plan. Sources: <Refs inline notes={[page.targetRef, ...page.chartRefs]} />.
            </p>
          )}
        </div>
      )}
      {page.latest.length > 0 && (
        <>
          <h4>
            {page.latest.length < page.observations.length
              ? `Latest ${page.latest.length} of ${page.observations.length} figures`
              : 'Figures'}
          </h4>
          <table className="briefing-table">
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  Year
                </th>
                <th scope="col" className="numeric">
                  Value
                </th>
                <th scope="col">Indicator</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {page.latest.map(({ observation, ref }) => (
                <tr key={observation.id}>
                  <td className="numeric">{whenText(observation)}</td>
                  <td className="numeric">
                    <a href={appLink('observation', observation.id)}>{figureText(observation)}</a>
                  </td>
                  <td>{observation.subject ? `${observation.indicator} (${observation.subject})` : observation.indicator}</td>
                  <td>[{ref}]</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <SourceNotes notes={page.sources} />
    </section>
  );
}
