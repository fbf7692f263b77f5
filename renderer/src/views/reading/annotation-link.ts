import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { showAnnotation } from './flash';

/**
 * `?annotation=<id>` on an item page scrolls to that annotation and flashes it, so any list of
 * annotations (the workspace, an export's link back) can point at a passage.
 */
export const ANNOTATION_PARAM = 'annotation';

/** Shows the annotation named in the address once `ids` (what this part of the page draws) holds it. */
export function useShowLinkedAnnotation(ids: readonly string[] | undefined): void {
  const [params] = useSearchParams();
  const wanted = params.get(ANNOTATION_PARAM);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!wanted || !ids?.includes(wanted) || shown.current === wanted) return;
    // After paint, so the marks exist and have a place to scroll to.
    const frame = requestAnimationFrame(() => {
      if (showAnnotation(wanted)) shown.current = wanted;
    });
    return () => cancelAnimationFrame(frame);
  }, [wanted, ids]);
}
