import type { BriefingDocument } from '../../../../../shared/briefing/document-types';
import type { BriefingFields } from '../../../../../shared/briefing/model';

/**
 * Previews that have finished drawing, by the briefing object they show. The export takes a
 * preview already on screen for the very same briefing (the composer hands both the same
 * object) instead of drawing every chart again off screen: for a long briefing that is
 * most of the export's time. Keyed by identity, so a changed briefing never matches.
 */
export interface ReadyPreview {
  root: HTMLElement;
  document: BriefingDocument;
}

const ready = new WeakMap<BriefingFields, ReadyPreview>();

export function markPreviewReady(briefing: BriefingFields, preview: ReadyPreview): void {
  ready.set(briefing, preview);
}

export function forgetPreview(briefing: BriefingFields, root: HTMLElement): void {
  if (ready.get(briefing)?.root === root) ready.delete(briefing);
}

/** The drawn preview of exactly this briefing, if one is on the page now. */
export function readyPreviewOf(briefing: BriefingFields): ReadyPreview | undefined {
  const preview = ready.get(briefing);
  return preview?.root.isConnected ? preview : undefined;
}
