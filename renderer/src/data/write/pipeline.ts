import type { RecordMeta, RecordOrigin } from '../../../../shared/domain/records';
import type { PolicyDeskDatabase } from '../db';
import type { RecordChange, StoredRecord, WriteContext, WriteEffect, WriteReport } from './effect';
import { type RecordKind, recordKinds } from './record-kinds';
import { refuse, refuseZod } from './refuse';
import { type RecordSource, StaleRevisionError } from './write-errors';

/** One thing a write does to one record. */
export type WriteOp =
  | {
      type: 'create';
      kind: RecordKind;
      input: unknown;
      /** A record from a file keeps its id; a new one gets a fresh id with its kind's prefix. */
      id?: string;
      origin?: RecordOrigin;
      /** A record from a file or backup keeps its bookkeeping. */
      meta?: Partial<RecordMeta>;
      source?: RecordSource;
    }
  | {
      type: 'update';
      kind: RecordKind;
      id: string;
      /** The new fields, or a function from the stored record to them (for a patch). */
      input: unknown;
      /** The revision the edit started from; a save based on an older one is refused. */
      baseRevision?: number;
    }
  | { type: 'trash' | 'restore' | 'remove'; kind: RecordKind; id: string };

export interface WriteOptions {
  /** Whether the write records its library items in the change history (default true). */
  history?: boolean;
  /** The records come from a backup (see WriteContext.restoring). */
  restoring?: boolean;
}

export interface WriteResult {
  /** Each operation's record as written, in the order given; null for a removal. */
  records: (StoredRecord | null)[];
  report: WriteReport;
}

/**
 * The one write path. Every create, edit, trash, restore and removal of every kind of
 * record comes here, alone or in a batch, and happens in one transaction: each record is
 * validated against its kind's schema, given its bookkeeping (id, timestamps, revision),
 * checked against the revision its edit started from, and written; then its kind's
 * declared effects run (record-kinds.ts): link checks, status tracking, re-anchoring,
 * change history. Any refusal leaves the database as it was.
 */
export async function write(db: PolicyDeskDatabase, ops: readonly WriteOp[], options: WriteOptions = {}): Promise<WriteResult> {
  const pending = new Map<string, Map<string, StoredRecord | null>>();
  const context: WriteContext = {
    db,
    at: new Date().toISOString(),
    report: { statusChanges: [], reanchored: [] },
    history: options.history ?? true,
    restoring: options.restoring ?? false,
    pending,
  };
  const kinds = [...new Set(ops.map((op) => op.kind))];
  const effects = effectsOf(kinds);
  const tables = new Set(kinds.map((kind) => recordKinds[kind].table));
  for (const { effect, kinds: theirKinds } of effects) {
    for (const kind of theirKinds) for (const table of effect.tables(kind)) tables.add(table);
  }
  // Creations are validated before the transaction opens: the bulk of an import's work
  // should not hold the database.
  const created = new Map<number, StoredRecord>();
  ops.forEach((op, index) => {
    if (op.type === 'create') created.set(index, newRecord(op, context.at));
  });

  return db.transaction(
    'rw',
    [...tables].map((name) => db.table(name)),
    async () => {
      const changes = await resolveChanges(context, ops, created);
      for (const change of changes) {
        const table = recordKinds[change.kind].table;
        if (!pending.has(table)) pending.set(table, new Map());
        pending.get(table)!.set((change.after ?? change.before)!.id, change.after);
      }
      for (const { effect, kinds: theirKinds } of effects) {
        await effect.check?.(
          context,
          changes.filter((change) => theirKinds.includes(change.kind)),
        );
      }
      await store(db, changes);
      for (const { effect, kinds: theirKinds } of effects) {
        await effect.apply?.(
          context,
          changes.filter((change) => theirKinds.includes(change.kind)),
        );
      }
      return { records: changes.map((change) => change.after), report: context.report };
    },
  );
}

/** Each effect once, in the order the kinds declare them, with the kinds that declare it. */
function effectsOf(kinds: readonly RecordKind[]): { effect: WriteEffect; kinds: RecordKind[] }[] {
  const found = new Map<WriteEffect, RecordKind[]>();
  for (const kind of kinds) {
    for (const effect of recordKinds[kind].effects) {
      if (!found.has(effect)) found.set(effect, []);
      found.get(effect)!.push(kind);
    }
  }
  return [...found].map(([effect, theirKinds]) => ({ effect, kinds: theirKinds }));
}

function parse(kind: RecordKind, input: unknown, source?: RecordSource): Record<string, unknown> {
  const parsed = recordKinds[kind].schema.safeParse(input);
  if (!parsed.success) refuseZod(parsed.error, source);
  return parsed.data as Record<string, unknown>;
}

