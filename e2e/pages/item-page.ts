import type { Locator, Page } from '@playwright/test';

/** An item's detail page. */
export class ItemPage {
  constructor(private readonly page: () => Page) {}

  get title(): Locator {
    return this.page().getByRole('heading', { level: 1 });
  }

  get chineseTitle(): Locator {
    return this.page().locator('.item-header [lang="zh"]');
  }

  get citation(): Locator {
    return this.page().getByRole('complementary', { name: 'Citation' });
  }

  section(name: string): Locator {
    return this.page().getByRole('region', { name });
  }

  fact(label: string): Locator {
    return this.page()
      .locator('.facts div')
      .filter({ has: this.page().locator('dt', { hasText: label }) })
      .locator('dd');
  }

  async edit() {
    await this.page().getByRole('link', { name: 'Edit', exact: true }).click();
  }

  async moveToTrash() {
    await this.page().getByRole('button', { name: 'Move to trash' }).click();
  }

  async undo() {
    await this.page().getByRole('status').getByRole('button', { name: 'Undo' }).click();
  }
}
