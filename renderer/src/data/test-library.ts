import { libraryBundleSchema, type LibraryBundle } from '../../../shared/domain/library-bundle';
import { PolicyDeskDatabase } from './db';

/** A fresh, uniquely named in-memory database for one test. */
export function freshDatabase(): PolicyDeskDatabase {
  return new PolicyDeskDatabase(`test-${crypto.randomUUID()}`);
}

const citation = { source: 'seed.txt', section: '1 Introduction', page: null, quote: null };

/** A small library with one of each kind, linked together. */
export const smallLibrary: LibraryBundle = libraryBundleSchema.parse({
  format: 'policydesk-library',
  version: 1,
  organisations: [
    { id: 'org-cast', name: 'China Association for Science and Technology', abbreviation: 'CAST', kind: 'association', citation },
  ],
  policies: [{ id: 'pol-plan', title: 'CAST Development Plan', kind: 'plan', issuerIds: ['org-cast'], citation }],
  plans: [
    {
      id: 'pln-plan',
      title: 'CAST Development Plan',
      policyId: 'pol-plan',
      issuerIds: ['org-cast'],
      periodStart: 2021,
      periodEnd: 2025,
      citation,
    },
  ],
  targets: [
    {
      id: 'tgt-societies',
      statement: 'Twenty world-class academic societies by 2025',
      planId: 'pln-plan',
      ownerIds: ['org-cast'],
      metric: 'World-class academic societies',
      unit: 'societies',
      direction: 'increase',
      targetValue: 20,
      dueYear: 2025,
      citation,
    },
  ],
  observations: [{ id: 'obs-1', targetId: 'tgt-societies', indicator: 'World-class societies', value: 12, year: 2022, citation }],
});
