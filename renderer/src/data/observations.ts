import { itemKinds } from '../../../shared/domain/item-kinds';
import type { ObservationRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { ValidationError } from './validation-error';
import type { WriteReport } from './write/effect';
import { write } from './write/pipeline';

/**
 * Adds several observations to a target in one write: all of them, or none if any is
 * invalid (the message names the row). Used when an analyst pastes rows from a spreadsheet.
 */
export async function addObservations(
  db: PolicyDeskDatabase,
  targetId: string,
  inputs: readonly unknown[],
): Promise<{ records: ObservationRecord[]; report: WriteReport }> {
  const rows = inputs.map((input) => ({ ...(input as object), targetId }));
  // Each row is checked first so that a refusal names the pasted row the analyst can find.
  rows.forEach((row, index) => {
    const parsed = itemKinds.observation.schema.safeParse(row);
    if (!parsed.success) {
      const { message } = ValidationError.fromZod(parsed.error);
      throw new ValidationError({ [`rows.${index}`]: `Row ${index + 1}: ${message}` });
    }
  });
  const { records, report } = await write(
    db,
    rows.map((input) => ({ type: 'create' as const, kind: 'observation' as const, input })),
  );
  return { records: records as unknown as ObservationRecord[], report };
}