function newRecord(op: Extract<WriteOp, { type: 'create' }>, at: string): StoredRecord {
  const spec = recordKinds[op.kind];
  const fields = parse(op.kind, op.input, op.source);
  return {
    ...fields,
    id: op.id ?? `${spec.idPrefix}-${crypto.randomUUID()}`,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    origin: op.origin ?? 'user',
    revision: 1,
    ...op.meta,
  };
}

const missing = (kind: RecordKind) => new Error(`The ${recordKinds[kind].noun} no longer exists`);

async function resolveChanges(
  { db, at }: WriteContext,
  ops: readonly WriteOp[],
  created: ReadonlyMap<number, StoredRecord>,
): Promise<RecordChange[]> {
  const stored = await readStored(db, ops);
  return ops.map((op, index): RecordChange => {
    const spec = recordKinds[op.kind];
    if (op.type === 'create') {
      const after = created.get(index)!;
      if (stored.get(index)) {
        refuse({ id: `A ${spec.noun} with the id ${after.id} is already in the library` }, op.source);
      }
      return { kind: op.kind, action: 'create', before: null, after, ...(op.source ? { source: op.source } : {}) };
    }
    const before = stored.get(index);
    if (!before) throw missing(op.kind);
    const revision = before.revision ?? 1;
    switch (op.type) {
      case 'update': {
        if (op.baseRevision !== undefined && op.baseRevision !== revision)
          throw new StaleRevisionError(op.kind, before, op.baseRevision);
        const input = typeof op.input === 'function' ? (op.input as (current: StoredRecord) => unknown)(before) : op.input;
        const fields = parse(op.kind, input);
        const after: StoredRecord = {
          ...fields,
          id: before.id,
          createdAt: before.createdAt,
          updatedAt: at,
          deletedAt: before.deletedAt,
          origin: before.origin,
          revision: revision + 1,
        };
        return { kind: op.kind, action: 'update', before, after };
      }
      case 'trash':
      case 'restore': {
        const after: StoredRecord = {
          ...before,
          deletedAt: op.type === 'trash' ? at : null,
          updatedAt: spec.trashIsEdit ? at : before.updatedAt,
          revision: revision + 1,
        };
        return { kind: op.kind, action: op.type, before, after };
      }
      case 'remove':
        if (spec.removeFromTrashOnly && before.deletedAt === null)
          throw new Error(`Only ${spec.noun}s in the trash can be deleted for good`);
        return { kind: op.kind, action: 'remove', before, after: null };
    }
  });
}

/**
 * The stored record each operation concerns, read in one query per table. For a creation
 * with a given id only whether the id is taken matters, so only keys are read: an import of
 * 100,000 records must not read back what it is about to write.
 */
async function readStored(db: PolicyDeskDatabase, ops: readonly WriteOp[]): Promise<Map<number, StoredRecord>> {
  const byTable = new Map<string, { creates: { index: number; id: string }[]; edits: { index: number; id: string }[] }>();
  const seen = new Set<string>();
  ops.forEach((op, index) => {
    if (op.id === undefined) return;
    const table = recordKinds[op.kind].table;
    // Each record once per write: two operations on one record would each see the same "before".
    if (seen.has(`${table}:${op.id}`)) throw new Error(`One write changes ${op.id} twice`);
    seen.add(`${table}:${op.id}`);
    if (!byTable.has(table)) byTable.set(table, { creates: [], edits: [] });
    byTable.get(table)![op.type === 'create' ? 'creates' : 'edits'].push({ index, id: op.id });
  });
  const found = new Map<number, StoredRecord>();
  for (const [table, { creates, edits }] of byTable) {
    const records = await db.table(table).bulkGet(edits.map((entry) => entry.id));
    records.forEach((record: StoredRecord | undefined, position) => {
      if (record) found.set(edits[position]!.index, record);
    });
    if (creates.length === 0) continue;
    const taken = new Set(
      (await db
        .table(table)
        .where(':id')
        .anyOf(creates.map((entry) => entry.id))
        .primaryKeys()) as string[],
    );
    for (const { index, id } of creates) if (taken.has(id)) found.set(index, { id } as StoredRecord);
  }
  return found;
}

/**
 * Writes every change, one bulk call per table. New records are put, not added: their ids
 * were checked as free in this same transaction (readStored), and an add would make
 * IndexedDB look each key up again, which on an import of 100,000 is most of its time.
 */
async function store(db: PolicyDeskDatabase, changes: readonly RecordChange[]): Promise<void> {
  const puts = new Map<string, StoredRecord[]>();
  const removals = new Map<string, string[]>();
  const push = <T>(map: Map<string, T[]>, table: string, value: T) => {
    if (!map.has(table)) map.set(table, []);
    map.get(table)!.push(value);
  };
  for (const change of changes) {
    const table = recordKinds[change.kind].table;
    if (change.after) push(puts, table, change.after);
    else push(removals, table, change.before!.id);
  }
  for (const [table, records] of puts) await db.table(table).bulkPut(records);
  for (const [table, ids] of removals) await db.table(table).bulkDelete(ids);
}
