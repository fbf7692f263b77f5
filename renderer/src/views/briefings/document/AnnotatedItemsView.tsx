import type { AnnotatedItemsSection } from '../../../../../shared/briefing/document-types';
import { formatCitation } from '../../../../../shared/domain/citation';
import { AnnotationView } from './AnnotationView';
import { MissingNote } from './Refs';

/** Each chosen item with where it comes from and every note and highlight on it. */
export function AnnotatedItemsView({ section }: { section: AnnotatedItemsSection }) {
  return (
    <>
      <MissingNote count={section.missing.length} what="item" />
      {section.items.map((item) => (
        <article key={`${item.kind}-${item.id}`} className="briefing-item" aria-labelledby={`${section.anchor}-${item.id}`}>
          <div className="briefing-keep">
            <h3 id={`${section.anchor}-${item.id}`}>
              <a href={item.link}>{item.title}</a>
            </h3>
            {(item.titleZh || item.docNumber) && (
              <p className="briefing-zh" lang="zh-Hans">
                {[item.titleZh, item.docNumber].filter(Boolean).join(' · ')}
              </p>
            )}
            <p className="briefing-citation">
              Source: {formatCitation(item.citation)}
              {item.citation.quote && <> — “{item.citation.quote}”</>}
            </p>
          </div>
          {item.annotations.length === 0 ? (
            <p className="briefing-empty">No notes or highlights.</p>
          ) : (
            item.annotations.map((annotation) => <AnnotationView key={annotation.record.id} annotation={annotation} />)
          )}
        </article>
      ))}
    </>
  );
}
