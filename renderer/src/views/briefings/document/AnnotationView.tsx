import type { ResolvedAnnotation } from '../../../../../shared/briefing/document-types';
import { dayText } from '../../../../../shared/briefing/figures';
import { Markdown } from '../../../components/markdown/Markdown';

/** A note, or a highlight with the passage it marks, with who wrote it, when, and its tags. */
export function AnnotationView({ annotation }: { annotation: ResolvedAnnotation }) {
  const { record, tags } = annotation;
  const highlight = record.kind === 'highlight';
  return (
    <div className="briefing-annotation">
      <p className="briefing-annotation-meta">
        <strong>{highlight ? `Highlight${record.color ? ` (${record.color})` : ''}` : 'Note'}</strong> · {record.author} ·{' '}
        {dayText(record.createdAt.slice(0, 10))}
        {tags.length > 0 && <> · Tags: {tags.join(', ')}</>}
        {record.anchor === 'orphaned' && <span className="briefing-orphan"> · the passage is no longer found in the text</span>}
      </p>
      {record.selector && (
        <blockquote className={`briefing-quote${record.color ? ` colour-${record.color}` : ''}`}>
          {record.selector.quote.exact}
        </blockquote>
      )}
      {record.body.trim() !== '' && <Markdown source={record.body} className="briefing-markdown" />}
    </div>
  );
}
