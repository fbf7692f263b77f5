import { expect, test } from './fixtures';
import { BriefingPage } from './pages/briefing-page';

const TITLE = 'Targets due in 2025';
const SUMMARY_TEXT = 'Most targets due in 2025 are on track.';

/** Today as the composer dates a new briefing: the local day, YYYY-MM-DD. */
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

test.describe('briefings', () => {
  test('an analyst composes a briefing, reorders it with the keyboard, and finds it as saved after a restart', async ({
    app,
  }) => {
    const briefing = new BriefingPage(() => app.page);
    await briefing.openList();
    await briefing.newBriefing();
    await expect(briefing.field('Date')).toHaveValue(today());
    await expect(briefing.field('Author')).toHaveValue('Analyst');

    await briefing.field('Title').fill(TITLE);
    await briefing.field('Marking').fill('INTERNAL');
    await briefing.addSection('Text');
    await expect(briefing.section('Summary').getByLabel('Heading')).toBeFocused();
    await briefing.section('Summary').getByLabel('Text', { exact: true }).fill(SUMMARY_TEXT);
    await briefing.addSection('Target status table');
    const table = briefing.section('Targets at a glance');
    await table.getByLabel('Due year').fill('2025');
    await expect(briefing.sectionTitles).toHaveText(['1. Summary', '2. Targets at a glance']);
    await expect(briefing.saveState).toHaveText('Unsaved changes');

    // Alt+↑ in the table's heading moves the table first; focus stays where the analyst was typing.
    await table.getByLabel('Heading').focus();
    await app.page.keyboard.press('Alt+ArrowUp');
    await expect(briefing.sectionTitles).toHaveText(['1. Targets at a glance', '2. Summary']);
    await expect(briefing.announcement).toHaveText('Moved “Targets at a glance” to position 1 of 2.');
    await expect(table.getByLabel('Heading')).toBeFocused();

    // "Move up" on the summary, from the keyboard: the button is now disabled, so focus goes to the card.
    await briefing.section('Summary').getByRole('button', { name: 'Move up' }).press('Enter');
    await expect(briefing.sectionTitles).toHaveText(['1. Summary', '2. Targets at a glance']);
    await expect(briefing.section('Summary')).toBeFocused();
    await expect(briefing.announcement).toHaveText('Moved “Summary” to position 1 of 2.');
    // …and Alt+↓ on the focused card moves it back down.
    await app.page.keyboard.press('Alt+ArrowDown');
    await expect(briefing.sectionTitles).toHaveText(['1. Targets at a glance', '2. Summary']);
    await expect(briefing.section('Summary')).toBeFocused();

    await briefing.save();
    await expect(briefing.saveState).toHaveText('All changes saved');

    await app.restart();
    await briefing.openList();
    await expect(briefing.row(TITLE)).toContainText('INTERNAL');
    await expect(briefing.row(TITLE)).toContainText(today());
    await briefing.open(TITLE);
    await expect(briefing.sectionTitles).toHaveText(['1. Targets at a glance', '2. Summary']);
    await expect(briefing.field('Marking')).toHaveValue('INTERNAL');
    await expect(briefing.section('Targets at a glance').getByLabel('Due year')).toHaveValue('2025');
    await expect(briefing.section('Summary').getByLabel('Text', { exact: true })).toHaveValue(SUMMARY_TEXT);
  });

  test('a briefing duplicated from the list is a "Copy of …" with the same sections; the trash can be undone', async ({
    app,
  }) => {
    const briefing = new BriefingPage(() => app.page);
    await briefing.openList();
    await briefing.newBriefing();
    await briefing.field('Title').fill(TITLE);
    await briefing.addSection('Text');
    await briefing.addSection('Changes since a date');
    await briefing.save();
    await expect(briefing.saveState).toHaveText('All changes saved');

    await briefing.openList();
    await briefing.duplicate(TITLE);
    await expect(briefing.row(`Copy of ${TITLE}`)).toBeVisible();
    await expect(briefing.rows).toHaveCount(2);

    // Moving to the trash can be undone from the toast, or later from the list's trash menu.
    await briefing.trash(`Copy of ${TITLE}`);
    await expect(briefing.rows).toHaveCount(1);
    await briefing.undo();
    await expect(briefing.row(`Copy of ${TITLE}`)).toBeVisible();
    await briefing.trash(`Copy of ${TITLE}`);
    await expect(briefing.rows).toHaveCount(1);
    await briefing.restoreFromTrash(`Copy of ${TITLE}`);
    await expect(briefing.rows).toHaveCount(2);

    await briefing.open(`Copy of ${TITLE}`);
    await expect(briefing.field('Title')).toHaveValue(`Copy of ${TITLE}`);
    await expect(briefing.sectionTitles).toHaveText(['1. Summary', '2. What changed']);
  });

  test('an empty title is refused next to the field, and nothing is saved', async ({ app }) => {
    const briefing = new BriefingPage(() => app.page);
    await briefing.openList();
    await briefing.newBriefing();
    await briefing.field('Title').fill(TITLE);
    await briefing.save();
    await expect(briefing.saveState).toHaveText('All changes saved');

    await briefing.field('Title').fill('');
    await briefing.field('Marking').fill('SECRET');
    await briefing.save();
    await expect(briefing.errorFor('Title')).toHaveText('The title is required');
    await expect(briefing.field('Title')).toHaveAttribute('aria-invalid', 'true');
    await expect(briefing.errorSummary).toContainText('Nothing was saved');
    await expect(briefing.saveState).toHaveText('Unsaved changes');

    // Leaving asks first; discarding leaves the saved briefing as it was.
    await app.page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: 'Briefings', exact: true }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(briefing.row(TITLE)).toBeVisible();
    await expect(briefing.row(TITLE)).not.toContainText('SECRET');
    await expect(briefing.rows).toHaveCount(1);
  });

  test('sections can be reordered by drag and drop, and a removed section can be brought back', async ({ app }) => {
    const briefing = new BriefingPage(() => app.page);
    await briefing.openList();
    await briefing.newBriefing();
    await briefing.addSection('Text');
    await briefing.addSection('Changes since a date');
    await briefing
      .section('What changed')
      .locator('.drag-handle')
      .dragTo(briefing.section('Summary'), { targetPosition: { x: 40, y: 5 } });
    await expect(briefing.sectionTitles).toHaveText(['1. What changed', '2. Summary']);
    await expect(briefing.announcement).toHaveText('Moved “What changed” to position 1 of 2.');

    await briefing.section('What changed').getByRole('button', { name: 'Remove' }).click();
    await expect(briefing.sectionTitles).toHaveText(['1. Summary']);
    await app.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(briefing.sectionTitles).toHaveText(['1. What changed', '2. Summary']);
  });
});
