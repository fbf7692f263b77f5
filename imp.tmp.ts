import { writeFile } from 'node:fs/promises';
import { launchBrowserHostApp } from './e2e/app-under-test';
import { generateSyntheticLibrary } from './shared/domain/synthetic-library';
const n = Number(process.argv[2] ?? 10000);
await writeFile('/tmp/syn.json', JSON.stringify(generateSyntheticLibrary(n)));
const app = await launchBrowserHostApp('/tmp/imp-' + Date.now());
const page = app.page;
await page.getByRole('grid').waitFor();
await page.getByRole('link', { name: 'Library and data' }).click();
const t0 = Date.now();
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: 'Import a library file…' }).click();
await (await chooser).setFiles('/tmp/syn.json');
await page
  .getByText(/^Imported|Nothing was imported/)
  .first()
  .waitFor({ timeout: 300000 });
console.log(
  n,
  'import done',
  (Date.now() - t0) / 1000,
  's',
  await page
    .getByText(/^Imported|Nothing was imported/)
    .first()
    .textContent(),
);
const t1 = Date.now();
await page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: 'Observations', exact: true }).click();
await page.getByTestId('row-count').waitFor();
console.log('observations view', (Date.now() - t1) / 1000, 's', await page.getByTestId('row-count').textContent(), app.errors);
await app.close();
