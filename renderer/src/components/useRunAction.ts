import { useCallback } from 'react';
import { describeFailure } from '../data/failures';
import { useToasts } from './Toasts';

export type ActionOutcome<T> = { ok: true; value: T } | { ok: false };

/**
 * Runs an action the analyst started and reports a failure in a toast, so nothing fails
 * silently. Says whether it worked, with its result.
 */
export function useRunAction() {
  const toasts = useToasts();
  return useCallback(
    async <T>(action: () => Promise<T>, failurePrefix = 'That did not work'): Promise<ActionOutcome<T>> => {
      try {
        return { ok: true, value: await action() };
      } catch (error) {
        toasts.show(`${failurePrefix}: ${describeFailure(error)}`);
        return { ok: false };
      }
    },
    [toasts],
  );
}
