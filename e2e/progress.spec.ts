import { expect, test } from './fixtures';
import { TargetPage } from './pages/target-page';

const JOURNAL_GOAL = /world's number one scientific journal/;

test.describe('progress tracking', () => {
  test('two new figures move a target from not enough data to needs acceleration to on track', async ({ app, library }) => {
    const target = new TargetPage(() => app.page);
    await library.open('Targets');
    await library.search('number one');
    await library.openRow(JOURNAL_GOAL);
    // One figure so far: rank 300 in 2022.
    await expect(target.progress).toContainText('Not enough data');
    await expect(target.explanation).toHaveText(/only one figure, 300 \(2022\)/);

    // 300 (2022) → 250 (2023): climbing 16.7% a year; rank 1 by 2035 needs 35.5% a year.
    await target.addObservation({ year: '2023', value: '250', source: 'SCImago Journal Rank 2023', section: 'Overall ranking' });
    await expect(target.progress).toContainText('Needs acceleration');
    await expect(target.explanation).toContainText('needs to climb 35.5% a year; climbing 16.7% a year');

    // 300 (2022) → 100 (2025): climbing 30.7% a year, projected rank 3 by 2035: R = (300 − 2.6) / 299 ≈ 0.99.
    await target.addObservation({ year: '2025', value: '100', source: 'SCImago Journal Rank 2025', section: 'Overall ranking' });
    await expect(target.progress).toContainText('On track');
    await expect(target.explanation).toContainText('climbing 30.7% a year');
    await expect(target.observations.getByRole('row')).toHaveCount(4);

    // The chart says the same, and its data table (its text alternative) holds the new figures.
    const chart = app.page.getByRole('img', { name: /^Progress chart for the target/ });
    await expect(chart).toBeVisible();
    await app.page.getByText('Show data').click();
    const data = app.page.getByRole('table').filter({ hasText: 'Observed' });
    await expect(data).toContainText('2023');
    await expect(data).toContainText('250');
    await expect(data).toContainText('100');
  });

  test('pasted rows are previewed, a bad row is refused with its reason, and nothing is saved until it is dropped', async ({
    app,
    library,
  }) => {
    const target = new TargetPage(() => app.page);
    await library.open('Targets');
    await library.search('number one');
    await library.openRow(JOURNAL_GOAL);
    await target.paste('Year\tRank\n2023\t250\n2024\t2x0\n2025\t190');

    await expect(target.previewRow(1)).toContainText('Skipped');
    await expect(target.previewRow(2)).toContainText('Ready');
    await expect(target.previewRow(3)).toContainText('Not valid: Row 3: "2x0" is not a number');
    const add = target.pastePanel.getByRole('button', { name: /^Add/ });
    await expect(add).toBeDisabled();
    await expect(target.pastePanel.getByRole('status')).toHaveText(/1 row not valid.*Nothing is saved until then\./);
    await expect(target.observations).toContainText('Observations (1)');

    await target.pastePanel.getByRole('button', { name: 'Drop row 3' }).click();
    await target.pastePanel.getByLabel('Source document').fill('SCImago Journal Rank');
    await target.pastePanel.getByLabel('Section or table').fill('Overall ranking');
    await add.click();
    await expect(app.page.getByRole('status').filter({ hasText: 'Added 2 figures to the target.' })).toBeVisible();
    await expect(target.observations).toContainText('Observations (3)');
    await expect(target.progress).toContainText('Needs acceleration');
  });

  test('an analyst can change the thresholds, and the statuses follow', async ({ app, library }) => {
    const target = new TargetPage(() => app.page);
    await library.open('Targets');
    await library.search('number one');
    await library.openRow(JOURNAL_GOAL);
    await target.addObservation({ year: '2023', value: '250', source: 'SCImago Journal Rank 2023', section: 'Overall ranking' });
    await expect(target.progress).toContainText('Needs acceleration');

    await app.page.getByRole('link', { name: 'Library and data' }).click();
    await app.page.getByLabel('Stagnating when R is below').fill('0.95');
    await app.page.getByRole('button', { name: 'Save thresholds' }).click();
    await expect(app.page.getByText('The progress threshold must be below the on-track threshold')).toBeVisible();
    await app.page.getByLabel('On track when R is at least').fill('0.5');
    await app.page.getByLabel('Stagnating when R is below').fill('0.1');
    await app.page.getByRole('button', { name: 'Save thresholds' }).click();
    await expect(app.page.getByRole('status').filter({ hasText: 'Saved the thresholds' })).toBeVisible();

    await library.open('Targets');
    await library.search('number one');
    await library.openRow(JOURNAL_GOAL);
    await expect(target.progress).toContainText('On track');
  });
});
