import { useCallback } from 'react';
import type { CodePointRange } from '../../../../shared/annotations';
import type { HighlightColour } from '../../../../shared/domain/annotation';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { useAuthorName } from '../../data/hooks';

/**
 * Creates a highlight on a policy's passage (code points; the data layer widens it to whole
 * characters and stores the W3C selectors), signed with the analyst's name, and offers Undo.
 * Resolves whether it was saved.
 */
export function useCreateHighlight(policyId: string) {
  const run = useRunAction();
  const toasts = useToasts();
  const author = useAuthorName() ?? 'Analyst';
  return useCallback(
    async (range: CodePointRange, color: HighlightColour, body: string, tagIds: string[]): Promise<boolean> => {
      const outcome = await run(
        () => actions.createHighlight({ policyId, start: range.start, end: range.end, color, body, tagIds, author }),
        'Could not highlight the passage',
      );
      if (!outcome.ok) return false;
      const id = outcome.value.id;
      toasts.show('Highlighted the passage.', {
        label: 'Undo',
        run: async () => {
          await run(() => actions.trashAnnotation(id), 'Could not remove the highlight');
        },
      });
      return true;
    },
    [run, toasts, policyId, author],
  );
}
