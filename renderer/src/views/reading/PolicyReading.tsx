import { useMemo, useState } from 'react';
import type { CodePointRange } from '../../../../shared/annotations';
import { useItemAnnotations } from '../../data/hooks';
import { useShowLinkedAnnotation } from './annotation-link';
import { NeedsAttentionList } from './NeedsAttentionList';
import { NotesMargin } from './NotesMargin';
import { placeAnnotations } from './placement';
import { ReadingView } from './ReadingView';

/**
 * A policy's text as a reading view with its highlights, the list of every note in text order
 * beside it, and above it the highlights that need attention because the text changed.
 */
export function PolicyReading({ policyId, text }: { policyId: string; text: string }) {
  const annotations = useItemAnnotations('policy', policyId);
  const placement = useMemo(() => placeAnnotations(text, annotations ?? []), [text, annotations]);
  const [selection, setSelection] = useState<CodePointRange | null>(null);
  // Highlights this part of the page shows: drawn in the text, or listed as needing attention.
  const shownIds = useMemo(
    () => (annotations ? [...placement.placed, ...placement.needsAttention].map((p) => p.annotation.id) : undefined),
    [annotations, placement],
  );
  useShowLinkedAnnotation(shownIds);

  return (
    <section className="policy-text" aria-label="Text">
      <h2>Text</h2>
      {placement.needsAttention.length > 0 && (
        <NeedsAttentionList entries={placement.needsAttention} text={text} selection={text ? selection : null} />
      )}
      <div className="policy-reading">
        {text ? (
          <ReadingView policyId={policyId} text={text} placed={placement.placed} onSelection={setSelection} />
        ) : (
          <p className="muted">No text yet. Add the text or its key passages with Edit to read and highlight them here.</p>
        )}
        <NotesMargin placed={placement.placed} notes={placement.notes} />
      </div>
    </section>
  );
}
