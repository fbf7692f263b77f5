import { expect, test } from './fixtures';
import { AnnotationsPage, TagsPage } from './pages/annotations-page';

/**
 * The annotations workspace and the tag manager. Annotations are seeded by importing a W3C
 * JSON-LD file through the workspace's own Import button, which tests the import too. The
 * browser host only: Electron opens the operating system's file dialogs, which Playwright
 * cannot drive; the renderer code under test is the same in both hosts.
 */

const CONFERENCES = 'pol-measures-international-conferences-in-china-2006';
const PARTY_REPORT = 'pol-20th-party-congress-report';
const TARGET = 'tgt-13th-fyp-sti-attract-intl-orgs';
const tagging = (value: string) => ({ type: 'TextualBody', purpose: 'tagging', value });

/** As another PolicyDesk (or a tool that keeps its ids) would export it, with one annotation on an item this library lacks. */
const FILE = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'urn:uuid:5e8f3a1c-0000-4000-8000-000000000001',
  type: 'AnnotationCollection',
  label: 'Seed annotations',
  total: 4,
  first: {
    id: 'urn:uuid:5e8f3a1c-0000-4000-8000-000000000002',
    type: 'AnnotationPage',
    startIndex: 0,
    items: [
      {
        id: `policydesk://policies/${CONFERENCES}?annotation=ann-e2e-conferences`,
        type: 'Annotation',
        motivation: 'highlighting',
        created: '2024-03-10T09:30:00.000Z',
        modified: '2024-03-10T09:30:00.000Z',
        creator: { type: 'Person', name: 'Li Wei' },
        body: [
          {
            type: 'TextualBody',
            format: 'text/markdown',
            purpose: 'commenting',
            value: 'Naming rules need **State Council** approval, "summit" included.',
          },
          tagging('conferences'),
          tagging('approval'),
        ],
        target: {
          source: `policydesk://policies/${CONFERENCES}`,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: '关于在华举办国际会议的管理办法',
              prefix: 'Conferences in China (',
              suffix: ')”',
            },
          ],
          styleClass: 'pink',
        },
      },
      {
        id: `policydesk://policies/${PARTY_REPORT}?annotation=ann-e2e-openness`,
        type: 'Annotation',
        motivation: 'highlighting',
        created: '2024-06-02T10:00:00.000Z',
        creator: { type: 'Person', name: 'Analyst' },
        body: [{ type: 'TextualBody', purpose: 'commenting', value: 'Openness is the headline.' }, tagging('cooperation')],
        target: {
          source: `policydesk://policies/${PARTY_REPORT}`,
          selector: [{ type: 'TextQuoteSelector', exact: 'expand international S&T exchanges and cooperation' }],
        },
      },
      {
        id: `policydesk://targets/${TARGET}?annotation=ann-e2e-note`,
        type: 'Annotation',
        motivation: 'commenting',
        created: '2025-01-15T08:00:00.000Z',
        creator: { type: 'Person', name: 'Analyst' },
        body: [
          { type: 'TextualBody', purpose: 'commenting', value: 'Track how many ISTOs settle in China each year.' },
          tagging('co-operation'),
        ],
        target: `policydesk://targets/${TARGET}`,
      },
      {
        id: 'policydesk://policies/pol-not-in-this-library?annotation=ann-e2e-elsewhere',
        type: 'Annotation',
        motivation: 'commenting',
        body: { type: 'TextualBody', value: 'On a policy this library does not hold.' },
        target: 'policydesk://policies/pol-not-in-this-library',
      },
    ],
  },
};

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'Electron shows native file dialogs, which Playwright cannot drive.');
});

