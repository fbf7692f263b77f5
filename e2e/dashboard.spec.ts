import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DashboardPage, TimelinePage } from './pages/dashboard-page';

const CONFERENCES_2006 = 'Management Methods for Holding International Conferences in China';
const NUMBER_ONE_JOURNAL = /^By 2035, have one of China's scientific journals become the world's number one/;

/** Ticks one status in the Targets table's "Status" set filter. */
async function filterTargetsByStatus(page: Page, label: string) {
  await page.locator('summary[aria-label^="Filter Status"]').click();
  await page
    .getByRole('group', { name: 'Filter Status' })
    .getByRole('checkbox', { name: new RegExp(`^${label} \\(\\d+\\)$`) })
    .check();
}

test.describe('dashboard', () => {
  test('opens first, and its status counts agree with the Targets table', async ({ app, library }) => {
    const dashboard = new DashboardPage(() => app.page);
    await expect(dashboard.heading).toBeVisible();
    await expect(dashboard.total).toHaveText(/^\d+ targets$/);
    const totals = await dashboard.statusTotals();
    // Every status has a row, even one no target has yet.
    expect(totals).toHaveLength(7);
    const sum = totals.reduce((all, row) => all + row.count, 0);
    await expect(dashboard.total).toHaveText(`${sum} targets`);

    await library.open('Targets');
    await expect(library.rowCount).toHaveText(`${sum} targets`);

    const status = totals.find((row) => row.count > 0 && row.count < sum) ?? totals.find((row) => row.count > 0)!;
    await filterTargetsByStatus(app.page, status.label);
    await expect(library.rowCount).toHaveText(status.count === sum ? `${sum} targets` : `${status.count} of ${sum} targets`);

    // The same count on the dashboard opens the same targets.
    await dashboard.open();
    await dashboard.statusTotal(status.label).getByRole('link').click();
    const list = app.page.getByRole('region', { name: new RegExp(`^Targets: ${status.label} \\(${status.count}\\)$`) });
    await expect(list.getByRole('listitem')).toHaveCount(status.count);
  });

  test('a target that falls behind is listed as most at risk, and opens its page', async ({ app, library, item, form }) => {
    const dashboard = new DashboardPage(() => app.page);
    await expect(dashboard.statusChanges).toHaveCount(0);
    await expect(dashboard.recentChanges).toContainText('No target has changed status yet.');

    // The journal's rank was 300 in 2022; a baseline of 200 in 2019 means it is going backwards.
    await library.open('Targets');
    await library.filterRange('Due year', '2035', '2035');
    await library.openRow(/number one/);
    // Exact: the target's page also lists its figures, each with its own "Edit the … figure" link.
    await app.page.getByRole('link', { name: 'Edit', exact: true }).click();
    await form.fill('Baseline value', '200');
    await form.fill('Baseline year', '2019');
    await form.save();
    await expect(item.title).toHaveText(NUMBER_ONE_JOURNAL);

    await dashboard.open();
    const entry = dashboard.atRiskEntries.filter({ hasText: 'number one' });
    await expect(entry).toContainText('Stagnating or regressing');
    await expect(entry).toContainText('Due 2035');
    await expect(dashboard.statusChanges.first()).toContainText(/Not enough data.*→.*Stagnating or regressing/);
    await expect(dashboard.statusChanges.first()).toContainText('after the target itself was edited');

    await entry.getByRole('link', { name: NUMBER_ONE_JOURNAL }).click();
    await expect(item.title).toHaveText(NUMBER_ONE_JOURNAL);
  });

  test('an edited figure is listed as a recent change, linking to its target', async ({ app, library, item, form }) => {
    const dashboard = new DashboardPage(() => app.page);
    await expect(dashboard.recentChanges).toContainText('No figures have been added or edited yet.');
    await library.open('Observations');
    // The search reads the Target column too: this finds the journal target's one figure.
    await library.search('number one scientific journal');
    await library.openRow(/Ranking among all journals/);
    await item.edit();
    await form.fill('Value', '280');
    await form.save();

    await dashboard.open();
    const change = dashboard.figureChanges.first();
    await expect(change).toContainText('Edited 300 rank → 280 rank (2022) for Ranking among all journals');
    await change.getByRole('link', { name: NUMBER_ONE_JOURNAL }).click();
    await expect(item.title).toHaveText(NUMBER_ONE_JOURNAL);
  });
});

test.describe('timeline', () => {
  test('shows a policy in the year it was issued, and filtering by issuer narrows it', async ({ app, item }) => {
    const timeline = new TimelinePage(() => app.page);
    await timeline.open();
    await expect(timeline.count).toHaveText(/^\d+ policies and \d+ targets$/);
    await timeline.unfold('2006');
    await expect(timeline.year('2006').getByRole('link', { name: CONFERENCES_2006 })).toBeVisible();

    // Issued by the CPC Central Committee (with the State Council): it stays, most of the rest goes.
    await timeline.filterIssuer('CPC');
    await expect(timeline.count).toHaveText(/^\d+ of \d+ policies and \d+ of \d+ targets$/);
    const [shown, total] = ((await timeline.count.textContent()) ?? '').match(/\d+/g)!.map(Number);
    expect(shown).toBeLessThan(total!);
    await expect(app.page).toHaveURL(/issuer=org-cpc-central-committee/);
    await timeline.unfold('2006');
    await expect(timeline.year('2006').getByRole('link')).toHaveCount(1);

    // CAS did not issue it, so 2006 no longer lists it.
    await timeline.filterIssuer('CAS');
    await expect(app.page.getByRole('link', { name: CONFERENCES_2006 })).toHaveCount(0);

    await app.page.getByRole('button', { name: 'Clear filters' }).click();
    await timeline.unfold('2006');
    await timeline.year('2006').getByRole('link', { name: CONFERENCES_2006 }).click();
    await expect(item.title).toHaveText(new RegExp(`^${CONFERENCES_2006}`));
  });
});
