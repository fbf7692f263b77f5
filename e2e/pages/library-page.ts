import { expect, type Locator, type Page } from '@playwright/test';

export type LibraryView = 'Policies' | 'Plans' | 'Targets' | 'Observations' | 'Organisations';

/** A library table view, as a user reads and drives it. */
export class LibraryPage {
  constructor(private readonly page: () => Page) {}

  async open(view: LibraryView) {
    await this.page().getByRole('navigation', { name: 'Library' }).getByRole('link', { name: view, exact: true }).click();
    await expect(this.page().getByRole('heading', { level: 1, name: view })).toBeVisible();
    await expect(this.grid).toBeVisible();
  }

  get grid(): Locator {
    return this.page().getByRole('grid');
  }

  get rowCount(): Locator {
    return this.page().getByTestId('row-count');
  }

  /** The data rows currently rendered (the view is virtualised, so the visible ones). */
  get rows(): Locator {
    return this.grid.getByRole('rowgroup').nth(1).getByRole('row');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** The texts of one column's cells in the rendered rows, the column named by its heading. */
  async cellTexts(header: string): Promise<string[]> {
    const headers = await this.grid
      .getByRole('columnheader')
      .evaluateAll((cells) => cells.map((cell) => cell.querySelector('button')?.textContent?.replace(/[▲▼]/gu, '').trim() ?? ''));
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`No column headed ${header}; the columns are ${headers.join(', ')}`);
    return this.rows.evaluateAll(
      (rows, column) => rows.map((row) => row.querySelectorAll('[role="gridcell"]')[column]?.textContent ?? ''),
      index,
    );
  }

  async search(text: string) {
    await this.page()
      .getByRole('searchbox', { name: /^Search/ })
      .fill(text);
  }

  async sortBy(header: string) {
    await this.grid
      .getByRole('columnheader', { name: new RegExp(`^${header}`) })
      .getByRole('button')
      .first()
      .click();
  }

  columnHeader(header: string): Locator {
    return this.grid.getByRole('columnheader', { name: new RegExp(`^${header}`) });
  }

  async filterText(column: string, text: string) {
    await this.page()
      .getByRole('searchbox', { name: `Filter ${column}` })
      .fill(text);
  }

  async filterRange(column: string, from: string, to: string) {
    await this.page()
      .getByRole('spinbutton', { name: `${column} from` })
      .fill(from);
    await this.page()
      .getByRole('spinbutton', { name: `${column} to` })
      .fill(to);
  }

  async groupBy(label: string) {
    await this.page().getByLabel('Group by').selectOption({ label });
  }

  async toggleColumn(label: string) {
    const menu = this.page().locator('details.menu');
    await menu.locator('summary', { hasText: 'Columns' }).click();
    await menu.getByRole('checkbox', { name: label, exact: true }).click();
    await menu.locator('summary', { hasText: 'Columns' }).click();
  }

  async openRow(text: string | RegExp) {
    await this.row(text).first().dblclick();
  }

  async newItem() {
    await this.page().getByRole('link', { name: /^New / }).click();
  }
}
