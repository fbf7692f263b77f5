import type { z } from 'zod';
import {
  type ItemKind,
  observationFieldsSchema,
  organisationFieldsSchema,
  planFieldsSchema,
  policyFieldsSchema,
  targetFieldsSchema,
} from './entities';
import type { BundleCollection } from './library-bundle';

/** How each kind of library item is named, stored and validated. */
export const itemKinds = {
  policy: { collection: 'policies', label: 'Policy', plural: 'Policies', idPrefix: 'pol', schema: policyFieldsSchema },
  plan: { collection: 'plans', label: 'Plan', plural: 'Plans', idPrefix: 'pln', schema: planFieldsSchema },
  target: { collection: 'targets', label: 'Target', plural: 'Targets', idPrefix: 'tgt', schema: targetFieldsSchema },
  observation: {
    collection: 'observations',
    label: 'Observation',
    plural: 'Observations',
    idPrefix: 'obs',
    schema: observationFieldsSchema,
  },
  organisation: {
    collection: 'organisations',
    label: 'Organisation',
    plural: 'Organisations',
    idPrefix: 'org',
    schema: organisationFieldsSchema,
  },
} as const satisfies Record<
  ItemKind,
  { collection: BundleCollection; label: string; plural: string; idPrefix: string; schema: z.ZodType }
>;

export type FieldsOf<K extends ItemKind> = z.output<(typeof itemKinds)[K]['schema']>;
export type InputOf<K extends ItemKind> = z.input<(typeof itemKinds)[K]['schema']>;

export function kindOfCollection(collection: BundleCollection): ItemKind {
  const entry = Object.entries(itemKinds).find(([, meta]) => meta.collection === collection);
  if (!entry) throw new Error(`Unknown collection ${collection}`);
  return entry[0] as ItemKind;
}
