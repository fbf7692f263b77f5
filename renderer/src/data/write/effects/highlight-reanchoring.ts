import { reanchorAll } from '../../../../../shared/annotations';
import type { PolicyRecord } from '../../../../../shared/domain/records';
import type { WriteEffect } from '../effect';

/**
 * When a policy's text changes, every highlight on it is re-found in the new text in the
 * same write: a passage the edit did not touch is followed exactly; one it touched is
 * searched for by its quote and context, and marked orphaned if gone or ambiguous, never
 * moved to a look-alike. This is the one place that anchors highlights to edited text; the
 * reading view draws the stored positions.
 */
export const highlightReanchoring: WriteEffect = {
  name: 'highlight re-anchoring',
  tables: () => ['annotations'],
  async apply({ db, report }, changes) {
    for (const change of changes) {
      if (change.action !== 'update') continue;
      const before = change.before as unknown as PolicyRecord;
      const after = change.after as unknown as PolicyRecord;
      if (before.text === after.text) continue;
      const highlights = await db.annotations
        .where('[itemKind+itemId]')
        .equals(['policy', after.id])
        .filter((annotation) => annotation.kind === 'highlight' && annotation.selector !== null)
        .toArray();
      if (highlights.length === 0) continue;
      const outcomes = reanchorAll(
        before.text ?? '',
        after.text ?? '',
        highlights.map((highlight) => highlight.selector!),
      );
      let moved = 0;
      let orphaned = 0;
      for (const [index, highlight] of highlights.entries()) {
        const { result, selectors } = outcomes[index]!;
        // Only the derived anchor changes, not what the analyst wrote, so the revision stays.
        if (result.status === 'anchored') {
          if (result.moved || highlight.anchor !== 'anchored') moved += 1;
          await db.annotations.update(highlight.id, { anchor: 'anchored', selector: selectors });
        } else {
          if (highlight.deletedAt === null) orphaned += 1;
          // The stored quote stays: it is what the analyst sees in "needs attention".
          await db.annotations.update(highlight.id, { anchor: 'orphaned' });
        }
      }
      report.reanchored.push({ policyId: after.id, moved, orphaned });
    }
  },
};
