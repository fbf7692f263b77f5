import {
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type CodePointRange, utf16RangeFromCodePoints } from '../../../../shared/annotations';
import type { HighlightColour } from '../../../../shared/domain/annotation';
import { AnnotationCard } from './AnnotationCard';
import { FloatingPanel } from './FloatingPanel';
import { HighlightComposer } from './HighlightComposer';
import { HighlightedText } from './HighlightedText';
import { caretMoveFor, commandFor, KEYBOARD_HINT, type ReadingCommand } from './keyboard';
import type { Placement } from './placement';
import { keepSelectionFocusInView } from './scroll';
import { splitIntoSegments } from './segments';
import { domRangeFromUtf16 } from './selection-mapping';
import { SelectionToolbar } from './SelectionToolbar';
import { currentPassage, type Spot, spotIn, useReadingSelection } from './useReadingSelection';
import { useCreateHighlight } from './useCreateHighlight';

interface ReadingViewProps {
  policyId: string;
  text: string;
  /** Highlights found in the current text (placement.ts). */
  placed: readonly Placement[];
  /** The passage currently selected in the text, for "Re-attach here" elsewhere on the page. */
  onSelection: (range: CodePointRange | null) => void;
}

/** Panels are this wide (styles.css); they are kept inside the reading area. */
const PANEL_WIDTH = 380;

/**
 * A policy's text with its highlights marked. Select with the mouse or the keyboard (the view
 * is focusable and moves a caret of its own), then highlight from the toolbar or with a key;
 * click a highlight (or press Enter on it) to read and edit its note.
 *
 * The view holds the text and nothing else, so its text content is exactly the stored text and
 * DOM offsets map straight onto it (selection-mapping.ts).
 */
