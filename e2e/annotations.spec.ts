import { expect, test } from './fixtures';
import type { LibraryPage } from './pages/library-page';
import { ReadingPage } from './pages/reading-page';

const POLICY = 'Management Methods for Holding International Conferences in China';

async function openPolicy(library: LibraryPage) {
  await library.open('Policies');
  await library.search(POLICY);
  await library.openRow(POLICY);
}

test.describe('highlights in a policy’s text', () => {
  test('a highlight made with the mouse and one made with the keyboard are still on their passages after a restart', async ({
    app,
    library,
  }) => {
    const reading = new ReadingPage(() => app.page);
    await openPolicy(library);
    await expect(reading.view).toContainText('关于在华举办国际会议的管理办法');

    // The mouse: drag across four Chinese characters and highlight them with a comment.
    await reading.selectWithMouse('国际会议');
    expect(await reading.selectedText()).toBe('国际会议');
    await reading.highlightWithComment('Naming needs **State Council** approval');
    await expect(reading.mark('国际会议')).toHaveText('国际会议');

    // The keyboard: into the text, to its start, four words with Ctrl+Shift+Right, then H.
    await reading.view.focus();
    await app.page.keyboard.press('Control+Home');
    for (let word = 0; word < 4; word++) await app.page.keyboard.press('Control+Shift+ArrowRight');
    expect(await reading.selectedText()).toBe('Regarding the naming rules');
    await app.page.keyboard.press('h');
    await expect(reading.marks).toHaveText(['Regarding the naming rules', '国际会议']);

    const note = await reading.openNote('国际会议');
    await expect(note.locator('strong', { hasText: 'State Council' })).toBeVisible();
    await expect(note).toContainText('Analyst');
    await app.page.keyboard.press('Escape');
    await expect(note).toBeHidden();

    await app.restart();
    await openPolicy(library);
    await expect(reading.marks).toHaveText(['Regarding the naming rules', '国际会议']);
    await expect(reading.margin.getByRole('listitem')).toHaveText([/Regarding the naming rules/, /国际会议.*State Council/]);
    const reopened = await reading.openNote('国际会议');
    await expect(reopened.locator('strong')).toHaveText('State Council');
  });

  test('after the text is edited, the moved passage stays marked and the deleted one needs attention until re-attached', async ({
    app,
    library,
    item,
    form,
  }) => {
    const reading = new ReadingPage(() => app.page);
    await openPolicy(library);
    await reading.selectWithMouse('Regarding the naming rules');
    await reading.highlightSelection();
    await reading.selectWithMouse('国际会议');
    await reading.highlightSelection();
    await expect(reading.marks).toHaveText(['Regarding the naming rules', '国际会议']);

    await item.edit();
    const text = await form.field('Text or key passages').inputValue();
    // Text inserted before the first passage moves it; the second passage is deleted outright.
    await form.fill('Text or key passages', `Note from the editor. ${text.replace('举办国际会议的管理办法', '举办的管理办法')}`);
    await form.save();

    await expect(reading.view).toContainText('Note from the editor. Regarding the naming rules');
    await expect(reading.marks).toHaveText(['Regarding the naming rules']);
    const orphan = reading.attentionEntry('国际会议');
    await expect(orphan).toBeVisible();
    await expect(orphan.getByLabel('Old quote')).toHaveText(/….*关于在华举办国际会议的管理办法.*…/);
    await expect(orphan).toContainText('no longer in the text');

    // Re-attach it: select the new passage, then press "Re-attach here".
    await reading.selectWithMouse('管理办法');
    await orphan.getByRole('button', { name: /^Re-attach here/ }).click();
    await expect(reading.needsAttention).toBeHidden();
    await expect(reading.marks).toHaveText(['Regarding the naming rules', '管理办法']);
    await expect(reading.toolbar).toBeHidden();
  });

  test('Tab reaches “Highlight selection”, and a deleted highlight comes back with Undo', async ({ app, library }) => {
    const reading = new ReadingPage(() => app.page);
    await openPolicy(library);
    await reading.view.focus();
    await app.page.keyboard.press('Control+Home');
    await app.page.keyboard.press('Shift+End');
    await expect(reading.toolbar).toBeVisible();
    await app.page.keyboard.press('Tab');
    await expect(reading.toolbar.getByRole('button', { name: 'Highlight selection' })).toBeFocused();
    await app.page.keyboard.press('Enter');
    await expect(reading.marks).toHaveCount(1);

    const note = await reading.openNote('Regarding');
    await note.getByRole('button', { name: 'Delete highlight' }).click();
    await expect(reading.marks).toHaveCount(0);
    await app.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(reading.marks).toHaveCount(1);
  });
});

test.describe('notes on any item', () => {
  test('a note on an organisation renders its Markdown safely and can be edited and deleted', async ({ app, library }) => {
    await library.open('Organisations');
    await library.openRow(/./);
    const notes = new ReadingPage(() => app.page).notes;
    await notes.getByRole('button', { name: 'Add a note' }).click();
    await notes
      .getByLabel('Comment')
      .fill('**Key issuer**\n\n- funds ISTOs\n\n<script>alert(1)</script> [site](https://example.org)');
    await notes.getByRole('button', { name: 'Add note' }).click();

    const entry = notes.getByRole('listitem').first();
    await expect(entry.locator('strong')).toHaveText('Key issuer');
    await expect(entry.locator('li')).toHaveText('funds ISTOs');
    await expect(entry).toContainText('<script>alert(1)</script>');
    await expect(entry.locator('script, a[href^="http"]')).toHaveCount(0);
    await expect(entry).toContainText('site <https://example.org>');

    await entry.getByRole('button', { name: 'Edit note' }).click();
    await notes.getByLabel('Comment').fill('Edited *note*');
    await notes.getByRole('button', { name: 'Save' }).click();
    await expect(notes.locator('em')).toHaveText('note');

    await notes.getByRole('button', { name: 'Delete note' }).click();
    await expect(notes).toContainText('No notes on this organisation yet.');
    await app.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(notes.locator('em')).toHaveText('note');
  });
});
