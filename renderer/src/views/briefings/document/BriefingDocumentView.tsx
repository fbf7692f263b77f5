import type { BriefingDocument, ResolvedSection } from '../../../../../shared/briefing/document-types';
import { Markdown } from '../../../components/markdown/Markdown';
import { AnnotatedItemsView } from './AnnotatedItemsView';
import { ChangesSinceView } from './ChangesSinceView';
import { ContentsPage } from './ContentsPage';
import { CoverPage, SheetMarking } from './CoverPage';
import { MissingNote } from './Refs';
import { StatusTableView } from './StatusTableView';
import { TargetPageView } from './TargetPageView';

export interface BriefingDocumentViewProps {
  document: BriefingDocument;
  /** When the document was generated, as printed on the cover and in the footer. */
  generated: string;
  currentYear: number;
}

/** The briefing's pages: cover, contents, then the sections in the analyst's order. */
export function BriefingDocumentView({ document, generated, currentYear }: BriefingDocumentViewProps) {
  const { fields } = document;
  return (
    <>
      <CoverPage fields={fields} generated={generated} />
      <ContentsPage entries={document.contents} marking={fields.marking} />
      {document.sections.length > 0 && (
        <div className="briefing-sheet briefing-body">
          <SheetMarking marking={fields.marking} />
          {document.sections.map((section) => (
            <section
              key={section.id}
              id={section.anchor}
              className={`briefing-section briefing-section-${section.type}`}
              aria-labelledby={`${section.anchor}-title`}
            >
              <h2 id={`${section.anchor}-title`}>{section.heading}</h2>
              <SectionBody section={section} currentYear={currentYear} />
            </section>
          ))}
        </div>
      )}
    </>
  );
}

function SectionBody({ section, currentYear }: { section: ResolvedSection; currentYear: number }) {
  switch (section.type) {
    case 'text':
      return section.markdown.trim() === '' ? (
        <p className="briefing-empty">No text yet.</p>
      ) : (
        <Markdown source={section.markdown} className="briefing-markdown" />
      );
    case 'status-table':
      return <StatusTableView section={section} />;
    case 'target-pages':
      return (
        <>
          <MissingNote count={section.missing.length} what="target" />
          {section.pages.length === 0 && <p className="briefing-empty">No targets chosen yet.</p>}
          {section.pages.map((page) => (
            <TargetPageView key={page.anchor} page={page} currentYear={currentYear} />
          ))}
        </>
      );
    case 'annotated-items':
      return <AnnotatedItemsView section={section} />;
    case 'changes-since':
      return <ChangesSinceView section={section} />;
  }
}
