import { useMemo } from 'react';
import type { AnnotationRecord } from '../../../../shared/domain/records';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';

/**
 * The annotation writes the reading view and the notes share, each reporting failure in a
 * toast. Deleting asks nothing: it moves the note aside and offers Undo, which is quicker for
 * the analyst and loses nothing.
 */
export function useAnnotationActions() {
  const run = useRunAction();
  const toasts = useToasts();
  return useMemo(
    () => ({
      update: (id: string, patch: Parameters<typeof actions.updateAnnotation>[1]) =>
        run(() => actions.updateAnnotation(id, patch), 'Could not save the note'),
      /** Resolves whether it was deleted. */
      remove: async (annotation: AnnotationRecord): Promise<boolean> => {
        const what = annotation.kind === 'highlight' ? 'highlight' : 'note';
        const outcome = await run(() => actions.trashAnnotation(annotation.id), `Could not delete the ${what}`);
        if (!outcome.ok) return false;
        toasts.show(`Deleted the ${what}.`, {
          label: 'Undo',
          run: async () => {
            await run(() => actions.restoreAnnotation(annotation.id), `Could not bring the ${what} back`);
          },
        });
        return true;
      },
    }),
    [run, toasts],
  );
}
