import { expect, type Locator, type Page } from '@playwright/test';

/** The briefings list and the composer, as an analyst reads and drives them. */
export class BriefingPage {
  constructor(private readonly page: () => Page) {}

  async openList() {
    await this.page().getByRole('navigation', { name: 'Library' }).getByRole('link', { name: 'Briefings', exact: true }).click();
    await expect(this.page().getByRole('heading', { level: 1, name: 'Briefings' })).toBeVisible();
  }

  /** The data rows of the list (the header row is in the first row group). */
  get rows(): Locator {
    return this.page().getByRole('grid').getByRole('rowgroup').nth(1).getByRole('row');
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page().getByRole('link', { name: title, exact: true }) });
  }

  async open(title: string) {
    await this.row(title).getByRole('link', { name: title, exact: true }).click();
    await expect(this.saveState).toBeVisible();
  }

  async duplicate(title: string) {
    await this.row(title).getByRole('button', { name: 'Duplicate' }).click();
  }

  async trash(title: string) {
    await this.row(title).getByRole('button', { name: 'Move to trash' }).click();
  }

  async undo() {
    await this.page().getByRole('status').getByRole('button', { name: 'Undo' }).click();
  }

  /** Restores a briefing from the list's "In the trash" menu. */
  async restoreFromTrash(title: string) {
    await this.page()
      .locator('summary', { hasText: /^In the trash/ })
      .click();
    await this.page()
      .getByRole('list', { name: 'Briefings in the trash' })
      .getByRole('listitem')
      .filter({ hasText: title })
      .getByRole('button', { name: 'Restore' })
      .click();
  }

  async newBriefing() {
    await this.page().getByRole('button', { name: 'New briefing' }).click();
    await expect(this.saveState).toHaveText('All changes saved');
  }

  /** A field of the briefing itself (Title, Audience, Date, Author, Marking, Paper). */
  field(label: string): Locator {
    return this.page().getByRole('group', { name: 'Briefing', exact: true }).getByLabel(label, { exact: true });
  }

  errorFor(label: string): Locator {
    return this.page()
      .getByRole('group', { name: 'Briefing', exact: true })
      .locator('.field')
      .filter({ has: this.page().getByLabel(label, { exact: true }) })
      .locator('.field-error');
  }

  get errorSummary(): Locator {
    return this.page().getByRole('alert');
  }

  async addSection(type: string) {
    await this.page().locator('summary', { hasText: 'Add section' }).click();
    await this.page().getByRole('list', { name: 'Section types' }).getByRole('button', { name: type, exact: true }).click();
  }

  /** The section cards, in reading order. */
  get sections(): Locator {
    return this.page().locator('ol.section-list > li');
  }

  /** One section's card, by its heading. */
  section(heading: string): Locator {
    return this.sections.filter({
      has: this.page().getByRole('heading', { level: 3, name: new RegExp(`^\\d+\\. ${heading}$`) }),
    });
  }

  /** "1. Summary", "2. Targets at a glance": each card's place and heading. */
  get sectionTitles(): Locator {
    return this.sections.getByRole('heading', { level: 3 });
  }

  /** What the screen reader is told after a section moves. */
  get announcement(): Locator {
    return this.page().getByTestId('section-announcement');
  }

  get saveState(): Locator {
    return this.page().getByTestId('save-state');
  }

  async save() {
    await this.page().getByRole('button', { name: 'Save', exact: true }).click();
  }
}
