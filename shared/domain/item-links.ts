import type { ItemKind } from './entities';

/**
 * Every link between library items, declared once. The integrity check, the database's
 * link validation and the item pages' related lists all read this table, so a new link is
 * added in one place.
 */
export interface ItemLink {
  from: ItemKind;
  /** The field of `from` that holds the linked id (or ids). */
  field: 'issuerIds' | 'policyId' | 'planId' | 'ownerIds' | 'targetId';
  to: ItemKind;
  /** What the linked item is to the linking one, in problem messages ("links issuer org-x"). */
  role: string;
  /** Heading on the linking item's page, over the items it links to. */
  forwardHeading: string;
  /** Heading on the linked item's page, over the items that link to it. */
  reverseHeading: string;
}

export const ITEM_LINKS: readonly ItemLink[] = [
  {
    from: 'policy',
    field: 'issuerIds',
    to: 'organisation',
    role: 'issuer',
    forwardHeading: 'Issued by',
    reverseHeading: 'Policies issued',
  },
  { from: 'plan', field: 'policyId', to: 'policy', role: 'policy', forwardHeading: 'Issued as policy', reverseHeading: 'Plans' },
  {
    from: 'plan',
    field: 'issuerIds',
    to: 'organisation',
    role: 'issuer',
    forwardHeading: 'Issued by',
    reverseHeading: 'Plans issued',
  },
  { from: 'target', field: 'planId', to: 'plan', role: 'plan', forwardHeading: 'Plan', reverseHeading: 'Targets' },
  { from: 'target', field: 'policyId', to: 'policy', role: 'policy', forwardHeading: 'Policy', reverseHeading: 'Targets' },
  {
    from: 'target',
    field: 'ownerIds',
    to: 'organisation',
    role: 'owner',
    forwardHeading: 'Responsible',
    reverseHeading: 'Targets owned',
  },
  {
    from: 'observation',
    field: 'targetId',
    to: 'target',
    role: 'target',
    forwardHeading: 'Evidences target',
    reverseHeading: 'Observations',
  },
];

/** The ids an item links to through one link. */
export function linkedIds(link: ItemLink, item: object): string[] {
  const value = (item as Record<string, unknown>)[link.field];
  if (Array.isArray(value)) return value.filter((id): id is string => typeof id === 'string');
  return typeof value === 'string' ? [value] : [];
}

export const linksFrom = (kind: ItemKind) => ITEM_LINKS.filter((link) => link.from === kind);
export const linksTo = (kind: ItemKind) => ITEM_LINKS.filter((link) => link.to === kind);
