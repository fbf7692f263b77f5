import { expect, test } from './fixtures';

test.describe('the seeded library', () => {
  test('opens on first run with the policies, targets and figures of the source documents', async ({ library, item }) => {
    await library.open('Policies');
    await expect(library.rowCount).toHaveText(/^\d{2,4} policies$/);

    await library.search('国际会议');
    await expect(library.rowCount).toHaveText(/^1 of \d+ policies$/);
    await library.openRow('Management Methods for Holding International Conferences in China');
    await expect(item.title).toHaveText(/Management Methods for Holding International Conferences in China/);
    await expect(item.chineseTitle).toHaveText('关于在华举办国际会议的管理办法');
    await expect(item.fact('Document number')).toHaveText('中办发〔2006〕10号');
    await expect(item.citation).toContainText('003_4d07e7d8407a130e.txt');
    await expect(item.citation).toContainText('6 International Conferences and Conventions');

    await library.open('Observations');
    await library.filterText('Indicator', 'positions');
    await expect(library.grid).toContainText('1,984');
    await expect(library.grid).toContainText('2,446');
  });

  test('shows where the data lives', async ({ app }) => {
    await app.page.getByRole('link', { name: 'Library and data' }).click();
    await expect(app.page.getByTestId('data-dir')).toHaveText(app.dataDir);
  });
});

