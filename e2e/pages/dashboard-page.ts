import { expect, type Locator, type Page } from '@playwright/test';

const openFromSidebar = async (page: Page, name: string) => {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

/** The dashboard, as an analyst reads it: the status table, the targets most at risk, recent changes. */
export class DashboardPage {
  constructor(private readonly page: () => Page) {}

  async open() {
    await openFromSidebar(this.page(), 'Dashboard');
  }

  get heading(): Locator {
    return this.page().getByRole('heading', { level: 1, name: 'Dashboard' });
  }

  get statusTable(): Locator {
    return this.page().getByRole('region', { name: 'Targets by status' }).getByRole('table');
  }

  /** The "64 targets" at the foot of the status table. */
  get total(): Locator {
    return this.page().getByTestId('targets-total');
  }

  /** The total of one status row, by the status's label ("Met", "Not enough data"). */
  statusTotal(label: string): Locator {
    return this.statusTable
      .getByRole('row')
      .filter({ has: this.page().getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell')
      .last();
  }

  /** Every status row's label and total, in the table's order. */
  async statusTotals(): Promise<{ label: string; count: number }[]> {
    return this.statusTable.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        // The badge's symbol is decoration (aria-hidden); the label is what the reader hears.
        label: [...(row.querySelector('th')?.childNodes[0]?.childNodes ?? [])]
          .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
          .map((node) => node.textContent)
          .join('')
          .trim(),
        count: Number(row.querySelector('td:last-child')?.textContent?.replaceAll(',', '')),
      })),
    );
  }

  get atRisk(): Locator {
    return this.page().getByRole('region', { name: 'Most at risk' });
  }

  get atRiskEntries(): Locator {
    return this.atRisk.getByRole('listitem');
  }

  get recentChanges(): Locator {
    return this.page().getByRole('region', { name: 'Recent changes' });
  }

  get figureChanges(): Locator {
    return this.recentChanges.getByRole('list', { name: 'Figures added or edited' }).getByRole('listitem');
  }

  get statusChanges(): Locator {
    return this.recentChanges.getByRole('list', { name: 'Status changes' }).getByRole('listitem');
  }
}

/** The timeline: years with a lane of policies issued and a lane of targets due. */
export class TimelinePage {
  constructor(private readonly page: () => Page) {}

  async open() {
    await openFromSidebar(this.page(), 'Timeline');
  }

  /** One year's row ("2006", or "Undated"). */
  year(label: string): Locator {
    return this.page().getByRole('region', { name: label, exact: true });
  }

  /** Unfolds a year if it is folded, so its entries are listed. */
  async unfold(label: string) {
    const toggle = this.year(label).getByRole('button', { name: label, exact: true });
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  get count(): Locator {
    return this.page().getByTestId('timeline-count');
  }

  async filterIssuer(label: string | RegExp) {
    const select = this.page().getByRole('combobox', { name: 'Issuer', exact: true });
    const options = await select.locator('option').allTextContents();
    const option = options.find((text) => (typeof label === 'string' ? text.startsWith(`${label} (`) : label.test(text)));
    if (!option) throw new Error(`No issuer ${label}; the options are ${options.join(', ')}`);
    await select.selectOption({ label: option });
  }
}
