import { z } from 'zod';
import type { ItemKind } from '../../../shared/domain/entities';
import { kindOfCollection } from '../../../shared/domain/item-kinds';
import { BUNDLE_COLLECTIONS } from '../../../shared/domain/library-bundle';
import type { RecordOrigin } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { write, type WriteOp } from './write/pipeline';
import { RecordRejectedError, type RecordSource } from './write/write-errors';

export class ImportError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.length === 1 ? problems[0] : `${problems[0]} (and ${problems.length - 1} more problems)`);
    this.name = 'ImportError';
  }
}

/** The longest id a file may carry: ids end up in addresses, which have a length limit. */
export const MAX_ID_LENGTH = 200;

/**
 * A library file's envelope. Its records are checked one by one by the write path, with
 * the same schemas as every other write, so a refusal can name the record.
 */
const libraryFileSchema = z.object({
  format: z.literal('policydesk-library', { message: 'This is not a PolicyDesk library file' }),
  version: z.literal(1, { message: 'This library file was made by a newer PolicyDesk' }),
  ...Object.fromEntries(
    BUNDLE_COLLECTIONS.map((collection) => [
      collection,
      z.array(z.unknown(), { message: `“${collection}” must be a list of records` }).default([]),
    ]),
  ),
});

/** A record's title, name or statement, for a message that names it. */
export function titleOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const fields = record as Record<string, unknown>;
  for (const key of ['title', 'name', 'statement', 'indicator']) {
    if (typeof fields[key] === 'string' && fields[key] !== '') return fields[key];
  }
  return null;
}

/**
 * One create operation per record of a library file, each keeping its id and naming where
 * it stands in the file. Ids must be present, short enough, and unique within the file.
 */
export function libraryFileOps(collections: Readonly<Record<string, readonly unknown[]>>, origin: RecordOrigin): WriteOp[] {
  const ops: WriteOp[] = [];
  const seen = new Set<string>();
  for (const collection of BUNDLE_COLLECTIONS) {
    const kind: ItemKind = kindOfCollection(collection);
    (collections[collection] ?? []).forEach((record, index) => {
      const source: RecordSource = { table: collection, position: index + 1, title: titleOf(record) };
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof record !== 'object' || record === null) throw new RecordRejectedError(source, '_', 'it is not a record');
      if (typeof id !== 'string' || id.trim() === '') throw new RecordRejectedError(source, 'id', 'every record needs an id');
      if (id.length > MAX_ID_LENGTH)
        throw new RecordRejectedError(source, 'id', `an id can be up to ${MAX_ID_LENGTH} characters`);
      if (seen.has(`${collection}:${id}`)) throw new RecordRejectedError(source, 'id', `the id ${id} is used more than once`);
      seen.add(`${collection}:${id}`);
      ops.push({ type: 'create', kind, id, input: record, origin, source });
    });
  }
  return ops;
}

/**
 * Adds the items of a library file to the library, all or nothing. Every record is
 * validated by the write path; links may point within the file or at items already in the
 * library, and no id may already be taken. Returns how many items were added.
 */
export async function importLibraryFile(db: PolicyDeskDatabase, text: string, origin: RecordOrigin): Promise<number> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportError(['The file is not JSON.']);
  }
  const parsed = libraryFileSchema.safeParse(json);
  if (!parsed.success) throw new ImportError([parsed.error.issues[0]?.message ?? 'The file is not a library file']);
  const ops = libraryFileOps(parsed.data as unknown as Record<string, unknown[]>, origin);
  await write(db, ops, { history: false });
  return ops.length;
}
