import { createOffsetIndex } from '../../../../shared/annotations';
import type { HighlightColour } from '../../../../shared/domain/annotation';

/** A highlight where it sits in the current text, in code points [start, end). */
export interface PlacedHighlight {
  id: string;
  start: number;
  end: number;
  color: HighlightColour;
}

/**
 * A run of the text under the same set of highlights. `start`/`end` are code points (what the
 * selectors count); `text` is the run itself, cut at UTF-16 offsets converted from them, so an
 * emoji or a CJK Extension B character is never cut in half.
 */
export interface Segment {
  text: string;
  start: number;
  end: number;
  /** The highlights covering the run, outermost (longest) first; the last is the one on top. */
  highlights: readonly PlacedHighlight[];
}

/**
 * Cuts the text at every highlight's edges, so overlapping highlights need no nesting: each run
 * knows every highlight over it. Highlights outside the text or empty are ignored (they are the
 * caller's "needs attention" list, not something to draw).
 */
export function splitIntoSegments(text: string, highlights: readonly PlacedHighlight[]): Segment[] {
  const offsets = createOffsetIndex(text);
  const length = offsets.codePointLength;
  const drawable = highlights.filter((h) => h.start >= 0 && h.end <= length && h.start < h.end);
  const cuts = [...new Set([0, length, ...drawable.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = drawable
      .filter((h) => h.start <= start && h.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    segments.push({ text: text.slice(offsets.toUtf16(start), offsets.toUtf16(end)), start, end, highlights: covering });
  }
  return segments;
}