test.describe('library tables', () => {
  test('sort by a column, both ways', async ({ library }) => {
    await library.open('Targets');
    await library.filterRange('Due year', '2020', '2040');
    await library.sortBy('Statement');
    await expect(library.columnHeader('Due')).toHaveAttribute('aria-sort', 'none');

    const sortedAs = async () => {
      const direction = await library.columnHeader('Due').getAttribute('aria-sort');
      const years = (await library.cellTexts('Due')).map(Number);
      expect(years.length).toBeGreaterThan(3);
      expect(years).toEqual([...years].sort((a, b) => (direction === 'ascending' ? a - b : b - a)));
      return direction;
    };
    await library.sortBy('Due');
    await expect(library.columnHeader('Due')).not.toHaveAttribute('aria-sort', 'none');
    const first = await sortedAs();
    await library.sortBy('Due');
    await expect(library.columnHeader('Due')).not.toHaveAttribute('aria-sort', first ?? '');
    expect(await sortedAs()).not.toBe(first);
  });

  test('filter by column and across columns, and clear', async ({ app, library }) => {
    await library.open('Targets');
    const total = Number((await library.rowCount.textContent())?.match(/\d+/)?.[0]);
    await library.filterRange('Due year', '2035', '2035');
    await expect(library.rowCount).toHaveText(new RegExp(`^\\d+ of ${total} targets$`));
    for (const due of await library.cellTexts('Due')) expect(due).toBe('2035');
    await expect(library.grid).toContainText('number one');

    await library.search('no-such-words-anywhere');
    await expect(library.grid).toContainText('No targets match these filters.');
    await app.page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(library.rowCount).toHaveText(`${total} targets`);
  });

  test('group rows by a column and fold a group', async ({ app, library }) => {
    await library.open('Targets');
    await library.groupBy('Due year');
    const group2025 = library.rows.filter({ hasText: /^▾2025 \(\d+\)/ });
    await expect(group2025).toHaveCount(1);
    const members = Number((await group2025.textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(members).toBeGreaterThan(1);
    await group2025.getByRole('button', { name: 'Collapse 2025' }).click();
    await expect(library.rows.filter({ hasText: /^▸2025/ })).toHaveCount(1);

    // Hide a column; the grouping and the columns are remembered with the view.
    await library.toggleColumn('Owners');
    await expect(library.columnHeader('Owners')).toHaveCount(0);
    await app.restart();
    await library.open('Targets');
    await expect(app.page.getByLabel('Group by')).toHaveValue('dueYear');
    await expect(library.columnHeader('Owners')).toHaveCount(0);
    await expect(library.columnHeader('Statement')).toBeVisible();
  });

  test('rows can be moved through and opened with the keyboard', async ({ app, library, item }) => {
    await library.open('Organisations');
    await library.grid.focus();
    await app.page.keyboard.press('Home');
    await app.page.keyboard.press('ArrowDown');
    const second = (await library.cellTexts('Name'))[1];
    await app.page.keyboard.press('Enter');
    await expect(item.title).toHaveText(new RegExp(`^${second}`));
  });
});

test.describe('editing', () => {
  test('an edit is saved and is still there after a restart', async ({ app, library, item, form }) => {
    await library.open('Organisations');
    await library.search('Chinese Academy of Sciences');
    await library.openRow(/^Chinese Academy of Sciences/);
    await item.edit();
    await form.fill('Chinese name', '中国科学院');
    await form.fill('Description', 'Edited in a test.');
    await form.save();
    await expect(item.title).toHaveText(/^Chinese Academy of Sciences/);
    await expect(app.page.getByText('中国科学院')).toBeVisible();

    await app.restart();
    await library.open('Organisations');
    await library.search('中国科学院');
    await expect(library.rowCount).toHaveText(/^1 of/);
    await library.openRow('中国科学院');
    await expect(app.page.getByText('Edited in a test.')).toBeVisible();
  });

  test('invalid input gets a message next to the field and changes nothing', async ({ app, library, item, form }) => {
    await library.open('Targets');
    await library.filterRange('Due year', '2035', '2035');
    await library.openRow(/number one/);
    const title = await item.title.textContent();
    await item.edit();
    await form.fill('Target value', 'first');
    await form.fill('Due year', '1800');
    await form.save();
    await expect(form.errorFor('Target value')).toHaveText('Enter a number, for example 2446 or 3.5');
    await form.fill('Target value', '1');
    await form.save();
    await expect(form.errorFor('Due year')).toHaveText('Enter a year from 1900 on');
    await expect(form.errorSummary).toContainText('Nothing was saved');
    // What was typed is still in the form.
    await expect(form.field('Due year')).toHaveValue('1800');

    await form.cancel();
    await expect(item.title).toHaveText(title ?? '');
    await expect(item.fact('Due')).toHaveText('2035');
    await expect(app.page.getByRole('alert')).toHaveCount(0);
  });

  test('a new item needs its required fields', async ({ library, form, item }) => {
    await library.open('Organisations');
    await library.newItem();
    await form.save();
    await expect(form.errorFor('English name')).toHaveText('The English name is required');
    await expect(form.errorFor('Source document')).toHaveText('Name the source document');
    await form.fill('English name', 'Ministry of Industry and Information Technology');
    await form.field('Kind').selectOption({ label: 'Government' });
    await form.fill('Source document', 'Analyst notes');
    await form.fill('Section', 'Interview, May 2024');
    await form.save();
    await expect(item.title).toHaveText('Ministry of Industry and Information Technology');
  });

  test('delete moves an item to the trash, and undo brings it back', async ({ app, library, item }) => {
    await library.open('Policies');
    const total = Number((await library.rowCount.textContent())?.match(/\d+/)?.[0]);
    await library.search('Berlin Declaration');
    await library.openRow(/Berlin Declaration/);
    await item.moveToTrash();
    await expect(app.page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
    await expect(library.rowCount).toHaveText(`${total - 1} policies`);

    await app.page.getByRole('link', { name: 'Trash' }).click();
    await expect(app.page.getByRole('table')).toContainText('Berlin Declaration');
    await app.page.getByRole('link', { name: 'Policies' }).click();

    await item.undo();
    await expect(item.title).toHaveText(/Berlin Declaration/);
    await library.open('Policies');
    await expect(library.rowCount).toHaveText(`${total} policies`);
  });
});

test('every view loads without a single request leaving the app', async ({ app, library }) => {
  for (const view of ['Policies', 'Plans', 'Targets', 'Observations', 'Organisations'] as const) {
    await library.open(view);
    await library.openRow(/./);
    await expect(app.page.getByRole('complementary', { name: 'Citation' })).toBeVisible();
  }
  await app.page.getByRole('link', { name: 'Library and data' }).click();
  // The fixture fails the test on any foreign request; this makes the check explicit too.
  expect(app.foreignRequests).toEqual([]);
});