export function ReadingView({ policyId, text, placed, onSelection }: ReadingViewProps) {
  const areaRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const { pending, caret } = useReadingSelection(areaRef, viewRef, text);
  const [colour, setColour] = useState<HighlightColour>('yellow');
  const [note, setNote] = useState<{ ids: string[]; spot: Spot } | null>(null);
  const [composer, setComposer] = useState<{ range: CodePointRange; spot: Spot } | null>(null);
  // Where to put the caret back once the new marks are drawn (React replaces the text nodes).
  const caretAfterRender = useRef<number | null>(null);
  const createHighlight = useCreateHighlight(policyId);

  const segments = useMemo(
    () =>
      splitIntoSegments(
        text,
        placed.map(({ annotation, start, end }) => ({ id: annotation.id, start, end, color: annotation.color ?? 'yellow' })),
      ),
    [text, placed],
  );
  const byId = useMemo(() => new Map(placed.map((p) => [p.annotation.id, p.annotation])), [placed]);

  useEffect(() => onSelection(pending ? { start: pending.start, end: pending.end } : null), [pending, onSelection]);

  useLayoutEffect(() => {
    const view = viewRef.current;
    const at = caretAfterRender.current;
    caretAfterRender.current = null;
    // Only a keyboard user in the text needs the caret back; anyone else has moved on.
    if (at === null || !view || document.activeElement !== view) return;
    const range = domRangeFromUtf16(view, at, at);
    if (range)
      document.getSelection()?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  }, [segments]);

  const backToText = () => viewRef.current?.focus({ preventScroll: true });

  const panelSpot = (spot: Spot): Spot => ({
    top: spot.top,
    left: Math.max(0, Math.min(spot.left, (areaRef.current?.clientWidth ?? PANEL_WIDTH) - PANEL_WIDTH)),
  });

  const highlight = async (range: CodePointRange, chosen: HighlightColour, body = '', tagIds: string[] = []) => {
    const created = await createHighlight(range, chosen, body, tagIds);
    if (created) {
      setColour(chosen);
      caretAfterRender.current = utf16RangeFromCodePoints(text, range.end, range.end).start;
      document.getSelection()?.collapseToEnd();
      // The toolbar that had focus is gone; the reader carries on in the text.
      backToText();
    }
    return created;
  };

  const openComposer = (passage: CodePointRange | null = pending) => {
    if (!passage) return;
    setNote(null);
    setComposer({ range: { start: passage.start, end: passage.end }, spot: panelSpot(pending?.spot ?? selectionSpot()) });
  };

  /** Under the live selection, for a shortcut pressed before the toolbar has appeared. */
  const selectionSpot = (): Spot => {
    const selection = document.getSelection();
    const rects = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getClientRects() : null;
    const last = rects?.[rects.length - 1];
    return last && areaRef.current ? spotIn(areaRef.current, last) : { top: 0, left: 0 };
  };

  const openNoteAt = (mark: HTMLElement) => {
    const ids = mark.dataset.annotationIds?.split(' ').filter((id) => byId.has(id)) ?? [];
    if (ids.length === 0 || !areaRef.current) return;
    setComposer(null);
    // Innermost first: the passage the analyst pointed at most precisely.
    setNote({ ids: ids.reverse(), spot: panelSpot(spotIn(areaRef.current, mark.getBoundingClientRect())) });
  };

  const closeNote = useCallback(() => setNote(null), []);
  const closeNoteToText = () => {
    closeNote();
    backToText();
  };
  const closeComposer = useCallback(() => setComposer(null), []);

  const run = (command: ReadingCommand): boolean => {
    const selection = document.getSelection();
    const passage = viewRef.current ? currentPassage(viewRef.current, text) : null;
    switch (command) {
      case 'highlight':
        if (passage) void highlight(passage, colour);
        return passage !== null;
      case 'comment':
        openComposer(passage);
        return passage !== null;
      case 'dismiss':
        if (!passage) return false;
        selection?.collapseToEnd();
        return true;
      case 'select-all':
        if (viewRef.current) selection?.selectAllChildren(viewRef.current);
        return true;
      case 'open-note': {
        const mark = selection?.focusNode?.parentElement?.closest<HTMLElement>('mark[data-annotation-ids]');
        if (!mark || !viewRef.current?.contains(mark)) return false;
        openNoteAt(mark);
        return true;
      }
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const view = viewRef.current;
    const command = commandFor(event);
    if (command) {
      if (run(command)) event.preventDefault();
      return;
    }
    const move = caretMoveFor(event);
    const selection = document.getSelection();
    if (!move || !selection || !view) return;
    event.preventDefault();
    // No caret in the text yet (first key after Tab): start at the beginning.
    if (selection.rangeCount === 0 || !view.contains(selection.focusNode)) selection.collapse(view, 0);
    selection.modify(move.alter, move.direction, move.granularity);
    keepSelectionFocusInView(view);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // A click that ended a drag selected text; only a plain click opens a note.
    if (!document.getSelection()?.isCollapsed) return;
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-annotation-ids]');
    if (mark) openNoteAt(mark);
  };

  return (
    <div className="reading-area" ref={areaRef}>
      <div
        ref={viewRef}
        className="reading-view"
        role="document"
        aria-label="Text of the policy"
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={() => {
          const selection = document.getSelection();
          // Give a keyboard user a caret at once; a mouse press sets its own right after.
          if (selection && viewRef.current && !viewRef.current.contains(selection.anchorNode))
            selection.collapse(viewRef.current, 0);
        }}
      >
        <HighlightedText segments={segments} />
      </div>
      {caret && (
        <span className="reading-caret" style={{ top: caret.top, left: caret.left, height: caret.height }} aria-hidden="true" />
      )}
      {pending && !composer && (
        <SelectionToolbar
          spot={pending.spot}
          colour={colour}
          onHighlight={(chosen) => void highlight(pending, chosen)}
          onComment={() => openComposer()}
        />
      )}
      {note && (
        <FloatingPanel
          label={note.ids.length > 1 ? 'Highlights here' : 'Highlight'}
          spot={note.spot}
          onOutsidePress={closeNote}
          onClose={closeNoteToText}
        >
          {note.ids.map((id) => {
            const annotation = byId.get(id);
            return annotation ? (
              <AnnotationCard key={id} annotation={annotation} showQuote={note.ids.length > 1} onRemoved={closeNoteToText} />
            ) : null;
          })}
        </FloatingPanel>
      )}
      {composer && (
        <HighlightComposer
          text={text}
          range={composer.range}
          spot={composer.spot}
          colour={colour}
          onSave={(draft) => highlight(composer.range, draft.color ?? colour, draft.body, draft.tagIds)}
          onClose={() => {
            closeComposer();
            backToText();
          }}
        />
      )}
      <p id={hintId} className="reading-hint">
        {KEYBOARD_HINT}
      </p>
    </div>
  );
}
