/**
 * Where the direct labels go (the latest figure, the target): next to their point, clear of
 * the lines, the markers and each other where any place is, never off the chart. Pure
 * geometry in px, so a test can check it without a browser.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
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
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.62 : 0.56);
}

/** Clear space between a point and its label, past the marker. */
const GAP = 10;

/**
 * Places labels in order, each in the first of its candidate places (the preferred side
 * first, then the other, then beside the point) that stays inside `bounds` and clear of
 * `obstacles` and of the labels placed before it. When no place is clear, the one that
 * crosses the fewest obstacles; the label's white halo keeps it legible over what it crosses.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  fontSize: number,
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  // Crossing another label is far worse than crossing a line: it makes both unreadable.
  const cost = (box: Box) =>
    obstacles.filter((obstacle) => overlaps(obstacle, box)).length +
    1000 * placed.filter((label) => overlaps(label.box, box)).length;
  for (const request of requests) {
    const width = textWidth(request.text, fontSize, true);
    const all = candidatesFor(request, width, fontSize);
    const within = all.filter((label) => inside(label.box, bounds));
    // The clearest place wins; among equally clear ones, the earliest (the preferred side first).
    let chosen = within[0] ?? all[0]!;
    let fewest = Infinity;
    for (const label of within) {
      const crossed = cost(label.box);
      if (crossed < fewest) {
        fewest = crossed;
        chosen = label;
      }
      if (crossed === 0) break;
    }
    placed.push(chosen);
  }
  return placed;
}

function candidatesFor(request: LabelRequest, width: number, fontSize: number): PlacedLabel[] {
  const sides = request.prefer === 'above' ? (['above', 'below'] as const) : (['below', 'above'] as const);
  const labels: PlacedLabel[] = [];
  for (const side of sides)
    for (const anchor of ['middle', 'end', 'start'] as const) labels.push(place(request, side, anchor, width, fontSize));
  labels.push(place(request, 'left', 'end', width, fontSize), place(request, 'right', 'start', width, fontSize));
  return labels;
}

function place(
  request: LabelRequest,
  side: 'above' | 'below' | 'left' | 'right',
  anchor: TextAnchor,
  width: number,
  fontSize: number,
): PlacedLabel {
  const ascent = fontSize * 0.8;
  const descent = fontSize * 0.25;
  let x = request.x;
  let baseline: number;
  if (side === 'above' || side === 'below') {
    baseline = side === 'above' ? request.y - GAP - descent : request.y + GAP + ascent;
    // Anchored at its end or start, a label still reaches a little past the point, so it reads as that point's.
    if (anchor === 'end') x += 8;
    if (anchor === 'start') x -= 8;
  } else {
    baseline = request.y + (ascent - descent) / 2;
    x += side === 'left' ? -GAP - 2 : GAP + 2;
  }
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

/** Small boxes along a polyline, so a label can keep clear of a line as well as of a point. */
export function boxesAlong(points: readonly Point[], spacing = 6, half = 2): Box[] {
  const boxes: Box[] = [];
  for (let index = 0; index < points.length; index += 1) {
    const from = points[index]!;
    const to = points[index + 1];
    boxes.push(around(from, half));
    if (to === undefined) break;
    const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / spacing);
    for (let step = 1; step < steps; step += 1) {
      const t = step / steps;
      boxes.push(around({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }, half));
    }
  }
  return boxes;
}

export function around(point: Point, half: number): Box {
  return { x: point.x - half, y: point.y - half, width: half * 2, height: half * 2 };
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
