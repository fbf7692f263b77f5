import type { Locator, Page } from '@playwright/test';

/** A target's page: its progress, chart and figures. */
export class TargetPage {
  constructor(private readonly page: () => Page) {}

  get progress(): Locator {
    return this.page().getByRole('region', { name: 'Progress' });
  }

  get explanation(): Locator {
    return this.page().getByTestId('status-explanation');
  }

  get observations(): Locator {
    return this.page().getByRole('region', { name: 'Observations' });
  }

  async addObservation(figure: { year: string; value: string; source: string; section: string }) {
    await this.observations.getByRole('link', { name: 'Add observation' }).click();
    const form = this.page().getByRole('form', { name: 'Observation form' });
    await form.getByLabel('Year', { exact: true }).fill(figure.year);
    await form.getByLabel('Value', { exact: true }).fill(figure.value);
    await form.getByLabel('Source document', { exact: true }).fill(figure.source);
    await form.getByLabel('Section', { exact: true }).fill(figure.section);
    await form.getByRole('button', { name: 'Create observation' }).click();
    await this.progress.waitFor();
  }

  async paste(rows: string) {
    await this.observations.getByRole('button', { name: 'Paste rows…' }).click();
    await this.pastePanel.getByRole('textbox', { name: 'Rows' }).fill(rows);
  }

  get pastePanel(): Locator {
    return this.page().getByRole('group', { name: 'Paste rows from a spreadsheet' });
  }

  previewRow(line: number): Locator {
    return this.pastePanel.getByRole('row').filter({ has: this.page().getByRole('cell', { name: String(line), exact: true }) });
  }
}
