import { type CodePointRange, utf16RangeFromCodePoints } from '../../../../shared/annotations';
import type { HighlightColour } from '../../../../shared/domain/annotation';
import { type AnnotationDraft, AnnotationEditor } from './AnnotationEditor';
import { FloatingPanel } from './FloatingPanel';
import type { Spot } from './useReadingSelection';

interface HighlightComposerProps {
  text: string;
  range: CodePointRange;
  spot: Spot;
  colour: HighlightColour;
  /** Resolves whether the highlight was saved; the composer stays open with the draft if not. */
  onSave: (draft: AnnotationDraft) => Promise<boolean>;
  onClose: () => void;
}

/**
 * "Highlight with comment…": the passage, a comment, a colour and tags, next to the passage.
 * It holds its own copy of the range, because typing the comment moves the document's
 * selection out of the text.
 */
export function HighlightComposer({ text, range, spot, colour, onSave, onClose }: HighlightComposerProps) {
  const utf16 = utf16RangeFromCodePoints(text, range.start, range.end);
  return (
    <FloatingPanel label="New highlight" spot={spot} onClose={onClose}>
      <blockquote className="annotation-quote">{text.slice(utf16.start, utf16.end)}</blockquote>
      <AnnotationEditor
        label="Highlight details"
        submitLabel="Save highlight"
        requireBody={false}
        autoFocus
        initial={{ body: '', color: colour, tagIds: [] }}
        onCancel={onClose}
        onSubmit={async (draft) => {
          const saved = await onSave(draft);
          if (saved) onClose();
          return saved;
        }}
      />
    </FloatingPanel>
  );
}
