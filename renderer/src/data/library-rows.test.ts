import { describe, expect, it } from 'vitest';
import { listItems } from './items';
import { DEFAULT_ASSESSMENT_SETTINGS } from '../../../shared/assessment';
import { assessLibrary } from './assessments';
import { buildRows } from './library-rows';
import { seedIfFirstRun } from './seed';
import { freshDatabase, smallLibrary } from './test-library';

describe('library rows', () => {
  it('names what each item links to and counts what links to it', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    const library = {
      policies: await listItems(db, 'policy'),
      plans: await listItems(db, 'plan'),
      targets: await listItems(db, 'target'),
      observations: await listItems(db, 'observation'),
      organisations: await listItems(db, 'organisation'),
    };
    const rows = buildRows(library, assessLibrary(library.targets, library.observations, DEFAULT_ASSESSMENT_SETTINGS, 2024));
    expect(rows.policies[0]).toMatchObject({ issuerNames: ['CAST'], issuedYear: null });
    expect(rows.plans[0]).toMatchObject({ policyTitle: 'CAST Development Plan', targetCount: 1 });
    expect(rows.targets[0]).toMatchObject({
      planTitle: 'CAST Development Plan',
      latestValue: 12,
      latestYear: 2022,
      observationCount: 1,
    });
    expect(rows.organisations[0]).toMatchObject({ policyCount: 1, targetCount: 1 });
  });
});