test.describe('the annotations workspace', () => {
  test('imports W3C JSON-LD, and a second import of the same file skips every annotation as a duplicate', async ({ app }) => {
    const annotations = new AnnotationsPage(() => app.page);
    await annotations.open();
    await expect(annotations.grid).toContainText('No annotations yet.');

    await annotations.importJsonLd(FILE);
    await expect(annotations.importReport).toContainText(
      'From annotations.jsonld: 3 annotations added, 0 annotations skipped as duplicates, 1 annotation refused.',
    );
    await expect(annotations.importReport).toContainText('New tags: conferences, approval, cooperation, co-operation.');
    await expect(annotations.importReport).toContainText(
      'Annotation 4 was refused: no policy with the id pol-not-in-this-library is in the library.',
    );
    await expect(annotations.rowCount).toHaveText('3 annotations');
    await expect(annotations.row('关于在华举办国际会议的管理办法')).toContainText('Li Wei');

    await annotations.importJsonLd(FILE, 'again.jsonld');
    await expect(annotations.importReport).toContainText(
      'From again.jsonld: 0 annotations added, 3 annotations skipped as duplicates, 1 annotation refused.',
    );
    await expect(annotations.rowCount).toHaveText('3 annotations');
  });

  test('filters by tag and date, and opening a row jumps to its passage', async ({ app }) => {
    const annotations = new AnnotationsPage(() => app.page);
    await annotations.open();
    await annotations.importJsonLd(FILE);
    await expect(annotations.rowCount).toHaveText('3 annotations');

    await app.page.getByRole('spinbutton', { name: 'Created from' }).or(app.page.getByLabel('Created from')).fill('2024-06-01');
    await app.page.getByLabel('Created to').fill('2024-12-31');
    await expect(annotations.rowCount).toHaveText('1 of 3 annotations');
    await expect(annotations.rows).toHaveCount(1);
    await expect(annotations.rows.first()).toContainText('Openness is the headline.');
    await app.page.getByRole('button', { name: 'Clear filters' }).click();

    await annotations.filterSet('Item kind', 'Target');
    await expect(annotations.rowCount).toHaveText('1 of 3 annotations');
    await expect(annotations.rows.first()).toContainText('Track how many ISTOs settle in China each year.');
    await app.page.getByRole('button', { name: 'Clear filters' }).click();

    await annotations.row('关于在华举办国际会议的管理办法').dblclick();
    await expect(app.page).toHaveURL(new RegExp(`#/policies/${CONFERENCES}\\?annotation=ann-e2e-conferences$`));
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(
      'Management Methods for Holding International Conferences in China',
    );
  });

  test('exports the filtered rows as Markdown: the preview shows exactly what Save writes', async ({ app }) => {
    const annotations = new AnnotationsPage(() => app.page);
    await annotations.open();
    await annotations.importJsonLd(FILE);
    await annotations.filterSet('Tags', 'conferences');
    await expect(annotations.rowCount).toHaveText('1 of 3 annotations');
    await expect(annotations.exportPanel).toContainText('1 annotation shown by the filters');

    await annotations.chooseFormat('Markdown');
    await annotations.showPreview();
    const preview = annotations.previewText;
    await expect(preview).toContainText('1 annotation, exported');
    await expect(preview).toContainText('## Management Methods for Holding International Conferences in China (Policy)');
    await expect(preview).toContainText('> 关于在华举办国际会议的管理办法');
    await expect(preview).toContainText('Naming rules need **State Council** approval, "summit" included.');
    await expect(preview).toContainText('- Tags: conferences, approval');
    await expect(preview).toContainText(
      '- Source: 003\\_4d07e7d8407a130e.txt, 6 International Conferences and Conventions › (1) Large-scale international conferences and conventions',
    );
    await expect(preview).toContainText(
      `- [Open in PolicyDesk](policydesk://policies/${CONFERENCES}?annotation=ann-e2e-conferences)`,
    );
    await expect(preview).not.toContainText('Openness is the headline.');

    // Headless Chromium shows no save picker; stand in for it and keep what is written.
    await app.page.evaluate(() => {
      const page = window as unknown as Record<string, unknown>;
      page.savedExport = null;
      page.showSaveFilePicker = async ({ suggestedName }: { suggestedName: string }) => ({
        name: suggestedName,
        createWritable: async () => ({
          // The host may hand over the text or a Blob of its UTF-8 bytes.
          write: async (data: string | Blob) => {
            page.savedExport = typeof data === 'string' ? data : await data.text();
          },
          close: async () => undefined,
        }),
      });
    });
    await annotations.save();
    await expect(app.page.getByRole('status').filter({ hasText: 'Saved 1 annotation to policydesk-annotations-' })).toContainText(
      /\.md\./u,
    );
    const saved = await app.page.evaluate(() => (window as unknown as Record<string, unknown>).savedExport);
    expect(saved).toBe(await preview.textContent());
  });
});

test.describe('the tag manager', () => {
  test('merging two tags updates the counts and the workspace, after saying how many annotations change', async ({ app }) => {
    const annotations = new AnnotationsPage(() => app.page);
    const tags = new TagsPage(() => app.page);
    await annotations.open();
    await annotations.importJsonLd(FILE);
    await expect(annotations.rowCount).toHaveText('3 annotations');

    await tags.open();
    await expect(tags.count('cooperation')).toHaveText('1');
    await expect(tags.count('co-operation')).toHaveText('1');

    await tags.rename('approval', 'Conferences');
    await expect(tags.row('approval').getByRole('alert')).toHaveText(
      'There is already a tag called “conferences”; merge into it instead',
    );
    await app.page.getByRole('textbox', { name: 'Name of the tag approval' }).press('Escape');

    await tags.choose('cooperation');
    await tags.choose('co-operation');
    const confirm = await tags.merge('cooperation');
    await expect(confirm).toContainText('1 annotation will change: it carries “cooperation” instead of “co-operation”.');
    await confirm.getByRole('button', { name: 'Merge' }).click();
    await expect(tags.count('cooperation')).toHaveText('2');
    await expect(tags.row('co-operation')).toHaveCount(0);

    await annotations.open();
    await annotations.filterSet('Tags', 'cooperation');
    await expect(annotations.rowCount).toHaveText('2 of 3 annotations');
    await expect(annotations.row('Track how many ISTOs')).toContainText('cooperation');
    await expect(annotations.grid).not.toContainText('co-operation');
  });
});
