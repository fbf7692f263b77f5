import { describe, expect, it } from 'vitest';
import { importLibraryFile } from './import-library';
import { seedIfFirstRun } from './seed';
import { freshDatabase, smallLibrary } from './test-library';

const citation = { source: 'file.json', section: 'generated', page: null, quote: null };
const file = (parts: object) => JSON.stringify({ format: 'policydesk-library', version: 1, ...parts });

describe('importing a library file', () => {
  it('adds every item, linked to items already in the library', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    const added = await importLibraryFile(
      db,
      file({
        observations: [{ id: 'obs-new', targetId: 'tgt-societies', indicator: 'Societies', value: 14, year: 2023, citation }],
      }),
      'user',
    );
    expect(added).toBe(1);
    expect(await db.observations.get('obs-new')).toMatchObject({ origin: 'user', value: 14 });
  });

  it('adds a file with its own sources to a library built from other sources', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => ({
      ...smallLibrary,
      sources: [{ file: 'seed.txt', title: 'Seed', authors: [], publisher: null, published: null }],
    }));
    const added = await importLibraryFile(
      db,
      file({
        sources: [{ file: 'file.json', title: 'Notes' }],
        organisations: [{ id: 'org-most', name: 'Ministry of Science and Technology', kind: 'government', citation }],
      }),
      'user',
    );
    expect(added).toBe(1);
  });

  it('rejects a file with a broken link and adds nothing', async () => {
    const db = freshDatabase();
    const attempt = importLibraryFile(
      db,
      file({
        organisations: [{ id: 'org-a', name: 'A', kind: 'other', citation }],
        observations: [{ id: 'obs-x', targetId: 'tgt-missing', indicator: 'X', value: 1, year: 2020, citation }],
      }),
      'user',
    );
    await expect(attempt).rejects.toThrow('In observations, record 1 (“X”), field “targetId”: No target with the id tgt-missing');
    expect(await db.organisations.count()).toBe(0);
  });

  it('rejects ids that are already taken', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    await expect(
      importLibraryFile(db, file({ organisations: [{ id: 'org-cast', name: 'CAST', kind: 'association', citation }] }), 'user'),
    ).rejects.toThrow(
      'In organisations, record 1 (“CAST”), field “id”: A organisation with the id org-cast is already in the library',
    );
  });

  it('explains what is wrong with a file that is not a library', async () => {
    const db = freshDatabase();
    await expect(importLibraryFile(db, 'not json', 'user')).rejects.toThrow('The file is not JSON.');
    await expect(importLibraryFile(db, '{"format":"something-else"}', 'user')).rejects.toThrow(
      'This is not a PolicyDesk library file',
    );
  });
});
