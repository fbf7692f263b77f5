import type { BriefingFields } from '../../../../../shared/briefing/model';
import { dayText } from '../../../../../shared/briefing/figures';

/** The cover: the marking, the title, who it is for, when and by whom; a page of its own. */
export function CoverPage({ fields, generated }: { fields: BriefingFields; generated: string }) {
  return (
    <section className="briefing-sheet briefing-cover" aria-label="Cover">
      <SheetMarking marking={fields.marking} />
      {fields.marking && <p className="briefing-cover-marking">{fields.marking}</p>}
      <p className="briefing-cover-kind">Briefing</p>
      <h1>{fields.title.trim() || 'Untitled briefing'}</h1>
      <dl className="briefing-cover-facts">
        {fields.audience && (
          <>
            <dt>For</dt>
            <dd>{fields.audience}</dd>
          </>
        )}
        <dt>Date</dt>
        <dd>{/^\d{4}-\d{2}-\d{2}$/u.test(fields.date) ? dayText(fields.date) : fields.date}</dd>
        {fields.author && (
          <>
            <dt>Author</dt>
            <dd>{fields.author}</dd>
          </>
        )}
      </dl>
      <p className="briefing-cover-footer">
        Prepared with PolicyDesk. Generated <span data-generated="">{generated}</span>. Figures and statuses are as recorded in
        the library at that time; every figure cites the document and section it comes from.
      </p>
    </section>
  );
}

/** The marking at the top of a sheet on screen; on paper the page's margin box prints it instead. */
export function SheetMarking({ marking }: { marking: string }) {
  if (!marking) return null;
  return (
    <div className="briefing-sheet-marking" aria-hidden="true">
      {marking}
    </div>
  );
}
