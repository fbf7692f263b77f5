import { memo } from 'react';
import type { Segment } from './segments';

/**
 * The runs of a policy's text, those under highlights as <mark>s. Nothing but the text goes in
 * here (no labels, no icons), so the view's text content stays exactly the stored text. A run
 * under several highlights takes the colour of the innermost and a darker band; it carries every
 * highlight's id, so clicking it can show them all.
 */
export const HighlightedText = memo(function HighlightedText({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment) => {
    if (segment.highlights.length === 0) return segment.text;
    const top = segment.highlights.at(-1)!;
    return (
      <mark
        key={`${segment.start}-${segment.end}`}
        className={`hl hl-${top.color}${segment.highlights.length > 1 ? ' hl-overlap' : ''}`}
        data-annotation-id={top.id}
        data-annotation-ids={segment.highlights.map((h) => h.id).join(' ')}
      >
        {segment.text}
      </mark>
    );
  });
});
