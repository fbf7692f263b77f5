import { describe, expect, it } from 'vitest';
import { boxesAlong, overlaps, placeLabels } from './label-placement';

const bounds = { x: 50, y: 0, width: 500, height: 300 };
const FONT = 13;

describe('placeLabels', () => {
  it('puts a label on its preferred side when nothing is in the way', () => {
    const [label] = placeLabels([{ key: 'target', text: 'Target 3,000 by 2025', x: 300, y: 100, prefer: 'above' }], bounds, FONT);
    expect(label!.anchor).toBe('middle');
    expect(label!.box.y + label!.box.height).toBeLessThan(100);
  });

  it('moves a label off a line that crosses its preferred place', () => {
    const line = boxesAlong([
      { x: 200, y: 85 },
      { x: 400, y: 85 },
    ]);
    const [label] = placeLabels([{ key: 'latest', text: '2,446 (2021)', x: 300, y: 100, prefer: 'above' }], bounds, FONT, line);
    expect(line.some((box) => overlaps(box, label!.box))).toBe(false);
  });

  it('keeps a label at the right edge inside the chart by anchoring it at its end', () => {
    const [label] = placeLabels(
      [{ key: 'target', text: 'Target rank 1 by 2035', x: 540, y: 100, prefer: 'above' }],
      bounds,
      FONT,
    );
    expect(label!.anchor).toBe('end');
    expect(label!.box.x + label!.box.width).toBeLessThanOrEqual(bounds.x + bounds.width + 0.5);
  });

  it('flips a label below its point when there is no room above', () => {
    const [label] = placeLabels([{ key: 'target', text: 'Target 0 by 2025', x: 300, y: 5, prefer: 'above' }], bounds, FONT);
    expect(label!.box.y).toBeGreaterThan(5);
  });

  it('never lays two labels over each other', () => {
    const [target, latest] = placeLabels(
      [
        { key: 'target', text: 'Target 50 by 2015', x: 400, y: 100, prefer: 'above' },
        { key: 'latest', text: '50 (2015)', x: 400, y: 100, prefer: 'above' },
      ],
      bounds,
      FONT,
    );
    expect(overlaps(target!.box, latest!.box)).toBe(false);
  });
});

describe('boxesAlong', () => {
  it('covers a line from end to end at small intervals', () => {
    const boxes = boxesAlong([
      { x: 0, y: 0 },
      { x: 60, y: 0 },
    ]);
    expect(boxes.length).toBeGreaterThanOrEqual(10);
    expect(boxes.at(-1)!.x).toBeGreaterThan(50);
  });
});
