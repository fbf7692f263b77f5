import type { RecordKind } from './record-kinds';

/**
 * A save refused because the record changed since the analyst opened it (in another
 * window, or by another save). Carries the record as it is now, so the form can show what
 * changed meanwhile and let the analyst keep their own values field by field.
 */
export class StaleRevisionError extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly current: { revision: number } & Record<string, unknown>,
    readonly baseRevision: number,
  ) {
    super('It was changed elsewhere after you opened it; nothing was saved.');
    this.name = 'StaleRevisionError';
  }
}

/** Where a record of a file came from, so a refusal can name it. */
export interface RecordSource {
  /** The table or list it is in, as the file names it ("policies"). */
  table: string;
  /** 1-based position in that list. */
  position: number;
  /** Its title or name, when it has one that can be read. */
  title: string | null;
}

/**
 * A record of an imported file or backup refused by validation: the whole file is refused,
 * and the message names the table, the record and the field in plain words.
 */
export class RecordRejectedError extends Error {
  constructor(
    readonly source: RecordSource,
    readonly field: string,
    readonly reason: string,
  ) {
    const which = `record ${source.position}${source.title ? ` (“${source.title.slice(0, 80)}”)` : ''}`;
    const where = field === '_' ? '' : `, field “${field}”`;
    super(`In ${source.table}, ${which}${where}: ${reason}`);
    this.name = 'RecordRejectedError';
  }
}
