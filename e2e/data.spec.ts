import { expect, test } from './fixtures';

test.describe('backups and the sample library', () => {
  test('reset to the sample library asks first, saves a backup, and that backup restores the edits', async ({
    app,
    library,
    item,
    form,
  }) => {
    await library.open('Organisations');
    await library.search('Chinese Academy of Engineering');
    await library.openRow(/^Chinese Academy of Engineering/);
    await item.edit();
    await form.fill('Description', 'A note that must survive a reset.');
    await form.save();
    await expect(app.page.getByText('A note that must survive a reset.')).toBeVisible();

    const about = app.page;
    await about.getByRole('link', { name: 'Library and data' }).click();
    await about.getByRole('button', { name: 'Reset to sample library…' }).click();
    const confirm = about.getByRole('dialog', { name: 'Reset to the sample library?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();

    await about.getByRole('button', { name: 'Reset to sample library…' }).click();
    await confirm.getByRole('button', { name: 'Back up and reset' }).click();
    await expect(about.getByRole('status')).toContainText('Reset to the sample library done.');
    await expect(about.getByRole('table')).toContainText('policydesk-');

    await library.open('Organisations');
    await library.search('Chinese Academy of Engineering');
    await library.openRow(/^Chinese Academy of Engineering/);
    await expect(app.page.getByText('A note that must survive a reset.')).toHaveCount(0);

    await about.getByRole('link', { name: 'Library and data' }).click();
    await about.getByRole('button', { name: 'Restore…' }).first().click();
    await about.getByRole('dialog').getByRole('button', { name: 'Back up and restore' }).click();
    await expect(about.getByRole('status')).toContainText('done');
    await library.open('Organisations');
    await library.search('Chinese Academy of Engineering');
    await library.openRow(/^Chinese Academy of Engineering/);
    await expect(app.page.getByText('A note that must survive a reset.')).toBeVisible();
  });
});

test.describe('nothing typed is lost', () => {
  test('leaving a form with unsaved changes asks first', async ({ app, library, item, form }) => {
    await library.open('Plans');
    await library.openRow(/./);
    const title = (await item.title.textContent()) ?? '';
    await item.edit();
    await form.fill('Summary', 'Half-written thought');
    await app.page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: 'Targets', exact: true }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(form.field('Summary')).toHaveValue('Half-written thought');

    await app.page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: 'Targets', exact: true }).click();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(app.page.getByRole('heading', { level: 1, name: 'Targets' })).toBeVisible();
    await library.open('Plans');
    await library.search(title);
    await library.openRow(title);
    await expect(app.page.getByText('Half-written thought')).toHaveCount(0);
  });
});

test.describe('the keyboard in table headers', () => {
  test('sort buttons and filters keep their keys', async ({ app, library }) => {
    await library.open('Organisations');
    const nameHeader = library.columnHeader('Name');
    await nameHeader.getByRole('button').focus();
    await app.page.keyboard.press('Enter');
    await expect(nameHeader).not.toHaveAttribute('aria-sort', 'ascending');
    await expect(app.page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();

    const filter = app.page.getByRole('searchbox', { name: 'Filter Name' });
    await filter.fill('Academy');
    await filter.press('Home');
    await filter.pressSequentially('Chinese ');
    await expect(filter).toHaveValue('Chinese Academy');
    await filter.press('Enter');
    await expect(app.page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
    await expect(library.rowCount).toHaveText(/^\d+ of \d+ organisations$/);
  });
});
