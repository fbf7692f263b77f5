import { expect, type Locator, type Page } from '@playwright/test';

const openFromSidebar = async (page: Page, name: string) => {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

/** The annotations workspace: the table of every annotation, import and export. */
export class AnnotationsPage {
  constructor(private readonly page: () => Page) {}

  async open() {
    await openFromSidebar(this.page(), 'Annotations');
  }

  get grid(): Locator {
    return this.page().getByRole('grid', { name: 'annotations' });
  }

  get rows(): Locator {
    return this.grid.getByRole('rowgroup').nth(1).getByRole('row');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  get rowCount(): Locator {
    return this.page().getByTestId('row-count');
  }

  /** Imports a JSON-LD document through the Import button and the file chooser it opens. */
  async importJsonLd(document: unknown, name = 'annotations.jsonld') {
    const chooser = this.page().waitForEvent('filechooser');
    await this.page().getByRole('button', { name: 'Import W3C JSON-LD…' }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(document), 'utf8') });
  }

  get importReport(): Locator {
    return this.page().getByRole('status', { name: 'Import report' });
  }

  /** Chooses values of a set filter (Tags, Item kind, Author, Passage) by their names. */
  async filterSet(column: string, ...values: string[]) {
    // The summary's label changes with the choice ("all values", "1 chosen"); its start does not.
    const summary = this.grid.locator(`summary[aria-label^="Filter ${column}:"]`);
    await summary.click();
    const options = this.grid.getByRole('group', { name: `Filter ${column}` });
    for (const value of values) {
      await options
        .getByRole('checkbox', { name: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} \\(\\d+\\)$`, 'u') })
        .check();
    }
    await summary.click();
  }

  get exportPanel(): Locator {
    return this.page().getByRole('region', { name: 'Export', exact: true });
  }

  async chooseFormat(label: 'Markdown' | 'CSV' | 'W3C JSON-LD') {
    await this.exportPanel.getByLabel('Format').selectOption({ label });
  }

  async showPreview() {
    await this.exportPanel.getByRole('button', { name: 'Preview' }).click();
  }

  get previewText(): Locator {
    return this.page().getByRole('region', { name: 'Export preview' }).getByTestId('export-preview-text');
  }

  async save() {
    await this.exportPanel.getByRole('button', { name: /^Save / }).click();
  }
}

/** The tag manager. */
export class TagsPage {
  constructor(private readonly page: () => Page) {}

  async open() {
    await openFromSidebar(this.page(), 'Tags');
  }

  row(name: string): Locator {
    return this.page()
      .getByRole('table', { name: 'Tags' })
      .getByRole('row')
      .filter({ has: this.page().getByRole('textbox', { name: `Name of the tag ${name}`, exact: true }) });
  }

  count(name: string): Locator {
    return this.row(name).getByTestId('tag-count');
  }

  async choose(name: string) {
    await this.row(name)
      .getByRole('checkbox', { name: `Choose ${name} to merge` })
      .check();
  }

  async merge(into: string): Promise<Locator> {
    const bar = this.page().getByRole('group', { name: 'Merge tags' });
    await bar.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: into });
    await bar.getByRole('button', { name: 'Merge…' }).click();
    return this.page().getByRole('dialog', { name: `Merge into “${into}”?` });
  }

  async rename(name: string, to: string) {
    const field = this.page().getByRole('textbox', { name: `Name of the tag ${name}`, exact: true });
    await field.fill(to);
    await field.press('Enter');
  }
}
