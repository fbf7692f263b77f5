import { test as base, expect } from '@playwright/test';
import { type AppUnderTest, electronAvailability, launchBrowserHostApp, launchElectronApp } from './app-under-test';
import { LibraryPage } from './pages/library-page';
import { ItemPage } from './pages/item-page';
import { ItemFormPage } from './pages/item-form-page';

interface Fixtures {
  app: AppUnderTest;
  library: LibraryPage;
  item: ItemPage;
  form: ItemFormPage;
}

/**
 * Every test gets a fresh data folder and a freshly started app, in the host its project
 * names, and fails if the page logged an error or anything reached for the network.
 */
export const test = base.extend<Fixtures>({
  app: async ({}, use, testInfo) => {
    const dataDir = testInfo.outputPath('data');
    let app: AppUnderTest;
    if (testInfo.project.name === 'electron') {
      const electron = electronAvailability();
      test.skip(!electron.available, electron.available ? '' : electron.reason);
      app = await launchElectronApp(dataDir, (electron as { path: string }).path);
    } else {
      app = await launchBrowserHostApp(dataDir);
    }
    await use(app);
    await app.close();
    expect(app.errors, 'the page logged errors').toEqual([]);
    expect(app.foreignRequests, 'the app made requests that left it').toEqual([]);
  },
  library: async ({ app }, use) => use(new LibraryPage(() => app.page)),
  item: async ({ app }, use) => use(new ItemPage(() => app.page)),
  form: async ({ app }, use) => use(new ItemFormPage(() => app.page)),
});

export { expect };
