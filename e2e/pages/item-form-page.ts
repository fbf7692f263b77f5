import type { Locator, Page } from '@playwright/test';

/** The create or edit form of an item. */
export class ItemFormPage {
  constructor(private readonly page: () => Page) {}

  field(label: string): Locator {
    return this.page().getByLabel(label, { exact: true });
  }

  async fill(label: string, value: string) {
    await this.field(label).fill(value);
  }

  async save() {
    await this.page()
      .getByRole('button', { name: /^(Save changes|Create )/ })
      .click();
  }

  errorFor(label: string): Locator {
    return this.page()
      .locator('.field')
      .filter({ has: this.page().getByLabel(label, { exact: true }) })
      .locator('.field-error');
  }

  get errorSummary(): Locator {
    return this.page().getByRole('alert');
  }

  async cancel() {
    await this.page().getByRole('button', { name: 'Cancel' }).click();
  }
}
