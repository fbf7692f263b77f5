import { anchor, type AnchorResult, createOffsetIndex, type OffsetIndex } from '../../../../shared/annotations';
import type { AnnotationRecord } from '../../../../shared/domain/records';

export interface Placement {
  annotation: AnnotationRecord;
  start: number;
  end: number;
}

export interface NeedsAttention {
  annotation: AnnotationRecord;
  /** Why it cannot be drawn: the passage is gone, or several passages fit equally. */
  reason: 'quote-gone' | 'ambiguous' | 'unreadable';
  candidates?: number;
  /**
   * A passage the analyst may accept (never applied by itself): one differing from the quote only
   * in whitespace, or the quote itself when it has come back into the text.
   */
  suggestion?: { start: number; end: number };
}

export interface PagePlacement {
  /** Highlights found in the text, in text order. */
  placed: Placement[];
  /** Highlights that cannot be drawn, oldest first. */
  needsAttention: NeedsAttention[];
  /** Notes on the whole item, oldest first. */
  notes: AnnotationRecord[];
}

/** The stored passage, when the text still holds the highlight's quote exactly there. */
function storedPassage(text: string, index: OffsetIndex, annotation: AnnotationRecord): { start: number; end: number } | null {
  const position = annotation.selector?.position;
  if (!position || position.end > index.codePointLength) return null;
  const passage = text.slice(index.toUtf16(position.start), index.toUtf16(position.end));
  return passage === annotation.selector!.quote.exact ? { start: position.start, end: position.end } : null;
}

/**
 * Where each annotation of a page goes. The write path anchors highlights (on every save
 * of the text, on import and restore) and stores where they are; this draws a highlight at
 * its stored place when the text holds its quote there. Anything else (a highlight marked
 * orphaned, or one whose stored place no longer holds its quote) is listed for attention,
 * with the passage a search finds offered as a suggestion, never applied by itself:
 * re-attaching is the analyst's call.
 */
export function placeAnnotations(text: string, annotations: readonly AnnotationRecord[]): PagePlacement {
  const placed: Placement[] = [];
  const unplaced: AnnotationRecord[] = [];
  const notes: AnnotationRecord[] = [];
  const index = createOffsetIndex(text);
  for (const annotation of annotations) {
    if (annotation.kind === 'note') notes.push(annotation);
    else {
      const stored = annotation.anchor === 'anchored' ? storedPassage(text, index, annotation) : null;
      if (stored) placed.push({ annotation, ...stored });
      else unplaced.push(annotation);
    }
  }
  const needsAttention = unplaced.map((annotation) => attentionFor(text, annotation));
  const byCreation = (a: AnnotationRecord, b: AnnotationRecord) => a.createdAt.localeCompare(b.createdAt);
  placed.sort((a, b) => a.start - b.start || a.end - b.end || byCreation(a.annotation, b.annotation));
  needsAttention.sort((a, b) => byCreation(a.annotation, b.annotation));
  notes.sort(byCreation);
  return { placed, needsAttention, notes };
}

/** Why a highlight cannot be drawn, with a passage to offer when a search finds one. */
function attentionFor(text: string, annotation: AnnotationRecord): NeedsAttention {
  let result: AnchorResult | null;
  try {
    result = annotation.selector ? anchor(text, annotation.selector) : null;
  } catch {
    // Selectors that no longer parse, or text stored before NFC was enforced: the analyst decides.
    result = null;
  }
  if (result === null) return { annotation, reason: 'unreadable' };
  if (result.status === 'orphaned') {
    return {
      annotation,
      reason: result.reason,
      ...(result.candidates === undefined ? {} : { candidates: result.candidates }),
      ...(result.suggestion ? { suggestion: { start: result.suggestion.start, end: result.suggestion.end } } : {}),
    };
  }
  // The quote is back (the text was edited again), or moved without a save re-anchoring it: offered, not applied.
  return { annotation, reason: 'quote-gone', suggestion: { start: result.start, end: result.end } };
}
