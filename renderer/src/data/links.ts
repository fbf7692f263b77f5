import type { ItemKind } from '../../../shared/domain/entities';
import type { FieldsOf } from '../../../shared/domain/item-kinds';
import type { PolicyDeskDatabase } from './db';

type LinkCheck = {
  field: string;
  ids: readonly string[];
  table: 'policies' | 'plans' | 'targets' | 'organisations';
  what: string;
};

function linksOf(kind: ItemKind, fields: FieldsOf<ItemKind>): LinkCheck[] {
  const one = (id: string | null | undefined) => (id ? [id] : []);
  switch (kind) {
    case 'policy': {
      const f = fields as FieldsOf<'policy'>;
      return [{ field: 'issuerIds', ids: f.issuerIds, table: 'organisations', what: 'organisation' }];
    }
    case 'plan': {
      const f = fields as FieldsOf<'plan'>;
      return [
        { field: 'policyId', ids: one(f.policyId), table: 'policies', what: 'policy' },
        { field: 'issuerIds', ids: f.issuerIds, table: 'organisations', what: 'organisation' },
      ];
    }
    case 'target': {
      const f = fields as FieldsOf<'target'>;
      return [
        { field: 'planId', ids: one(f.planId), table: 'plans', what: 'plan' },
        { field: 'policyId', ids: one(f.policyId), table: 'policies', what: 'policy' },
        { field: 'ownerIds', ids: f.ownerIds, table: 'organisations', what: 'organisation' },
      ];
    }
    case 'observation': {
      const f = fields as FieldsOf<'observation'>;
      return [{ field: 'targetId', ids: one(f.targetId), table: 'targets', what: 'target' }];
    }
    case 'organisation':
      return [];
  }
}

/** Field errors for links that point at items that do not exist. */
export async function findBrokenLinks(
  db: PolicyDeskDatabase,
  kind: ItemKind,
  fields: FieldsOf<ItemKind>,
): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  for (const check of linksOf(kind, fields)) {
    if (check.ids.length === 0) continue;
    const found = await db.table(check.table).bulkGet([...check.ids]);
    const missing = check.ids.filter((_, index) => found[index] === undefined);
    if (missing.length > 0) errors[check.field] = `No ${check.what} with the id ${missing.join(', ')}`;
  }
  return errors;
}
