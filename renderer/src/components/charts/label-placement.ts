/**
 * Where the direct labels go (the latest figure, the target): next to their point, on the
 * preferred side when it fits, else the other side, never over an earlier label and never
 * off the chart. Pure geometry in px, so a test can check it without a browser.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface LabelRequest {
  key: string;
  text: string;
  /** The point labelled, in px. */
  x: number;
  y: number;
  prefer: 'above' | 'below';
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** The text's anchor point and baseline, as SVG <text> takes them. */
  x: number;
  y: number;
  anchor: TextAnchor;
  box: Box;
}

/** A system sans-serif averages a little over half an em a character; a rough width is enough to avoid overlaps. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58;
}

/** Clear space between a point and its label, past the marker. */
const GAP = 11;

/**
 * Places labels in order, each clear of the ones before it and of `taken` (fixed text such
 * as the axis title). `bounds` is the area labels may use.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  fontSize: number,
  taken: readonly Box[] = [],
): PlacedLabel[] {
  const occupied = [...taken];
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const width = textWidth(request.text, fontSize);
    const anchor = horizontalAnchor(request.x, width, bounds);
    const sides = request.prefer === 'above' ? (['above', 'below'] as const) : (['below', 'above'] as const);
    const candidates = sides.map((side) => candidate(request, side, anchor, width, fontSize));
    const fits = (label: PlacedLabel) => inside(label.box, bounds) && !occupied.some((box) => overlaps(box, label.box));
    // When neither side is clear, the preferred side is the least surprising place.
    const chosen = candidates.find(fits) ?? candidates.find((label) => inside(label.box, bounds)) ?? candidates[0]!;
    placed.push(chosen);
    occupied.push(chosen.box);
  }
  return placed;
}

function horizontalAnchor(x: number, width: number, bounds: Box): TextAnchor {
  if (x + width / 2 > bounds.x + bounds.width) return 'end';
  if (x - width / 2 < bounds.x) return 'start';
  return 'middle';
}

function candidate(
  request: LabelRequest,
  side: 'above' | 'below',
  anchor: TextAnchor,
  width: number,
  fontSize: number,
): PlacedLabel {
  const ascent = fontSize * 0.8;
  const descent = fontSize * 0.25;
  const baseline = side === 'above' ? request.y - GAP - descent : request.y + GAP + ascent;
  // A label anchored at its end or start is nudged past the marker's centre, so it still reads as that point's.
  const x = anchor === 'end' ? request.x + 6 : anchor === 'start' ? request.x - 6 : request.x;
  const left = anchor === 'end' ? x - width : anchor === 'start' ? x : x - width / 2;
  return {
    key: request.key,
    text: request.text,
    x,
    y: baseline,
    anchor,
    box: { x: left, y: baseline - ascent, width, height: ascent + descent },
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x - 0.5 &&
    box.y >= bounds.y - 0.5 &&
    box.x + box.width <= bounds.x + bounds.width + 0.5 &&
    box.y + box.height <= bounds.y + bounds.height + 0.5
  );
}
