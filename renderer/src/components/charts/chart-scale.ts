/**
 * Axis arithmetic for the charts: round steps and the ticks on them. Chosen here rather than
 * left to the chart library, so the axes are the same on screen, in print and in tests.
 */

/** A round step (1, 2 or 5 times a power of ten; 2.5 reads oddly for counts) that cuts `range` into about `parts` parts. */
export function niceStep(range: number, parts = 5): number {
  if (!(range > 0) || !Number.isFinite(range)) return 1;
  const raw = range / parts;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const normalised = raw / magnitude;
  const factor = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10;
  return factor * magnitude;
}

/** Every multiple of `step` from `from` to `to`, inclusive, free of floating-point dust (0.30000000000000004). */
export function axisTicks(from: number, to: number, step: number): number[] {
  const ticks: number[] = [];
  const first = Math.ceil(from / step - 1e-9);
  const last = Math.floor(to / step + 1e-9);
  for (let index = first; index <= last; index += 1) ticks.push(Number((index * step).toPrecision(12)));
  return ticks;
}

/**
 * Year ticks: every year over a short span, then every 2, 5 or 10 years on round years. The
 * last year shown (usually the due year) always gets a tick of its own, unless a round year
 * sits so close that the two labels would crowd: then the due year takes its place.
 */
export function yearTicks(first: number, last: number): number[] {
  const span = last - first;
  const step = span <= 10 ? 1 : span <= 20 ? 2 : span <= 50 ? 5 : 10;
  const ticks = axisTicks(first, last, step);
  const lastTick = ticks.at(-1);
  if (lastTick === undefined || last - lastTick >= step * 0.6) ticks.push(last);
  else if (lastTick !== last) ticks[ticks.length - 1] = last;
  return ticks;
}
