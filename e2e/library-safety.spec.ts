import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BriefingPage } from './pages/briefing-page';
import { ItemFormPage } from './pages/item-form-page';
import { ItemPage } from './pages/item-page';
import { LibraryPage } from './pages/library-page';

const POLICY = 'National 13th Five-Year Plan for S&T Innovation (2016-2020)';

/** The same policy's edit form, opened in a window. */
async function editPolicy(page: Page, search: string) {
  const library = new LibraryPage(() => page);
  await library.open('Policies');
  await library.search(search);
  await library.openRow(search);
  await new ItemPage(() => page).edit();
}

test.describe('two windows on one library', () => {
  test('a save made in one window is never silently undone by the other', async ({ app }) => {
    test.skip(test.info().project.name === 'electron', 'The desktop app opens one window on its library.');
    const other = await app.page.context().newPage();
    await other.goto(app.page.url());
    const mine = new ItemFormPage(() => app.page);
    const theirs = new ItemFormPage(() => other);
    const policyTitle = await (async () => {
      await editPolicy(app.page, POLICY);
      return mine.field('English title').inputValue();
    })();
    await editPolicy(other, POLICY);

    // Window B saves a new title; window A, opened before that save, then saves its summary.
    await theirs.fill('English title', `${policyTitle} (revised)`);
    await theirs.save();
    await expect(other.getByRole('heading', { level: 1, name: `${policyTitle} (revised)` })).toBeVisible();
    await mine.fill('Summary', 'Summary written in the first window.');
    await mine.save();

    const panel = app.page.getByRole('alert').filter({ hasText: 'Changed elsewhere while you were editing' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Changed there and kept, since you left it as it was: English title.');
    await panel.getByRole('button', { name: 'Save with these choices' }).click();
    await expect(app.page.getByRole('heading', { level: 1, name: `${policyTitle} (revised)` })).toBeVisible();
    await expect(app.page.getByText('Summary written in the first window.')).toBeVisible();

    // Both change the title: the second to save chooses, field by field.
    await editPolicy(other, `${policyTitle} (revised)`);
    await new ItemPage(() => app.page).edit();
    await theirs.fill('English title', 'Title from window B');
    await theirs.save();
    await expect(other.getByRole('heading', { level: 1, name: 'Title from window B' })).toBeVisible();
    await mine.fill('English title', 'Title from window A');
    await mine.save();
    await expect(panel).toContainText('One field you changed was changed there too');
    await expect(panel.getByRole('row', { name: /English title/ })).toContainText('Use theirs: Title from window B');
    await panel.getByRole('radio', { name: 'Keep mine: Title from window A' }).check();
    await panel.getByRole('button', { name: 'Save with these choices' }).click();
    await expect(app.page.getByRole('heading', { level: 1, name: 'Title from window A' })).toBeVisible();
    // The first window's summary survived both rounds.
    await expect(app.page.getByText('Summary written in the first window.')).toBeVisible();

    // A table on show in one window follows a save made in the other, without a reload.
    const otherLibrary = new LibraryPage(() => other);
    await otherLibrary.open('Policies');
    await otherLibrary.search('Title from window');
    await expect(otherLibrary.row('Title from window A')).toHaveCount(1);
    await new ItemPage(() => app.page).edit();
    await mine.fill('English title', 'Title from window A, once more');
    await mine.save();
    await expect(otherLibrary.row('Title from window A, once more')).toHaveCount(1);
    await other.close();
  });
});

test.describe('two windows on one briefing', () => {
  test('a briefing saved in one window is not overwritten by the other without asking', async ({ app }) => {
    test.skip(test.info().project.name === 'electron', 'The desktop app opens one window on its library.');
    const mine = new BriefingPage(() => app.page);
    await mine.openList();
    await mine.newBriefing();
    await mine.field('Title').fill('Weekly note');
    await mine.save();
    await expect(mine.saveState).toHaveText('All changes saved');

    const other = await app.page.context().newPage();
    await other.goto(app.page.url());
    const theirs = new BriefingPage(() => other);
    await theirs.field('Audience').fill('The minister');
    await theirs.save();
    await expect(theirs.saveState).toHaveText('All changes saved');

    await mine.field('Title').fill('Weekly note, revised');
    await mine.save();
    const panel = app.page.getByRole('group', { name: 'Changed in another window' });
    await expect(panel).toContainText('Changed there: Audience.');
    await expect(mine.saveState).toHaveText('Unsaved changes');
    await panel.getByRole('button', { name: 'Take theirs (drop my draft)' }).click();
    await expect(mine.field('Audience')).toHaveValue('The minister');
    await expect(mine.field('Title')).toHaveValue('Weekly note');
    await other.close();
  });
});

test.describe('restoring a backup', () => {
  test('a backup with a malformed record is refused with the record named, and the library is unchanged', async ({
    app,
    library,
  }) => {
    const page = app.page;
    await page.getByRole('link', { name: 'Library and data' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByRole('table')).toContainText('Saved by you');
    const [name] = (await page.getByRole('table').locator('code').allTextContents()).filter((text) => text.endsWith('.json'));
    const backup = JSON.parse(await readFile(join(app.dataDir, 'backups', name!), 'utf8')) as {
      tables: { policies: Array<Record<string, unknown>> };
    };
    // The third policy's title becomes an object, as in a hand-edited or damaged file.
    backup.tables.policies[2]!.title = { en: 'not a string' };
    const damaged = 'policydesk-2020-01-01T00-00-00-000Z.json';
    await writeFile(join(app.dataDir, 'backups', damaged), JSON.stringify(backup));

    await library.open('Policies');
    const before = await library.rowCount.textContent();
    await page.getByRole('link', { name: 'Library and data' }).click();
    await page
      .getByRole('row', { name: new RegExp(damaged) })
      .getByRole('button', { name: 'Restore…' })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Back up and restore' }).click();
    await expect(page.getByRole('status')).toContainText(
      `Restore of ${damaged} did not happen; nothing was changed: In policies, record 3, field “title”`,
    );
    await library.open('Policies');
    await expect(library.rowCount).toHaveText(before!);
  });
});

test.describe('a library that went missing', () => {
  test('is reported, not replaced by the sample library, and comes back from the latest backup', async ({ app, library }) => {
    await library.open('Organisations');
    const count = await library.rowCount.textContent();
    // The first start saved a daily backup and the ledger of what the library holds.
    await expect
      .poll(async () => (await readdir(app.dataDir)).filter((name) => name.startsWith('library-ledger-')).length)
      .toBe(1);
    // The daily backup is saved a few seconds after the first screen.
    await expect
      .poll(async () => (await readdir(join(app.dataDir, 'backups')).catch(() => [])).some((f) => f.endsWith('-daily.json')), {
        timeout: 20_000,
      })
      .toBe(true);

    // The storage is cleared while the app is closed, as a browser evicting it would.
    await app.restart(() => rm(app.storageDir, { recursive: true, force: true }));

    const page = app.page;
    await expect(page.getByRole('heading', { level: 1, name: 'Your library was not found' })).toBeVisible();
    await expect(page.getByText(/Nothing has been loaded in its place/)).toBeVisible();
    await page.getByRole('button', { name: 'Restore the latest backup' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await library.open('Organisations');
    await expect(library.rowCount).toHaveText(count!);
  });
});
