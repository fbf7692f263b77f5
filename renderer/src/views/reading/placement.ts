import { anchor, type AnchorResult } from '../../../../shared/annotations';
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

function locate(text: string, annotation: AnnotationRecord): AnchorResult | null {
  try {
    return annotation.selector ? anchor(text, annotation.selector) : null;
  } catch {
    // Selectors that no longer parse, or text stored before NFC was enforced: the analyst decides.
    return null;
  }
}

/**
 * Where each annotation of a page goes. The data layer re-anchors on every save of the text
 * and marks the lost ones orphaned; this runs the same anchoring again when drawing, so a
 * highlight whose stored offsets have gone stale (a restored backup, an import) is drawn on
 * its quote or listed for attention, never drawn on whatever now sits at its old offsets.
 * A highlight the data layer marked orphaned is never drawn, even if its quote reappears:
 * re-attaching is the analyst's call.
 */
export function placeAnnotations(text: string, annotations: readonly AnnotationRecord[]): PagePlacement {
  const placed: Placement[] = [];
  const needsAttention: NeedsAttention[] = [];
  const notes: AnnotationRecord[] = [];
  for (const annotation of annotations) {
    if (annotation.kind === 'note') {
      notes.push(annotation);
      continue;
    }
    const result = locate(text, annotation);
    if (result === null) needsAttention.push({ annotation, reason: 'unreadable' });
    else if (result.status === 'orphaned') {
      needsAttention.push({
        annotation,
        reason: result.reason,
        ...(result.candidates === undefined ? {} : { candidates: result.candidates }),
        ...(result.suggestion ? { suggestion: { start: result.suggestion.start, end: result.suggestion.end } } : {}),
      });
    } else if (annotation.anchor === 'orphaned') {
      // The quote is back (the text was edited again): offered, not applied.
      needsAttention.push({ annotation, reason: 'quote-gone', suggestion: { start: result.start, end: result.end } });
    } else placed.push({ annotation, start: result.start, end: result.end });
  }
  const byCreation = (a: AnnotationRecord, b: AnnotationRecord) => a.createdAt.localeCompare(b.createdAt);
  placed.sort((a, b) => a.start - b.start || a.end - b.end || byCreation(a.annotation, b.annotation));
  needsAttention.sort((a, b) => byCreation(a.annotation, b.annotation));
  notes.sort(byCreation);
  return { placed, needsAttention, notes };
}
